"""The tables the search builds on the first query of a shape, as steps to run ahead.

Each is read once per process and kept (lru_cache), and the first query that needs one
pays for it: «председатель Комитета госдоходов» the bodies' heads, «министр транспорта»
the store's roles and the regions' one-word names, «трасса Алматы — Бишкек» the places
a line's ends may name, «КГД» and «国务院» the knowledge base's abbreviations and unfolded
names (2–60 ms each on a first key at 100,000 articles; tui63, tui64). Built all before a
first search, they would put ~110 ms before its results; a caller with idle time (the
TUI's search thread once no key comes) makes these one at a time instead, each ~20 ms at
most, and goes back to its queries between two.
"""

from __future__ import annotations

from collections.abc import Callable

from store.db.connection import Store
from store.lang import people
from store.search import (
    body_heads,
    border_posts,
    entities,
    han_names,
    line_posts,
    posts,
    related,
    role_holders,
    role_words,
    search_kb,
)


def tables() -> tuple[Callable[[], object], ...]:
    """One step per table, the costliest first (a user who pauses briefly gets those)."""
    return (
        _body_names,
        body_heads._posts_by_body,
        line_posts._places,
        body_heads._name_parts,
        _people_names,
        entities._unfolded_positions,
        role_words._places,
        entities._abbreviation_positions,
        search_kb._row_surnames,
        border_posts._region_keys,
        related._posts_by_region,
        han_names._names,
        people._tables,
        related._row_positions,
        search_kb._kind_stems,
    )


def _body_names() -> None:
    """The names of each country's bodies (bodies.csv) that people.csv's titles are read
    against: ~9 of the ~28 ms `_posts_by_body` took as one step (tui65), which a key
    typed meanwhile waited for."""
    for country in sorted({person.country for person in people.people()}):
        body_heads.body_names_of(country)


def _people_names() -> None:
    """The folded words of each people.csv name a post query compares its words with."""
    for person in people.people():
        posts._folded_name_words(person)


def store_tables() -> tuple[Callable[[Store], object], ...]:
    """The tables read from the store itself, each a step given the open store: the
    persons' stored roles a post is looked up in («министр транспорта», «аким Алматы»)."""
    return (_stored_roles, _stored_first_names)


def _stored_roles(store: Store) -> None:
    """The persons' stored roles (~12 ms at 100,000 articles; with the first names one
    step of ~24 ms before tui65)."""
    role_holders.warm_roles(store.conn, related.store_state(store))


def _stored_first_names(store: Store) -> None:
    role_holders.warm_first_names(store.conn, related.store_state(store))


def unbuilt() -> list[str]:
    """The names of the kept tables not built yet (a test's and a benchmark's check)."""
    return [b.__name__ for b in tables() if hasattr(b, "cache_info") and not b.cache_info().currsize]

"""Our posts, and the neighbour's, a query names by a town across the border: «Тачэн», «КПП Чугучак», «граница у
Троицка», «Черлак граница». A user who knows the crossing by the neighbour's town it stands
at («Бакту» is at Тачэн, the Chinese city the Russian press calls Чугучак) wants our post
facing it. The towns are the knowledge base's: foreign_posts.csv's `towns` (a town or
district a neighbour's post stands at or in, each with its source) and the names in our
posts' `opposite` column that name no post («Навои» for Капланбек: the Uzbek post's name
is kept out of the gazetteer's names because it is also the city's, docs/gazetteer.md).

A town is found in the query's words as written or in a case form («у Троицка», «в
Палласовке»): the whole name folded, or each word's stem (store.search.variants.
strip_case_ending) folded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.lang import gazetteer, names
from store.search import kept_tables
from store.search.variants import strip_case_ending

LONGEST = 3  # words in a town's name («Александров Гай», «Русско-Полянский район»)
STEM_LEAST = 5  # a stem shorter than this («бред», «варн») is too often another word to stand for a town

_OPPOSITE_PARTS = re.compile(r"[()/|,;]")


def town_posts(query: str) -> list[str]:
    """Ids of our posts facing the posts at the towns the query names, each followed by the
    neighbour's post at the town (the user may know the crossing by either side), in the
    order the query names them; [] when it names no such town."""
    words = [w.strip("«»\"'.,()!?") for w in query.split()]
    words = [w for w in words if w]
    table = _towns()
    out: list[str] = []
    for size in range(min(LONGEST, len(words)), 0, -1):
        for at in range(len(words) - size + 1):
            for key in _keys(" ".join(words[at : at + size])):
                out += [p for p in table.get(key, ()) if p not in out]
    return out


def _keys(name: str) -> list[str]:
    """A name's folded whole and its words' folded stems (a case form's key), once each."""
    whole = names.fold(name)
    stems = " ".join(names.fold(strip_case_ending(w)) for w in name.replace("-", " ").split())
    keys = [whole] if whole else []
    if len(stems.replace(" ", "")) >= STEM_LEAST:
        keys.append("~" + stems)
    return list(dict.fromkeys(keys))


@lru_cache(maxsize=1)
def _towns() -> dict[str, tuple[str, ...]]:
    """A town's keys → our posts it faces, in the gazetteer's order. A name any post is known
    by is left out: the post itself is found by it, and faced by the related search. Built
    once per machine (store.search.kept_tables)."""
    return kept_tables.tables()["towns"]


def built_towns() -> dict[str, tuple[str, ...]]:
    """_towns, built from the gazetteer."""
    posts = {names.fold(n) for cp in (*gazetteer.all(), *gazetteer.foreign()) for n in cp.all_names()}
    found: dict[str, list[str]] = {}

    def add(town: str, faced: tuple[str, ...]) -> None:
        if not town or names.fold(town) in posts:
            return
        for key in _keys(town):
            found.setdefault(key, [])
            found[key] += [f for f in faced if f not in found[key]]

    for row in gazetteer.foreign():
        for town in row.towns:  # ours first, then the neighbour's post at the town («Варна»: Аят, Николаевка)
            add(town, (*row.faces, row.id))
    for cp in gazetteer.all():
        for part in _OPPOSITE_PARTS.split(cp.opposite):
            add(part.strip(), (cp.id,))
    return {k: tuple(v) for k, v in found.items()}

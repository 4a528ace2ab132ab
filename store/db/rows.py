"""Rows for the explorer's long lists (articles, entities) and their export.

A virtual list asks for one page at a time, in a worker thread; these functions
answer, choosing a keyset seek when the page before is at hand, so scrolling to
row 90,000 costs one index seek and not a 90,000-row skip. The export writes the
same lists in full. Plain dicts go out; drawing them is the caller's job, so
nothing here imports a UI library (the TUI's row sources wrap these).
"""

from __future__ import annotations

from collections.abc import Iterator

from store.db import queries
from store.db.queries import ArticleFilter
from store.db.store import Store

ARTICLE_FIELDS = ["id", "date", "source", "title", "language"]
ENTITY_FIELDS = ["id", "type", "name", "latin", "roles", "article_count", "mention_count"]
EXPORT_BATCH = 1000


def article_list_page(
    store: Store, filt: ArticleFilter, page: int, size: int, previous: list[dict] | None = None
) -> list[dict]:
    """Rows [page*size, page*size+size) of the article list, newest first.
    `previous` is page-1 when the caller still has it: then the page is a keyset
    seek from its last row instead of an OFFSET skip."""
    if previous:
        last = previous[-1]
        return queries.article_page(store, filt, after=(last["date"], last["rowid"]), limit=size)
    return queries.article_page(store, filt, offset=page * size, limit=size)


def entity_list_page(store: Store, text: str, type_: str | None, page: int, size: int) -> list[dict]:
    """Rows [page*size, page*size+size) of the entity list, most mentioned first."""
    return queries.entity_page(store, text, type_, offset=page * size, limit=size)


def article_export_rows(store: Store, filt: ArticleFilter) -> list[dict]:
    """Every article under `filt`, as the export's columns (ARTICLE_FIELDS)."""
    return [{k: r[k] for k in ARTICLE_FIELDS} for r in queries.article_rows(store, filt)]


def entity_export_rows(store: Store, text: str, type_: str | None) -> list[dict]:
    """Every entity matching `text` and `type_`, as the export's columns (ENTITY_FIELDS)."""
    return [{k: r[k] for k in ENTITY_FIELDS} for r in _all_entities(store, text, type_)]


def _all_entities(store: Store, text: str, type_: str | None) -> Iterator[dict]:
    offset = 0
    while True:
        page = queries.entity_page(store, text, type_, offset=offset, limit=EXPORT_BATCH)
        yield from page
        if len(page) < EXPORT_BATCH:
            return
        offset += EXPORT_BATCH

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

ARTICLE_FIELDS = ["id", "date", "source", "title", "language", "url", "path", "entities", "checkpoints"]
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
    """Every article under `filt`, as the export's columns (ARTICLE_FIELDS): where it
    came from (url, path) and what it names (entities, checkpoints: lists of names)."""
    out: list[dict] = []
    batch: list[dict] = []
    for r in queries.article_rows(store, filt):
        batch.append(r)
        if len(batch) == EXPORT_BATCH:
            out += _with_sources_and_names(store, batch)
            batch = []
    return out + _with_sources_and_names(store, batch)


def _with_sources_and_names(store: Store, batch: list[dict]) -> list[dict]:
    """The batch's url and path, and the names of the entities and checkpoints each
    article mentions (most mentioned entity first)."""
    if not batch:
        return []
    ids = [r["id"] for r in batch]
    marks = ",".join("?" * len(ids))
    where = dict(
        (i, (u, p)) for i, u, p in store.conn.execute(f"SELECT id, url, path FROM articles WHERE id IN ({marks})", ids)
    )
    names: dict[str, dict[str, list[str]]] = {}
    for aid, type_, name in store.conn.execute(
        f"SELECT m.article_id, e.type, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id"
        f" WHERE m.article_id IN ({marks}) GROUP BY m.article_id, e.id ORDER BY m.article_id, count(*) DESC, e.name",
        ids,
    ):
        group = "checkpoints" if type_ == "checkpoint" else "entities"
        names.setdefault(aid, {"entities": [], "checkpoints": []})[group].append(name)
    rows = []
    for r in batch:
        url, path = where.get(r["id"], (None, None))
        found = names.get(r["id"], {"entities": [], "checkpoints": []})
        rows.append({**{k: r[k] for k in ARTICLE_FIELDS[:5]}, "url": url, "path": path, **found})
    return rows


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

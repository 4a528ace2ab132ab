"""The explorer's Directives view: every directive, newest first, filtered by words.

Directives can run to tens of thousands of rows, so they are paged like the article
list: a keyset seek from the last row of the page before when the caller has it, an
OFFSET otherwise. Also the directives of one checkpoint (its page). Plain dicts go
out; nothing here imports a UI library.
"""

from __future__ import annotations

import json
import sqlite3

from store.db.migrate_v4 import has_directive_checkpoints
from store.db.queries import _rows
from store.db.store import Store
from store.lang import gazetteer

DIRECTIVE_FIELDS = [
    "date",
    "by",
    "post",
    "to",
    "what",
    "when",
    "checkpoint",
    "article_id",
    "title",
    "source",
    "sentence",
]


# ---------------------------------------------------------------- directives


def _fold(value: str | None) -> str:
    return (value or "").casefold()


def _with_fold(store: Store) -> sqlite3.Connection:
    """The connection with `bd_fold` (Unicode casefold: SQLite's lower() and LIKE
    fold ASCII only, and the texts are Cyrillic)."""
    conn = store.conn
    conn.create_function("bd_fold", 1, _fold, deterministic=True)
    return conn


def _directive_where(words: str) -> tuple[str, list]:
    parts, params = [], []
    for word in words.split():
        parts.append(
            """instr(bd_fold(coalesce(d."by",'') || ' ' || coalesce(e.roles,'') || ' ' ||"""
            """ coalesce(d."to",'') || ' ' || coalesce(d.what,'') || ' ' || coalesce(d."when",'')), ?) > 0"""
        )
        params.append(word.casefold())
    return (" AND ".join(parts) or "1"), params


_DIRECTIVE_FROM = (
    " FROM articles a INDEXED BY articles_date JOIN directives d ON d.article_id = a.id"
    " LEFT JOIN entities e ON e.id = d.by_entity_id"
)


def count_directives(store: Store, words: str = "") -> int:
    """How many directives match every word (in giver, post, addressee, what or when)."""
    _with_fold(store)
    where, params = _directive_where(words)
    if where == "1":
        return store.conn.execute("SELECT count(*) FROM directives").fetchone()[0]
    return store.conn.execute(
        f"SELECT count(*) FROM directives d LEFT JOIN entities e ON e.id = d.by_entity_id WHERE {where}", params
    ).fetchone()[0]


def directive_page(
    store: Store,
    words: str = "",
    *,
    after: tuple[str | None, int, int] | None = None,
    offset: int = 0,
    limit: int = 100,
) -> list[dict]:
    """Directives newest first: by their article's date, walking the articles' date
    index (so the first page reads a few hundred articles, not every directive);
    undated last. `after` is the (date, article rowid, directive id) of the last row
    already shown: a keyset seek."""
    _with_fold(store)
    where, params = _directive_where(words)
    if after is not None:
        date, rowid, did = after
        if date is None:
            where += " AND a.date IS NULL AND (a.rowid < ? OR (a.rowid = ? AND d.id < ?))"
            params = params + [rowid, rowid, did]
        else:
            where += (
                " AND (a.date < ? OR (a.date = ? AND (a.rowid < ? OR (a.rowid = ? AND d.id < ?))) OR a.date IS NULL)"
            )
            params = params + [date, date, rowid, rowid, did]
        offset = 0
    cp = "d.checkpoint_id" if has_directive_checkpoints(store.conn) else "NULL"
    rows = _rows(
        store,
        'SELECT d.id, a.rowid AS article_rowid, a.date, d."by", e.roles, d."to", d.what, d."when", d.sentence,'
        f" {cp} AS checkpoint_id, d.article_id, a.title, a.source {_DIRECTIVE_FROM} WHERE {where}"
        " ORDER BY a.date DESC, a.rowid DESC, d.id DESC LIMIT ? OFFSET ?",
        params + [limit, offset],
    )
    for r in rows:
        roles = json.loads(r.pop("roles") or "[]")
        r["post"] = roles[0] if roles else None
        cp_row = gazetteer.get(r["checkpoint_id"]) if r["checkpoint_id"] else None
        r["checkpoint"] = cp_row.name_ru if cp_row else None
    return rows


def directive_list_page(store: Store, words: str, page: int, size: int, previous: list[dict] | None = None):
    """Page `page` of the directive list, a keyset seek when page-1 is at hand."""
    if previous:
        last = previous[-1]
        return directive_page(store, words, after=(last["date"], last["article_rowid"], last["id"]), limit=size)
    return directive_page(store, words, offset=page * size, limit=size)


def directive_export_rows(store: Store, words: str = "") -> list[dict]:
    """Every directive matching `words`, as DIRECTIVE_FIELDS."""
    out, after = [], None
    while True:
        page = directive_page(store, words, after=after, limit=1000)
        out += [{k: r[k] for k in DIRECTIVE_FIELDS} for r in page]
        if len(page) < 1000:
            return out
        after = (page[-1]["date"], page[-1]["article_rowid"], page[-1]["id"])


def checkpoint_directives(store: Store, checkpoint_id: str, limit: int = 100) -> tuple[list[dict], int] | None:
    """The directives whose sentence names this checkpoint, newest first, and how many
    there are; None on a store without directives.checkpoint_id (before schema 4)."""
    if not has_directive_checkpoints(store.conn):
        return None
    rows = _rows(
        store,
        'SELECT d."by", d."to", d.what, d."when", d.sentence, a.id AS article_id, a.date, a.title'
        " FROM directives d JOIN articles a ON a.id = d.article_id WHERE d.checkpoint_id = ?"
        " ORDER BY a.date DESC, d.id LIMIT ?",
        (checkpoint_id, limit),
    )
    total = store.conn.execute("SELECT count(*) FROM directives WHERE checkpoint_id = ?", (checkpoint_id,))
    return rows, total.fetchone()[0]

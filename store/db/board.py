"""The cross-cutting views of the explorer: the checkpoint board, every directive,
and the facts of all checkpoints.

The board has one row per crossing of the gazetteer (about a hundred), mentioned or
not, so it is built whole: two grouped queries (the newest fact of each kind per
checkpoint, the article count of each linked checkpoint) merged with the gazetteer
in Python, then sorted and filtered in Python. Directives and facts can run to tens
of thousands of rows, so they are paged like the article list: a keyset seek from
the last row of the page before when the caller has it, an OFFSET otherwise.
Plain dicts go out; nothing here imports a UI library.
"""

from __future__ import annotations

import json
import sqlite3

from store.db.migrate_v4 import has_directive_checkpoints
from store.db.queries import newest_first_after
from store.db.store import Store
from store.lang import gazetteer

FACT_KINDS = ("queue", "status", "capacity", "deadline", "event")
# A checkpoint no article gives a status for shows its gazetteer status, said to be
# that (and undated): the gazetteer leaves `status` empty for a working crossing.
GAZETTEER_STATUS = {
    "": "working (gazetteer)",
    "planned": "planned (gazetteer)",
    "closed": "closed (gazetteer)",
    "simplified": "simplified (gazetteer)",
}
BOARD_KINDS = ("status", "capacity", "deadline", "queue")
# Sort keys of the board, in the order the sort key cycles through them.
BOARD_SORTS = (
    "name",
    "border",
    "kind",
    "region",
    "status",
    "status_date",
    "capacity",
    "deadline",
    "queue_date",
    "articles",
)
BOARD_FIELDS = [
    "id",
    "name",
    "border",
    "kind",
    "region",
    "status",
    "status_date",
    "capacity",
    "deadline",
    "deadline_date",
    "queue",
    "queue_date",
    "articles",
    "entity_id",
]
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
FACT_FIELDS = [
    "date",
    "checkpoint_id",
    "checkpoint",
    "border",
    "kind",
    "text",
    "article_id",
    "title",
    "source",
    "sentence",
]


def _rows(store: Store, sql: str, params=()) -> list[dict]:
    cur = store.conn.execute(sql, params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=False)) for r in cur.fetchall()]


# ---------------------------------------------------------------- board


def board_rows(
    store: Store, sort: str = "name", reverse: bool = False, border: str | None = None, kind: str | None = None
) -> list[dict]:
    """Every gazetteer checkpoint (filtered by border and kind) with its newest status,
    capacity, deadline and queue report and its article count, sorted by `sort`.
    Empty values sort last whichever the direction, so a reversed sort still starts
    with the checkpoints that have something to say."""
    latest = _latest_facts(store)
    linked = {
        r["id"]: r
        for r in _rows(
            store,
            "SELECT c.id, c.entity_id, coalesce(e.article_count, 0) AS articles"
            " FROM checkpoints c LEFT JOIN entities e ON e.id = c.entity_id",
        )
    }
    out = []
    for cp in gazetteer.all():
        if (border and cp.border != border) or (kind and cp.kind != kind):
            continue
        facts = latest.get(cp.id, {})
        link = linked.get(cp.id, {})
        status = facts.get("status")
        out.append(
            {
                "id": cp.id,
                "name": cp.name_ru,
                "border": cp.border,
                "kind": cp.kind,
                "region": cp.region,
                "status": status["text"] if status else GAZETTEER_STATUS.get(cp.status, f"{cp.status} (gazetteer)"),
                "status_date": status["date"] if status else None,
                "capacity": (facts.get("capacity") or {}).get("text"),
                "deadline": (facts.get("deadline") or {}).get("text"),
                "deadline_date": (facts.get("deadline") or {}).get("date"),
                "queue": (facts.get("queue") or {}).get("text"),
                "queue_date": (facts.get("queue") or {}).get("date"),
                "articles": link.get("articles", 0),
                "entity_id": link.get("entity_id"),
            }
        )
    return sort_board(out, sort, reverse)


def sort_board(rows: list[dict], sort: str, reverse: bool = False) -> list[dict]:
    """Rows by `sort` (one of BOARD_SORTS), empty values last; ties by name. Sorted by
    status, the statuses reported by an article (dated) come before the gazetteer's."""
    key = "deadline_date" if sort == "deadline" else sort

    def empty_value(r: dict) -> bool:
        return r.get(key) in (None, "") or (key == "status" and r.get("status_date") is None)

    full = [r for r in rows if not empty_value(r)]
    empty = [r for r in rows if empty_value(r)]
    default_desc = key in ("articles", "status_date", "queue_date")  # numbers and dates: biggest first
    full.sort(key=lambda r: (_sort_value(r[key]), r["name"]), reverse=default_desc != reverse)
    empty.sort(key=lambda r: r["name"])
    return full + empty


def _sort_value(value):
    return value.casefold() if isinstance(value, str) else value


def _latest_facts(store: Store) -> dict[str, dict[str, dict]]:
    """{checkpoint id: {kind: {text, date}}}: the newest fact of each board kind about
    each gazetteer checkpoint (dated by the fact, else by its article: facts.dated).
    One seek on (checkpoint_id, kind, dated) per pair: a few hundred index lookups
    whatever the number of facts."""
    out: dict[str, dict[str, dict]] = {}
    sql = "SELECT text, dated FROM facts WHERE checkpoint_id = ? AND kind = ? ORDER BY dated DESC, id DESC LIMIT 1"
    for cp in gazetteer.all():
        for kind in BOARD_KINDS:
            row = store.conn.execute(sql, (cp.id, kind)).fetchone()
            if row:
                out.setdefault(cp.id, {})[kind] = {"text": row[0], "date": row[1]}
    return out


def borders() -> list[str]:
    """The borders of the gazetteer, in its order (the filter key cycles through them)."""
    return list(dict.fromkeys(cp.border for cp in gazetteer.all() if cp.border))


def kinds() -> list[str]:
    """The checkpoint kinds of the gazetteer, in its order."""
    return list(dict.fromkeys(cp.kind for cp in gazetteer.all() if cp.kind))


# ---------------------------------------------------------------- directives and facts


def _with_titles(store: Store, rows: list[dict]) -> list[dict]:
    """Add each row's article title and outlet. Read for the page only: the sort runs
    on the (id, date) index alone and never touches the wide article rows."""
    ids = list({r["article_id"] for r in rows})
    found: dict[str, tuple[str | None, str | None]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        found.update(
            (aid, (title, source))
            for aid, title, source in store.conn.execute(
                f"SELECT id, title, source FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk
            )
        )
    for r in rows:
        r["title"], r["source"] = found.get(r["article_id"], (None, None))
    return rows


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


# ---------------------------------------------------------------- facts


def _fact_where(kind: str | None, border: str | None) -> tuple[str, list]:
    parts, params = [], []
    if kind:
        parts.append("f.kind = ?")
        params.append(kind)
    if border:
        ids = [cp.id for cp in gazetteer.all() if cp.border == border]
        parts.append(f"f.checkpoint_id IN ({','.join('?' * len(ids)) or 'NULL'})")
        params += ids
    return (" AND ".join(parts) or "1"), params


def count_facts(store: Store, kind: str | None = None, border: str | None = None) -> int:
    """How many facts of `kind` about checkpoints on `border` (None: any)."""
    where, params = _fact_where(kind, border)
    return store.conn.execute(f"SELECT count(*) FROM facts f WHERE {where}", params).fetchone()[0]


def fact_page(
    store: Store,
    kind: str | None = None,
    border: str | None = None,
    *,
    after: tuple[str | None, int] | None = None,
    offset: int = 0,
    limit: int = 100,
) -> list[dict]:
    """Facts newest first (facts.dated: the fact's date, else its article's; undated
    last), each with its checkpoint's name and border from the gazetteer and its
    article. `after` is the (dated, id) of the last row already shown: a keyset seek
    along the (kind,) dated index."""
    where, params = _fact_where(kind, border)
    if after is not None:
        seek, seek_params = newest_first_after("f.dated", "f.id", after)
        where, params, offset = where + seek, params + seek_params, 0
    # The order is found on the covering index alone (dated, id and the filter columns
    # are all in facts_cp); only the page's rows are read in full. Sorting whole rows,
    # sentences and all, took 0.2 s at 70,000 facts; this takes 15 ms.
    ids = [
        r[0]
        for r in store.conn.execute(
            f"SELECT f.id FROM facts f INDEXED BY facts_cp WHERE {where}"
            " ORDER BY f.dated DESC, f.id DESC LIMIT ? OFFSET ?",
            params + [limit, offset],
        )
    ]
    rows = _rows(
        store,
        "SELECT f.id, f.dated AS date, f.checkpoint_id, f.kind, f.text, f.sentence, f.article_id"
        f" FROM facts f WHERE f.id IN ({','.join('?' * len(ids))}) ORDER BY f.dated DESC, f.id DESC",
        ids,
    )
    for r in rows:
        cp = gazetteer.get(r["checkpoint_id"])
        r["checkpoint"] = cp.name_ru if cp else r["checkpoint_id"]
        r["border"] = cp.border if cp else None
    return _with_titles(store, rows)


def fact_list_page(
    store: Store, kind: str | None, border: str | None, page: int, size: int, previous: list[dict] | None = None
) -> list[dict]:
    """Page `page` of the fact list, a keyset seek when page-1 is at hand."""
    if previous:
        last = previous[-1]
        return fact_page(store, kind, border, after=(last["date"], last["id"]), limit=size)
    return fact_page(store, kind, border, offset=page * size, limit=size)


def fact_export_rows(store: Store, kind: str | None = None, border: str | None = None) -> list[dict]:
    """Every fact under the filter, as FACT_FIELDS."""
    out, after = [], None
    while True:
        page = fact_page(store, kind, border, after=after, limit=1000)
        out += [{k: r[k] for k in FACT_FIELDS} for r in page]
        if len(page) < 1000:
            return out
        after = (page[-1]["date"], page[-1]["id"])

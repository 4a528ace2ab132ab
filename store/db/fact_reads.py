"""The explorer's Facts view: the facts of every checkpoint, newest first, filtered
by kind (queue, status, capacity, deadline, event, and since facts58 count, cause, funding,
facing) and border. A border means both
sides' posts on it: «Россия» lists Сырым and the Russian Маштаково facing it.

Facts can run to tens of thousands of rows, so they are paged like the article
list: a keyset seek from the last row of the page before when the caller has it, an
OFFSET otherwise. Plain dicts go out; nothing here imports a UI library.
"""

from __future__ import annotations

from store.db.connection import Store
from store.db.queries import newest_first_after, row_dicts


def _gazetteer():
    """store.lang.gazetteer, imported when a read first needs it: the explorer's first
    paint (the Articles tab) imports this module but shows no checkpoint row."""
    from store.lang import gazetteer

    return gazetteer


FACT_KINDS = ("queue", "status", "capacity", "deadline", "event", "count", "cause", "funding", "facing", "alternative")
FACT_FIELDS = [
    "date",
    "checkpoint_id",
    "checkpoint",
    "border",
    "side",
    "kind",
    "text",
    "article_id",
    "title",
    "source",
    "sentence",
]


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


# ---------------------------------------------------------------- facts


# A near-duplicate article's facts are its group's first article's again (store.db.duplicates)
SHOWN_ARTICLES = "f.article_id NOT IN (SELECT id FROM articles WHERE dup_of IS NOT NULL)"


def _fact_where(kind: str | None, border: str | None) -> tuple[str, list]:
    parts, params = [SHOWN_ARTICLES], []
    if kind:
        parts.append("f.kind = ?")
        params.append(kind)
    if border:
        posts = _gazetteer().all() + _gazetteer().foreign()  # both sides of the border
        ids = [cp.id for cp in posts if cp.segment == border]
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
    rows = row_dicts(
        store,
        "SELECT f.id, f.dated AS date, f.checkpoint_id, f.kind, f.text, f.sentence, f.article_id"
        f" FROM facts f WHERE f.id IN ({','.join('?' * len(ids))}) ORDER BY f.dated DESC, f.id DESC",
        ids,
    )
    for r in rows:
        cp = _gazetteer().get(r["checkpoint_id"])
        r["checkpoint"] = cp.name_ru if cp else r["checkpoint_id"]
        r["border"] = cp.border if cp else None
        r["side"] = cp.country if cp else None  # whose post: Казахстан, or the neighbour
        r["label"] = cp.label if cp else r["checkpoint_id"]
        r["segment"] = cp.segment if cp else None
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

"""The explorer's Facts view: the facts of every checkpoint, newest first, filtered
by kind (queue, status, capacity, deadline, event, and since facts58 count, cause, funding,
facing) and border. A border means both
sides' posts on it: «Россия» lists Сырым and the Russian Маштаково facing it.

Facts can run to tens of thousands of rows, so they are paged like the article
list: a keyset seek from the last row of the page before when the caller has it, an
OFFSET otherwise. Plain dicts go out; nothing here imports a UI library.
"""

from __future__ import annotations

from store.db import capacity_sorts
from store.db.connection import Store
from store.db.queries import newest_first_after, row_dicts


def _gazetteer():
    """store.lang.gazetteer, imported when a read first needs it: the explorer's first
    paint (the Articles tab) imports this module but shows no checkpoint row."""
    from store.lang import gazetteer

    return gazetteer


FACT_KINDS = (
    "queue",
    "status",
    "capacity",
    "deadline",
    "event",
    "count",
    "cause",
    "funding",
    "facing",
    "alternative",
    "rule",
    "line",
)
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
    # since stop 44 (facts89): a capacity fact's sort, as the board names it (store/db/capacity_sorts.py:
    # throughput, limit, lanes, booths, places, equipment, planned), so a figure promised («сможет
    # пропускать до 1 200 грузовиков в сутки») is told apart from one passed; null for other kinds.
    # Appended last: a reader of the fields before it reads them as before.
    "capacity_sort",
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


# A fact's place in the newest-first list: its date (facts.dated), except that a deadline's
# date at a period's precision sorts as the period's last day, the day the deadline runs
# out (store.db.deadlines.last_day): «2026-H1» as 2026-06-30, «2028» as 2028-12-31,
# «2025-12» as its end. As text «2026-H1» sorted above «2026-10-03» (ui66). Plain SQL over
# the covering index: as fast as ordering by the column (0.15 s vs 0.18 s, 70,000 facts).
_PERIOD_END = (
    "CASE WHEN length(f.dated) = 4 THEN f.dated || '-12-31'"
    " WHEN substr(f.dated, 6, 1) = 'H' THEN substr(f.dated, 1, 4)"
    " || CASE substr(f.dated, 7) WHEN '1' THEN '-06-30' ELSE '-12-31' END"
    " WHEN substr(f.dated, 6, 1) = 'Q' THEN substr(f.dated, 1, 4)"
    " || CASE substr(f.dated, 7) WHEN '1' THEN '-03-31' WHEN '2' THEN '-06-30' WHEN '3' THEN '-09-30' ELSE '-12-31' END"
    " ELSE f.dated || '-31' END"  # a month: after each of its days, before the next month
)
SORT_DATE = f"(CASE WHEN f.kind = 'deadline' AND length(f.dated) < 10 THEN {_PERIOD_END} ELSE f.dated END)"


def fact_page(
    store: Store,
    kind: str | None = None,
    border: str | None = None,
    *,
    after: tuple[str | None, int] | None = None,
    offset: int = 0,
    limit: int = 100,
) -> list[dict]:
    """Facts newest first (facts.dated: the fact's date, else its article's, a deadline's
    period by its last day: SORT_DATE; undated last), each with its checkpoint's name and
    border from the gazetteer and its article. `after` is the (sort_date, id) of the last
    row already shown: a keyset seek along the (kind,) dated index."""
    where, params = _fact_where(kind, border)
    if after is not None:
        seek, seek_params = newest_first_after(SORT_DATE, "f.id", after)
        where, params, offset = where + seek, params + seek_params, 0
    # The order is found on the covering index alone (dated, id and the filter columns
    # are all in facts_cp); only the page's rows are read in full. Sorting whole rows,
    # sentences and all, took 0.2 s at 70,000 facts; this takes 15 ms.
    ids = [
        r[0]
        for r in store.conn.execute(
            f"SELECT f.id FROM facts f INDEXED BY facts_cp WHERE {where}"
            f" ORDER BY {SORT_DATE} DESC, f.id DESC LIMIT ? OFFSET ?",
            params + [limit, offset],
        )
    ]
    rows = row_dicts(
        store,
        f"SELECT f.id, f.dated AS date, {SORT_DATE} AS sort_date, f.checkpoint_id, f.kind, f.text, f.sentence,"
        f" f.article_id FROM facts f WHERE f.id IN ({','.join('?' * len(ids))}) ORDER BY sort_date DESC, f.id DESC",
        ids,
    )
    for r in rows:
        cp = _gazetteer().get(r["checkpoint_id"])
        r["checkpoint"] = cp.name_ru if cp else r["checkpoint_id"]
        r["border"] = cp.border if cp else None
        r["side"] = cp.country if cp else None  # whose post: Казахстан, or the neighbour
        r["label"] = cp.label if cp else r["checkpoint_id"]
        r["segment"] = cp.segment if cp else None
        r["capacity_sort"] = capacity_sorts.capacity_sort(r["text"]) if r["kind"] == "capacity" else None
    return _with_titles(store, rows)


def fact_list_page(
    store: Store, kind: str | None, border: str | None, page: int, size: int, previous: list[dict] | None = None
) -> list[dict]:
    """Page `page` of the fact list, a keyset seek when page-1 is at hand."""
    if previous:
        last = previous[-1]
        return fact_page(store, kind, border, after=(last["sort_date"], last["id"]), limit=size)
    return fact_page(store, kind, border, offset=page * size, limit=size)


def fact_export_rows(store: Store, kind: str | None = None, border: str | None = None) -> list[dict]:
    """Every fact under the filter, as FACT_FIELDS."""
    out, after = [], None
    while True:
        page = fact_page(store, kind, border, after=after, limit=1000)
        out += [{k: r[k] for k in FACT_FIELDS} for r in page]
        if len(page) < 1000:
            return out
        after = (page[-1]["sort_date"], page[-1]["id"])

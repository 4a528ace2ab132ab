"""Paged, read-only queries for the explorer (and any other reader of the store).

The TUI never runs SQL itself: it asks for a page of rows, one article with what
was extracted from it, one entity or checkpoint with its neighbourhood. Lists
page with keyset queries over the (date DESC, rowid DESC) index, so the 1,000th
page costs what the first does. Nothing here imports a UI library: plain dicts
and tuples go out, and the caller decides how to draw them (sanitizing there).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from store.db.store import Store


def newest_first_after(date_col: str, id_col: str, after: tuple) -> tuple[str, list]:
    """The keyset seek past `after` = (date, id), the last row shown of a list ordered
    `date_col DESC, id_col DESC` with undated rows last: one condition, whatever the list."""
    date, row_id = after
    if date is None:
        return f" AND {date_col} IS NULL AND {id_col} < ?", [row_id]
    return (
        f" AND ({date_col} < ? OR ({date_col} = ? AND {id_col} < ?) OR {date_col} IS NULL)",
        [date, date, row_id],
    )


ARTICLE_COLUMNS = "rowid, id, date, source, title, language"


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles the list shows; every field None means all of them."""

    source: str | None = None  # part of the outlet's name, any case
    language: str | None = None
    date_from: str | None = None  # inclusive, "YYYY-MM-DD" (a prefix such as "2025" works)
    date_to: str | None = None  # inclusive
    entity_id: int | None = None
    entity_name: str | None = None  # for display only

    def where(self) -> tuple[str, list]:
        """The SQL condition and its parameters (never interpolated values)."""
        parts: list[str] = []
        params: list = []
        if self.source:
            # a substring of the outlet, any case (SQLite's LIKE folds ASCII letters only)
            parts.append("source LIKE ? ESCAPE '\\'")
            escaped = self.source.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{escaped}%")
        if self.language:
            parts.append("language = ?")
            params.append(self.language)
        if self.date_from:
            parts.append("date >= ?")
            params.append(self.date_from)
        if self.date_to:
            # "2025-08" should include "2025-08-31": compare against the upper bound of the prefix.
            parts.append("date <= ?")
            params.append(self.date_to + "\uffff")
        if self.entity_id is not None:
            parts.append("id IN (SELECT article_id FROM mentions WHERE entity_id = ?)")
            params.append(self.entity_id)
        return (" AND ".join(parts) or "1"), params

    def describe(self) -> str:
        """One line for the status bar: what is filtered."""
        bits = []
        if self.entity_name or self.entity_id is not None:
            bits.append(f"entity={self.entity_name or self.entity_id}")
        if self.source:
            bits.append(f"outlet={self.source}")
        if self.language:
            bits.append(f"lang={self.language}")
        if self.date_from or self.date_to:
            bits.append(f"date={self.date_from or '…'}..{self.date_to or '…'}")
        return ", ".join(bits)


def _rows(store: Store, sql: str, params=()) -> list[dict]:
    cur = store.conn.execute(sql, params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=False)) for r in cur.fetchall()]


# ---------------------------------------------------------------- article list


def count_articles(store: Store, filt: ArticleFilter = ArticleFilter()) -> int:
    where, params = filt.where()
    return store.conn.execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()[0]


def article_page(
    store: Store,
    filt: ArticleFilter = ArticleFilter(),
    *,
    after: tuple[str | None, int] | None = None,
    offset: int = 0,
    limit: int = 100,
) -> list[dict]:
    """Articles newest first (undated last). `after` is the (date, rowid) of the last
    row already shown: a keyset seek. Without it, `offset` rows are skipped (used
    only for a jump to a far page whose predecessor was never fetched)."""
    where, params = filt.where()
    if after is not None:
        seek, seek_params = newest_first_after("date", "rowid", after)
        where, params, offset = where + seek, params + seek_params, 0
    # newest first along the date index, except for a rare entity: then its few articles
    # are looked up through its mentions and sorted (walking the index for an entity in
    # 10 of 100,000 articles would pass over all of them: 160 ms)
    walk = filt.entity_id is None or walks_date_index(store, filt.entity_id, offset + limit)
    sql = (
        f"SELECT {ARTICLE_COLUMNS} FROM articles {'INDEXED BY articles_date' if walk else ''} WHERE {where}"
        " ORDER BY date DESC, rowid DESC LIMIT ? OFFSET ?"
    )
    return _rows(store, sql, params + [limit, offset])


def article_rows(store: Store, filt: ArticleFilter = ArticleFilter(), batch: int = 1000):
    """Every article matching `filt` (without body), page by page: for export."""
    after = None
    while True:
        page = article_page(store, filt, after=after, limit=batch)
        yield from page
        if len(page) < batch:
            return
        after = (page[-1]["date"], page[-1]["rowid"])


def sources(store: Store) -> list[tuple[str, int]]:
    return store.conn.execute(
        "SELECT source, count(*) FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY 2 DESC"
    ).fetchall()


# ---------------------------------------------------------------- one article


def article(store: Store, article_id: str) -> dict | None:
    """The article with its mentions, entities, checkpoints, facts and directives."""
    rows = _rows(
        store,
        "SELECT rowid, id, file, path, title, date, source, dateline, author, language, url, body"
        " FROM articles WHERE id = ?",
        (article_id,),
    )
    if not rows:
        return None
    art = rows[0]
    art["mentions"] = _rows(
        store,
        'SELECT m.field, m.start, m."end", m.surface, m.role, m.entity_id, e.type, e.name'
        " FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.field, m.start",
        (article_id,),
    )
    art["entities"] = _rows(
        store,
        "SELECT e.id, e.type, e.name, e.latin, count(*) AS mentions, c.id AS checkpoint_id"
        " FROM mentions m JOIN entities e ON e.id = m.entity_id"
        " LEFT JOIN checkpoints c ON c.entity_id = e.id"
        " WHERE m.article_id = ? GROUP BY e.id ORDER BY min(m.field = 'body'), min(m.start)",
        (article_id,),
    )
    art["facts"] = _rows(
        store,
        "SELECT f.checkpoint_id, f.kind, f.text, f.sentence, f.date, c.name_ru, c.entity_id"
        " FROM facts f LEFT JOIN checkpoints c ON c.id = f.checkpoint_id WHERE f.article_id = ? ORDER BY f.id",
        (article_id,),
    )
    art["directives"] = _rows(
        store,
        'SELECT by_entity_id, "by", "to", what, "when", sentence FROM directives WHERE article_id = ? ORDER BY id',
        (article_id,),
    )
    return art


def sentence_around(text: str, start: int, end: int, limit: int = 240) -> str:
    """The sentence of `text` holding [start, end), cut to `limit` characters."""
    if not text or start is None:
        return ""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    sentence = text[left + 1 : right].strip()
    if len(sentence) > limit:
        mid = start - left - 1
        lo = max(0, mid - limit // 2)
        sentence = ("…" if lo else "") + sentence[lo : lo + limit] + "…"
    return sentence


# ---------------------------------------------------------------- entity list


def _entity_where(text: str, type_: str | None) -> tuple[str, list]:
    parts, params = [], []
    if type_:
        parts.append("type = ?")
        params.append(type_)
    text = " ".join((text or "").split())
    if text:
        from store.lang.names import fold  # light: no models

        like = f"%{text.lower()}%"
        parts.append(
            "(lower(name) LIKE ? OR key LIKE ? OR lower(latin) LIKE ?"
            " OR id IN (SELECT entity_id FROM aliases WHERE key LIKE ?))"
        )
        params += [like, like, like, f"%{fold(text)}%"]
    return (" AND ".join(parts) or "1"), params


def count_entities(store: Store, text: str = "", type_: str | None = None) -> int:
    where, params = _entity_where(text, type_)
    return store.conn.execute(f"SELECT count(*) FROM entities WHERE {where}", params).fetchone()[0]


def entity_page(
    store: Store, text: str = "", type_: str | None = None, *, offset: int = 0, limit: int = 100
) -> list[dict]:
    """Entities most-mentioned first, filtered by type and by a substring of any name."""
    where, params = _entity_where(text, type_)
    rows = _rows(
        store,
        f"SELECT id, type, name, latin, roles, article_count, mention_count FROM entities WHERE {where}"
        " ORDER BY article_count DESC, mention_count DESC, id LIMIT ? OFFSET ?",
        params + [limit, offset],
    )
    for r in rows:
        r["roles"] = json.loads(r["roles"] or "[]")
    return rows


# ---------------------------------------------------------------- one entity


def entity(store: Store, entity_id: int, articles_limit: int = 200) -> dict | None:
    """Entity with aliases, roles, mentions per month, articles (with the naming
    sentence), co-mentioned entities, and its checkpoint record if it is one."""
    rows = _rows(
        store,
        "SELECT id, type, name, latin, roles, article_count, mention_count FROM entities WHERE id = ?",
        (entity_id,),
    )
    if not rows:
        return None
    ent = rows[0]
    ent["roles"] = json.loads(ent["roles"] or "[]")
    ent["aliases"] = [
        r[0]
        for r in store.conn.execute(
            "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY origin = 'canonical' DESC, alias", (entity_id,)
        )
    ]
    ent["months"] = monthly_mentions(store, entity_id)
    ent["articles"] = entity_articles(store, entity_id, articles_limit)
    ent["related"] = related_entities(store, entity_id)
    ent["checkpoint"] = checkpoint_for_entity(store, entity_id)
    return ent


def related_entities(store: Store, entity_id: int, limit: int = 30) -> list[dict]:
    """The entities named in most of this entity's articles (shared = how many).

    Each article of the entity is visited once (an IN list, not a self-join of mentions
    row by row, which paired every mention with every other before DISTINCT: 3–4x slower)."""
    return _rows(
        store,
        "SELECT e.id, e.type, e.name, s.shared FROM ("
        " SELECT m2.entity_id AS eid, count(DISTINCT m2.article_id) AS shared FROM mentions m2"
        " WHERE m2.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?) AND m2.entity_id != ?"
        " GROUP BY m2.entity_id) s JOIN entities e ON e.id = s.eid"
        " ORDER BY s.shared DESC, e.article_count DESC LIMIT ?",
        (entity_id, entity_id, limit),
    )


def monthly_mentions(store: Store, entity_id: int) -> list[tuple[str, int]]:
    """(YYYY-MM, mentions) for every month from the first to the last, zeros included."""
    counts = Counter(
        dict(
            store.conn.execute(
                "SELECT substr(a.date, 1, 7), count(*) FROM mentions m JOIN articles a ON a.id = m.article_id"
                " WHERE m.entity_id = ? AND a.date IS NOT NULL GROUP BY 1",
                (entity_id,),
            ).fetchall()
        )
    )
    if not counts:
        return []
    months = sorted(counts)
    y, m = map(int, months[0].split("-"))
    out = []
    while True:
        key = f"{y:04d}-{m:02d}"
        out.append((key, counts.get(key, 0)))
        if key >= months[-1] or len(out) > 600:
            return out
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


# An entity's articles, newest first, by one of two plans (measured at 100,000 articles):
# the entity's mentions joined to their articles and sorted costs ~2 µs per article the
# entity is in (60 ms for one in 29,000); walking the (date, rowid) index newest first with
# an EXISTS on mentions(entity_id, article_id) costs ~2 µs per article passed over, about
# limit x articles / article_count of them (0.2 ms for the same entity, 170 ms for one in
# 100). The walk wins when article_count > sqrt(limit x articles).
_ENTITY_WALK = (
    "SELECT {cols} FROM articles a INDEXED BY articles_date"
    " WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = ? AND m.article_id = a.id)"
    " ORDER BY a.date DESC, a.rowid DESC LIMIT ? OFFSET ?"
)
_ENTITY_JOIN = (
    "SELECT {cols} FROM articles a WHERE a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
    " ORDER BY a.date DESC, a.rowid DESC LIMIT ? OFFSET ?"
)


def walks_date_index(store: Store, entity_id: int, rows: int) -> bool:
    """Whether the newest `rows` articles of the entity are found faster by walking the
    date index (a common entity) than through its mentions (a rare one)."""
    row = store.conn.execute("SELECT article_count FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if not row or not row[0]:
        return False
    n = store.conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0  # O(1), ~ the article count
    return row[0] * row[0] > max(rows, 1) * n


def entity_articles(store: Store, entity_id: int, limit: int = 200) -> list[dict]:
    """The newest articles naming the entity, each with the sentence of its first mention
    (the one with the smallest offset). Bodies are read for the returned rows only."""
    plan = _ENTITY_WALK if walks_date_index(store, entity_id, limit) else _ENTITY_JOIN
    rows = _rows(store, plan.format(cols="a.id, a.date, a.source, a.title"), (entity_id, limit, 0))
    if not rows:
        return rows
    conn = store.conn
    marks = ",".join("?" * len(rows))
    ids = [r["id"] for r in rows]
    first: dict[str, tuple] = {}
    for aid, fld, start, end in conn.execute(
        'SELECT article_id, field, start, "end" FROM mentions WHERE entity_id = ? AND article_id IN'
        f" ({marks}) ORDER BY article_id, start IS NULL, start, id",
        [entity_id, *ids],
    ):
        first.setdefault(aid, (fld, start, end))
    body_ids = [aid for aid in ids if first.get(aid, ("",))[0] == "body" and first[aid][1] is not None]
    bodies = (
        dict(conn.execute(f"SELECT id, body FROM articles WHERE id IN ({','.join('?' * len(body_ids))})", body_ids))
        if body_ids
        else {}
    )
    for r in rows:
        r["field"], r["start"], r["end"] = first.get(r["id"], (None, None, None))
        text = bodies.get(r["id"]) if r["field"] == "body" else r["title"]
        r["sentence"] = sentence_around(text or "", r["start"], r["end"] or r["start"])
    return rows


# ---------------------------------------------------------------- checkpoints


def checkpoint_for_entity(store: Store, entity_id: int) -> dict | None:
    rows = _rows(store, "SELECT * FROM checkpoints WHERE entity_id = ?", (entity_id,))
    return _checkpoint_row(rows[0]) if rows else None


def _checkpoint_row(row: dict) -> dict:
    row["names_latin"] = json.loads(row.get("names_latin") or "[]")
    row["former_names"] = json.loads(row.get("former_names") or "[]")
    return row


# A detail screen shows the newest this many facts and directives: a checkpoint named
# in tens of thousands of articles must still open at once.
DETAIL_LIMIT = 300


def checkpoint(store: Store, entity_id: int) -> dict | None:
    """A checkpoint entity with its gazetteer record, its newest dated facts (each with
    its article) and the newest directives of the articles that name it."""
    ent = _rows(store, "SELECT id, name, latin, article_count FROM entities WHERE id = ?", (entity_id,))
    if not ent:
        return None
    cp = checkpoint_for_entity(store, entity_id) or {}
    out: dict[str, Any] = {"entity": ent[0], "record": cp}
    cp_id = cp.get("id")
    out["facts"] = (
        _rows(
            store,
            "SELECT f.kind, f.text, f.sentence, coalesce(f.date, a.date) AS date, a.id AS article_id, a.title, a.source"
            " FROM facts f JOIN articles a ON a.id = f.article_id WHERE f.checkpoint_id = ?"
            " ORDER BY coalesce(f.date, a.date) DESC, f.id DESC LIMIT ?",
            (cp_id, DETAIL_LIMIT),
        )
        if cp_id
        else []
    )
    out["directives"] = _rows(
        store,
        'SELECT d."by", d."to", d.what, d."when", d.sentence, a.id AS article_id, a.date, a.title'
        " FROM directives d JOIN articles a ON a.id = d.article_id"
        " WHERE d.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
        " ORDER BY a.date DESC, d.id LIMIT ?",
        (entity_id, DETAIL_LIMIT),
    )
    out["articles"] = entity_articles(store, entity_id, 100)
    # the true totals, for «first N of M» where a list above is capped
    out["fact_total"] = (
        store.conn.execute("SELECT count(*) FROM facts WHERE checkpoint_id = ?", (cp_id,)).fetchone()[0] if cp_id else 0
    )
    out["directive_total"] = store.conn.execute(
        "SELECT count(*) FROM directives WHERE article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)",
        (entity_id,),
    ).fetchone()[0]
    return out

"""Paged, read-only queries for the explorer's articles: the list and one article.

The TUI never runs SQL itself: it asks for a page of rows or one article with what
was extracted from it (one entity or checkpoint with its neighbourhood is
store.db.entity_reads; the board, directives and facts are board, directive_reads
and fact_reads). Lists
page with keyset queries over the (date DESC, rowid DESC) index, so the 1,000th
page costs what the first does. Nothing here imports a UI library: plain dicts
and tuples go out, and the caller decides how to draw them (sanitizing there).
"""

from __future__ import annotations

from dataclasses import dataclass

from store.db.connection import Store


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
LISTED = "dup_of IS NULL"  # the list's articles: no near-duplicate copy of another


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
        parts: list[str] = [LISTED]  # a near-duplicate shows as its group's first (store.db.duplicates)
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
            bits.append(f"date {self.dates_label()}")
        return ", ".join(bits)

    def dates_label(self) -> str:
        """«from 2026-11», «until 2026-12», «2026-11 to 2026-12», «2026-11»: words for an open
        end; «2026-11..…» read as a cell cut at its edge (qa74)."""
        start, end = self.date_from, self.date_to
        if start and end:
            return start if start == end else f"{start} to {end}"
        return f"from {start}" if start else f"until {end}"


def row_dicts(store: Store, sql: str, params=()) -> list[dict]:
    cur = store.conn.execute(sql, params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=False)) for r in cur.fetchall()]


# ---------------------------------------------------------------- article list


def count_articles(store: Store, filt: ArticleFilter = ArticleFilter()) -> int:
    """The articles the list shows under `filt`. Counted with LISTED, `dup_of IS NULL` has no
    index to read (the partial one holds only the copies), so SQLite read every row of the
    table, bodies and all: 0.36-0.47 s on the 100,000-article store (1.3 GB), on the path
    to the explorer's first paint, whose Articles list waits for its count. Where the
    filter's other conditions are plain columns (none: the first paint's), the count is
    the articles they match less the near-duplicate copies among them, in one statement
    (one snapshot), both read from indexes (6 ms there; an outlet's 11 ms, was 410;
    screen67). A subquery's condition (words, entities, a search's hits) is counted as
    before: it would run once in each count. The condition opens with LISTED
    (ArticleFilter.where)."""
    where, params = filt.where()
    rest = where[len(LISTED) :]
    if "SELECT" in rest:
        return store.conn.execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()[0]
    return store.conn.execute(
        f"SELECT (SELECT count(*) FROM articles WHERE 1{rest})"
        f" - (SELECT count(*) FROM articles WHERE dup_of IS NOT NULL{rest})",
        params + params,
    ).fetchone()[0]


def count_copies(store: Store, filt: ArticleFilter = ArticleFilter()) -> int:
    """The near-duplicate copies the filter's list leaves out (each shown as its group's
    first): the Articles tab said «17 articles» right after the ingest's «24 stored» with
    no word of the 7 (qa74); `stats` says it. The filter's condition opens with LISTED."""
    where, params = filt.where()
    copies = "dup_of IS NOT NULL" + where[len(LISTED) :]
    return store.conn.execute(f"SELECT count(*) FROM articles WHERE {copies}", params).fetchone()[0]


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
    return row_dicts(store, sql, params + [limit, offset])


def article_rows(store: Store, filt: ArticleFilter = ArticleFilter(), batch: int = 1000):
    """Every article matching `filt` (without body), page by page: for export."""
    after = None
    while True:
        page = article_page(store, filt, after=after, limit=batch)
        yield from page
        if len(page) < batch:
            return
        after = (page[-1]["date"], page[-1]["rowid"])


def walks_date_index(store: Store, entity_id: int, rows: int) -> bool:
    """Whether the newest `rows` articles of the entity are found faster by walking the
    date index (a common entity) than through its mentions (a rare one): the walk wins
    when article_count > sqrt(rows x articles) (measured: store.db.entity_reads, above
    _ENTITY_WALK)."""
    row = store.conn.execute("SELECT article_count FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if not row or not row[0]:
        return False
    n = store.conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0  # O(1), ~ the article count
    return row[0] * row[0] > max(rows, 1) * n


def sources(store: Store) -> list[tuple[str, int]]:
    return store.conn.execute(
        "SELECT source, count(*) FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY 2 DESC"
    ).fetchall()


# ---------------------------------------------------------------- one article


def article(store: Store, article_id: str) -> dict | None:
    """The article with its mentions, entities, checkpoints, facts and directives."""
    rows = row_dicts(
        store,
        "SELECT rowid, id, file, path, title, date, source, dateline, author, language, url, body"
        " FROM articles WHERE id = ?",
        (article_id,),
    )
    if not rows:
        return None
    art = rows[0]
    from store.db import duplicates  # the copies' keys: imported by the first article shown, not the first paint

    art["also_in"] = duplicates.also_in(store.conn, article_id)
    art["mentions"] = row_dicts(
        store,
        'SELECT m.field, m.start, m."end", m.surface, m.role, m.entity_id, e.type, e.name'
        " FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.field, m.start",
        (article_id,),
    )
    art["entities"] = row_dicts(
        store,
        "SELECT e.id, e.type, e.name, e.latin, count(*) AS mentions, c.id AS checkpoint_id"
        " FROM mentions m JOIN entities e ON e.id = m.entity_id"
        " LEFT JOIN checkpoints c ON c.entity_id = e.id"
        " WHERE m.article_id = ? GROUP BY e.id ORDER BY min(m.field = 'body'), min(m.start)",
        (article_id,),
    )
    art["facts"] = row_dicts(
        store,
        "SELECT f.checkpoint_id, f.kind, f.text, f.sentence, f.date, c.name_ru, c.entity_id"
        " FROM facts f LEFT JOIN checkpoints c ON c.id = f.checkpoint_id WHERE f.article_id = ? ORDER BY f.id",
        (article_id,),
    )
    art["directives"] = row_dicts(
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

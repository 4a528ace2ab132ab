"""The SQL that search runs: alias and entity reads for its index, FTS5 queries, and
the rows behind its results. Search (store.search) keeps no SQL of its own, so the
schema it reads is written down here, beside the schema itself (store.db.store)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Generator, Iterable, Iterator

Conn = sqlite3.Connection


def _marks(values: list) -> str:
    return ",".join("?" * len(values))


# ---------------------------------------------------------------- the alias index


def alias_rows(conn: Conn, after_id: int = 0) -> Iterable[tuple[int, int, str, str]]:
    """(alias id, entity id, folded key, origin) of every alias with an id above `after_id`."""
    return conn.execute("SELECT id, entity_id, key, origin FROM aliases WHERE id > ? ORDER BY id", (after_id,))


def entity_rows(conn: Conn, after_id: int = 0) -> list[tuple[int, str, int]]:
    """(entity id, type, article count) of every entity with an id above `after_id`."""
    return conn.execute("SELECT id, type, article_count FROM entities WHERE id > ?", (after_id,)).fetchall()


def alias_of_key(conn: Conn, key: str) -> str | None:
    """The text of one alias stored under this key."""
    row = conn.execute("SELECT alias FROM aliases WHERE key=? LIMIT 1", (key,)).fetchone()
    return row[0] if row else None


def aliases_of_key(conn: Conn, key: str, most: int = 64) -> list[tuple[int, str]]:
    """(entity id, alias text) of up to `most` aliases stored under this key (an index lookup)."""
    return conn.execute("SELECT entity_id, alias FROM aliases WHERE key=? LIMIT ?", (key, most)).fetchall()


def alias_signature(conn: Conn) -> tuple:
    """What changes when aliases do: new aliases raise the max id, merges delete
    entities. Three index-only lookups (~1 ms at 1M aliases; count(*) of aliases
    would scan them)."""
    return (
        conn.execute("SELECT max(id) FROM aliases").fetchone()[0],
        conn.execute("SELECT max(id) FROM entities").fetchone()[0],
        conn.execute("SELECT count(*) FROM entities").fetchone()[0],
    )


def entities_up_to(conn: Conn, entity_id: int) -> int:
    """How many entities have an id up to `entity_id` (fewer than before: one was merged away).
    Counted as all entities less those above it: a bare count(*) reads the smallest index,
    and those above are the few added since, where counting the ids up to it walked the
    whole table (23 ms of a fresh search at 155,000 entities)."""
    sql = "SELECT (SELECT count(*) FROM entities) - (SELECT count(*) FROM entities WHERE id > ?)"
    return conn.execute(sql, (entity_id,)).fetchone()[0]


def aliases_up_to(conn: Conn, alias_id: int) -> int:
    """How many aliases have an id up to `alias_id` (fewer than before: some were deleted,
    as a reextract does under entities it keeps). All aliases less those above it, as
    entities_up_to: a count(*) reads the smallest index (~1 ms per 100,000 aliases)."""
    sql = "SELECT (SELECT count(*) FROM aliases) - (SELECT count(*) FROM aliases WHERE id > ?)"
    return conn.execute(sql, (alias_id,)).fetchone()[0]


def alias_at(conn: Conn, alias_id: int) -> tuple[int, str] | None:
    """(entity id, key) of one alias: what tells a persisted index's store from another."""
    row = conn.execute("SELECT entity_id, key FROM aliases WHERE id=?", (alias_id,)).fetchone()
    return (row[0], row[1]) if row else None


def change_marks(conn: Conn) -> tuple[int, int]:
    """(data_version, total_changes): both stay put while nobody writes the store."""
    return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes


# ---------------------------------------------------------------- entity results


def entities_by_id(conn: Conn, ids: list[int]) -> dict[int, tuple[str, str, int]]:
    """{entity id: (type, name, article count)}."""
    if not ids:
        return {}
    sql = f"SELECT id, type, name, article_count FROM entities WHERE id IN ({_marks(ids)})"
    return {r[0]: r[1:] for r in conn.execute(sql, ids)}


def alias_texts(conn: Conn, alias_ids: list[int]) -> dict[int, str]:
    """{alias id: its text}."""
    if not alias_ids:
        return {}
    return dict(conn.execute(f"SELECT id, alias FROM aliases WHERE id IN ({_marks(alias_ids)})", alias_ids))


def entities_named(conn: Conn, keys: list[str], type_: str) -> list[tuple[int, str, int]]:
    """(entity id, name, article count) of the entities of this type that have an
    alias under one of these keys, most articles first, then by name (not by id: ids
    follow the order articles were stored in, which differs between ingests of the same
    files when several workers finish in another order)."""
    if not keys:
        return []
    sql = (
        f"SELECT DISTINCT e.id, e.name, e.article_count FROM aliases a JOIN entities e ON e.id = a.entity_id"
        f" WHERE a.key IN ({_marks(keys)}) AND e.type = ? ORDER BY e.article_count DESC, e.name, e.id LIMIT 20"
    )
    return conn.execute(sql, [*keys, type_]).fetchall()


def entities_by_alias(conn: Conn, keys: list[str], type_: str) -> list[tuple[int, str, int, str]]:
    """(entity id, name, article count, alias text) of each alias under one of these
    keys of an entity of this type (at most 200): for a caller that checks how the
    alias is spelt, not only its folded key."""
    if not keys:
        return []
    sql = (
        f"SELECT e.id, e.name, e.article_count, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id"
        f" WHERE a.key IN ({_marks(keys)}) AND e.type = ? ORDER BY e.article_count DESC, e.name, e.id LIMIT 200"
    )
    return conn.execute(sql, [*keys, type_]).fetchall()


def checkpoint_refs(conn: Conn, ids: list[int]) -> dict[int, str]:
    """The gazetteer row (checkpoints.id) of each of these entities that has one."""
    if not ids:
        return {}
    sql = f"SELECT entity_id, id FROM checkpoints WHERE entity_id IN ({_marks(ids)})"
    return dict(conn.execute(sql, ids).fetchall())


def aliases_of_entities(conn: Conn, ids: list[int], most: int = 200) -> list[str]:
    """The alias texts of these entities (at most `most`): the spellings read from the
    articles first (origin «text»: pages print them), the romanizations the store made for
    searching (origin «latin»: «Komitet gosudarstvennykh dokhodov») last (none does)."""
    if not ids:
        return []
    order = "CASE origin WHEN 'text' THEN 0 WHEN 'latin' THEN 2 ELSE 1 END, id"
    sql = f"SELECT alias FROM aliases WHERE entity_id IN ({_marks(ids)}) ORDER BY {order} LIMIT ?"
    return [r[0] for r in conn.execute(sql, [*ids, most])]


# ---------------------------------------------------------------- articles

# bm25's weights of the FTS columns (title, body): a query lemma in the title counts as
# TITLE_WEIGHT in the body. With equal weights a headline's word was one occurrence
# among a long body's many (bm25 sums each phrase's weighted count over the columns and
# normalizes by the row's whole length), so «очередь на хоргосе» ranked the article
# headed so below pages that repeat «очередь» in their text. Chosen on
# /work/scratch/search76/queries.tsv (bench/README «Stop 42, search76»).
TITLE_WEIGHT = 10.0
_RANK = f"bm25(articles_fts, {TITLE_WEIGHT}, 1.0)"

# A near-duplicate article (store.db.duplicates) is no match of its own: its group's first
# stands for it, so a capped list of hits is not one short and its total counts the story once.
# The subquery runs once per statement, over the partial index of the few duplicates.
_SHOWN = " AND rowid NOT IN (SELECT rowid FROM articles WHERE dup_of IS NOT NULL)"


def fts_window_edge(conn: Conn, expr: str, window: int, lo: int | None = None, hi: int | None = None) -> int | None:
    """The rowid of the match `window` places from the newest (among rowids lo..hi when
    given), or None when there are at most `window` matches."""
    if lo is None or hi is None:
        sql = (
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
            + _SHOWN
            + " ORDER BY rowid DESC LIMIT 1 OFFSET ?"
        )
        row = conn.execute(sql, (expr, window)).fetchone()
    else:
        sql = (
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?"
            + _SHOWN
            + " ORDER BY rowid DESC LIMIT 1 OFFSET ?"
        )
        row = conn.execute(sql, (expr, lo, hi, window)).fetchone()
    return row[0] if row else None


def fts_scored_between(conn: Conn, expr: str, lo: int, hi: int) -> list[tuple[int, float]]:
    """(rowid, bm25) of every match with a rowid in lo..hi, in rowid order."""
    sql = "SELECT rowid, " + _RANK + " FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?"
    return conn.execute(sql + _SHOWN, (expr, lo, hi)).fetchall()


def fts_scored_among(conn: Conn, expr: str, lo: int, hi: int, wanted: set[int]) -> list[tuple[int, float]]:
    """(rowid, bm25) of the matches with a rowid in lo..hi that are in `wanted`, in
    rowid order (fts_scored_listed of the set written as a list)."""
    if not wanted:
        return []
    return fts_scored_listed(conn, expr, lo, hi, rowid_list(wanted))


def rowid_list(rowids: Iterable[int]) -> str:
    """Rowids as the JSON list fts_scored_listed binds («[3,17,42]»). A caller that asks
    with the same rowids again (each keystroke of «name topic») keeps the list: writing
    5,000 rowids costs about 1 ms."""
    return json.dumps(sorted({int(r) for r in rowids}), separators=(",", ":"))


def ascending_rowid_list(ascending: list[int]) -> str:
    """rowid_list of rowids that are distinct and in ascending order already (an entity's
    article set, sorted once for its range): the same text without the set and the sort
    (0.3 against 0.9 ms for 5,000 rowids, once per name the TUI reads ahead; tui63)."""
    return json.dumps(ascending, separators=(",", ":"))


def fts_scored_listed(conn: Conn, expr: str, lo: int, hi: int, listed: str) -> list[tuple[int, float]]:
    """(rowid, bm25) of the matches with a rowid in lo..hi that are in `listed`
    (rowid_list), in rowid order: fts_scored_between kept to those rows, with bm25
    (~2.3 µs a match and lemma) computed only for the rows kept. The list is bound as
    JSON and tested per row (`+rowid IN (SELECT value FROM json_each(?))`: the plus
    keeps SQLite from driving the MATCH by the list, which runs it once per listed
    rowid); SQLite tests it with an ephemeral table, in C, about three times faster than
    the Python function this used (1.7 against 0.5 ms for 2,000 matches). Bound, not
    written into the SQL as the list once was: one prepared statement for every list
    (parsing a written list of 5,000 rowids took ~20 ms, at every new name's first topic
    word), and no limit on bound parameters applies."""
    if listed in ("", "[]"):
        return []
    sql = (
        "SELECT rowid, " + _RANK + " FROM articles_fts WHERE articles_fts MATCH ?"
        " AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))" + _SHOWN
    )
    return conn.execute(sql, (expr, lo, hi, listed)).fetchall()


def fts_rowids_listed(conn: Conn, expr: str, lo: int, hi: int, listed: str) -> set[int]:
    """The rowids fts_scored_listed(expr, lo, hi, listed) gives, without bm25: the
    MATCH walk alone costs a fraction of ranking its rows."""
    if listed in ("", "[]"):
        return set()
    sql = (
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
        " AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))" + _SHOWN
    )
    return {r[0] for r in conn.execute(sql, (expr, lo, hi, listed))}


def fts_scored_listed_or_newer(
    conn: Conn, expr: str, lo: int, hi: int, listed: str, newer_than: int
) -> list[tuple[int, float]]:
    """(rowid, bm25) of the matches fts_scored_listed gives (lo..hi, in `listed`) and of
    every match with a rowid above `newer_than`, in rowid order: one statement, so bm25's
    count of each phrase's documents over the whole table (~1.4 ms for a word in 70,000
    of 100,000 articles) is paid once where the two asked apart paid it twice. The
    rowid tests inside the OR carry a plus, so SQLite does not split the OR into two
    runs of the MATCH; the lower bound outside it still narrows FTS5's walk."""
    sql = (
        "SELECT rowid, " + _RANK + " FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ?"
        " AND ((+rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))) OR +rowid > ?)" + _SHOWN
    )
    floor = min(lo, newer_than + 1)
    return conn.execute(sql, (expr, floor, lo, hi, listed or "[]", newer_than)).fetchall()


def fts_matches_any(conn: Conn, expr: str) -> bool:
    """Does any article (a near-duplicate too) match `expr`?"""
    return conn.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1", (expr,)).fetchone() is not None


def fts_newest_scored(conn: Conn, expr: str, most: int) -> list[tuple[int, float]]:
    """(rowid, bm25) of the `most` newest matches (highest rowids), newest first."""
    sql = "SELECT rowid, " + _RANK + " FROM articles_fts WHERE articles_fts MATCH ?" + _SHOWN
    sql += " ORDER BY rowid DESC LIMIT ?"
    return conn.execute(sql, (expr, most)).fetchall()


def fts_rowids(conn: Conn, expr: str) -> set[int]:
    """Every article matching `expr`."""
    return {r[0] for r in conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?" + _SHOWN, (expr,))}


def articles_by_rowid(conn: Conn, rowids: list[int]) -> dict[int, tuple]:
    """{rowid: (id, title, body, date, source)}, near-duplicates of another article left
    out (store.db.duplicates: a search lists the story once; its page says where else)."""
    if not rowids:
        return {}
    sql = (
        f"SELECT rowid, id, title, body, date, source FROM articles WHERE rowid IN ({_marks(rowids)})"
        " AND dup_of IS NULL"
    )
    return {r[0]: r[1:] for r in conn.execute(sql, rowids)}


def article_heads_by_rowid(conn: Conn, rowids: list[int]) -> dict[int, tuple]:
    """{rowid: (id, title, date, source)}: articles_by_rowid without the bodies."""
    if not rowids:
        return {}
    sql = f"SELECT rowid, id, title, date, source FROM articles WHERE rowid IN ({_marks(rowids)}) AND dup_of IS NULL"
    return {r[0]: r[1:] for r in conn.execute(sql, rowids)}


def article_bodies_by_rowid(conn: Conn, rowids: list[int]) -> dict[int, str]:
    """{rowid: body}."""
    if not rowids:
        return {}
    return dict(conn.execute(f"SELECT rowid, body FROM articles WHERE rowid IN ({_marks(rowids)})", rowids))


# A name's articles are read about this many at a time (entity_article_rowids): 1,000
# articles are ~1 ms of CPU on the 100,000-article store, so a key typed while the explorer
# reads ahead waits for one such piece, within a frame, not for all 5,000 (5-17 ms, tui74).
ARTICLE_ROWIDS_CHUNK = 1000
# The pieces are ranges of article ids, which are hex digests (store.model.article_id),
# spread evenly over these first digits; the ranges cover every text whatever its form.
_ID_DIGITS = "0123456789abcdef"


class ReadStopped(Exception):
    """A read asked to stop between its pieces (`stop()` said so); RowidRead.run goes on from there."""


def entity_article_rowids(
    conn: Conn, entity_ids: list[int], most: int, stop: Callable[[], bool] | None = None
) -> list[int]:
    """The rowids of (at most `most`) articles mentioning any of these entities: the
    first `most` distinct articles of the mentions index (entity id, then article id),
    in that order.

    The distinct article ids are taken from the index first, then each is looked up
    once: joining every mention looked an article up per mention (about three per
    article), 7-9 ms for an entity in 16,000 of 100,000 articles; this is 4-5.5 ms
    (tui63). They are read in pieces (RowidRead), `stop()` asked between them."""
    return RowidRead(conn, entity_ids, most).run(stop)


class RowidRead:
    """entity_article_rowids as a read that can be left between its pieces and taken up
    again where it was left. Its pieces are of about ARTICLE_ROWIDS_CHUNK articles, each
    a range of article ids (no OFFSET to walk again): the TUI's search thread reads a
    name's articles ahead of the user's keys, and a key typed meanwhile is searched after
    one piece, not after the whole read (tui74); the search that needs the articles then
    goes on from that piece (store.search.search_topics keeps the read left).
    An article id with no article (a damaged store: articles are never deleted) would
    make the limit count it, so then the join that drops it first answers
    (_entity_article_rowids_joined)."""

    def __init__(self, conn: Conn, entity_ids: list[int], most: int) -> None:
        self._steps = _rowid_steps(conn, list(entity_ids), most)
        self._done: list[int] | None = None

    def run(self, stop: Callable[[], bool] | None = None) -> list[int]:
        """The rowids, read on from where the read was left; ReadStopped when `stop()`
        says so between two pieces (the read can be run again from there)."""
        while self._done is None:
            try:
                next(self._steps)
            except StopIteration as finished:
                self._done = finished.value
                break
            if stop is not None and stop():
                raise ReadStopped
        return self._done


def _rowid_steps(conn: Conn, entity_ids: list[int], most: int) -> Generator[None, None, list[int]]:
    """entity_article_rowids' read, a yield between two pieces; returns the rowids."""
    found: list[int] = []
    ids = sorted(set(entity_ids))  # the order `entity_id IN (...)` walks the index in
    for n, entity_id in enumerate(ids):
        for piece, more in _one_entity_rowids(conn, entity_id, most):
            if piece is None:
                return _entity_article_rowids_joined(conn, entity_ids, most)
            found.extend(piece)
            if more:
                yield
        if len(ids) > 1:
            found = list(dict.fromkeys(found))  # an article of two of them: where it came first
        if len(found) >= most:
            return found[:most]
        if n + 1 < len(ids):
            yield
    return found


def _one_entity_rowids(conn: Conn, entity_id: int, most: int) -> Iterator[tuple[list[int] | None, bool]]:
    """The rowids of one entity's (first `most`) articles, a piece at a time, in the
    index's order, and whether a piece comes after it; None for a piece naming an article
    that is not stored. The first piece
    is the ids under the second digit; how many it held sizes the ranges after it, so a
    name in a few articles is read in two pieces and one in 5,000 in about six."""
    low, left, taken = 0, most, 0
    while low < len(_ID_DIGITS) and left > 0:
        wide = 1 if low == 0 else max(1, ARTICLE_ROWIDS_CHUNK // max(taken, 1))
        high = low + wide
        joined, listed, stored = _article_range(conn, entity_id, low, high, left)
        if stored != listed:
            yield None, False
            return
        taken, left = (listed if low == 0 else taken), left - listed
        yield ([int(r) for r in joined.split(",")] if joined else []), high < len(_ID_DIGITS) and left > 0
        low = high


def _article_range(conn: Conn, entity_id: int, low: int, high: int, most: int) -> tuple[str | None, int, int]:
    """(rowids joined by commas, distinct article ids, of them stored) of one entity's
    first `most` articles whose ids lie from _ID_DIGITS[low] to before _ID_DIGITS[high]
    (from the first text, to past the last, at either end): one row, not a row an
    article, whose every fetch took the GIL back from the UI thread drawing a key (tui73)."""
    bounds, marks = [], []
    if low > 0:
        bounds.append(_ID_DIGITS[low])
        marks.append(" AND article_id >= ?")
    if high < len(_ID_DIGITS):
        bounds.append(_ID_DIGITS[high])
        marks.append(" AND article_id < ?")
    sql = (
        "SELECT group_concat(a.rowid), count(*), count(a.rowid) FROM (SELECT DISTINCT article_id FROM mentions"
        f" WHERE entity_id = ?{''.join(marks)} ORDER BY article_id LIMIT ?) d"
        " LEFT JOIN articles a ON a.id = d.article_id"
    )
    return conn.execute(sql, (entity_id, *bounds, most)).fetchone()


def _entity_article_rowids_joined(conn: Conn, entity_ids: list[int], most: int) -> list[int]:
    """entity_article_rowids by joining every mention to its article (the articles
    that exist only, in the same order)."""
    sql = (  # a join, not `id IN (subquery)`: 2.5x faster for an entity in 12,500 of 100,000 articles
        f"SELECT DISTINCT a.rowid FROM mentions m JOIN articles a ON a.id = m.article_id"
        f" WHERE m.entity_id IN ({_marks(entity_ids)}) LIMIT ?"
    )
    return [r[0] for r in conn.execute(sql, [*entity_ids, most])]


def article_order_keys(conn: Conn, rowids: list[int]) -> dict[int, tuple[str | None, str]]:
    """{rowid: (date, id)} of these articles: what orders articles of equal rank by
    their own content (the id is a hash of title and body), not by when they were stored."""
    if not rowids:
        return {}
    sql = "SELECT rowid, date, id FROM articles WHERE rowid IN (SELECT value FROM json_each(?))"
    return {r[0]: (r[1], r[2]) for r in conn.execute(sql, (rowid_list(rowids),))}


def entity_key(conn: Conn, entity_id: int) -> str | None:
    """«type:key» of one entity (None when there is none by that id)."""
    row = conn.execute("SELECT type || ':' || key FROM entities WHERE id=?", (entity_id,)).fetchone()
    return row[0] if row else None

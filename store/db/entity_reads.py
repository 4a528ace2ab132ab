"""Read-only queries for one entity or checkpoint and the entity list of the explorer.

An entity's page gathers its aliases, roles, mentions per month, newest articles
(with the sentence that names it) and the entities named beside it; a checkpoint's
page adds its gazetteer record, facts and directives. Every list is capped (the
true totals go beside it) so a checkpoint named in tens of thousands of articles
still opens at once. Plain dicts go out; nothing here imports a UI library.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from typing import Any

from store.db import queries, story_order
from store.db.connection import Store
from store.db.migrate_v7 import has_mention_kinds
from store.db.queries import row_dicts, sentence_around
from store.db.search_reads import change_marks

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


def _word_start_first(text: str) -> tuple[str, list]:
    """An expression (0 or 1) whose order puts first the entities one of whose spellings (the folded alias
    keys: SQLite's lower() folds no Cyrillic) has a word beginning with `text`."""
    text = " ".join((text or "").split())
    if not text:
        return "", []
    from store.lang.names import fold

    key = fold(text)
    if not key:
        return "", []
    return (
        "NOT EXISTS (SELECT 1 FROM aliases w WHERE w.entity_id = entities.id AND (w.key LIKE ? OR w.key LIKE ?))",
        [f"{key}%", f"% {key}%"],
    )


def count_entities(store: Store, text: str = "", type_: str | None = None) -> int:
    where, params = _entity_where(text, type_)
    return store.conn.execute(f"SELECT count(*) FROM entities WHERE {where}", params).fetchone()[0]


def entity_page(
    store: Store, text: str = "", type_: str | None = None, *, offset: int = 0, limit: int = 100
) -> list[dict]:
    """Entities with the most stories first (`stories`: story_count, the count their rows
    show; story_order says why that count and how it is read), then the most mentions,
    filtered by type and by a substring of any name. Filtered, those with a word that
    begins with the text come first: «бек» is typed for Бектенов, not for the «бек»
    inside Узбекистан or Капланбек (qa41)."""
    text = " ".join((text or "").split())
    walk = story_order.walk_for(store, (text, type_), lambda: _story_walk(store, text, type_))
    rows = walk.rows(offset, limit)
    for r in rows:
        r.pop("later", None)
        r["roles"] = json.loads(r["roles"] or "[]")
    return rows


def _story_walk(store: Store, text: str, type_: str | None) -> story_order.StoryWalk:
    where, params = _entity_where(text, type_)
    first, first_params = _word_start_first(text)
    sql = (
        f"SELECT id, type, name, latin, roles, article_count, mention_count, {first or '0'} AS later"
        f" FROM entities WHERE {where} ORDER BY later, article_count DESC, mention_count DESC, id LIMIT ? OFFSET ?"
    )

    def stories(r: dict) -> int:
        if r["article_count"] <= 1:  # no second extract of a page: only a copy can fold
            return r["article_count"] - _copies_by_entity(store).get(r["id"], 0)
        return story_count(store, r["id"], r["article_count"])

    return story_order.StoryWalk(store, sql, first_params + params, stories)


def _copies_by_entity(store: Store) -> dict[int, int]:
    """{entity id: how many near-duplicate copies name it}, read over the copies once while
    the store is unchanged (a walk down to the list's end counted each entity in one
    article by a query of its own: most entities are in one; each filter typed is a walk)."""
    key = (store.conn, *change_marks(store.conn))
    with _STORIES_LOCK:
        found = _COPIES.get(key)
    if found is None:
        sql = (
            "SELECT m.entity_id, count(DISTINCT a.id) FROM articles a JOIN mentions m ON m.article_id = a.id"
            " WHERE a.dup_of IS NOT NULL GROUP BY m.entity_id"
        )
        found = dict(store.conn.execute(sql).fetchall())
        with _STORIES_LOCK:
            _COPIES.clear()
            _COPIES[key] = found
    return found


_COPIES: dict[tuple, dict[int, int]] = {}


# ---------------------------------------------------------------- one entity


def entity(store: Store, entity_id: int, articles_limit: int = 200) -> dict | None:
    """Entity with aliases, roles, mentions per month, articles (with the naming
    sentence), co-mentioned entities, and its checkpoint record if it is one."""
    rows = row_dicts(
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
    ent["copies"] = copies_naming(store, entity_id)
    ent["extracts"] = extracts_naming(store, entity_id, ent["articles"], ent["article_count"] - ent["copies"])
    ent["related"] = related_entities(store, entity_id)
    ent["checkpoint"] = checkpoint_for_entity(store, entity_id)
    return ent


def related_entities(store: Store, entity_id: int, limit: int = 30) -> list[dict]:
    """The entities named in most of this entity's articles (shared = how many; `kb_id`, a
    post's gazetteer id, so a neighbour's reads «Хоргос (CN)»: post_names.marked_name).

    Each article of the entity is visited once (an IN list, not a self-join of mentions
    row by row, which paired every mention with every other before DISTINCT: 3–4x slower)."""
    return row_dicts(
        store,
        "SELECT e.id, e.type, e.name, s.shared,"
        " (SELECT c.id FROM checkpoints c WHERE c.entity_id = e.id LIMIT 1) AS kb_id FROM ("
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
# 100). The walk wins when article_count > sqrt(limit x articles). A near-duplicate
# article (store.db.duplicates) is listed as its group's first only.
_ENTITY_WALK = (
    "SELECT {cols} FROM articles a INDEXED BY articles_date"
    " WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = ? AND m.article_id = a.id) AND a.dup_of IS NULL"
    " ORDER BY a.date DESC, a.rowid DESC LIMIT ? OFFSET ?"
)
_ENTITY_JOIN = (
    "SELECT {cols} FROM articles a WHERE a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
    " AND a.dup_of IS NULL"
    " ORDER BY a.date DESC, a.rowid DESC LIMIT ? OFFSET ?"
)


def copies_naming(store: Store, entity_id: int) -> int:
    """How many of the entity's articles are near-duplicate copies its lists leave out
    (store.db.duplicates): read over the copies (the partial index), not its articles."""
    sql = (
        "SELECT count(*) FROM articles a WHERE a.dup_of IS NOT NULL"
        " AND EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = ?)"
    )
    return store.conn.execute(sql, (entity_id,)).fetchone()[0]


def story_count(store: Store, entity_id: int, article_count: int, fold_max: int | None = None) -> int:
    """The entity's articles as its page lists them: less the near-duplicate copies and
    the second extracts of one page its lists fold (the entity list said «6 art» over a
    page listing five rows, one «(+1 copy)»). Extracts are read only for an entity in at
    most `fold_max` articles (default FOLD_COUNT_MAX): a list of many entities built at
    once (the board) passes less, since reading them costs about 6 µs an article."""
    if not article_count:
        return 0
    conn = store.conn
    fold_max = FOLD_COUNT_MAX if fold_max is None else fold_max
    key = (conn, *change_marks(conn), entity_id, article_count, fold_max)
    with _STORIES_LOCK:
        kept = _STORIES.get(key)
    if kept is None:
        extracts = extracts_naming(store, entity_id) if article_count <= fold_max else 0
        kept = article_count - copies_naming(store, entity_id) - extracts
        with _STORIES_LOCK:
            if len(_STORIES) >= STORIES_KEPT:
                _STORIES.clear()
            _STORIES[key] = kept
    return kept


# story_count's answers while the store is unchanged (a write changes its change marks):
# the board built again for each sort key, a name's hits at every key typed, the entity
# list's rows paged back read the same entities' articles again (at 100,000 articles
# ~7 ms each for one in a thousand). The connection itself is in the key (as
# store.search.memo's), so no later connection takes its place.
STORIES_KEPT = 20_000
_STORIES: dict[tuple, int] = {}
_STORIES_LOCK = threading.Lock()


def extracts_naming(store: Store, entity_id: int, listed: list[dict] | None = None, total: int = 0) -> int:
    """How many of the entity's articles its lists fold into another's row as a second
    extract of one page («(+1 copy)», fold_extracts): an article holding a fold of another
    is one story, and the entity list and the page headers count it once. Free when
    `listed` (entity_articles' rows) already holds all `total` of its listed articles; else
    only the articles sharing a title and a date with another of the entity's are read
    (grouped by SQLite; the fold's case and spacing of titles then apply to those), and
    only for an entity in at most FOLD_COUNT_MAX articles (0 above: not counted)."""
    if listed is not None and len(listed) + sum(a.get("extracts") or 0 for a in listed) >= total:
        return sum(a.get("extracts") or 0 for a in listed)
    if _article_count(store, entity_id) > FOLD_COUNT_MAX:
        return 0
    return sum(r.get("extracts") or 0 for r in fold_extracts(_sharing_a_page(store, entity_id)))


def _sharing_a_page(store: Store, entity_id: int) -> list[dict]:
    """The entity's listed articles that share their title and date with another of them:
    the only ones fold_extracts can fold (its key is the title folded and the date; a row
    with no date folds only by its outlet, and the same title and no date is grouped here
    too). Each article is read once and grouped here; SQL grouping them and joining back
    read each twice (100,000-article bench store: 10 → 7 ms for an entity in 1,100).
    Titles differing only in case or spacing are not grouped and are missed."""
    groups: dict[tuple, list[dict]] = {}
    for r in row_dicts(store, _PAGE_KEYS, (entity_id,)):
        groups.setdefault((r["title"], r["date"]), []).append(r)
    return [r for group in groups.values() if len(group) > 1 for r in group]


# The read above costs about 6 µs an article of the entity (100,000-article bench store:
# 7 ms for one in 1,100; 8 µs before qa59: 250 ms for one in 32,000, 50 ms for one in
# 6,400): the Entities list, the board, the search hits and the entity export read it
# for each entity they show (kept while the store is unchanged: story_count), and a
# folded extract or two among thousands of articles changes no reading of the count.
# Above this many articles the extracts are not counted.
FOLD_COUNT_MAX = 2000
# A list of many entities counted at once (the board, a search's hits at every key) reads
# the second extracts only for an entity in at most this many articles: at 100,000 articles
# the first board took 0.44 s and a keystroke's whole results 6–8 ms more with 2,000.
LIST_FOLD_MAX = 300


def _article_count(store: Store, entity_id: int) -> int:
    row = store.conn.execute("SELECT article_count FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return row[0] if row else 0


# The entity's listed articles with a title: what _sharing_a_page groups.
_PAGE_KEYS = (
    "SELECT a.id, a.date, a.source, a.title FROM articles a"
    " WHERE a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?) AND a.dup_of IS NULL AND a.title != ''"
)


# Rows read past the limit, so that folding two extracts of one page still fills it.
EXTRACTS_AHEAD = 20


def fold_extracts(rows: list[dict]) -> list[dict]:
    """Two extracts of one page (the same page saved twice, read into texts the duplicate
    rule keeps apart: «Қорғас екі аптаға жабылады» of 2026-02-02 at 546 and 485
    characters) listed once, under the first, which counts them in `extracts` (only a
    row with some has the key; the lists say «(+1 copy)»). One page: the same title and date and the same outlet, or
    one read without an outlet where the title and date have a single outlet among the
    rows; a row with neither a date nor an outlet is never folded (saved run logs share
    a first line). Nothing is written: the store's duplicate links stay the ingest's
    (store.db.duplicates)."""
    outlets: dict[tuple, set] = {}
    for r in rows:
        outlets.setdefault(_page_key(r), set()).add(r.get("source") or None)
    out: list[dict] = []
    kept: dict[tuple, dict] = {}
    for r in rows:
        key = _page_key(r)
        named = outlets[key] - {None}
        source = r.get("source") or (next(iter(named)) if len(named) == 1 else None)
        if not key[0] or not (key[1] or source):
            out.append(r)
            continue
        first = kept.setdefault((*key, source), r)
        if first is r:
            out.append(r)
        else:
            first["extracts"] = first.get("extracts", 0) + 1
            first["source"] = first.get("source") or source
    return out


def _page_key(row: dict) -> tuple:
    """(title folded, date): what two extracts of one page share."""
    return " ".join((row.get("title") or "").split()).casefold(), row.get("date")


def entity_articles(store: Store, entity_id: int, limit: int = 200) -> list[dict]:
    """The newest articles naming the entity, each with the sentence of its first mention
    (the one with the smallest offset). Bodies are read for the returned rows only."""
    plan = _ENTITY_WALK if queries.walks_date_index(store, entity_id, limit) else _ENTITY_JOIN
    read = limit + EXTRACTS_AHEAD if limit else 0
    rows = row_dicts(store, plan.format(cols="a.id, a.date, a.source, a.title"), (entity_id, read, 0))
    rows = fold_extracts(rows)[:limit]
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
    rows = row_dicts(store, "SELECT * FROM checkpoints WHERE entity_id = ?", (entity_id,))
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
    # a checkpoint's page only: a search process (store.cli search) imports this module, not these
    from store.db import across_reads, fact_reads, status_reads

    ent = row_dicts(store, "SELECT id, name, latin, article_count FROM entities WHERE id = ?", (entity_id,))
    if not ent:
        return None
    cp = checkpoint_for_entity(store, entity_id) or {}
    out: dict[str, Any] = {"entity": ent[0], "record": cp}
    cp_id = cp.get("id")
    out["facts"] = (
        row_dicts(
            store,
            "SELECT f.kind, f.text, f.sentence, coalesce(f.date, a.date) AS date, a.id AS article_id, a.title, a.source"
            " FROM facts f JOIN articles a ON a.id = f.article_id WHERE f.checkpoint_id = ? AND a.dup_of IS NULL"
            # a deadline by its period's last day, as tab 5 sorts it (fact_reads.SORT_DATE)
            f" ORDER BY {fact_reads.SORT_DATE} DESC, f.id DESC LIMIT ?",
            (cp_id, DETAIL_LIMIT),
        )
        if cp_id
        else []
    )
    out["directives"] = row_dicts(
        store,
        'SELECT d.id, d."by", d."to", d.what, d."when", d.sentence, a.id AS article_id, a.date, a.title'
        " FROM directives d JOIN articles a ON a.id = d.article_id"
        " WHERE d.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
        " ORDER BY a.date DESC, d.id LIMIT ?",
        (entity_id, DETAIL_LIMIT),
    )
    out["offered_instead"] = offered_instead(store, cp.get("name_ru")) if cp_id else []
    out["reported_status"] = status_reads.reported_status(store, cp_id)
    # the neighbour's side: facts the facing posts hold (ours), the articles a post's facts came from (theirs)
    out["across"] = across_reads.across(store, cp_id)
    out["told_by"] = across_reads.told_by(store, cp_id, entity_id)
    out["articles"] = entity_articles(store, entity_id, 100)
    ent[0]["copies"] = copies_naming(store, entity_id)
    ent[0]["extracts"] = extracts_naming(store, entity_id, out["articles"], ent[0]["article_count"] - ent[0]["copies"])
    out["text_kinds"] = _text_kinds(store, entity_id)
    # the true totals, for «first N of M» where a list above is capped
    out["fact_total"] = (
        store.conn.execute(
            "SELECT count(*) FROM facts WHERE checkpoint_id = ?"
            " AND article_id NOT IN (SELECT id FROM articles WHERE dup_of IS NOT NULL)",
            (cp_id,),
        ).fetchone()[0]
        if cp_id
        else 0
    )
    out["directive_total"] = directives_in_articles(store, entity_id)
    return out


def directives_in_articles(store: Store, entity_id: int) -> int:
    """How many directives the articles naming this entity report (a checkpoint's page lists them)."""
    return store.conn.execute(
        "SELECT count(*) FROM directives WHERE article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)",
        (entity_id,),
    ).fetchone()[0]


def offered_instead(store: Store, name_ru: str | None) -> list[dict]:
    """The posts stories offered instead of this one while it was closed: the other posts'
    `alternative` facts that name it replaced («альтернатива (вместо «Кайрак»)», facts61),
    newest first. The closed post's page said nothing of them: where to go instead was on
    the alternatives' pages only. By the post's Russian name, as the facts print it (two
    posts of one name, Бахты's road and rail, both list them)."""
    if not name_ru:
        return []
    from store.lang import gazetteer  # a checkpoint's page only: the first paint needs none

    rows = row_dicts(
        store,
        "SELECT f.checkpoint_id, f.text, f.sentence, coalesce(f.date, a.date) AS date, a.id AS article_id, a.title"
        # CROSS JOIN: the facts first (a scan of the facts table: 6 ms, 13 ms cold, on the
        # 100,000-article bench store); SQLite's own order scanned every article (7 ms, 93 cold)
        " FROM facts f CROSS JOIN articles a ON a.id = f.article_id"
        " WHERE f.kind = 'alternative' AND instr(f.text, ?) > 0 AND a.dup_of IS NULL"
        " ORDER BY coalesce(f.date, a.date) DESC, f.id DESC LIMIT ?",
        (f"вместо «{name_ru}»", DETAIL_LIMIT),
    )
    for row in rows:
        post = gazetteer.get(row["checkpoint_id"])
        row["checkpoint"] = post.name_ru if post else row["checkpoint_id"]
    return rows


def instead_words(text: str) -> str:
    """An `alternative` fact's words without the post it replaces («балама жүк көліктеріне
    (вместо «Жибек жолы»)» → «балама жүк көліктеріне»), for the replaced post's own page."""
    head, _, _ = text.partition(" (вместо «")
    return head if not head.startswith("(вместо «") else ""


def _text_kinds(store: Store, entity_id: int) -> list[tuple[str, int]]:
    """The kinds of crossing the articles' own words give this checkpoint (mentions.kind,
    schema 7), commonest first: what the press calls it, beside the gazetteer row's kind."""
    if not has_mention_kinds(store.conn):
        return []
    rows = store.conn.execute(
        "SELECT kind, count(*) FROM mentions WHERE entity_id = ? AND kind IS NOT NULL GROUP BY kind"
        " ORDER BY count(*) DESC, kind",
        (entity_id,),
    ).fetchall()
    return [(kind, n) for kind, n in rows]

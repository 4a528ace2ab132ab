"""Near-duplicate articles: one story saved from two addresses, reprinted by another
outlet with a new first line, or saved again with a paragraph more. Each is stored (its
own id, outlet and URL), but the lists show one: `articles.dup_of` names the group's
first article (the oldest, then the smallest id, so the choice does not depend on the
order articles arrive in) on every other member, and NULL on the first.

The rule: two bodies are one story when at least 90 % of the smaller one's word
5-gram shingles (at least MIN_SHINGLES of them) are in the other's and it has at least
60 % as many (an overlap coefficient: a reprint with a new first line or a paragraph
more stays above it; a short item a longer story quotes whole does not). A reprint often has
its own title, so none is needed; two copies under one title (the same words, any case
or punctuation, at least three of them) need only 75 % (TITLED_OVERLAP) and no size
ratio: one outlet's story saved twice, once with a «read also» line or cut short. Either
way the copies must print the same names and figures (SAME_MARKS: the capitalized words and
numbers of the smaller, all but a few found in the other): a press-release template filled in
for another post or person, or a daily queue bulletin with new counts under the same title,
shares most of its word 5-grams with yesterday's and is still another report. Finding candidates is linear:
each article keeps its ANCHORS smallest shingle hashes in `article_anchors` (indexed with
the article id: the lookup reads the index alone, store.db.schema.cover_anchors), and
the hash of its title as one more (negative) anchor; a new article is compared in full
only with the few sharing half its hashes or its title — a body with 90 % of another's
shares most of its smallest hashes — never with every article. A hash already kept for
MAX_POSTING articles (a template's or a site's boilerplate sentence) is not kept for
more, so each lookup reads a bounded number of rows at any store size. Cost (CPU, all of
this module an article): 0.12 ms over 414 real saved pages; 0.6 ms over 1,500 synthetic
articles of bench/make_corpus.py, whose sentence templates and repeated titles make many
candidates (none a copy), against about 15 ms an article for the whole ingest.

A body too short for shingles (under MIN_SHINGLES: a brief, a photo caption, a page whose
extractor kept one paragraph) is one story with another only when their words are the same,
in any case and punctuation (body_key), and their dates are the same (both undated counts as
the same; an undated copy joining dated ones would make the groups depend on the order of
arrival): the short page saved twice under two titles. Its key's hash is its one anchor, above every shingle hash
(SHORT_ANCHOR), so the long bodies' lookups never meet it and cost what they did.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from collections import Counter
from collections.abc import Set as AbstractSet
from functools import lru_cache

ANCHORS = 16  # smallest shingle hashes kept per article
SHARED = 8  # a candidate shares at least half of them (or the title, TITLED_OVERLAP)
MIN_SHINGLES = 20  # a body shorter than this is never called a duplicate
OVERLAP = 0.9
TITLED_OVERLAP = 0.75  # the same under one title (title_key)
SIZE_RATIO = 0.6  # the smaller body is at least this share of the larger: a paragraph more, not a new story
MAX_CANDIDATES = 10  # compared in full, most shared anchors first
MAX_POSTING = 50  # a hash this many articles share already is boilerplate: not kept for more
SAME_MARKS = 0.9  # of the smaller body's names and numbers, the share the other prints too
MARKS_SLACK = 2  # names a copy may add or drop whatever its length («сообщает X»)
SHORT_ANCHOR = 1 << 32  # a short body's anchor: its key's crc32 above every shingle hash
MIN_SHORT_WORDS = 6  # a shorter body («Новость дополняется.») says too little to be one story

_WORD = re.compile(r"\w+")
# A name or a figure: a word opening with a capital, or holding a digit.
_DIGIT = re.compile(r"\d")
_MARK = re.compile(r"\b(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\w*|\w*\d\w*)")


class _WordCrcs(dict):
    """crc32 of a word's UTF-8, kept: a store's articles repeat their words (a generated
    article's ~200 words are mostly known ones), and a lookup is cheaper than encoding and
    hashing again (shingles 0.099 -> 0.085 ms a generated article, ingest102)."""

    def __missing__(self, word: str) -> int:
        crc = self[word] = zlib.crc32(word.encode())
        return crc


_WORD_CRCS = _WordCrcs()
_WORD_CRCS_MAX = 200_000  # words kept at most (a few MB); emptied when full


def shingles(body: str | None) -> set[int]:
    """The hashes of a body's word 5-grams, case-folded, as 32-bit non-negative numbers:
    each word by crc32, each 5-gram by the hash of its words' tuple (numbers hash the same
    in every process, unlike strings; 40 % cheaper than a crc32 of each joined 5-gram)."""
    if len(_WORD_CRCS) > _WORD_CRCS_MAX:
        _WORD_CRCS.clear()
    words = list(map(_WORD_CRCS.__getitem__, _WORD.findall((body or "").casefold())))
    return {hash(t) & 0xFFFFFFFF for t in zip(words, words[1:], words[2:], words[3:], words[4:], strict=False)}


def title_key(title: str | None) -> str | None:
    """A title's words, case-folded, when it has at least three; else None."""
    words = _WORD.findall((title or "").casefold())
    return " ".join(words) if len(words) >= 3 else None


def body_key(body: str | None) -> str | None:
    """A short body's words, case-folded, when it has at least MIN_SHORT_WORDS; else None:
    two saves of one page differ in spacing, quotes and dashes, not in words."""
    words = _WORD.findall((body or "").casefold())
    return " ".join(words) if len(words) >= MIN_SHORT_WORDS else None


def names_and_figures(body: str | None) -> set[str]:
    """The names and figures a body prints (capitalized words, words with digits)."""
    return set(_MARK.findall(body or ""))


def same_marks(a: AbstractSet[str], b: AbstractSet[str]) -> bool:
    """Whether two bodies print the same names and figures. Of the smaller's names all but
    MARKS_SLACK, or all but a tenth, are in the other; of its figures all but a tenth,
    rounded down (a bulletin that changed one count of a few is another day's)."""
    a_figures, b_figures = {m for m in a if _DIGIT.search(m)}, {m for m in b if _DIGIT.search(m)}
    if not _contained(a_figures, b_figures, slack=0):
        return False
    return _contained(a - a_figures, b - b_figures, slack=MARKS_SLACK)


def _contained(a: AbstractSet[str], b: AbstractSet[str], slack: int) -> bool:
    """The smaller set in the larger, but for `slack` members or a tenth of it."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    missing = len(small - large)
    return missing <= slack or missing <= int((1 - SAME_MARKS) * len(small))


def same_story(a: AbstractSet[int], b: AbstractSet[int], titled: bool = False) -> bool:
    """Whether two bodies' shingles are one story's (the module's rule, names and figures
    aside: same_marks); `titled` when both articles have one title_key."""
    if titled:
        return min(len(a), len(b)) >= MIN_SHINGLES and len(a & b) >= TITLED_OVERLAP * min(len(a), len(b))
    return overlap(a, b) >= OVERLAP


def overlap(a: AbstractSet[int], b: AbstractSet[int]) -> float:
    """The share of the smaller set found in the larger; 0 when either is too small, or
    the smaller is under SIZE_RATIO of the larger (a short item a long story quotes whole
    is another article, not a copy of it)."""
    if min(len(a), len(b)) < MIN_SHINGLES or min(len(a), len(b)) < SIZE_RATIO * max(len(a), len(b)):
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def link_article(
    conn: sqlite3.Connection, article_id: str, body: str | None, date: str | None, title: str | None = None
) -> None:
    """Keep the article's anchors and join it to the group of every stored article whose
    body it repeats (and they to it), then name the group's first on the others."""
    hashes = shingles(body)
    if len(hashes) < MIN_SHINGLES:
        _link_short(conn, article_id, body, date)
        return
    anchors = sorted(hashes)[:ANCHORS]
    key = title_key(title)
    titled = -1 - zlib.crc32(key.encode()) if key else None  # negative: never a body hash
    mine = anchors + ([titled] if titled is not None else [])
    marks = ",".join("?" * len(mine))
    rows, candidates = _lookup(conn, mine, marks, article_id)
    kept = [a for a in mine if rows.get(a, 0) < MAX_POSTING]
    conn.executemany("INSERT INTO article_anchors(anchor, article_id) VALUES (?, ?)", [(a, article_id) for a in kept])
    matched = []
    mine_marks: set[str] | None = None  # read when a candidate's shingles pass (ingest109)
    for (other,) in candidates:
        row = conn.execute("SELECT body, title FROM articles WHERE id = ?", (other,)).fetchone()
        if not row:
            continue
        their = row[0] or ""
        # Both tests are pure and a copy passes both: the shingles' first, as most
        # candidates on a templated corpus fail there, and the names and figures of either
        # body (a regex over it, 0.06 ms) are read only for one that passes.
        if not same_story(hashes, _shingles_of(their), titled=key is not None and key == title_key(row[1])):
            continue
        if mine_marks is None:
            mine_marks = names_and_figures(body)
        if same_marks(mine_marks, _marks_of(their)):  # else another post's, person's or day's report on one template
            matched.append(other)
    if matched:
        _join(conn, article_id, date, matched)


def _link_short(conn: sqlite3.Connection, article_id: str, body: str | None, date: str | None) -> None:
    """A body too short for shingles: joined to the stored short bodies of the same words
    (body_key) and the same date (a daily bulletin printed in the same words on two days
    is two reports). One anchor an article, one indexed lookup."""
    key = body_key(body)
    if key is None:
        return
    anchor = SHORT_ANCHOR + zlib.crc32(key.encode())
    rows = conn.execute(
        "SELECT a.id, a.body, a.date FROM article_anchors x JOIN articles a ON a.id = x.article_id"
        " WHERE x.anchor = ? AND x.article_id != ? LIMIT ?",
        (anchor, article_id, MAX_POSTING),
    ).fetchall()
    if len(rows) < MAX_POSTING:
        conn.execute("INSERT INTO article_anchors(anchor, article_id) VALUES (?, ?)", (anchor, article_id))
    matched = [other for other, text, day in rows if body_key(text) == key and day == date]
    if matched:
        _join(conn, article_id, date, matched[:MAX_CANDIDATES])


@lru_cache(maxsize=1024)
def _shingles_of(body: str) -> frozenset[int]:
    """A stored body's shingles, kept for the bodies compared most: the members of a
    large group are every new copy's candidates."""
    return frozenset(shingles(body))


@lru_cache(maxsize=1024)
def _marks_of(body: str) -> frozenset[str]:
    """A stored body's names and figures, kept as its shingles are (_shingles_of), read only
    for a candidate whose shingles pass (most on a templated corpus do not)."""
    return frozenset(names_and_figures(body))


def _lookup(conn: sqlite3.Connection, anchors: list[int], marks: str, article_id: str) -> tuple[dict[int, int], list]:
    """The rows kept for each of the anchors that has any, and the stored articles to compare
    in full: those holding SHARED of the body anchors, or the title's, most body anchors first,
    then by id, MAX_CANDIDATES at most (as (article_id,) rows).

    One query, grouped by anchor along the (anchor, article_id) index, each posting's ids
    joined into one string and counted here: grouping the same rows by article in SQLite
    built two temporary B-trees an article (GROUP BY, ORDER BY), 0.14 of the lookup's
    0.19 ms on the generated corpus's ~340 rows (perf125). An id holding the separator
    (never a stored article's: sha1 hex) would split into more parts than its posting
    has rows: then the grouped query answers, as before."""
    rows = conn.execute(
        f"SELECT anchor, count(*), group_concat(article_id, char(31)) FROM article_anchors WHERE anchor IN ({marks})"
        " GROUP BY anchor",
        anchors,
    ).fetchall()
    postings = {anchor: n for anchor, n, _ids in rows}
    # A candidate has SHARED rows of body anchors or a row of the title's: with fewer rows
    # than that under all of them together (or none under the title), none can (the
    # candidates are not counted; dev skips every time).
    body = [(n, ids) for anchor, n, ids in rows if anchor >= 0]
    titled = [(n, ids) for anchor, n, ids in rows if anchor < 0]
    if sum(n for n, _ids in body) < SHARED and not titled:
        return postings, []
    shared = _ids(body)
    heads = _ids(titled)
    if shared is None or heads is None:
        return postings, _grouped_candidates(conn, anchors, marks, article_id)
    shared.pop(article_id, None)
    heads.pop(article_id, None)
    found = [(-n, other) for other, n in shared.items() if n >= SHARED or other in heads]
    found += [(0, other) for other in heads if other not in shared]
    found.sort()
    return postings, [(other,) for _n, other in found[:MAX_CANDIDATES]]


_SEP = "\x1f"  # char(31), the ids' separator in _lookup's group_concat


def _ids(groups: list[tuple[int, str]]) -> Counter[str] | None:
    """The rows of some postings by article id, from their joined ids; None when an id
    held the separator (more parts than rows)."""
    if not groups:
        return Counter()
    parts = _SEP.join([ids for _n, ids in groups]).split(_SEP)
    return Counter(parts) if len(parts) == sum(n for n, _ids in groups) else None


def _grouped_candidates(conn: sqlite3.Connection, anchors: list[int], marks: str, article_id: str) -> list:
    """_lookup's candidates grouped and ordered by SQLite: for ids the separator cannot part."""
    return conn.execute(
        f"SELECT article_id FROM article_anchors WHERE anchor IN ({marks}) AND article_id != ?"
        " GROUP BY article_id HAVING sum(anchor >= 0) >= ? OR min(anchor) < 0"
        " ORDER BY sum(anchor >= 0) DESC, article_id LIMIT ?",
        [*anchors, article_id, SHARED, MAX_CANDIDATES],
    ).fetchall()


def _join(conn: sqlite3.Connection, article_id: str, date: str | None, matched: list[str]) -> None:
    """Every member of the matched articles' groups, and this one, under one first article.
    The usual case, a newer copy of one group, sets this article's row alone; only a copy
    older than its group's first, or one joining two groups, re-points the members."""
    heads = set()
    for other in matched:
        head = conn.execute("SELECT coalesce(dup_of, id), date FROM articles WHERE id = ?", (other,)).fetchone()
        heads.add((head[0], head[1]) if head[0] == other else _dated(conn, head[0]))
    if len(heads) == 1:
        (head, head_date), *_ = heads
        if _order(head_date, head) < _order(date, article_id):
            conn.execute("UPDATE articles SET dup_of = ? WHERE id = ?", (head, article_id))
            return
    _regroup(conn, {article_id} | {h for h, _ in heads})


def _dated(conn: sqlite3.Connection, article_id: str) -> tuple[str, str | None]:
    return article_id, conn.execute("SELECT date FROM articles WHERE id = ?", (article_id,)).fetchone()[0]


def _order(date: str | None, article_id: str) -> tuple[bool, str, str]:
    """The sort key of a group's members: the oldest first, undated last, then the id."""
    return (date is None, date or "", article_id)


def _regroup(conn: sqlite3.Connection, heads: set[str]) -> None:
    """The groups of `heads` (each a group's first, or a lone article) made one."""
    qs = ",".join("?" * len(heads))
    members = conn.execute(
        f"SELECT id, date FROM articles WHERE id IN ({qs}) OR dup_of IN ({qs})", [*heads, *heads]
    ).fetchall()
    first = min(members, key=lambda r: _order(r[1], r[0]))[0]
    ids = [r[0] for r in members]
    conn.execute("UPDATE articles SET dup_of = NULL WHERE id = ?", (first,))
    conn.executemany("UPDATE articles SET dup_of = ? WHERE id = ?", [(first, i) for i in ids if i != first])


def link_all(conn: sqlite3.Connection) -> None:
    """Every stored article's anchors and groups, oldest first (a migration's step: one
    pass, each article compared only with its candidates)."""
    conn.execute("DELETE FROM article_anchors")
    conn.execute("UPDATE articles SET dup_of = NULL WHERE dup_of IS NOT NULL")
    ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY date IS NULL, date, id")]
    for article_id in ids:  # oldest first: a group's first comes before its copies
        row = conn.execute("SELECT body, date, title FROM articles WHERE id = ?", (article_id,)).fetchone()
        link_article(conn, article_id, *row)


def also_in(conn: sqlite3.Connection, article_id: str) -> list[dict]:
    """The other members of the article's group (id, outlet, title, date, url, file), first
    article first: where the same story was also saved."""
    row = conn.execute("SELECT coalesce(dup_of, id) FROM articles WHERE id = ?", (article_id,)).fetchone()
    if not row:
        return []
    cur = conn.execute(
        "SELECT id, source, title, date, url, file FROM articles WHERE (id = ? OR dup_of = ?) AND id != ?"
        " ORDER BY dup_of IS NOT NULL, date IS NULL, date, id",
        (row[0], row[0], article_id),
    )
    return [dict(zip(("id", "source", "title", "date", "url", "file"), r, strict=True)) for r in cur.fetchall()]

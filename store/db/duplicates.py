"""Near-duplicate articles: one story saved from two addresses, reprinted by another
outlet with a new first line, or saved again with a paragraph more. Each is stored (its
own id, outlet and URL), but the lists show one: `articles.dup_of` names the group's
first article (the oldest, then the smallest id, so the choice does not depend on the
order articles arrive in) on every other member, and NULL on the first.

The rule: two bodies are one story when at least 90 % of the smaller one's word
5-gram shingles (at least MIN_SHINGLES of them) are in the other's and it has at least
60 % as many (an overlap coefficient: a reprint with a new first line or a paragraph
more stays above it; a short item a longer story quotes whole does not). Titles are not
compared: a reprint often has its own. Finding candidates is linear:
each article keeps its ANCHORS smallest shingle hashes in `article_anchors` (indexed),
and a new article is compared only with those sharing at least two of its anchors — a
set that contains 90 % of another shares most of the other's smallest hashes — never
with every article.
"""

from __future__ import annotations

import re
import sqlite3
import zlib

ANCHORS = 8  # smallest shingle hashes kept per article
MIN_SHINGLES = 20  # a body shorter than this is never called a duplicate
OVERLAP = 0.9
SIZE_RATIO = 0.6  # the smaller body is at least this share of the larger: a paragraph more, not a new story
MAX_CANDIDATES = 50  # an anchor many articles share (a site's boilerplate) brings at most these

_WORD = re.compile(r"\w+")


def shingles(body: str | None) -> set[int]:
    """The hashes of a body's word 5-grams, case-folded (crc32: stable across processes,
    unlike hash())."""
    words = _WORD.findall((body or "").casefold())
    return {zlib.crc32(" ".join(words[i : i + 5]).encode()) for i in range(len(words) - 4)}


def overlap(a: set[int], b: set[int]) -> float:
    """The share of the smaller set found in the larger; 0 when either is too small, or
    the smaller is under SIZE_RATIO of the larger (a short item a long story quotes whole
    is another article, not a copy of it)."""
    if min(len(a), len(b)) < MIN_SHINGLES or min(len(a), len(b)) < SIZE_RATIO * max(len(a), len(b)):
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def link_article(conn: sqlite3.Connection, article_id: str, body: str | None, date: str | None) -> None:
    """Keep the article's anchors and join it to the group of every stored article whose
    body it repeats (and they to it), then name the group's first on the others."""
    hashes = shingles(body)
    if len(hashes) < MIN_SHINGLES:
        return
    anchors = sorted(hashes)[:ANCHORS]
    rows = [(a, article_id) for a in anchors]
    conn.executemany("INSERT INTO article_anchors(anchor, article_id) VALUES (?, ?)", rows)
    marks = ",".join("?" * len(anchors))
    candidates = conn.execute(
        f"SELECT article_id FROM article_anchors WHERE anchor IN ({marks}) AND article_id != ?"
        " GROUP BY article_id HAVING count(*) >= 2 ORDER BY count(*) DESC LIMIT ?",
        [*anchors, article_id, MAX_CANDIDATES],
    ).fetchall()
    matched = []
    for (other,) in candidates:
        row = conn.execute("SELECT body FROM articles WHERE id = ?", (other,)).fetchone()
        if row and overlap(hashes, shingles(row[0])) >= OVERLAP:
            matched.append(other)
    if matched:
        _join(conn, article_id, date, matched)


def _join(conn: sqlite3.Connection, article_id: str, date: str | None, matched: list[str]) -> None:
    """Every member of the matched articles' groups, and this one, under one first article."""
    heads = {article_id}
    for other in matched:
        head = conn.execute("SELECT coalesce(dup_of, id) FROM articles WHERE id = ?", (other,)).fetchone()[0]
        heads.add(head)
    marks = ",".join("?" * len(heads))
    members = conn.execute(
        f"SELECT id, date FROM articles WHERE id IN ({marks}) OR dup_of IN ({marks})", [*heads, *heads]
    ).fetchall()
    first = min(members, key=lambda r: (r[1] is None, r[1] or "", r[0]))[0]
    ids = [r[0] for r in members]
    conn.execute("UPDATE articles SET dup_of = NULL WHERE id = ?", (first,))
    conn.executemany("UPDATE articles SET dup_of = ? WHERE id = ?", [(first, i) for i in ids if i != first])


def link_all(conn: sqlite3.Connection) -> None:
    """Every stored article's anchors and groups, oldest first (a migration's step: one
    pass, each article compared only with its candidates)."""
    conn.execute("DELETE FROM article_anchors")
    conn.execute("UPDATE articles SET dup_of = NULL WHERE dup_of IS NOT NULL")
    rows = conn.execute("SELECT id, body, date FROM articles ORDER BY rowid").fetchall()
    for article_id, body, date in rows:
        link_article(conn, article_id, body, date)


def also_in(conn: sqlite3.Connection, article_id: str) -> list[dict]:
    """The other members of the article's group (id, outlet, title, date, url), first
    article first: where the same story was also saved."""
    row = conn.execute("SELECT coalesce(dup_of, id) FROM articles WHERE id = ?", (article_id,)).fetchone()
    if not row:
        return []
    cur = conn.execute(
        "SELECT id, source, title, date, url FROM articles WHERE (id = ? OR dup_of = ?) AND id != ?"
        " ORDER BY dup_of IS NOT NULL, date IS NULL, date, id",
        (row[0], row[0], article_id),
    )
    return [dict(zip(("id", "source", "title", "date", "url"), r, strict=True)) for r in cur.fetchall()]

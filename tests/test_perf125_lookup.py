"""perf125: the near-duplicate lookup reads the postings in one query grouped by anchor and
counts the candidates in Python (store.db.duplicates._lookup). It must answer what the two
queries it replaced answered — the rows kept under each anchor, and the candidates SQLite
grouped, filtered and ordered — on any store: shared and full postings, title anchors, the
article's own rows, repeated rows and ids holding the separator."""

from __future__ import annotations

import random
import sqlite3

from store.db import duplicates

_OLD_CANDIDATES = (
    "SELECT article_id FROM article_anchors WHERE anchor IN ({marks}) AND article_id != ?"
    " GROUP BY article_id HAVING sum(anchor >= 0) >= ? OR min(anchor) < 0"
    " ORDER BY sum(anchor >= 0) DESC, article_id LIMIT ?"
)


def _old(conn: sqlite3.Connection, mine: list[int], article_id: str) -> tuple[dict[int, int], list]:
    """The lookup as link_article wrote it before perf125: counts, a gate, the grouped query."""
    marks = ",".join("?" * len(mine))
    sql = f"SELECT anchor, count(*) FROM article_anchors WHERE anchor IN ({marks}) GROUP BY anchor"
    rows = dict(conn.execute(sql, mine))
    if not (sum(n for a, n in rows.items() if a >= 0) >= duplicates.SHARED or any(a < 0 for a in rows)):
        return rows, []
    args = [*mine, article_id, duplicates.SHARED, duplicates.MAX_CANDIDATES]
    return rows, conn.execute(_OLD_CANDIDATES.format(marks=marks), args).fetchall()


def _store(rnd: random.Random, ids: list[str], pool: list[int]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE article_anchors (anchor INTEGER NOT NULL, article_id TEXT NOT NULL)")
    conn.execute("CREATE INDEX article_anchors_anchor_article ON article_anchors(anchor, article_id)")
    rows = [(rnd.choice(pool), rnd.choice(ids)) for _ in range(rnd.randint(0, 600))]
    conn.executemany("INSERT INTO article_anchors VALUES (?, ?)", rows)
    return conn


def test_lookup_answers_as_the_grouped_queries() -> None:
    rnd = random.Random(125)
    fallbacks = candidates_seen = 0
    for case in range(30):
        odd = case % 5 == 0  # a few stores hold ids with the separator (the grouped query answers there)
        ids = [f"{rnd.getrandbits(64):016x}" for _ in range(rnd.randint(1, 40))]
        ids += ["a\x1fb", "\x1f", "a"] if odd else ["Ä", "a", "ab", "B"]  # non-ASCII and prefixes: byte order
        titles = [-1 - rnd.getrandbits(32) for _ in range(3)]
        pool = [rnd.getrandbits(32) for _ in range(rnd.randint(16, 60))] + titles
        conn = _store(rnd, ids, pool)
        for _ in range(15):
            mine = sorted(rnd.sample(pool[:-3], 16)) + ([rnd.choice(titles)] if rnd.random() < 0.7 else [])
            me = rnd.choice(ids + ["new"])
            marks = ",".join("?" * len(mine))
            got = duplicates._lookup(conn, mine, marks, me)
            assert got == _old(conn, mine, me), (case, mine, me)
            candidates_seen += bool(got[1])
        fallbacks += odd
    assert candidates_seen > 150 and fallbacks  # the cases reached both the counting and the fallback

"""ingest106's cuts in near-duplicate linking (issue 15) decide the same: the candidate
lookup reads `article_anchors` through an (anchor, article_id) index (a writer swaps it in
on a store that indexes the anchor alone), and the lookup is skipped when the anchors'
rows together cannot make a candidate. link_article as it was is kept here; a store linked
by it on the old index and one linked by the module as it is now on the new one are
compared: every article's dup_of and every anchor row, in insertion order — over dev's
texts, factRu's when present, bench/make_corpus.py's generated articles, and copies of
them made to be near-duplicates (new first line, cut short under one title, another day),
with boilerplate that fills postings past MAX_POSTING."""

from __future__ import annotations

import random
import sqlite3
import zlib
from contextlib import closing
from functools import cache
from pathlib import Path

from store.db import duplicates as d
from store.db import store as db
from tests.conftest import FACTRU_TEXTS, generated_parts

ROOT = Path(__file__).resolve().parent.parent


def _old_link_article(conn, article_id, body, date, title=None) -> None:
    """link_article at 0566eba5: the candidates looked up every time, full postings apart."""
    hashes = d.shingles(body)
    if len(hashes) < d.MIN_SHINGLES:
        d._link_short(conn, article_id, body, date)
        return
    anchors = sorted(hashes)[: d.ANCHORS]
    key = d.title_key(title)
    titled = -1 - zlib.crc32(key.encode()) if key else None
    mine = anchors + ([titled] if titled is not None else [])
    marks = ",".join("?" * len(mine))
    candidates = conn.execute(
        f"SELECT article_id FROM article_anchors WHERE anchor IN ({marks}) AND article_id != ?"
        " GROUP BY article_id HAVING sum(anchor >= 0) >= ? OR min(anchor) < 0"
        " ORDER BY sum(anchor >= 0) DESC, article_id LIMIT ?",
        [*mine, article_id, d.SHARED, d.MAX_CANDIDATES],
    ).fetchall()
    sql = f"SELECT anchor FROM article_anchors WHERE anchor IN ({marks}) GROUP BY anchor HAVING count(*) >= ?"
    full = {a for (a,) in conn.execute(sql, [*mine, d.MAX_POSTING])}
    kept = [a for a in mine if a not in full]
    conn.executemany("INSERT INTO article_anchors(anchor, article_id) VALUES (?, ?)", [(a, article_id) for a in kept])
    matched = []
    mine_marks = d.names_and_figures(body) if candidates else set()
    for (other,) in candidates:
        row = conn.execute("SELECT body, title FROM articles WHERE id = ?", (other,)).fetchone()
        if not row:
            continue
        their_shingles, their_marks = frozenset(d.shingles(row[0] or "")), frozenset(d.names_and_figures(row[0] or ""))
        if not d.same_marks(mine_marks, their_marks):
            continue
        if d.same_story(hashes, their_shingles, titled=key is not None and key == d.title_key(row[1])):
            matched.append(other)
    if matched:
        d._join(conn, article_id, date, matched)


@cache
def _generated() -> tuple[tuple[str, str, str | None], ...]:
    return tuple(
        (s.title, body, f"2026-{1 + s.date % 12:02d}-{1 + s.date % 28:02d}" if s.date else None)
        for s, body, _ in generated_parts(106, 400)
    )


def _files(folder: Path, limit: int) -> list[tuple[str, str, str | None]]:
    out = []
    for p in sorted(folder.glob("*.txt"))[:limit] if folder.is_dir() else []:
        title, _, body = p.read_text(encoding="utf-8", errors="replace").partition("\n")
        out.append((title, body, None))
    return out


def _copies(arts, rng: random.Random) -> list[tuple[str, str, str | None]]:
    """Near-duplicates and near-misses of some of the articles, and a boilerplate tail many share."""
    out = []
    tail = " ".join(f"слово{i} общего подвала сайта" for i in range(12))
    for title, body, date in rng.sample(arts, min(120, len(arts))):
        paras = body.split("\n\n")
        how = rng.randrange(5)
        if how == 0:
            out.append((f"Перепечатка {rng.randrange(99)}", "Новая первая строка.\n\n" + body, date))
        elif how == 1:
            out.append((title, "\n\n".join(paras[: max(1, len(paras) - 1)]), date))
        elif how == 2:
            out.append((title, body, None if date else "2026-05-05"))
        elif how == 3:
            out.append((title, body + "\n\n" + tail, date))
        else:
            out.append((title.upper(), body.replace("1", "2"), date))
    return out


def _link_all(arts, link, index_sql: str):
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        "CREATE TABLE articles (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, date TEXT,"
        " body TEXT, dup_of TEXT); CREATE TABLE article_anchors (anchor INTEGER NOT NULL, article_id TEXT NOT NULL);"
        + index_sql
    )
    for i, (title, body, date) in enumerate(arts):
        aid = f"a{i:05d}"
        conn.execute("INSERT INTO articles(id, title, date, body) VALUES (?,?,?,?)", (aid, title, date, body))
        link(conn, aid, body, date, title)
    return (
        list(conn.execute("SELECT id, dup_of FROM articles ORDER BY rowid")),
        list(conn.execute("SELECT anchor, article_id FROM article_anchors ORDER BY rowid")),
    )


_OLD_INDEX = "CREATE INDEX article_anchors_anchor ON article_anchors(anchor)"
_NEW_INDEX = "CREATE INDEX article_anchors_anchor_article ON article_anchors(anchor, article_id)"


def _same(arts) -> tuple[int, int]:
    old = _link_all(arts, _old_link_article, _OLD_INDEX)
    new = _link_all(arts, d.link_article, _NEW_INDEX)
    assert new == old
    return sum(1 for _, dup in old[0] if dup), len(old[1])


def test_generated_articles_and_their_copies_link_the_same():
    arts = list(_generated())
    arts += _copies(arts, random.Random(106))
    arts += arts[:150]  # saved twice: every anchor's posting grows, some past MAX_POSTING
    dups, anchors = _same(arts)
    assert dups > 200 and anchors > 5000  # copies found, postings filled: the comparison means something


def test_dev_and_factru_texts_link_the_same():
    arts = _files(ROOT / "eval" / "corpus" / "dev", 200) + _files(FACTRU_TEXTS, 400)
    arts += _copies(arts, random.Random(7))
    dups, _ = _same(arts)
    assert dups > 20


def test_random_template_bodies_link_the_same():
    """Bodies of a few shared sentences in random order and number: many candidates near
    SHARED, titles repeated, short bodies among them."""
    rng = random.Random(1060)
    sentences = [f"Пункт {w} работает в режиме {n} часов, сообщили в ведомстве." for w in "абвгдеж" for n in range(6)]
    arts = []
    for _ in range(500):
        body = " ".join(rng.choice(sentences) for _ in range(rng.randrange(1, 14)))
        arts.append(
            (rng.choice(["Очередь на границе", "Новости дня", "Хоргос", ""]), body, rng.choice([None, "2026-01-02"]))
        )
    _same(arts)


def test_the_lookup_reads_the_index_alone(tmp_path):
    """A new store's anchors index covers the candidate lookup: no table row is read."""
    s = db.open_store(tmp_path / "s.db", write=True, create=True)
    try:
        marks = ",".join("?" * 17)
        plan = s.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT article_id FROM article_anchors WHERE anchor IN ({marks}) AND article_id != ?"
            " GROUP BY article_id HAVING sum(anchor >= 0) >= ? OR min(anchor) < 0",
            [*range(17), "x", 8],
        ).fetchall()
        assert any("COVERING INDEX article_anchors_anchor_article" in r[-1] for r in plan)
    finally:
        s.close()


def _indexes(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as c:
        return {
            r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='article_anchors'")
        }


def test_a_writer_swaps_the_old_index_in_and_a_reader_does_not(tmp_path):
    path = tmp_path / "old.db"
    db.open_store(path, write=True, create=True).close()
    with closing(sqlite3.connect(path)) as c, c:  # as a store written before ingest106
        c.execute("DROP INDEX article_anchors_anchor_article")
        c.execute(_OLD_INDEX)
        c.executemany("INSERT INTO article_anchors VALUES (?, ?)", [(i, f"a{i % 7}") for i in range(100)])
    db.open_store(path).close()  # a read never changes a store
    assert _indexes(path) == {"article_anchors_anchor"}
    db.open_store(path, write=True).close()
    assert _indexes(path) == {"article_anchors_anchor_article"}
    with closing(sqlite3.connect(path)) as c:
        assert list(c.execute("SELECT anchor, article_id FROM article_anchors ORDER BY rowid")) == [
            (i, f"a{i % 7}") for i in range(100)
        ]
        assert c.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.open_store(path, write=True).close()  # once: nothing more to do
    assert _indexes(path) == {"article_anchors_anchor_article"}

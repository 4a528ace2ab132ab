"""ingest109's cuts in the writer's near-duplicate linking (issue 15) decide the same.

link_article read the names and figures of the new body (a regex over it, ~0.06 ms) for
every article with a candidate, and compared them before the shingles; most candidates on
a templated corpus fail the shingles' test. Now the shingles are compared first and the
names and figures read only for a candidate that passes (both tests are pure; a copy
passes both). link_article as it was at d765f7c3 is kept here and a store linked by it
and one linked by the module are compared — every article's dup_of and every anchor row,
in insertion order — over bench/make_corpus.py's generated articles, dev's and factRu's
texts (factRu when present), and near-duplicates made of them."""

from __future__ import annotations

import random
import zlib

from store.db import duplicates as d
from tests.conftest import FACTRU_TEXTS
from tests.test_ingest106_anchors import _NEW_INDEX, ROOT, _copies, _files, _generated, _link_all


def _old_link_article(conn, article_id, body, date, title=None) -> None:
    """link_article at d765f7c3: the new body's names and figures read for any candidate,
    compared before the shingles."""
    hashes = d.shingles(body)
    if len(hashes) < d.MIN_SHINGLES:
        d._link_short(conn, article_id, body, date)
        return
    anchors = sorted(hashes)[: d.ANCHORS]
    key = d.title_key(title)
    titled = -1 - zlib.crc32(key.encode()) if key else None
    mine = anchors + ([titled] if titled is not None else [])
    marks = ",".join("?" * len(mine))
    rows = d._postings(conn, mine, marks)
    if sum(n for a, n in rows.items() if a >= 0) >= d.SHARED or titled in rows:
        candidates = conn.execute(
            f"SELECT article_id FROM article_anchors WHERE anchor IN ({marks}) AND article_id != ?"
            " GROUP BY article_id HAVING sum(anchor >= 0) >= ? OR min(anchor) < 0"
            " ORDER BY sum(anchor >= 0) DESC, article_id LIMIT ?",
            [*mine, article_id, d.SHARED, d.MAX_CANDIDATES],
        ).fetchall()
    else:
        candidates = []
    kept = [a for a in mine if rows.get(a, 0) < d.MAX_POSTING]
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


def _same(arts) -> tuple[int, int]:
    old = _link_all(arts, _old_link_article, _NEW_INDEX)
    new = _link_all(arts, d.link_article, _NEW_INDEX)
    assert new == old
    return sum(1 for _, dup in old[0] if dup), len(old[1])


def test_generated_articles_and_their_copies_link_the_same():
    arts = list(_generated())
    arts += _copies(arts, random.Random(109))
    arts += arts[:150]  # saved twice: same shingles, the names and figures decide nothing new
    dups, anchors = _same(arts)
    assert dups > 200 and anchors > 5000


def test_dev_and_factru_texts_link_the_same():
    arts = _files(ROOT / "eval" / "corpus" / "dev", 200) + _files(FACTRU_TEXTS, 400)
    arts += _copies(arts, random.Random(1090))
    dups, _ = _same(arts)
    assert dups > 20


def test_template_bodies_with_other_names_and_figures_link_the_same():
    """One template filled in for other posts, people and counts: the shingles pass, the
    names and figures then tell the reports apart (the case the marks exist for)."""
    rng = random.Random(10900)
    posts = ["Хоргос", "Нур Жолы", "Алашанькоу", "Достык", "Жайсан", "Калжат"]
    people = ["Ерлан Садыков", "Айгуль Нурланова", "Марат Беков"]
    arts = []
    for i in range(300):
        post, person, n = rng.choice(posts), rng.choice(people), rng.randrange(50, 60)
        body = " ".join(
            f"На пункте пропуска {post} в очереди стоят {n} грузовых машин, сообщил {person}. "
            f"Очередь на выезд из страны растет уже {rng.choice([3, 3, 4])} дня подряд, водители ждут на обочине."
            for _ in range(rng.randrange(2, 5))
        )
        arts.append(
            (rng.choice(["Очередь на границе", "Новости дня", f"Пункт {post}"]), body, f"2026-03-{1 + i % 9:02d}")
        )
    dups, _ = _same(arts)
    assert dups > 10


def test_the_new_body_is_read_for_names_only_when_a_candidate_passes_the_shingles(monkeypatch):
    """The cut's point: a templated corpus's candidates mostly fail the shingles' test, and
    then the new body's names and figures are not read."""
    calls = []
    real = d.names_and_figures

    def counting(body):
        calls.append(body)
        return real(body)

    monkeypatch.setattr(d, "names_and_figures", counting)
    d._marks_of.cache_clear()
    arts = list(_generated())[:200]
    _link_all(arts, d.link_article, _NEW_INDEX)
    assert len(calls) < 20  # the old code read it for every article with a candidate (~30 % of them)

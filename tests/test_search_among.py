"""A named entity's articles ranked by topic words: bm25 is computed only for the
matches that are that entity's articles (reads.fts_scored_among), and the ranking is
the one of scoring every match in the window and keeping those articles."""

from __future__ import annotations

import random

import pytest

from store.db import search_reads as reads
from store.db import store as db
from store.search import search_topics
from tests.notes import write_note

WORDS = "очередь граница вагон грузовик зерно ремонт пункт пропуск таможня поезд станция склад".split()


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    rng = random.Random(5)
    st = db.open_store(tmp_path_factory.mktemp("among") / "s.db", write=True, create=True)
    with st.conn:
        for n in range(1, 301):
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 30))) + "."
            write_note(st, n, body)
    yield st.conn
    st.close()


def _plain(conn, expr: str, lo: int, hi: int, wanted: set[int]) -> list[tuple[int, float]]:
    return [r for r in reads.fts_scored_between(conn, expr, lo, hi) if r[0] in wanted]


@pytest.mark.parametrize("seed", range(10))
def test_scored_among_is_scored_between_kept_to_the_set(conn, seed):
    rng = random.Random(seed)
    expr = " OR ".join(f'"{w}"' for w in rng.sample(WORDS, rng.randint(1, 3)))
    lo, hi = sorted(rng.sample(range(1, 301), 2))
    wanted = set(rng.sample(range(1, 301), rng.randint(0, 120)))
    assert reads.fts_scored_among(conn, expr, lo, hi, wanted) == _plain(conn, expr, lo, hi, wanted)


@pytest.mark.parametrize("budget", [10, 2000])
def test_ranked_within_ranks_as_scoring_every_match(conn, monkeypatch, budget):
    monkeypatch.setattr(search_topics, "FOCUS_BUDGET", budget)  # 10: only the newest matches are scored
    rng = random.Random(budget)
    for _ in range(10):
        rowids = rng.sample(range(1, 301), rng.randint(1, 150))
        expr, lemmas = search_topics.topic_expression(rng.sample(WORDS, 2))
        lo, hi = min(rowids), max(rowids)
        edge = reads.fts_window_edge(conn, expr, max(5, budget // len(lemmas)), lo, hi)
        plain = _plain(conn, expr, lo if edge is None else edge + 1, hi, set(rowids))
        expected = sorted(plain, key=lambda r: r[1])[:5]
        assert search_topics.ranked_within(conn, expr, len(lemmas), rowids, 5) == expected


def test_an_empty_set_and_a_set_outside_the_range_keep_nothing(conn):
    assert reads.fts_scored_among(conn, '"очередь"', 1, 300, set()) == []
    assert reads.fts_scored_among(conn, '"очередь"', 1, 100, {150, 200}) == []

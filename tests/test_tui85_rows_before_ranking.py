"""tui85: a «name topic» key ranked with the name in titles (search_topics.with_name)
finds the rows the topic words match first, by the walk alone, and ranks only those;
it scored every title holding the name and dropped the rows without a topic word after
(1,195 rows in 5.0 ms for a begun word no article holds, «қорғас кез», on the
100,000-article store). The same rows, bm25 values and order as before: checked here
against the old two steps, over a store of made-up notes, many names and words (whole,
begun, absent), windows and limits, ties included."""

from __future__ import annotations

import heapq
import random
from operator import itemgetter

import pytest

from store.db import search_reads as reads
from store.db import store as db
from store.search import search_topics
from tests.notes import write_note

WORDS = "очередь граница вагон грузовик зерно ремонт пропуск таможня поезд станция склад".split()
NAMES = ["Хоргос", "Достык", "Калжат"]
# topic words as typed: whole, begun (no article holds «оче»), absent, and two at once
TOPICS = [["очередь"], ["вагон"], ["оче"], ["ваго"], ["самолёт"], ["зерно", "склад"], ["поезд", "оче"]]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    rng = random.Random(85)
    st = db.open_store(tmp_path_factory.mktemp("tui85") / "s.db", write=True, create=True)
    with st.conn:
        for n in range(1, 301):
            # short notes of few words: many rows tie on bm25 (same length, same counts)
            body = " ".join(rng.choice(WORDS) for _ in range(rng.choice((3, 3, 5, 12, 30)))) + "."
            title = rng.choice([*NAMES, "Заметка", f"{rng.choice(NAMES)} {rng.choice(WORDS)}"])
            write_note(st, n, body, title=title)
    yield st
    st.close()


def _old_ranked_within(conn, expr, n_lemmas, rowids, limit, scored):
    """ranked_within as it was before tui85: every listed row `scored` matches ranked,
    those `expr` does not match dropped after."""
    newest = sorted(set(rowids), reverse=True)
    articles = search_topics.ArticleSet(newest, newest, newest[::-1], reads.rowid_list(newest))
    lo, hi = search_topics._window(conn, expr, n_lemmas, articles, limit)
    listed = articles.listed_between(lo, hi)
    rows = reads.fts_scored_listed(conn, scored, lo, hi, listed)
    matched = reads.fts_rowids_listed(conn, expr, lo, hi, listed)
    rows = [r for r in rows if r[0] in matched]
    return heapq.nsmallest(limit, rows, key=itemgetter(1))


def _focus(name: str) -> search_topics.Focus:
    return search_topics.Focus(entities=[{"id": 1, "name": name, "type": "checkpoint"}], span=name, rest=[])


@pytest.mark.parametrize("budget", [2000, 7])  # 7: only the newest matches are ranked (the window)
def test_the_same_rows_scores_and_order_as_ranking_all_then_dropping(store, monkeypatch, budget):
    monkeypatch.setattr(search_topics, "FOCUS_BUDGET", budget)
    rng = random.Random(budget)
    compared = ties = 0
    for name in [*NAMES, "khorgos"]:
        for topic in TOPICS:
            expr, lemmas = search_topics.topic_expression(topic)
            scored = search_topics.with_name(expr, _focus(name))
            assert scored != expr
            for _ in range(4):
                rowids = rng.sample(range(1, 301), rng.randint(1, 300))
                for limit in (3, 10, 300):
                    new = search_topics.ranked_within(store.conn, expr, len(lemmas), rowids, limit, scored)
                    assert new == _old_ranked_within(store.conn, expr, len(lemmas), rowids, limit, scored)
                    compared += bool(new)
                    ties += len({r[1] for r in new}) < len(new)
    assert compared > 100 and ties > 20  # the comparison saw many rankings, and rows tied on bm25


def test_nothing_is_ranked_when_the_topic_matches_no_row(store, monkeypatch):
    expr, lemmas = search_topics.topic_expression(["оче"])  # a begun word: no article holds it
    scored = search_topics.with_name(expr, _focus("Хоргос"))
    asked: list[str] = []
    real = reads.fts_scored_listed

    def spy(conn, e, lo, hi, listed):
        asked.append(listed)
        return real(conn, e, lo, hi, listed)

    monkeypatch.setattr(reads, "fts_scored_listed", spy)
    assert search_topics.ranked_within(store.conn, expr, len(lemmas), list(range(1, 301)), 10, scored) == []
    assert asked == ["[]"]  # no row listed: fts_scored_listed returns before any statement
    assert real(store.conn, scored, 1, 300, reads.rowid_list(range(1, 301)))  # (the titles alone match rows)


def test_only_the_topics_rows_are_listed_for_ranking(store, monkeypatch):
    expr, lemmas = search_topics.topic_expression(["вагон"])
    scored = search_topics.with_name(expr, _focus("Хоргос"))
    asked: list[str] = []
    real = reads.fts_scored_listed
    monkeypatch.setattr(
        reads,
        "fts_scored_listed",
        lambda conn, e, lo, hi, listed: asked.append(listed) or real(conn, e, lo, hi, listed),
    )
    rowids = list(range(1, 301))
    ranked = search_topics.ranked_within(store.conn, expr, len(lemmas), rowids, 300, scored)
    topic_rows = reads.fts_rowids_listed(store.conn, expr, 1, 300, reads.rowid_list(rowids))
    title_rows = {r for r, _ in real(store.conn, scored, 1, 300, reads.rowid_list(rowids))}
    assert title_rows - topic_rows  # rows with the name in the title and no topic word exist
    assert asked == [reads.rowid_list(topic_rows)]
    assert {r for r, _ in ranked} == topic_rows

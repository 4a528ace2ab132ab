"""A «name topic» key whose name is in no article's lemmas (typed in Latin) ranks the
topic words among the name's articles and the query's own full-text matches from one
statement (search_topics.ranked_with_own): both lists exactly as the two rankings asked
apart give them, and only when articles.own_ranked_as_topic proves they agree."""

from __future__ import annotations

import random

import pytest

from store.db import search_reads as reads
from store.db import store as db
from store.search import articles, search_topics
from store.search.search_kb import kind_group
from tests.notes import write_note

WORDS = "очередь граница вагон грузовик зерно ремонт пункт пропуск таможня поезд станция склад".split()
PLAIN = [w for w in WORDS if not kind_group(w)]  # a topic word ranked by its own lemma only


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    rng = random.Random(11)
    st = db.open_store(tmp_path_factory.mktemp("shared") / "s.db", write=True, create=True)
    with st.conn:
        for n in range(1, 401):
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 40))) + "."
            write_note(st, n, body)
    yield st
    st.close()


def _article_set(rowids: list[int]) -> search_topics.ArticleSet:
    newest = sorted(set(rowids), reverse=True)
    return search_topics.ArticleSet(newest, newest, newest[::-1], reads.rowid_list(newest))


@pytest.mark.parametrize("budgets", [(10, 20), (2000, 1000), (40, 6)])
def test_one_statement_gives_both_rankings_exactly(store, monkeypatch, budgets):
    assert len(PLAIN) >= 4
    monkeypatch.setattr(search_topics, "FOCUS_BUDGET", budgets[0])  # small: only the newest matches count
    monkeypatch.setattr(search_topics, "RANK_BUDGET", budgets[1])
    monkeypatch.setattr(articles, "RANK_BUDGET", budgets[1])
    rng = random.Random(budgets[0])
    for _ in range(12):
        rowids = rng.sample(range(1, 401), rng.randint(1, 200))
        topic = rng.sample(PLAIN, rng.randint(1, 2))
        query = "zholdybay " + " ".join(topic)  # a Latin name no article holds, then the topic words
        expr, lemmas = search_topics.topic_expression(topic)
        own_lemmas = articles.own_ranked_as_topic(store.conn, query, expr)
        assert own_lemmas == len(lemmas) + 1
        for limit in (3, 10):
            within, own = search_topics.ranked_with_own(
                store.conn, expr, len(lemmas), _article_set(rowids), limit, own_lemmas
            )
            assert within == search_topics.ranked_within(store.conn, expr, len(lemmas), rowids, limit)
            asked_apart = articles.search_articles(store, query, limit)
            assert articles.search_articles(store, query, limit, ranked=own) == asked_apart


def test_a_name_some_article_holds_is_searched_apart(store):
    expr, _ = search_topics.topic_expression(["очередь"])
    assert articles.own_ranked_as_topic(store.conn, "граница очередь", expr) is None


def test_a_topic_word_read_as_its_kind_group_is_searched_apart(store):
    """«railway» is ranked by its kind group's words too, which the query's own search
    does not ask for: the two rankings differ, so each runs."""
    expr, _ = search_topics.topic_expression(["railway"])
    assert expr != '"railway"'
    assert articles.own_ranked_as_topic(store.conn, "zholdybay railway", expr) is None


def test_a_topic_word_twice_is_searched_apart(store):
    expr, _ = search_topics.topic_expression(["вагон", "вагон"])
    assert articles.own_ranked_as_topic(store.conn, "zholdybay вагон вагон", expr) is None

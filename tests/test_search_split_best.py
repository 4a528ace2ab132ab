"""A query of a name and a topic word is split at the run that names something, not at
the leftmost run that matches an alias at all (issue 16): in «дороги Ақтасты» (made-up
names) «дороги» is a word of a railway's name and scores well, but it is an ordinary
word and «Ақтасты» a name. Of two names the first is the one the user is after; of
ordinary words only, the best match. A run of two letters names what it spells exactly
only (search_topics.split_query)."""

from __future__ import annotations

import pytest

from store.search import search_topics
from store.search.search import search
from tests.notes import store_of_openings

ENTITIES = [
    ("organization", "Сарыжайлау железные дороги", "Сарыжайлау железные дороги сообщили о новом графике."),
    ("location", "Ақтасты", "В посёлке Ақтасты отремонтировали мост."),
    ("location", "Ыз", "Ыз стоит у самой границы."),
]


@pytest.fixture
def store(tmp_path):
    st = store_of_openings(tmp_path / "s.db", ENTITIES)
    yield st
    st.close()


@pytest.mark.parametrize("query", ["дороги Ақтасты", "Ақтасты дороги"])
def test_the_whole_name_wins_over_a_word_of_a_longer_name(store, query):
    assert search(store, query, limit=5)[0]["name"] == "Ақтасты"


@pytest.mark.parametrize("query", ["Ыз дороги", "дороги Ыз"])
def test_a_two_letter_name_is_a_run_when_an_alias_spells_it(store, query):
    assert search(store, query, limit=5)[0]["name"] == "Ыз"


def test_two_letters_that_only_look_like_a_name_name_nothing(store):
    assert search(store, "Ыж дороги", limit=5)[0]["name"] == "Сарыжайлау железные дороги"


def test_of_two_names_the_first_and_of_ordinary_words_the_best_match():
    scores = {"Сапарбеков": 94.0, "Минкөлік": 100.0, "Ақтасты": 100.0, "дороги": 92.0, "курган": 100.0}

    def find(span):
        return [{"id": 1, "name": span, "score": scores[span]}] if span in scores else []

    assert search_topics.split_query("Сапарбеков Минкөлік", find).span == "Сапарбеков"
    assert search_topics.split_query("Минкөлік Сапарбеков", find).span == "Минкөлік"
    assert search_topics.split_query("дороги Ақтасты", find).span == "Ақтасты"
    assert search_topics.split_query("дороги курган", find).span == "курган"
    scores["курган"] = 90.0
    assert search_topics.split_query("дороги курган", find).span == "дороги"

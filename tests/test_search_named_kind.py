"""«Жайсаң бекетінен» (from the Zhaisan post): a name and an inflected word for its
kind. An article's phrase stored as a body, «Жайсаң бекетінен облыс орталығы», began
with the whole query and matched it at 94, over the split's threshold, so the post that
«Жайсаң» alone names at 100 was not shown at all (found by srch30's fresh query set).
A query ending in a word for a kind of place is now also split when the name alone
names something better than the whole text matched (made-up names)."""

from __future__ import annotations

import pytest

from store.search import search_topics
from store.search.search import search
from tests.notes import store_of_openings

ENTITIES = [
    ("checkpoint", "Тасжарған", "Тасжарған бекеті жөндеуге жабылды."),
    ("organization", "Тасжарған бекетінен аудан орталығы", "Тасжарған бекетінен аудан орталығы дейін жол жөнделді."),
    ("location", "Көкбұлақ облысы", "Көкбұлақ облысы жаңа жол салды."),
    ("location", "Көкбұлақ", "Көкбұлақ ауылында су құбыры тартылды."),
]


@pytest.fixture
def store(tmp_path):
    st = store_of_openings(tmp_path / "s.db", ENTITIES)
    yield st
    st.close()


@pytest.mark.parametrize("query", ["Тасжарған бекетінен", "Тасжарған бекетіне"])
def test_a_name_and_its_kind_word_find_the_post(store, query):
    first = search(store, query, limit=5)[0]
    assert (first["name"], first["type"]) == ("Тасжарған", "checkpoint")


def test_a_whole_name_with_its_kind_word_is_not_split(store):
    assert search(store, "Көкбұлақ облысы", limit=5)[0]["name"] == "Көкбұлақ облысы"


@pytest.mark.parametrize(
    ("query", "types"),
    [
        ("Тасжарған бекетінен", ("checkpoint",)),
        ("Көкбұлақ облысында", ("location",)),
        ("Тасжарған комитеті", ()),
        ("бекеті", ()),
    ],
)
def test_place_kind_types(query, types):
    assert search_topics.place_kind_types(query) == types


def _find(span):
    score = 100.0 if span == "Тасжарған" else 60.0
    return [{"id": 1, "type": "checkpoint", "name": span, "matched": span, "score": score}]


def test_no_split_when_a_word_left_is_no_kind_word():
    body = {"type": "organization", "score": 94.0}
    assert search_topics.split_named_kind("Тасжарған кезек бекеті", _find, body) is None
    assert search_topics.split_named_kind("Тасжарған бекеті", _find, body).span == "Тасжарған"
    assert search_topics.split_named_kind("Тасжарған бекеті", _find, {**body, "score": 100.0}) is None


def test_no_split_when_the_whole_text_found_that_kind_already():
    # «Кеген ауданынан»: the district the whole text matched stays, not the post «Кеген» names
    district = {"type": "location", "score": 94.0}
    assert search_topics.split_named_kind("Тасжарған ауданынан", _find, district) is None

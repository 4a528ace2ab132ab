"""A query of two names, the longer second: «Озинки Саратовская область» (a post and a
region), «Сауранбаев министр транспорта» (a person and a ministry's words). The split
took the longest run that names something, so the region's or the ministry's two words
won over the one-word name the user typed first, and the post was not shown at all
(found by srch30's fresh query set). Words left before the longest run that hold a name
and name something are now the name; words after it only when the run holds no name
(made-up names, search_topics.split_query)."""

from __future__ import annotations

import pytest

from store.search import search_topics
from store.search.search import search
from tests.notes import store_of_openings

ENTITIES = [
    ("checkpoint", "Бозтөбе", "Бозтөбе перешёл на круглосуточный режим."),
    ("location", "Кумысная область", "Кумысная область получила новый мост."),
    ("person", "Ерлан Тұрсынбаев", "Ерлан Тұрсынбаев осмотрел новый мост."),
    ("organization", "Министерство погоды", "Министерство погоды предупредило о буране."),
]


@pytest.fixture
def store(tmp_path):
    st = store_of_openings(tmp_path / "s.db", ENTITIES)
    yield st
    st.close()


def _first(store, query):
    first = next(r for r in search(store, query, limit=5) if r["kind"] == "entity")
    return first["name"]


def test_a_name_before_a_longer_name_is_the_name(store):
    assert _first(store, "Бозтөбе Кумысная область") == "Бозтөбе"


def test_the_longer_name_still_comes_along(store):
    names = [r["name"] for r in search(store, "Бозтөбе Кумысная область", limit=5) if r["kind"] == "entity"]
    assert names[:2] == ["Бозтөбе", "Кумысная область"]


@pytest.mark.parametrize("query", ["Тұрсынбаев министр погоды", "министр погоды Тұрсынбаев"])
def test_a_surname_beside_a_bodys_words_is_the_name(store, query):
    assert _first(store, query) == "Ерлан Тұрсынбаев"


def test_ordinary_words_before_a_name_stay_topic_words():
    def find(span):
        score = {"Кумысная область": 100.0, "новый": 95.0}.get(span, 50.0)
        return [{"id": 1, "name": span, "matched": span, "score": score}]

    focus = search_topics.split_query("новый Кумысная область", find)
    assert focus.span == "Кумысная область" and focus.rest == ["новый"]

"""A word in a case form whose lemma a name holds is no topic word (issue 16):
«Жетіқала палаты» (made up) names the chamber «Жетіқала палата», not the town
«Жетіқала» with the topic word «палаты» (store.search.topic_words), as «Генеральной
прокуратуры Республики Казахстан» names the prosecutor's office, not the country. Nor
is the last word when it begins a word a name holds: the user is still typing it."""

from __future__ import annotations

import pytest

from store.search.alias_index import AliasIndex
from store.search.search import search
from store.search.topic_words import is_topic_word
from tests.notes import store_of_openings

ENTITIES = [
    ("organization", "Жетіқала палата", "Жетіқала палата провела встречу."),
    ("location", "Жетіқала", "Жетіқала готовится к ярмарке."),
    ("location", "Жетіқала", "В Жетіқала открыли рынок."),
]


@pytest.fixture
def store(tmp_path):
    st = store_of_openings(tmp_path / "s.db", ENTITIES)
    yield st
    st.close()


def test_a_case_form_of_a_word_a_name_holds_is_no_topic_word(store):
    index = AliasIndex.for_store(store)
    assert not is_topic_word("палаты", index)
    assert is_topic_word("ярмарки", index)  # held by no name, in any form


@pytest.mark.parametrize("query", ["Жетіқала палаты", "Жетіқала палатой"])
def test_the_name_in_a_case_form_finds_the_body(store, query):
    assert search(store, query, limit=5)[0]["name"] == "Жетіқала палата"


def test_a_topic_word_still_splits_off(store):
    assert search(store, "Жетіқала ярмарки", limit=5)[0]["name"] == "Жетіқала"


@pytest.fixture
def typing_store(tmp_path):
    notes = [
        ("organization", "Сарыжайлау Грузовики", "ТОО Сарыжайлау Грузовики купило фуры."),
        ("location", "Сарыжайлау", "Сарыжайлау ждёт гостей."),
    ]
    st = store_of_openings(tmp_path / "t.db", notes)
    yield st
    st.close()


def test_a_last_word_being_typed_is_no_topic_word(typing_store):
    # «грузов» is a word (the genitive plural of «груз») but begins «Грузовики»
    index = AliasIndex.for_store(typing_store)
    assert is_topic_word("грузов", index) and not is_topic_word("грузов", index, typing=True)
    assert search(typing_store, "Сарыжайлау грузов", limit=5)[0]["name"] == "Сарыжайлау Грузовики"
    assert search(typing_store, "грузов Сарыжайлау", limit=5)[0]["name"] == "Сарыжайлау"  # not the last word

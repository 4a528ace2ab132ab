"""Queries written as a user speaks (issue 16, srch41): a preposition or question word
next to a name («с Китаем», «о Жанатасе») made the run longer than the name alone, and
the longest naming run won the split, so the post or person the user typed was not on
the page; a query of more than six words with prepositions and topic words was not
split at all; a surname after a body's name was not shown. Made-up names."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search import entities as ents
from store.search.alias_index import AliasIndex
from store.search.function_words import is_function_word, trimmed
from store.search.search import search
from store.search.search_topics import long_query_topics, split_query
from tests.notes import opening, write_note


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = db.open_store(tmp_path_factory.mktemp("fw41") / "s.db", write=True, create=True)
    with st.conn:
        write_note(st, 1, "Через пункт пропуска Жанатас прошли фуры.", [opening("checkpoint", "Жанатас")], indexed="")
        write_note(st, 2, "Сарыбел закрыл границу.", [opening("location", "Сарыбел")], indexed="")
        write_note(
            st, 3, "Начальник Мукан Ердаулетов приехал на пост.", [opening("person", "Мукан Ердаулетов")], indexed=""
        )
        write_note(st, 4, "Пост Кызылтау ремонтируют подрядчики.", [opening("checkpoint", "Кызылтау")], indexed="")
        write_note(
            st, 5, "Сарыбелская таможня проверила фуры.", [opening("organization", "Сарыбелская таможня")], indexed=""
        )
    yield st
    st.close()


def _entities(store, query: str) -> list[str]:
    ents.clear_memo()
    return [r["name"] for r in search(store, query, limit=10) if r["kind"] == "entity"]


def test_function_words_are_told_and_trimmed():
    assert is_function_word("с") and is_function_word("О") and is_function_word("the") and is_function_word("арқылы")
    assert not is_function_word("Ли") and not is_function_word("С.") and not is_function_word("Жанатас")
    assert trimmed(["о", "Жанатасе", "в"]) == ["Жанатасе"]
    assert trimmed(["Министерство", "по", "делам"]) == ["Министерство", "по", "делам"]


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("граница с Китаем Жанатас пешеходы", "Жанатас"),  # «с Китаем» (the country) outran the post
        ("что говорит Ердаулетов о Жанатасе", "Мукан Ердаулетов"),  # «о Жанатасе» outran the surname
    ],
)
def test_a_preposition_does_not_lengthen_a_name(store, query, wanted):
    assert wanted in _entities(store, query)[:1], _entities(store, query)


@pytest.mark.parametrize(
    "query",
    [
        "ремонт дороги у пункта пропуска Кызылтау в июле",
        "очередь из фур на границе у поста Кызылтау вчера вечером",
        "trucks waiting at the Kyzyltau checkpoint on the border for days",
    ],
)
def test_a_long_spoken_query_still_names_its_post(store, query):
    """More than six words, most of them prepositions, kind and topic words: the name
    is read from the few words that can carry one."""
    assert "Кызылтау" in _entities(store, query)[:3], _entities(store, query)


def test_a_long_query_of_names_only_is_still_text(store):
    """Seven words that could all be names are not split (read as text, as before)."""
    assert _entities(store, "Алпыс Бекбол Жетысай Кемер Толаган Утеген Шарын") == []


@pytest.mark.parametrize(
    "query", ["начальник Сарыбелской таможни Ердаулетов", "глава Сарыбелская таможня Ердаулетов заявил"]
)
def test_a_surname_after_a_body_is_shown_too(store, query):
    """A body's name first, the person's surname after it: the body's run wins (the
    first name typed), and the person the surname names is shown after it."""
    names = _entities(store, query)
    assert names[:1] == ["Сарыбелская таможня"] and "Мукан Ердаулетов" in names[:3], names


def _fake_find(span: str) -> list[dict]:
    """One made-up entity, named by any run holding «Кызылтау» (a whole alias match)."""
    if "Кызылтау" in span.split():
        return [{"id": 4, "name": "Кызылтау", "type": "checkpoint", "score": 100.0, "matched": "Кызылтау"}]
    return []


def test_a_long_name_typed_whole_is_not_split():
    """Seven words or more with no topic word (a body's long name, inflected, as the
    knowledge-base bench types them) are text, as before; with a topic word the same
    length is a spoken query and is split."""
    words = "Отделу пограничной службы охраны границы Республики Кызылтау".split()
    assert split_query(" ".join(words), _fake_find) is None
    assert split_query(" ".join(words), _fake_find, [False] * len(words)) is None
    topic = [w == "охраны" for w in words]
    focus = split_query(" ".join(words), _fake_find, topic)
    assert focus is not None and focus.entities[0]["name"] == "Кызылтау", focus


def test_unheld_latin_words_are_topic_words_of_a_long_query(store):
    """«trucks», «waiting» are in no alias; «Kyzyltau» and «checkpoint» are (a name, a kind word)."""
    index = AliasIndex.for_store(store)
    flags = long_query_topics("trucks waiting at the Kyzyltau checkpoint on the border", index)
    assert flags is not None and flags[:2] == [True, True] and flags[4] is False and flags[5] is False, flags
    assert long_query_topics("trucks at Kyzyltau", index) is None  # short: split as before

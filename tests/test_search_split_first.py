"""A name with topic words only («Темирказык очередь», made up) is split before any
alias search: the name's run is searched, the whole text is not (it names nothing),
and the page is the entity and its articles. A query whose other words an alias holds
(«Темирказык Жолдары»), or that is all names, is searched whole first, as before."""

from __future__ import annotations

import pytest

from store.lang import names
from store.search import search as search_module
from store.search import topic_words
from store.search.alias_index import AliasIndex
from store.search.search import search, search_total
from tests.notes import store_of_openings

NAME = "Темирказык"
ENTITIES = [
    ("checkpoint", NAME, f"На пункте {NAME} выросла очередь из грузовиков."),
    ("checkpoint", NAME, f"Пункт {NAME} перешёл на летний график."),
    ("organization", f"ТОО «{NAME} Жолдары»", f"ТОО «{NAME} Жолдары» построит склад у пункта."),
    ("person", "Ералы Сапарбеков", "Ералы Сапарбеков проверил очередь на пункте."),
]


@pytest.fixture
def store(tmp_path):
    st = store_of_openings(tmp_path / "s.db", ENTITIES, indexed="body")
    yield st
    st.close()


@pytest.fixture
def searched(monkeypatch):
    """The texts search_entities was asked about, in order."""
    asked: list[str] = []
    real = search_module.search_entities

    def spy(store, query, *args, **kwargs):
        asked.append(query)
        return real(store, query, *args, **kwargs)

    monkeypatch.setattr(search_module, "search_entities", spy)
    return asked


def test_name_and_topic_word_skip_the_whole_text(store, searched):
    results = search(store, f"{NAME} очередь", limit=5)
    assert searched == [NAME]  # the name's run only, never «Темирказык очередь»
    assert results[0]["kind"] == "entity" and results[0]["name"] == NAME
    assert results[1]["kind"] == "article" and "очеред" in results[1]["matched"].lower()


def test_topic_word_first_then_the_name(store, searched):
    results = search(store, f"очередь {NAME}", limit=5)
    assert searched == [NAME]  # a run holding the topic word is not looked up either
    assert results[0]["name"] == NAME


def test_a_word_an_alias_holds_keeps_the_whole_text_search(store, searched):
    results = search(store, f"{NAME} Жолдары", limit=5)
    assert searched[0] == f"{NAME} Жолдары"
    assert results[0]["name"] == f"ТОО «{NAME} Жолдары»"


def test_a_full_name_is_searched_whole(store, searched):
    results = search(store, "Ералы Сапарбеков", limit=5)
    assert searched == ["Ералы Сапарбеков"]
    assert results[0]["name"] == "Ералы Сапарбеков"


def test_total_counts_what_the_page_shows(store):
    query = f"{NAME} очередь"
    assert search_total(store, query) == len(search(store, query, limit=100))


def _index(*aliases: str) -> AliasIndex:
    return AliasIndex.from_rows([(i, i, names.fold(text), "text") for i, text in enumerate(aliases, 1)])


@pytest.mark.parametrize("word", ["очередь", "поручение", "грузовики", "круглосуточно"])
def test_ordinary_russian_words_are_topic_words(word):
    assert topic_words.is_topic_word(word, _index(NAME, "Ералы Сапарбеков"))


@pytest.mark.parametrize(
    "word",
    [
        "queue",  # Latin: could be any name
        "кезек",  # Kazakh letters or not, the Russian dictionary does not know it
        "станция",  # a kind word, part of names
        "Сапарбеков",  # a surname
        "32",
        "по",  # too short
    ],
)
def test_names_and_other_words_are_not(word):
    assert not topic_words.is_topic_word(word, _index(NAME))


def test_a_word_an_alias_holds_is_not_a_topic_word():
    assert topic_words.is_topic_word("склад", _index(NAME))
    assert not topic_words.is_topic_word("склад", _index("temirkazyk", "tsentralny sklad"))
    assert not topic_words.holds_word(_index("Складка"), "sklad")  # a whole word, not a part

"""A last word of one letter after a name («Бахты о»): the word is still being typed, and as
a prefix it matches nearly every article of the entity, so the page is the name's until the
word has two letters. A letter after a person's name may be an initial and is kept."""

from __future__ import annotations

import pytest

from store.search.entities import clear_memo
from store.search.search import search, search_total
from tests.notes import store_of_openings

ENTITIES = [
    ("checkpoint", "Бахты", "Бахты принял первые фуры после ремонта весов и об этом сообщили."),
    ("checkpoint", "Бахты", "Очередь на посту Бахты выросла до сорока машин к обеду."),
    ("checkpoint", "Бахты", "О новом графике поста Бахты рассказали в департаменте."),
    ("person", "Ерлан Тусупбеков", "Ерлан Тусупбеков провёл совещание на посту."),
    ("person", "Арман Тусупбеков", "Арман Тусупбеков осмотрел новый терминал."),
    ("checkpoint", "Аэропорт Шымкент", "Аэропорт Шымкент открыл второй зал досмотра."),
    ("checkpoint", "Аэропорт Уральск", "Аэропорт Уральск принял чартер после перерыва."),
    ("location", "Урджар", "Урджар ждёт новую дорогу к границе о которой говорили давно."),
]


@pytest.fixture
def store(tmp_path):
    clear_memo()
    st = store_of_openings(tmp_path / "s.db", ENTITIES)
    yield st
    st.close()


def _page(results: list[dict]) -> list[tuple]:
    return [(r["kind"], r["id"], r["score"]) for r in results]


@pytest.mark.parametrize(
    "query,name", [("Бахты о", "Бахты"), ("бахты н", "бахты"), ("Урджар д", "Урджар"), ("bakhty a", "bakhty")]
)
def test_one_letter_after_a_name_gives_the_names_page(store, query, name):
    assert _page(search(store, query, limit=30)) == _page(search(store, name, limit=30))
    assert _page(search(store, query, type="entity", limit=30)) == _page(search(store, name, type="entity", limit=30))
    assert search_total(store, query) == search_total(store, name)


def test_the_names_page_comes_first_with_its_articles(store):
    found = search(store, "Бахты о", limit=30)
    assert found[0]["kind"] == "entity" and found[0]["name"] == "Бахты"
    assert {r["name"] for r in found if r["kind"] == "article"} == {"Заметка 1", "Заметка 2", "Заметка 3"}


def test_a_letter_after_a_persons_name_is_read_as_an_initial(store):
    assert search(store, "Тусупбеков А", type="entity")[0]["name"] == "Арман Тусупбеков"
    assert search(store, "Тусупбеков Е", type="entity")[0]["name"] == "Ерлан Тусупбеков"


def test_two_letters_typed_are_the_prefix_not_a_name_and_a_letter(store):
    assert _page(search(store, "б а")) == _page(search(store, "ба"))


def test_a_letter_after_a_word_many_names_begin_with_is_kept(store):
    """«Аэропорт» is no whole alias here: the letter after it begins the name that tells
    the two airports apart."""
    for query in ("Аэропорт У", "Аэропорт Ш"):
        assert _page(search(store, query, type="entity")) != _page(search(store, "Аэропорт", type="entity"))

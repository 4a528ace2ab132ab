"""Issue 16 (srch61): a word for posts beside a name a place and a post share («Калжат КПП»,
«пункт пропуска Калжат», «Kolzhat checkpoint», «Қалжат бекеті») puts the post first among
the results of that score, though no article names it as a post (its knowledge-base row,
0 articles, ranked after the stored place); the name alone keeps the stored place first.
Made-up notes and sentences."""

from __future__ import annotations

import pytest

_NOTES = [
    ("location", "Калжат", "Калжат встречает гостей фестиваля."),
    ("location", "Жаныбек", "Жаныбек готовится к весеннему празднику."),
    ("organization", "Пограничная застава «Калжат»", "Пограничная застава «Калжат» провела учения."),
]


@pytest.fixture
def store(tmp_path):
    from tests.notes import store_of_openings

    st = store_of_openings(tmp_path / "s61p.db", _NOTES)
    yield st
    st.close()


def _typed(store, query: str) -> list[tuple[str, str]]:
    from store.search.search import search

    return [(r["type"], r["name"]) for r in search(store, query) if r["kind"] == "entity"]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Калжат КПП", "Калжат"),
        ("пункт пропуска Калжат", "Калжат"),
        ("Kolzhat checkpoint", "Калжат"),
        ("Қалжат бекеті", "Калжат"),
        ("Жаныбек КПП", "Жаныбек"),
    ],
)
def test_a_word_for_posts_puts_the_post_before_the_place(store, query, name):
    assert _typed(store, query)[0] == ("checkpoint", name)


@pytest.mark.parametrize("query", ["Калжат", "Жаныбек"])
def test_the_name_alone_keeps_the_stored_place_first(store, query):
    found = _typed(store, query)
    assert found[0] == ("location", query)
    assert ("checkpoint", query) in found[:5]

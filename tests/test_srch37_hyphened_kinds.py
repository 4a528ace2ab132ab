"""A post named with its kind after a hyphen («Жанатас-железнодорожный», «Ойжайлау-
темир жол», «Sarybel-Avtodorozhny»: the border services' and the Kyrgyz press's way)
finds the post, as the name and the kind word written apart do (issue 16, srch37).
Made-up names."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search import entities as ents
from store.search.search import search
from store.search.variants import hyphened_kinds_apart
from tests.notes import opening, write_note

POSTS = ["Жанатас", "Ойжайлау", "Сарыбел", "Темир-Баба"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = db.open_store(tmp_path_factory.mktemp("hk") / "s.db", write=True, create=True)
    with st.conn:
        for n, name in enumerate(POSTS, 1):
            write_note(
                st, n, f"Через пункт пропуска {name} прошли грузовики.", [opening("checkpoint", name)], indexed=""
            )
    yield st
    st.close()


@pytest.mark.parametrize(
    ("query", "apart"),
    [
        ("Жанатас-железнодорожный", "Жанатас железнодорожный"),
        ("Жанатас-Автомобильный", "Жанатас Автомобильный"),
        ("«Сарыбел-автодорожный»", "«Сарыбел автодорожный»"),
        ("Ойжайлау-темир жол", "Ойжайлау темир жол"),
        ("Ойжайлау-автожол", "Ойжайлау автожол"),
        ("Sarybel-Avtodorozhny", "Sarybel Avtodorozhny"),
        ("Oizhailau-temir jol", "Oizhailau temir jol"),
    ],
)
def test_the_kind_word_is_set_apart(query, apart):
    assert hyphened_kinds_apart(query) == apart


@pytest.mark.parametrize(
    "query",
    ["Темир-Баба", "Кара-темир", "Ак-Тилек", "Жанатас-Сарыбел", "Ой-жд", "Темир-Жол"],
)
def test_names_with_hyphens_stay_whole(query):
    """«Темир» is a kind word only before «жол»; a hyphened name part is no kind word;
    a head under three letters is left alone."""
    assert hyphened_kinds_apart(query) == query


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Жанатас-железнодорожный", "Жанатас"),
        ("Ойжайлау-темир жол", "Ойжайлау"),
        ("Сарыбел-автодорожный", "Сарыбел"),
        ("Sarybel-Avtodorozhny", "Сарыбел"),
        ("Темир-Баба", "Темир-Баба"),
    ],
)
def test_the_post_comes_first(store, query, name):
    ents.clear_memo()
    top = search(store, query, type="entity", limit=3)[0]
    assert top["name"] == name and top["score"] >= 95, query

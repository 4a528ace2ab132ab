"""A name and topic words whose first two words name something else («Жанатас
таможня очередь»: the run «Жанатас таможня» matches the made-up customs house
«Жанатасская таможня») still shows the post the first word names exactly, after the
run's own entity (issue 16, srch37). Made-up names."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search import entities as ents
from store.search.search import search
from tests.notes import opening, write_note


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = db.open_store(tmp_path_factory.mktemp("fw") / "s.db", write=True, create=True)
    with st.conn:
        write_note(st, 1, "Через пункт пропуска Жанатас прошли фуры.", [opening("checkpoint", "Жанатас")], indexed="")
        write_note(
            st, 2, "Жанатасская таможня проверила грузы.", [opening("organization", "Жанатасская таможня")], indexed=""
        )
        write_note(st, 3, "Область Сарыбел готовит дороги.", [opening("location", "Сарыбел")], indexed="")
        write_note(st, 4, "Сарыбел облысы дороги строит.", [opening("location", "Сарыбел облысы")], indexed="")
    yield st
    st.close()


@pytest.mark.parametrize("query", ["Жанатас таможня очередь", "Жанатас таможня фуры"])
def test_the_first_words_post_is_shown_too(store, query):
    ents.clear_memo()
    names = [r["name"] for r in search(store, query, limit=10) if r["kind"] == "entity"]
    assert "Жанатас" in names[:5] and "Жанатасская таможня" in names[:5], names


def test_a_place_with_its_kind_word_adds_nothing(store):
    """«Сарыбел облысы дороги»: the run is the region with its kind word; the first
    word alone is not added."""
    ents.clear_memo()
    names = [r["name"] for r in search(store, "Сарыбел облысы дороги", limit=10) if r["kind"] == "entity"]
    assert names[0] == "Сарыбел облысы" and "Сарыбел" not in names[:2], names

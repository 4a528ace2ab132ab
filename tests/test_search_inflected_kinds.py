"""A place named by an adjective and a kind word in an oblique case («Беляевского района»,
«губернатор Беляевского района») finds its row, not a stored place whose inflected alias
holds the kind word alone («района Коксу»): the kind word is a kind word in any case, and
the adjective is read in the nominative, so it is never taken for a topic word."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.lang.lemmas import lemmatize
from store.model import Article, Extraction, Mention
from store.search.search import search
from store.search.search_kb import kind_group
from store.search.variants import adjective_nominatives


@pytest.fixture
def store(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    body = "Аким района Коксу осмотрел дорогу."
    surface = "района Коксу"
    art = Article(file="1.txt", path="/in/1.txt", title="Заметка", body=body, raw=body, date="2026-03-01")
    mention = Mention(type="location", name="район Коксу", surface=surface, start=5, end=5 + len(surface))
    with st.conn:
        db.write_article(st, art, Extraction(mentions=[mention], lemmas=lemmatize(body)))
    yield st
    st.close()


@pytest.mark.parametrize(
    "word, kind",
    [("района", "district"), ("районе", "district"), ("области", "region"), ("облысында", "region")]
    + [("министерства", "ministry"), ("станции", "station"), ("ауданында", "district")],
)
def test_an_inflected_kind_word_is_a_kind_word(word, kind):
    assert kind_group(word)[0] == kind


@pytest.mark.parametrize("word", ["Бекеге", "дороги", "Коксу", "районный"])
def test_other_words_are_no_kind_words(word):
    assert kind_group(word) is None


@pytest.mark.parametrize(
    "word, forms",
    [("Беляевского", ["беляевский", "беляевское"]), ("Беляевском", ["беляевский", "беляевское"])]
    + [("Оренбургской", ["оренбургская"]), ("Коксу", []), ("районе", [])],
)
def test_an_oblique_adjective_in_the_nominative(word, forms):
    assert adjective_nominatives(word) == forms


@pytest.mark.parametrize(
    "query", ["Беляевского района", "Беляевском районе", "Беляевским районом", "губернатор Беляевского района"]
)
def test_a_district_in_an_oblique_case_finds_its_row(store, query):
    first = [r for r in search(store, query, limit=5) if r["kind"] == "entity"][0]
    assert first["kb_id"] == "ru-belyaevka-dist"


def test_the_stored_place_is_still_found_by_its_own_name(store):
    assert search(store, "района Коксу", limit=1)[0]["name"] == "район Коксу"

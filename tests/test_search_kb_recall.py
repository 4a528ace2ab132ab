"""Search recall mechanisms found by bench/search_kb_queries.py, each on made-up or
knowledge-base-derived queries over a tiny made-up store."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.lang import names
from store.search.search import search
from store.search.search_kb import kb_rows
from store.search.variants import VARIANT_PENALTY, query_variants, strip_case_ending
from tests.notes import opening, write_note

# (type, name, article body): invented places, one per kind of name
ENTITIES = [
    ("checkpoint", "Бурлытас", "На пункте Бурлытас выросла очередь."),
    ("location", "Тасмолинский район", "В Тасмолинском районе отремонтировали дорогу."),
]


@pytest.fixture
def store(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    with st.conn:
        for n, (type_, name, body) in enumerate(ENTITIES, 1):
            date = f"2026-02-{n:02d}"
            write_note(st, n, body, [opening(type_, name)], indexed="body", date=date, source="Выдуманное агентство")
    yield st
    st.close()


def kb_ids(results: list[dict], top: int = 5) -> list[str | None]:
    return [r.get("kb_id") for r in results if r["kind"] == "entity"][:top]


def test_neighbours_regions_are_rows_of_the_knowledge_base():
    ids = {r.id for r in kb_rows()}
    assert {"ru-altai-krai", "kg-issykkul", "cn-ili"} <= ids


@pytest.mark.parametrize(
    ("query", "kb_id"),
    [("Алтайский край", "ru-altai-krai"), ("Altai Krai", "ru-altai-krai"), ("Иссык-Кульская область", "kg-issykkul")],
)
def test_a_neighbours_region_is_found_with_zero_articles(store, query, kb_id):
    hit = next(r for r in search(store, query, limit=5) if r["kind"] == "entity")
    assert hit["kb_id"] == kb_id and hit["articles"] == 0 and hit["type"] == "location"


@pytest.mark.parametrize(
    ("query", "stem"),
    [
        ("Тасты облысынан", "тасты облысы"),  # no Kazakh letter: the ending alone tells
        ("Бурлытас ауданында", "бурлытас ауданы"),
        ("Бурылой ауданымен", "бурылой ауданы"),  # «-ой» is not cut as Russian in a Kazakh query
        ("Тасқала облысында", "тасқала облысы"),  # a Kazakh letter in one word: all words Kazakh
        ("Тасжолдан", "тасжол"),
    ],
)
def test_kazakh_case_endings_without_kazakh_letters(query, stem):
    assert (names.fold(stem), VARIANT_PENALTY) in query_variants(query)


@pytest.mark.parametrize(
    ("word", "stem"), [("Казахстан", "казахстан"), ("Бектенова", "бектенов"), ("Хоргосе", "хоргос")]
)
def test_russian_words_keep_russian_rules(word, stem):
    assert strip_case_ending(word) == stem


def test_kazakh_ablative_of_a_district_finds_it_not_its_namesake_checkpoint(store):
    # «Кеген ауданынан» used to score under the split threshold and gave the checkpoint «Кеген»
    hit = next(r for r in search(store, "Кеген ауданынан", limit=5) if r["kind"] == "entity")
    assert hit["kb_id"] == "dist-kegen"


@pytest.mark.parametrize(("query", "kb_id"), [("Кеегн", "kegen"), ("Kgeen", "kegen"), ("Семие", "city-semey")])
def test_a_short_name_with_a_typo_is_not_held_to_an_abbreviations_exact_match(store, query, kb_id):
    assert kb_id in kb_ids(search(store, query, limit=10))


def test_an_abbreviation_still_matches_only_itself(store):
    # «СКО» is one letter from «ВКО», and both are regions' abbreviations
    assert "obl-east-kz" not in kb_ids(search(store, "СКО", limit=10), top=10)


@pytest.mark.parametrize(
    ("query", "nominative"),
    [
        ("Бурлытасского", "бурлытасский"),
        ("Бурлытасского", "бурлытасское"),
        ("очередь Тасмольного", "очередь тасмольный"),
        ("Бурлытасскую", "бурлытасская"),
    ],
)
def test_an_oblique_adjective_is_looked_up_in_the_nominative(query, nominative):
    assert (names.fold(nominative), VARIANT_PENALTY) in query_variants(query)


def test_a_topic_word_and_a_neuter_name_in_the_genitive(store):
    # «Тёплое» is a knowledge-base post; cut to «тепл» it scored too low to name the query
    assert "ru-teploe" in kb_ids(search(store, "реконструкция Тёплого", limit=10))


@pytest.mark.parametrize(("query", "kb_id"), [("МФ", "ministry-finance"), ("мф", "ministry-finance"), ("EU", "eu")])
def test_a_two_letter_abbreviation_names_its_row(store, query, kb_id):
    assert kb_ids(search(store, query, limit=5))[0] == kb_id


def test_two_letters_that_are_no_abbreviation_stay_a_prefix(store):
    results = search(store, "бу", limit=5)
    assert [r["name"] for r in results] == ["Бурлытас"] and "kb_id" not in results[0]


def test_a_kazakh_abbreviation_typed_on_a_russian_keyboard(store):
    # «ОҚО» typed without the Kazakh layout is «ОКО»
    assert kb_ids(search(store, "ОКО", limit=5))[0] == "obl-turkistan"


@pytest.mark.parametrize("query", ["Шу", "шу", "Şu"])
def test_a_two_letter_name_of_the_knowledge_base_is_found_whole(store, query):
    assert "city-shu" in kb_ids(search(store, query, limit=5))

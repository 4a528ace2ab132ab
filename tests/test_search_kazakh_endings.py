"""Kazakh case endings the Russian reading of a query misses: one hyphened onto an
abbreviation («ТҚР-мен», made up), and one after a name ending in a vowel that has no
Kazakh letter («Тулпаната»: in Тулпана, made up), which Russian rules cut as
«тулпанат». A Russian genitive that looks so («Кумжена») is left to the Russian
reading."""

from __future__ import annotations

import pytest

from store.lang import names
from store.search.search import search
from store.search.variants import query_variants, without_hyphened_endings
from tests.notes import store_of_openings

ENTITIES = [
    ("location", "Тулпана", "Тулпана приняла новый поезд."),
    ("location", "Тулпанат", "Тулпанат закрыл дорогу."),
    ("organization", "ТҚР", "ТҚР сообщил о ремонте."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = store_of_openings(tmp_path_factory.mktemp("kk") / "s.db", ENTITIES, indexed="body")
    yield st
    st.close()


@pytest.mark.parametrize(
    ("query", "read"),
    [
        ("ТҚР-мен", "ТҚР"),
        ("ҰҚК-нің шекара", "ҰҚК шекара"),
        ("«ЕАЭО-ға»", "«ЕАЭО»"),
        ("Кара-Су", "Кара-Су"),  # a name's capitalised last part stays
        ("Даут-Ата", "Даут-Ата"),
        ("қхр-мен", "қхр-мен"),  # nothing capitalised: no abbreviation to tell
    ],
)
def test_a_hyphened_ending_is_dropped_after_a_capital(query, read):
    assert without_hyphened_endings(query) == read


def test_an_abbreviation_with_a_hyphened_ending_finds_the_body(store):
    results = search(store, "ТҚР-мен", limit=5)
    assert results[0]["name"] == "ТҚР"


def test_a_vowel_name_in_the_kazakh_locative_is_read_as_kazakh_too(store):
    assert names.fold("тулпана") in {key for key, _ in query_variants("Тулпанада")}
    results = [r for r in search(store, "Тулпанада", limit=5) if r["kind"] == "entity"]
    assert results[0]["name"] == "Тулпана"


def test_a_russian_genitive_is_not_read_as_a_kazakh_dative():
    """«Кумжена» is Кумжен's genitive; «-на» never follows a Kazakh vowel stem («кумже»)."""
    keys = {key for key, _ in query_variants("Кумжена")}
    assert names.fold("кумже") not in keys and names.fold("кумжен") in keys


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Сапаркуловдун", "сапаркулов"),  # Kyrgyz genitive
        ("Сапаркуловтун", "сапаркулов"),
        ("Сапаркуловго", "сапаркулов"),  # Kyrgyz dative
        ("Жолдошевдин", "жолдошев"),
        ("Сапаркуловдүн", "сапаркулов"),  # with a Kyrgyz letter
        ("Тулпановка", "тулпановк"),  # a Russian village name is no surname with «-ка»
    ],
)
def test_a_surname_with_a_kyrgyz_case_ending_loses_it(word, stem):
    from store.search.variants import strip_case_ending

    assert strip_case_ending(word) == stem

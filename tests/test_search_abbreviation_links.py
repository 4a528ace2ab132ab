"""A knowledge-base row links to the store's entities by folded name, and fold() joins
scripts: the Latin «WKO» (West Kazakhstan's English abbreviation) and the Cyrillic
«ВКО» (East Kazakhstan's) are one key, so the West row once listed the East oblast
among its entities and «West Kazakhstan region» put it first (found by srch30's fresh
query set). A key that only an abbreviation of the row gives now links an entity only
through an alias spelt as that abbreviation (made-up places and abbreviations)."""

from __future__ import annotations

import pytest

from store.search.search_kb import KbRow, abbreviations_agree, linked_entities
from tests.notes import store_of_openings

ENTITIES = [
    ("location", "Западно-Тестовская область", "Западно-Тестовская область получила новый мост."),
    ("location", "ВТО", "ВТО отчиталась о ремонте дорог."),  # the East one's abbreviation
    ("location", "ЗТО", "ЗТО закрыла трассу на сутки."),
    ("organization", "ҚТЖ-Тест", "ҚТЖ-Тест пустила новый поезд."),
    ("organization", "МТД Казахстана", "МТД Казахстана вручил ноту послу."),  # another body's abbreviation
]


@pytest.fixture
def store(tmp_path):
    st = store_of_openings(tmp_path / "s.db", ENTITIES)
    yield st
    st.close()


def _names(links):
    return {name for _id, name, _count in links}


def test_a_latin_abbreviation_links_no_other_rows_cyrillic_one(store):
    west = KbRow("test-west", "location", "Западно-Тестовская область", ("Западно-Тестовская область", "ЗТО", "WTO"))
    assert _names(linked_entities(store.conn, west)) == {"Западно-Тестовская область", "ЗТО"}


def test_a_latin_spelling_of_the_rows_own_abbreviation_still_links(store):
    east = KbRow("test-east", "location", "Восточно-Тестовская область", ("Восточно-Тестовская область", "VTO"))
    assert _names(linked_entities(store.conn, east)) == {"ВТО"}


def test_a_latin_abbreviation_links_no_other_body_with_its_country(store):
    # «MTD» folds as «МТД» does, and a body's name is also looked up with «Казахстана» after it
    body = KbRow("test-body", "organization", "Министерство тестового дела", ("Министерство тестового дела", "MTD"))
    assert linked_entities(store.conn, body) == []


@pytest.mark.parametrize(
    ("abbr", "alias", "agree"),
    [
        ("WTO", "ВТО", False),  # W is no Latin spelling of В
        ("VTO", "ВТО", True),
        ("ВТО", "VTO", True),
        ("ҚТЖ", "КТЖ", True),  # one script: the Kazakh letter typed on a Russian keyboard
        ("KTZh", "ktzh", True),
        ("WTO", "VTO", False),  # two Latin spellings fold() joins, but not the same letters
    ],
)
def test_abbreviations_agree(abbr, alias, agree):
    assert abbreviations_agree(abbr, alias) is agree

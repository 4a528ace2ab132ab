"""A stored person's Russian role asked for in Kazakh or English, head word last or first, in
any Kazakh case (issue 16, srch56), and a first name beside a post telling two holders apart.
Names, places and bodies are made up; the regions and the glossary's words are real."""

from __future__ import annotations

import pytest

from store.search.role_holders import role_holders
from store.search.role_words import in_russian, same_place
from tests.role_entities import roles_table

_ROLES = (
    (1, 3, ["аким Туркестанской области"], "Бекзат Оралов"),
    (2, 2, ["министр финансов"], "Серик Тулпаров"),
    (3, 1, ["директор пограничной службы"], "Ерлан Сарыбаев"),
    (4, 1, ["первый заместитель акима Жамбылской области"], "Мурат Жолсеров"),
    (5, 4, ["вице-премьер"], "Серик Актасов"),
    (6, 5, ["вице-премьер"], "Нурлан Каратауов"),
    (7, 2, ["министр энергетики"], "Ерлан Каспаев"),
    (8, 1, ["мэр Актаса"], "Асан Жолдыбаев"),
)


@pytest.fixture
def conn():
    c = roles_table(_ROLES)
    yield c
    c.close()


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("Түркістан облысының әкімі", [1]),  # head last, the region in Kazakh, possessive endings
        ("Түркістан облысы әкімінің", [1]),
        ("akim of Turkistan region", [1]),  # English, head first
        ("Turkestan region akim", [1]),  # English, head last
        ("қаржы министрі", [2]),
        ("Minister of Finance", [2]),
        ("finance minister", [2]),
        ("Шекара қызметінің директоры", [3]),
        ("Border Service director", [3]),
        ("Жамбыл облысы әкімінің бірінші орынбасары", [4]),
        ("Актас қаласының әкімі", [8]),  # «города» a role need not say
        ("энергетика министрі", [7]),
        ("Жамбыл облысының әкімі", []),  # the first deputy is not the akim
        ("көлік министрі", []),  # no one holds it
        ("Finance Ministry", []),  # a ministry is no minister, though «министрі» folds alike
    ],
)
def test_kazakh_and_english_posts(conn, query, ids):
    assert role_holders(conn, query, (query,)) == ids


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("Серик вице-премьер", [5]),  # the first name tells the two deputy premiers apart
        ("вице-премьер Нурлан", [6]),
        ("Ерлан министр", [7]),  # a head alone, with a first name, is enough
        ("Серик министр", [2]),
        ("Асан министр", []),  # no minister of that name
        ("министр", []),  # a head alone, no name: no answer
    ],
)
def test_first_name_breaks_the_tie(conn, query, ids):
    assert role_holders(conn, query, (query,)) == ids


def test_glossary_reads_kazakh_case_forms():
    assert in_russian("әкімінің") == "аким"
    assert in_russian("қызметінің") == "службы"
    assert in_russian("облысының") == "области"
    assert in_russian("Актас") == "Актас"  # a word the glossary does not hold stays


def test_one_place_in_two_scripts():
    assert same_place("turkistan", "turkestanskoi")
    assert not same_place("jambil", "turkestanskoi")

"""Routes whose stops a bare hyphen joins (issue 15, loc47): «дороги «Жаркент-Хоргос»»,
«“Астана-Ерейментау-Шідерті” тас жолы», «Қызылорда-Павлодар-Успен-РФ шекарасы». Every
sentence here is made up."""

from __future__ import annotations

import pytest

from store.extract.passes.route_places import find_hyphened_route_ends
from store.extract.spans import ByStart
from tests.extracting import places


def ends(text: str) -> list[str]:
    return [e.text for _, found in find_hyphened_route_ends(text, ByStart([])) for e in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Открыт участок трассы «Талдыкорган-Жаркент» длиной 40 км.", ["Талдыкорган", "Жаркент"]),
        ("На трассе Самара-Уральск нет связи.", ["Самара", "Уральск"]),
        # a post's name is its town's at a road's end
        ("На дороге Кордай-Бишкек снова пробка.", ["Кордай", "Бишкек"]),
        # a hyphenated name the knowledge base knows is one stop
        ("Дорогу Усть-Каменогорск-Семей расширят.", ["Усть-Каменогорск", "Семей"]),
        # the route noun after the quoted route, further on in its sentence
        (
            "Кеше “Павлодар-Екібастұз-Қарағанды”, Екібастұз ауылынан әрі тас жолы жабылды.",
            ["Павлодар", "Екібастұз", "Қарағанды"],
        ),
        # a road's end at a border: the country
        ("Жөндеуден кейін «Семей-Павлодар-РФ шекарасы» автожолы ашылды.", ["Семей", "Павлодар", "РФ"]),
    ],
)
def test_hyphened_route_ends(text, expected):
    assert ends(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Дорога на Нур-Султан закрыта.",  # one hyphenated name
        "Трасса на Кызыл-Кию отремонтирована.",  # one name, its words no known stops
        "Маршрут по Северо-Казахстанской области продлён.",  # an adjective's parts
        "Встреча Иванов-Петров прошла вчера.",  # no route noun
    ],
)
def test_no_hyphened_route(text):
    assert ends(text) == []


def test_hyphened_route_read_as_one_place_is_its_ends(extractor):
    found = places(extractor, "В области открыли участок дороги «Талдыкорган-Жаркент» после ремонта.")
    assert {"Талдыкорган", "Жаркент"} <= found
    assert not any("-" in p for p in found)

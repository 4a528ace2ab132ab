"""The extraction side of per66's person probe: the unit's or city's name is no part of an
official's surname, a surname the dictionary reads as a thing's plural stays a person, a
woman's surname alone after her full name is her, a Chinese surname alone is the full
name's. Every sentence here is made up for these tests."""

from __future__ import annotations

import pytest

from store.extract.extractor import Extractor
from store.model import Article

PARAGRAPH = "Водители грузовиков жалуются на очереди у границы. На прошлой неделе колонна растянулась на километры."


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _persons(extractor, body: str) -> list[str]:
    art = Article(file="t.txt", path="t.txt", title="", body=body, raw=body, date="2024-05-10")
    return [m.name for m in extractor.extract(art).mentions if m.type == "person"]


@pytest.mark.parametrize(
    "body, person",
    [
        ("Аким Алматы Е. Кенесов пообещал открыть новую стоянку для фур.", "Е. Кенесов"),
        ("Аким области Жетысу Мукашев проверил работу поста.", "Мукашев"),
        ("Аким области Абай Мукашев проверил работу поста.", "Мукашев"),
    ],
)
def test_the_city_or_units_name_is_cut_off_the_officials_surname(extractor, body, person):
    assert _persons(extractor, body) == [person]


@pytest.mark.parametrize(
    "body, person",
    [
        ("Заместитель акима области Гаухар Мусина провела совещание.", "Гаухар Мусина"),
        ("Советник губернатора Омской области Ильи Зорина выступил с докладом.", "Илья Зорин"),
        ("Поэт Абай Кунанбаев родился в этих местах.", "Абай Кунанбаев"),
    ],
)
def test_a_given_name_after_a_unit_noun_stays_the_persons(extractor, body, person):
    assert _persons(extractor, body) == [person]


def test_a_surname_the_dictionary_reads_as_a_plural_thing_stays_a_person(extractor):
    body = f"Президент Токаев подписал указ о работе пунктов пропуска.\n\n{PARAGRAPH}"
    assert "Токаев" in _persons(extractor, body)


def test_a_chinese_surname_alone_after_the_full_name_is_him(extractor):
    body = f"Консул КНР Гао Цзяньпин посетил пункт пропуска. Гао отметил рост грузооборота.\n\n{PARAGRAPH}"
    assert set(_persons(extractor, body)) == {"Гао Цзяньпин"}


def test_a_womans_surname_alone_after_her_full_name_is_her(extractor):
    body = f"Руководитель таможни Гаухар Мусина провела совещание. Мусина поручила сократить очереди.\n\n{PARAGRAPH}"
    assert set(_persons(extractor, body)) == {"Гаухар Мусина"}

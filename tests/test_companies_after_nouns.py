"""companies_after_nouns: a firm printed without quotes after «компания»/«фирма» is a body;
a place declined after the noun, a country, and an owner named there stay what they are.
Sentences written for these tests."""

import pytest

from store.extract.extractor import Extractor
from store.model import Article


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def _found(extractor, body: str) -> set[tuple[str, str]]:
    article = Article(file="t.txt", path="t.txt", raw=body, title="", body=body, language="ru")
    return {(m.type, m.name) for m in extractor.extract(article).mentions}


@pytest.mark.parametrize(
    "body,name",
    [
        ("Грузы из порта вывезла компания Бейнеу Карго Сервис.", "Бейнеу Карго Сервис"),
        ("Договор аренды подписан с компанией Кордай Логистик.", "Кордай Логистик"),
    ],
)
def test_a_firm_named_after_a_place_is_a_body(extractor, body, name):
    found = _found(extractor, body)
    assert ("organization", name) in found
    assert not {n for t, n in found if t in ("location", "person") and n == name}


@pytest.mark.parametrize(
    "body,kept",
    [
        ("Инвестиции вложили ведущие компании Южной Кореи.", ("location", "Южная Корея")),
        ("В проекте участвуют крупнейшие компании Казахстана.", ("location", "Казахстан")),
        ("Акции компании Тимура Кулибаева выросли в цене.", ("person", "Тимур Кулибаев")),
    ],
)
def test_a_declined_place_a_country_and_an_owner_stay(extractor, body, kept):
    assert kept in _found(extractor, body)

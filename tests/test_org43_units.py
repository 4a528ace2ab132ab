"""Regional units the press names by an abbreviation or a city (issue 15, org43): «ДКНБ по
Атырауской области», «УГД по Сарыагашскому району», «ДГД по городу Алматы» are one body
each, the region kept in its name (store/data/bodies.csv's knb-department and ugd pattern
rows; the «по г.» shape in store/extract/linking.py). Made-up sentences in the shapes real
pages print (ng.kz, vko.kgd.gov.kz)."""

import pytest

from store.extract.extractor import Extractor
from tests.notes import names_found

_EXTRACTOR = Extractor()


def orgs(text: str) -> list[str]:
    return sorted(names_found(_EXTRACTOR, text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Пресс-служба ДКНБ по Атырауской области сообщила о задержании.", "ДКНБ по Атырауской области"),
        ("Сотрудники УГД по Сарыагашскому району провели проверку на посту.", "УГД по Сарыагашскому району"),
        ("Об этом сообщили в ДГД по городу Алматы.", "ДГД по городу Алматы"),
        ("Об этом сообщили в ДГД по г. Алматы, добавив подробности.", "ДГД по г. Алматы"),
    ],
)
def test_a_unit_by_its_abbreviation_keeps_its_region(text, name):
    assert orgs(text) == [name]


def test_two_regions_units_are_two_bodies():
    text = "ДКНБ по ЗКО и ДКНБ по Актюбинской области провели совместную операцию у границы."
    assert orgs(text) == ["ДКНБ по Актюбинской области", "ДКНБ по ЗКО"]

"""Places and persons on text nobody here has read (issue 15): Kazakh place names that
carry no Kazakh letter still take Kazakh case suffixes, a region's abbreviation the model
took for a body is the region, districts and the neighbours' regions come from the
knowledge base. Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.extract import extractor as ex
from store.lang import kb
from store.model import Article


def rows(text: str) -> list[tuple[str, str]]:
    return [(m.form.row.id, text[m.start : m.end]) for m in kb.find(text)]


@pytest.fixture(scope="module")
def extractor():
    return ex.Extractor()


def places(extractor, text: str) -> set[str]:
    found = extractor.extract(Article(file="t", path="t", title="", body=text, raw=text))
    return {m.name for m in found.mentions if m.type == "location"}


def persons(extractor, text: str) -> set[str]:
    found = extractor.extract(Article(file="t", path="t", title="", body=text, raw=text))
    return {m.name for m in found.mentions if m.type == "person"}


@pytest.mark.parametrize(
    "text, row, written",
    [
        ("Атырау облысындағы жолдар жөнделді.", "obl-atyrau", "Атырау облысындағы"),
        ("Алматы облысының тұрғындары келді.", "obl-almaty", "Алматы облысының"),
        ("Павлодар облысына жаңа автобус келді.", "obl-pavlodar", "Павлодар облысына"),
    ],
)
def test_a_kazakh_region_without_kazakh_letters_takes_kazakh_suffixes(text, row, written):
    assert (row, written) in rows(text)


def test_a_region_abbreviation_is_the_region_not_a_body(extractor):
    assert "ВКО" in places(extractor, "Новый мост через реку построят в ВКО к осени.")


@pytest.mark.parametrize(
    "text, row",
    [
        ("Фуры из Синьцзяна простояли сутки.", "cn-xinjiang"),
        ("Дорогу в Оренбургскую область закрыли.", "ru-orenburg"),
        ("Жүк көліктері Орынбор облысына өтті.", "ru-orenburg"),
        ("Жители Балканского велаята ждут визы.", "tm-balkan"),
        ("Шекара Ташкент облысымен шектеседі.", "uz-tashkent"),
        ("Новая застава встала в Жуалынском районе.", "dist-zhualy"),
        ("Мақтаарал мен Қазығұрт ауданында жол салынды.", "dist-kazygurt"),
    ],
)
def test_districts_and_the_neighbours_regions_are_rows(text, row):
    assert row in {r for r, _ in rows(text)}


def test_a_place_written_the_kazakh_way_is_named_the_kazakh_way(extractor):
    assert "Ташкент облысы" in places(extractor, "Көлік Ташкент облысы арқылы өтті.")


def test_a_place_keeps_its_short_name_as_printed(extractor):
    assert "Синьцзян" in places(extractor, "Фуры из Синьцзяна простояли сутки у поста.")

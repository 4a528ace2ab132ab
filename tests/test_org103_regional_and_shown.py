"""org103: Russian regional units printed with the region's adjective or genitive, and the name
a row's entity is shown by when an article misspells it (bench/data/org103_fresh.json's shapes
1 and 3; their figures in bench/README.md's org103 section)."""

from __future__ import annotations

import pytest

from store.db.entities import linked_name_rank
from store.lang import kb


def _row(name: str) -> str | None:
    row = kb.row_of_printed("organization", name)
    return row.id if row else None


@pytest.mark.parametrize(
    ("name", "row"),
    [
        ("Павлодарский областной департамент госдоходов", "dgd@obl-pavlodar"),
        ("Северо-Казахстанское областное ДГД", "dgd@obl-north-kz"),
        ("Атырауский областной департамент государственных доходов", "dgd@obl-atyrau"),
        ("ДГД Акмолинской области", "dgd@obl-akmola"),
        ("Департамент госдоходов Жамбылской области", "dgd@obl-zhambyl"),
        ("Павлодарский областной акимат", "akimat-pavlodar"),
    ],
)
def test_a_regional_adjective_or_genitive_names_the_regions_unit(name, row):
    assert _row(name) == row


@pytest.mark.parametrize(
    "name", ["Павлодарский областной суд", "Управление культуры Павлодарской области", "Павлодарский областной театр"]
)
def test_only_a_unit_or_an_akimat_row_answers(name):
    assert _row(name) is None


def test_the_row_forms_still_link_as_before():
    assert _row("Департамент государственных доходов по Павлодарской области") == "dgd@obl-pavlodar"


def test_a_slip_linked_by_likeness_is_spelt_misspelt():
    assert kb.spelling("kaztemirtrans", "Казтемиртрас") == ("ru", "misspelt")
    assert kb.spelling("kaztemirtrans", "Казтемиртранс")[1] != "misspelt"


def test_the_rows_own_name_is_shown_however_often_the_slip_is_printed():
    slip = linked_name_rank("Казмортрансфлотт", "kazmortransflot", printed=3)
    own = linked_name_rank("Казмортрансфлот", "kazmortransflot", printed=1)
    assert own < slip


def test_a_shorter_slip_loses_a_tie_to_the_rows_name():
    assert linked_name_rank("Казтемиртранс", "kaztemirtrans", 1) < linked_name_rank("Казтемиртрас", "kaztemirtrans", 1)


def test_a_name_of_another_row_is_not_misspelt():
    assert kb.spelling("kaztemirtrans", "Транстелеком")[1] == "name"


@pytest.mark.parametrize(
    ("name", "row"),
    [
        ("Акимат Зайсанского района", "akimat-district@dist-zaisan"),
        ("акимат Сарыагашского района", "akimat-district@dist-saryagash"),
        ("Кордайский районный акимат", "akimat-district@dist-kordai"),
        ("Панфилов ауданының әкімдігі", "akimat-district@dist-panfilov"),
        ("Мақтаарал аудандық әкімдігі", "akimat-district@dist-maktaaral"),
    ],
)
def test_a_districts_akimat_is_its_generated_unit(name, row):
    assert _row(name) == row


def test_a_russian_and_a_kazakh_district_akimat_are_one_row_with_the_district_as_its_region():
    row = kb.row_of_printed("organization", "Зайсан ауданының әкімдігі")
    assert row is not None and row.name_ru == "Акимат Зайсанского района"
    region = kb.unit_region(row)
    assert region is not None and region.id == "dist-zaisan"


def test_a_towns_akimat_gets_no_row():
    assert _row("акимат Жаркента") is None
    assert _row("Жаркент қалалық әкімдігі") is None

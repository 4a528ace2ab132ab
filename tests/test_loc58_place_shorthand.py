"""loc58: a region or district printed with the kind's shorthand («Жамбылской обл.»,
«в Кордайском р-не») is named in full, as the same place written out is (made-up
sentences in the shapes of lists, police reports and weather notes)."""

import pytest

from store.lang.places import kind_spelled_out
from tests.extracting import places as locations


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        ("Ночью в Павлодарской обл. ожидается метель до утра.", "Павлодарская область", "Павлодарская обл"),
        ("Фуры стоят на въезде в Западно-Казахстанскую обл. вторые сутки.", "Западно-Казахстанская область", None),
        ("Сводка: Костанайская обл., Акмолинская обл. — гололед.", "Акмолинская область", "Акмолинская обл"),
        ("Мост в Кордайском р-не откроют после ремонта.", "Кордайский район", "Кордайском р-не"),
    ],
)
def test_shorthand_kind_is_spelled_out(extractor, text, expected, absent):
    found = locations(extractor, text)
    assert expected in found
    if absent:
        assert absent not in found


def test_same_place_written_out_or_short_is_one_name(extractor):
    short = locations(extractor, "Аким Мангистауской обл. осмотрел порт вчера.")
    full = locations(extractor, "Аким Мангистауской области осмотрел порт вчера.")
    assert short == full


@pytest.mark.parametrize(
    "surface,spelled",
    [
        ("Туркестанской обл.", "Туркестанской области"),
        ("Туркестанскую обл", "Туркестанскую область"),
        ("Северо-Казахстанская обл.", "Северо-Казахстанская область"),
        ("Сарыагашского р-на", "Сарыагашского района"),
        ("Сарыагашским р-ном", "Сарыагашским районом"),
    ],
)
def test_shorthand_takes_the_phrase_case(surface, spelled):
    assert kind_spelled_out(surface) == spelled


@pytest.mark.parametrize("surface", ["Туркестанская область", "Шымкент", "обл. Абай", "Алматы обл"])
def test_other_spans_are_left_alone(surface):
    assert kind_spelled_out(surface) is None

"""The outlet named in a Kazakh or Russian lead line (made-up sentences)."""

import pytest

from store.reading.credits import find_outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Көпір жабылады, деп жазады Ozen.kz.", "Ozen.kz"),
        ("Бекетте кезек өсті, деп хабарлады Ozen.kz тілшісі.", "Ozen.kz"),
        ("Бекетте кезек өсті, деп хабарлайды ҚазЖаңалық тілшісі.", "ҚазЖаңалық"),
        ("Жолды жапты, деп жазады Steppe Herald.", "Steppe Herald"),
        ("Трассу перекрыли, передает собкор Ozen.kz.", "Ozen.kz"),
    ],
)
def test_kazakh_verbs_reporters_and_kazakh_capitals_name_the_outlet(line, outlet):
    assert find_outlet([line]) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Бекетте кезек өсті, деп хабарлайды Кеден қызметі.",
        "Бекетте кезек өсті, деп хабарлады Қаржы министрлігі.",
        "Бекетте кезек өсті, деп жазады Әкімдік.",
    ],
)
def test_a_body_that_reported_is_not_the_outlet(line):
    assert find_outlet([line]) is None

"""loc58: a paragraph the page cut off mid-word ends in the stub of a place's name; the stub
is no place (made-up sentences in the shape of a scraped lead cut at a character count)."""

import pytest

from tests.extracting import mentions
from tests.extracting import places as locations

_LEAD = (
    "Колонна грузовиков у перехода не уменьшается уже третий день. Водители ночуют в кабинах, "
    "а таможенники обещают ускорить оформление. Часть машин везет уголь из Павлодара в "
)


@pytest.mark.parametrize("stub", ["Рос", "Росс", "Кит", "Кыргыз"])
def test_a_cut_off_stub_is_no_place(extractor, stub):
    text = _LEAD + stub
    assert not {n for n in locations(extractor, text) | mentions(extractor, text, "organization") if n == stub}
    assert "Павлодар" in locations(extractor, text)


def test_a_stub_cut_with_an_ellipsis_is_no_place(extractor):
    assert "Узб" not in locations(extractor, _LEAD + "Узб...\n\nДругие новости дня")


@pytest.mark.parametrize("place", ["Алматы", "Ташкент"])
def test_a_whole_name_ending_an_unpunctuated_paragraph_stays(extractor, place):
    assert place in locations(extractor, _LEAD + place)


def test_a_headline_ending_in_a_place_stays(extractor):
    assert "Китай" in locations(extractor, "Очереди на границе с Китаем\n\nФуры стоят вторые сутки.")

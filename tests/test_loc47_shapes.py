"""A place the model read with the capitalized preposition opening its sentence (issue 15,
loc47): «Из Костаная в …» is Костанай. Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.extract.ner import NerSpan
from store.extract.passes.places import _without_opening_preposition


@pytest.mark.parametrize(
    "text, expected",
    [("Из Уральска", "Уральска"), ("От Актобе", "Актобе"), ("Через Алматы", "Алматы"), ("В Шымкенте", "Шымкенте")],
)
def test_opening_preposition_is_no_part_of_a_place(text, expected):
    assert _without_opening_preposition(NerSpan("location", 10, 10 + len(text), text)).text == expected


@pytest.mark.parametrize("text", ["Ростов-на-Дону", "Изобильный", "Вознесеновка", "Северо-Казахстанская область"])
def test_a_place_that_opens_with_those_letters_stays(text):
    assert _without_opening_preposition(NerSpan("location", 0, len(text), text)).text == text


def test_a_person_keeps_its_words():
    assert _without_opening_preposition(NerSpan("person", 0, 9, "За Иванов")).text == "За Иванов"

"""The outlet printed beside the writer's name in a byline over the story («Марат Ибраев /
Индустриальная Караганда»), which a lead's «как ранее сообщал Kazinform» must not outweigh
(stop 53, out109: bench/data/out109/worked3). A town, a photo credit or an unknown single word
beside the name is no outlet."""

from __future__ import annotations

import pytest

from store.model import RawDoc
from store.reading.outlet_shapes import byline_outlet
from store.reading.parse import parse

HEADLINE = "Перевозчики ищут обход закрытой дороги к границе"
STORY = (
    "Перевозчики ищут обходные маршруты к границе с Россией после закрытия дороги на ремонт.\n\n"
    "Как ранее сообщал Kazinform, ремонт продлится до весны.\n"
)


def _outlet(byline: str) -> str | None:
    text = f"{HEADLINE}\n\n{byline}\n\n16 ноября 2026\n\n{STORY}"
    return parse(RawDoc(path="a.txt", file="a.txt", text=text, raw=text, format="txt")).source


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("Марат Ибраев / Индустриальная Караганда", "Индустриальная Караганда"),
        ("Индустриальная Караганда | Марат Ибраев", "Индустриальная Караганда"),
        ("Айгерим Садыкова / «Уральская неделя»", "Уральская неделя"),
        ("Айгерим Садыкова / Liter.kz", "Liter.kz"),
    ],
)
def test_the_outlet_beside_the_writer_is_the_pages(byline, outlet):
    assert _outlet(byline) == outlet


@pytest.mark.parametrize("byline", ["Марат Ибраев / Астана", "Марат Ибраев / Фото автора", "Марат Ибраев / Общество"])
def test_a_town_or_a_credit_beside_the_writer_is_no_outlet(byline):
    assert byline_outlet([HEADLINE, byline]) is None


def test_two_writers_name_no_outlet():
    assert byline_outlet([HEADLINE, "Марат Ибраев / Елена Ким"]) is None

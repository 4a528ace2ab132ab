"""A newsroom signing the story under it as the one that prepared it («Материал подготовлен
редакцией газеты «X»», «Материалды дайындаған – «X» газетінің редакциясы») names the page's
outlet even when the table of outlets does not know it (stop 53, out109: bench/data/out109/worked
with `bench/outlet_check.py --drop-own`). A state order's or a sponsor's line names none."""

from __future__ import annotations

import pytest

from store.reading.outlet_shapes import prepared_by_newsroom


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Материал подготовлен редакцией газеты «Степной вестник»", "Степной вестник"),
        ("Материал подготовлен журналистами портала «Жаңа Арқа».", "Жаңа Арқа"),
        ("Материал подготовлен редакцией stepnoy-vestnik.kz", "stepnoy-vestnik.kz"),
        ("Материалды дайындаған – «Жаңа Арқа» газетінің редакциясы", "Жаңа Арқа"),
    ],
)
def test_the_newsroom_that_prepared_the_story_is_named(line, name):
    assert prepared_by_newsroom(["Последний абзац истории.", line]) == name


@pytest.mark.parametrize(
    "line",
    [
        "Материал подготовлен в рамках государственного информационного заказа",
        "Материал подготовлен при поддержке «Фонда Сорос-Казахстан»",
        "Материал подготовлен редакцией по данным «Казахтелеком»",
    ],
)
def test_an_order_or_a_sponsor_names_no_newsroom(line):
    assert prepared_by_newsroom([line]) is None

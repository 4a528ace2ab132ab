"""Known places back to the nominative (store/lang/places.py), and in extraction."""

import pytest

from store.lang.places import oblique_forms, place_nominative


@pytest.mark.parametrize(
    "written, nominative",
    [
        ("Семее", "Семей"),
        ("Костанае", "Костанай"),
        ("Кашгаре", "Кашгар"),
        ("Кульджи", "Кульджа"),
        ("Караганды", "Караганда"),
        ("Усть-Каменогорске", "Усть-Каменогорск"),
        ("Астрахани", "Астрахань"),
        ("Жетысу", "Жетысу"),
        ("Алматы", "Алматы"),
        ("Ошем", "Ош"),
        ("Кашгарии", "Кашгария"),
    ],
)
def test_place_nominative(written, nominative):
    assert place_nominative(written) == nominative


def test_unknown_place_is_left_to_the_general_rules():
    assert place_nominative("Цетинье") is None


def test_indeclinable_names_have_no_forms():
    assert oblique_forms("алматы") == [] and oblique_forms("шу") == [] and oblique_forms("жетісу") == []


def test_extraction_uses_the_place_list():
    from store.extract.extractor import Extractor
    from store.model import Article

    body = "Грузовики из Кашгара идут через Жетысу. В Семее прошло совещание."
    a = Article(file="a.txt", path="/a.txt", title="", body=body, raw=body)
    places = {m.name for m in Extractor().extract(a).mentions if m.type == "location"}
    assert {"Кашгар", "Жетысу", "Семей"} <= places

"""loc55: places on Russian plain-text pages about the Kyrgyz, Uzbek and Chinese borders
(made-up sentences in the shapes real pages print)."""

import pytest

from tests.extracting import persons
from tests.extracting import places as locations


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # Xinhua's slashes are parentheses: the region ends before the gloss
        (
            "Грузы из Илийско-Казахского автономного округа /СУАР, Северо-Западный Китай/ идут в Казахстан.",
            "Илийско-Казахский автономный округ",
            "Илийско-Казахский автономный округ /СУАР",
        ),
        # a Kyrgyz village in «-уу» after a genitive noun is not declined as if in «-а»
        ("Жители села Кызыл-Суу пожаловались на дорогу.", "Кызыл-Суу", "Кызыл-Суа"),
    ],
)
def test_place_named_as_printed(extractor, text, expected, absent):
    found = locations(extractor, text)
    assert expected in found
    assert absent not in found


def test_villages_on_a_route_without_a_table_row_are_each_a_place(extractor):
    found = locations(extractor, "Асфальт уложат на автодороге Жанаталап-Акбастау к осени.")
    assert {"Жанаталап", "Акбастау"} <= found


def test_a_hyphened_name_after_a_route_noun_stays_whole(extractor):
    found = locations(extractor, "На трассе до Кызыл-Кия выпал снег, дорога Усть-Каменогорск - Семей открыта.")
    assert "Кызыл-Кия" in found and "Усть-Каменогорск" in found
    assert "Усть" not in found and "Кызыл" not in found


def test_a_resident_after_the_village_is_a_person_not_part_of_the_place(extractor):
    text = "Задержан житель села Арал Т. уулу Б., 2001 года рождения."
    assert "Арал" in locations(extractor, text)
    assert not any(name.startswith("Арал") for name in persons(extractor, text))


def test_a_two_word_village_after_the_noun_is_not_cut_as_a_resident(extractor):
    found = locations(extractor, "Дорогу до села Кабанбай Батыр отремонтируют летом.")
    assert "Кабанбай" not in found

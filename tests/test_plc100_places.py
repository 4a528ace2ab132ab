"""plc100: two shapes of places from sentences written here (none copied from a page or from
eval; bench/data/plc100_fresh.json holds the whole fresh set, bench/place_fresh.py scores it).

(1) A town's standing opening a sentence («Райцентр Кеген», «Мегаполис Алматы», «Облцентр
Талдыкорган») or a border outpost named after its village («Застава Нарынкол») is no part of
the place's name: the model glued the noun to it, or read the two as a person.
(2) A Kazakh village's name after its kind's noun in an oblique case keeps its own form when no
reading puts it in the noun's case («аула Сырым» is not «сырой», «посёлка Береке» not
«Берека»); Russian names in the noun's case and agreeing adjectives are still made nominative."""

import pytest

from store.extract.passes.places import _own_form_beside_oblique_kind, _settlement_adjective
from tests.extracting import places


@pytest.mark.parametrize(
    "text,want",
    [
        ("Райцентр Кеген ждёт туристов.", {"Кеген"}),
        ("Облцентр Талдыкорган растёт.", {"Талдыкорган"}),
        ("Мегаполис Алматы задыхается от пробок.", {"Алматы"}),
        ("Застава Нарынкол получила технику.", {"Нарынкол"}),
        ("Застава Ильича осталась без воды.", {"Застава Ильича"}),  # a square named after a man
        ("Жители приграничного аула Сырым жалуются на пыль.", {"Сырым"}),
        ("Жители посёлка Береке жалуются.", {"Береке"}),
    ],
)
def test_a_place_after_its_standing_or_kind_noun(extractor, text, want):
    assert places(extractor, text) == want


@pytest.mark.parametrize(
    "word,noun,want",
    [
        ("Сырым", "аула", "Сырым"),
        ("Сырым", "ауле", "Сырым"),
        ("Береке", "посёлка", "Береке"),
        ("Николаевке", "посёлке", None),  # a case of «Николаевка»: the usual nominative
        ("Кегене", "селе", None),
        ("Береке", "посёлок", None),  # a nominative noun: its own rule reads the name
    ],
)
def test_own_form_only_when_no_reading_agrees_with_the_noun(word, noun, want):
    assert _own_form_beside_oblique_kind(word, noun) == want


def test_an_adjective_name_must_agree_with_its_noun():
    assert _settlement_adjective("Дарьинском", "селе") == "Дарьинское"
    assert _settlement_adjective("Сырым", "аула") is None


def test_a_compound_declining_its_first_part_only():
    """«в Форте-Шевченко»: the town's second part never declines, its first does."""
    from store.lang.places import oblique_forms, place_nominative

    assert "форте-шевченко" in oblique_forms("форт-шевченко")
    assert place_nominative("Форте-Шевченко") == "Форт-Шевченко"
    assert oblique_forms("алма-ата")[:2] == ["алма-аты", "алма-ате"]  # a declining last part: as before

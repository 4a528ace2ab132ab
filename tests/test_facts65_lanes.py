"""A post's lanes or booths changed from one count to another is its capacity (facts65).
Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _capacities(text: str) -> list[str]:
    return [f.text for f in find_facts(text, find_checkpoints(text), "2026-02-10") if f.kind == "capacity"]


def test_lanes_from_four_to_ten_in_words():
    assert _capacities("После реконструкции число полос на пункте «Тажен» увеличат с четырёх до десяти.") == [
        "полос с четырёх до десяти"
    ]


def test_booths_from_to_in_figures():
    assert _capacities("На пункте «Тажен» количество кабин доведут с 6 до 14.") == ["кабин с 6 до 14"]


def test_the_noun_after_the_change():
    assert _capacities("Пункт «Тажен» расширят с двух до шести полос.") == ["полос с двух до шести"]


def test_a_plain_count_is_kept_as_before():
    assert _capacities("На пункте «Тажен» теперь двенадцать полос.") == ["двенадцать полос"]

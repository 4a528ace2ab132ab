"""A reason told with the way to the post, and a detour or delay it explains (facts65).
Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _causes(text: str) -> list[str]:
    return [f.text for f in find_facts(text, find_checkpoints(text), "2026-02-10") if f.kind == "cause"]


def test_a_detour_has_its_reason():
    assert _causes("Из-за ремонта моста к пункту «Тажен» фуры едут в объезд.") == ["Из-за ремонта моста"]


def test_a_delay_has_its_reason():
    assert _causes("Из-за обрыва контактной сети составы через пункт «Достык» идут с задержкой.") == [
        "Из-за обрыва контактной сети"
    ]


def test_the_reason_ends_before_the_way_to_the_post():
    assert _causes("Из-за ремонта дороги движение через пункт «Тажен» ограничено.") == ["Из-за ремонта дороги"]


def test_a_reason_of_nothing_the_post_suffers_is_not_kept():
    assert _causes("Из-за ремонта дороги к пункту «Тажен» приехал аким района.") == []

"""facts75: a Kazakh plan told with a verbal noun after a bare year («2027 жылы … ашу жоспарлануда»,
«… іске қосу мүмкіндігін қарастырды», «… пайдалануға беруді көздеп отыр») is the post's deadline with
that year; a past verb, or a plan word in another clause, is not. Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _deadlines(text: str) -> list[tuple[str, str, str | None]]:
    found = find_facts(text, find_checkpoints(text), "2026-03-02")
    return [(f.checkpoint, f.text, f.date) for f in found if f.kind == "deadline"]


def test_opening_planned_for_a_year():
    text = "«Кеген» бекетін 2027 жылы толық ашу жоспарлануда."
    assert _deadlines(text) == [("kegen", "2027 жылы … ашу жоспарлануда", "2027")]


def test_launch_considered_for_a_year():
    text = "Екі ел «Қалжат» өткізу пунктін 2028 жылы іске қосу мүмкіндігін қарастырды."
    assert _deadlines(text) == [("kalzhat", "2028 жылы … іске қосу мүмкіндігін", "2028")]


def test_commissioning_intended_for_a_year():
    text = "Министрлік «Тәжен» бекетін 2027 жылы пайдалануға беруді көздеп отыр."
    assert [(ref, date) for ref, _t, date in _deadlines(text)] == [("tazhen", "2027")]


def test_a_year_told_with_a_past_opening_is_no_deadline():
    assert _deadlines("«Қалжат» бекеті 2019 жылы ашылды.") == []


def test_a_plan_word_in_another_clause_is_not_the_years():
    text = "«Бақты» бекетінде 2026 жылы 800 көлік өтті, жаңа терминалды ашу жоспарлануда."
    assert _deadlines(text) == []

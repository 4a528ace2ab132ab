"""fct103: a yearless day a few words after its verb and a month's end with no year are deadlines, a
period's first day dates its status, and a neighbour's side told inside a cause leaves the status
with our post. Sentences written for the test (not the fresh set's)."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _facts(text: str, date: str = "2026-05-10") -> list[tuple[str, str, str, str | None]]:
    return [(f.checkpoint, f.kind, f.text, f.date) for f in find_facts(text, find_checkpoints(text), date)]


def _of(text: str, kind: str, date: str = "2026-05-10") -> list[tuple[str, str | None]]:
    return [(t, d) for _r, k, t, d in _facts(text, date) if k == kind]


def test_a_day_a_few_words_after_its_verb_is_a_deadline():
    found = _of("Пункт «Бахты» откроется для грузовиков уже 2 июня.", "deadline")
    assert [d for _t, d in found] == ["2026-06-02"]
    # a comma parts the verb from the day; a past verb is no deadline
    assert _of("Пункт «Бахты» откроется, сообщили 2 июня.", "deadline") == []
    assert _of("Пункт «Бахты» открылся для грузовиков 2 мая.", "deadline") == []


def test_a_month_end_with_no_year_is_the_next_such_month():
    assert [d for _t, d in _of("Пункт «Кайрак» закрыт, ремонт закончат до конца июня.", "deadline")] == ["2026-06"]
    # a month already past by the article's date is next year's
    assert [d for _t, d in _of("Пункт «Кайрак» закрыт, ремонт закончат к концу марта.", "deadline")] == ["2027-03"]


def test_a_period_dates_its_status_by_its_first_day():
    assert _of("Пункт «Аят» будет закрыт 12–14 июня.", "status") == [("будет закрыт (12–14 июня)", "2026-06-12")]
    found = _of("Тобол бекеті 15 маусымнан 18 маусымға дейін жабық болады.", "status")
    assert [d for _t, d in found] == ["2026-06-15"]


def test_a_neighbours_side_inside_a_cause_leaves_the_status_ours():
    found = _facts("Из-за ремонта на сопредельной стороне пункт «Кайрак» закрыт.")
    assert {r for r, _k, _t, _d in found} == {"kairak"}
    # the side told outside a cause is still the neighbour's
    assert "kairak" not in {r for r, k, _t, _d in _facts("С той стороны пункт «Кайрак» закрыт.") if k == "status"}

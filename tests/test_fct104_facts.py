"""fct104: a kind of traffic let through from a day to come or stopped is a status, a regime to come is
dated by its day, and «уже» before a day is not «now». Sentences written for the test (not the fresh set's)."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _facts(text: str, date: str = "2026-05-10") -> list[tuple[str, str, str, str | None]]:
    return [(f.checkpoint, f.kind, f.text, f.date) for f in find_facts(text, find_checkpoints(text), date)]


def _status(text: str, date: str = "2026-05-10") -> list[tuple[str, str | None]]:
    return [(t, d) for _r, k, t, d in _facts(text, date) if k == "status"]


def test_traffic_let_through_from_a_day_is_a_status_of_that_day():
    assert _status("Пункт «Кордай» примет первые фуры 2 июня.") == [("примет первые фуры", "2026-06-02")]
    assert _status("Пункт «Кордай» начнут пропускать грузовые машины 3 июня.")[0][1] == "2026-06-03"
    # no vehicle named: «примет первые меры» is no status
    assert _status("Пункт «Кордай» примет первые меры 2 июня.") == []


def test_traffic_stopped_keeps_its_post_and_its_cause():
    found = _facts("Из-за сбоя на сопредельной стороне пункт «Кайрак» остановил пропуск фур.")
    assert {(r, k) for r, k, _t, _d in found} == {("kairak", "status"), ("kairak", "cause")}


def test_a_regime_to_come_is_dated_by_its_day():
    assert _status("Пункт «Аят» перейдёт на зимний график работы 1 июня.") == [
        ("перейдёт на зимний график работы", "2026-06-01")
    ]
    # working now, no day to come: the article's day only when told as now
    assert _status("Пункт «Аят» работает круглосуточно, сообщили 1 мая.") == [("работает круглосуточно", None)]


def test_already_before_a_day_is_that_day_not_now():
    assert _status("Пункт «Аят» будет работать круглосуточно уже 20 мая.")[0][1] == "2026-05-20"
    assert _status("Пункт «Аят» будет закрыт уже 20 мая.")[0][1] == "2026-05-20"
    # «уже» with no day is still now
    assert _status("Пункт «Аят» уже закрыт.") == [("закрыт", "2026-05-10")]

"""dir103: the fresh directive set's scorer counts as bench/evaluate.py's directive rule does — a
directive found when its giver is the reference's person and its `what` shares a stem — and says
whether each found one's addressee and time are the reference's. Items written for the test."""

from tests.conftest import bench_module


def _same(a: str, b: str, kind: str) -> bool:
    """A stand-in for the shared scorer's person rule: the same surname."""
    return a.split()[-1] == b.split()[-1]


def _score(gold: list[dict], pred: list[dict]) -> dict:
    return bench_module("dir103_fresh").score_item({"directives": gold}, pred, _same)


def _d(by: str, to: str | None, what: str, when: str | None = None) -> dict:
    return {"by": by, "to": to, "what": what, "when": when}


GOLD = [_d("Ерлан Ахметов", "Министерство транспорта", "расширить зону досмотра", "до 1 октября")]


def test_a_right_directive_is_found_with_its_addressee_and_time():
    r = _score(GOLD, [_d("Е. Ахметов", "Министерству транспорта", "расширить досмотровую зону", "до 1 октября")])
    assert r == {"found": 1, "extra": 0, "missed": 0, "to": 1, "when": 1}


def test_another_giver_is_extra_and_the_reference_missed():
    r = _score(GOLD, [_d("Ерлан Садыков", "Министерство транспорта", "расширить зону досмотра")])
    assert (r["found"], r["extra"], r["missed"]) == (0, 1, 1)


def test_a_missing_addressee_or_a_time_not_given_is_wrong():
    r = _score(GOLD, [_d("Ерлан Ахметов", None, "расширить зону досмотра", "к 1 декабря")])
    assert (r["found"], r["to"], r["when"]) == (1, 0, 0)


def test_no_addressee_on_both_sides_is_right():
    gold = [_d("Ерлан Ахметов", "не указано", "расширить зону досмотра")]
    r = _score(gold, [_d("Ерлан Ахметов", None, "расширить зону досмотра")])
    assert (r["found"], r["to"], r["when"]) == (1, 1, 1)

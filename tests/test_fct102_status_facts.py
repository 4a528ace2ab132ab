"""fct102: a status keeps its day, its term or ending condition, and a Kazakh cause drops the
post named before it; «открыт после … перерыва» is a reopening. Sentences written for the test
(not the fresh set's)."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str, date: str = "2026-05-10") -> list[tuple[str, str, str, str | None]]:
    return [(f.checkpoint, f.kind, f.text, f.date) for f in find_facts(text, find_checkpoints(text), date)]


def test_a_status_day_without_a_year_is_the_nearest_to_the_article():
    assert _facts("Пункт «Бахты» возобновил работу 7 мая.") == [("bakhty", "status", "возобновил работу", "2026-05-07")]
    # a day ahead of the article, whatever the tense: next days, not last year's
    assert _facts("Пункт «Бахты» возобновит работу 2 июня.")[0][3] == "2026-06-02"
    # across the new year: a January day told in December is next year's
    assert _facts("Тәжен бекеті 3 қаңтарда қайта ашылады.", "2026-12-20")[0][3] == "2027-01-03"


def test_a_closure_keeps_its_term_or_ending_condition():
    assert _facts("Пункт «Кайрак» закрыт до особого распоряжения.")[0][2] == "закрыт (до особого распоряжения)"
    assert _facts("Пункт «Кайрак» закрыт на неопределённый срок.")[0][2] == "закрыт (на неопределённый срок)"
    found = _facts("Бақты бекеті боран басылғанға дейін жабық.")
    assert found[0][1:3] == ("status", "жабық (боран басылғанға дейін)")


def test_a_term_never_replaces_a_day():
    assert _facts("Пункт «Кайрак» закрыт до 20 мая.")[0][2] == "закрыт (до 20 мая)"


def test_a_kazakh_cause_drops_the_post_named_first():
    causes = [t for _r, k, t, _d in _facts("Бақты бекеті қалың тұманға байланысты жабылды.") if k == "cause"]
    assert causes == ["қалың тұманға байланысты"]


def test_open_after_a_break_is_a_reopening_after_works_a_commissioning():
    assert status_label("открыт после трёхдневного перерыва") == "reopened"
    assert status_label("открыт после реконструкции") == "commissioned"


def test_a_works_deadline_is_no_closure_term():
    found = _facts("Пункт «Кайрак» закрыт, ремонт закончат до конца года.")
    assert [(k, t) for _r, k, t, _d in found] == [("status", "закрыт"), ("deadline", "закончат до конца года")]

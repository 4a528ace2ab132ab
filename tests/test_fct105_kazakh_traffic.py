"""fct105: Kazakh traffic begun or stopped is a status (reopened / closed / to close), work begun after works is
commissioned, a post to start work on a day is a deadline.
Sentences written for the test (not the fresh set's)."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str, date: str = "2026-05-10") -> list[tuple[str, str, str, str | None]]:
    return [(f.checkpoint, f.kind, f.text, f.date) for f in find_facts(text, find_checkpoints(text), date)]


def _status(text: str, date: str = "2026-05-10") -> list[tuple[str, str | None]]:
    return [(t, d) for _r, k, t, d in _facts(text, date) if k == "status"]


def test_kazakh_intake_begun_from_a_day_is_a_reopening_of_that_day():
    found = _status("Бақты бекеті 3 маусымнан бастап фураларды қабылдай бастайды.")
    assert found == [("фураларды қабылдай бастайды", "2026-06-03")]
    assert status_label(found[0][0]) == "reopened"
    assert status_label(_status("Бақты бекеті арқылы тасымал қайта басталды.")[0][0]) == "reopened"
    # a start with nothing let through is no status
    assert _status("Бақты бекетінде кеңес жұмысын бастады.") == []


def test_kazakh_work_begun_after_repairs_is_commissioned():
    found = _status("Қалжат бекеті қайта жаңартудан кейін жұмысын бастады.")
    assert [status_label(t) for t, _d in found] == ["commissioned"]


def test_kazakh_stop_to_come_is_a_closure_to_come_of_its_day():
    found = _status("Аят бекетінде жолаушыларды қабылдау 2 маусымнан бастап тоқтатылады.")
    assert len(found) == 1 and found[0][1] == "2026-06-02"
    assert status_label(found[0][0]) == "to close"


def test_kazakh_start_of_work_on_a_day_is_a_deadline():
    found = [(k, d) for _r, k, _t, d in _facts("Аят бекеті 5 маусымнан бастап жұмысын бастайды.")]
    assert found == [("deadline", "2026-06-05")]

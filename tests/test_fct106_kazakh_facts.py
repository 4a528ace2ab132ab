"""fct106: Kazakh queue waits in days or «more than» a span, lane counts changed, works told by their percent
done, traffic restricted and a past «жұмыс істемеді». Sentences written for the test (not the fresh set's)."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str, date: str = "2026-05-10") -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_facts(text, find_checkpoints(text), date)]


def test_kazakh_queue_waits_in_days_and_more_than_a_span():
    assert _facts("Қалжат бекетінде жүргізушілер 4 тәулік кезекте тұрды.") == [("queue", "4 тәулік кезекте тұрды")]
    assert _facts("Сырым бекетінде кезек 5 күнге созылды.") == [("queue", "кезек 5 күнге созылды")]
    assert _facts("Сырым бекетінде фуралар 9 сағаттан артық кезекте тұр.") == [
        ("queue", "9 сағаттан артық кезекте тұр")
    ]
    assert _facts("Қалжат бекетінде жүк көліктері түн бойы кезекте тұрды.") == [
        ("queue", "жүк көліктері түн бойы кезекте тұрды")
    ]
    # days beside a closure are the closure's, no queue
    assert [k for k, _t in _facts("Сырым бекеті 4 күн жабық тұрды.")] == ["status"]


def test_kazakh_lane_count_changed_is_a_capacity():
    assert _facts("Сырым бекетінде жолақтар саны 3-тен 9-ға дейін ұлғаяды.") == [
        ("capacity", "жолақтар саны 3-тен 9-ға дейін ұлғаяды")
    ]


def test_kazakh_works_percent_done_are_under_way_not_done():
    found = _facts("Қалжат бекетін жаңғырту жұмыстары 55 пайызға аяқталды.")
    assert [(k, status_label(t)) for k, t in found] == [("status", "under reconstruction")]
    # works done whole stay commissioned
    assert status_label("жаңғырту жұмыстары аяқталды") == "commissioned"


def test_kazakh_crossing_restricted_and_past_not_working():
    found = _facts("Сырым бекеті арқылы жеңіл көліктердің өтуі шектелді.")
    assert [status_label(t) for _k, t in found] == ["limited"]
    assert [status_label(t) for _k, t in _facts("Сырым бекеті арқылы тасымал шектеулі.")] == ["limited"]
    assert [status_label(t) for _k, t in _facts("Қалжат бекеті екі күн жұмыс істемеді.")] == ["closed"]

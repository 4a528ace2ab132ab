"""facts75: a visit to a post («прибыл на пункт «А» с рабочим визитом», Kazakh
«бекетіне жұмыс сапарымен барды») is an event of the post (a bare «побывал» is not); a new way through it opened («открыли
пешеходный переход», «открылся грузовой терминал», «жаяу жүргіншілер өткелі ашылды») is commissioned;
a shop or a criminal case opened by the post is neither, and «вновь открыли» stays reopened.
Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _of_kind(text: str, kind: str) -> list[tuple[str, str]]:
    found = find_facts(text, find_checkpoints(text), "2026-03-02")
    return [(f.checkpoint, f.text) for f in found if f.kind == kind]


def test_a_working_visit_is_an_event_of_the_post():
    text = "Глава ведомства прибыл на пункт пропуска «Кайрак» с рабочим визитом."
    events = _of_kind(text, "event")
    assert [ref for ref, _t in events] == ["kairak"] and "визитом" in events[0][1]


def test_an_official_visit_is_an_event_of_the_post():
    text = "Министр транспорта приехал на КПП «Шаган» с официальным визитом."
    assert [ref for ref, _t in _of_kind(text, "event")] == ["shagan"]


def test_having_been_at_a_post_alone_is_no_event():
    assert _of_kind("Депутаты побывали на КПП «Шаган» и поговорили с водителями.", "event") == []


def test_a_kazakh_working_trip_to_a_post_is_an_event():
    text = "Вице-министр «Тасқала» бекетіне жұмыс сапарымен келді."
    events = _of_kind(text, "event")
    assert [ref for ref, _t in events] == ["taskala"] and events[0][1].startswith("«Тасқала»")


def test_a_pedestrian_crossing_opened_is_commissioned():
    statuses = _of_kind("На посту «Майкапшагай» открыли пешеходный переход для туристов.", "status")
    assert [(ref, status_label(t)) for ref, t in statuses] == [("maikapshagai", "commissioned")]


def test_a_freight_terminal_opened_is_commissioned():
    statuses = _of_kind("На пункте «Аксай» открылся новый грузовой терминал.", "status")
    assert [(ref, status_label(t)) for ref, t in statuses] == [("aksai", "commissioned")]


def test_a_kazakh_pedestrian_crossing_opened_is_commissioned():
    statuses = _of_kind("«Сыпатай батыр» бекетінде жаяу жүргіншілер өткелі ашылды.", "status")
    assert [(ref, status_label(t)) for ref, t in statuses] == [("sypatai-batyr", "commissioned")]


def test_a_shop_opened_by_the_post_is_no_status():
    assert _of_kind("Рядом с пунктом «Аксай» открыли кафе и магазин.", "status") == []


def test_a_crossing_opened_again_stays_reopened():
    statuses = _of_kind("На пункте «Кеген» снова открыли пассажирское движение.", "status")
    assert {status_label(t) for _r, t in statuses} == {"reopened"}

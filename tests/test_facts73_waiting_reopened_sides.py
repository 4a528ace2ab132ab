"""facts73: vehicles said to stand or wait («стоят 150 машин», «30 жүк көлігі күтіп тұр») are a queue
with their count; buses and cars are queue units; a post open again («проезд снова открыт», «движение
вновь разрешено») is reopened; «работает в круглосуточном режиме», «работает штатно», «пропуск идёт в
обычном режиме», «жұмыс істеп тұр» are working; a side named by its country after the noun («со
стороны Китая», «на стороне Киргизии») turns the clause to that side's post, and the reason told in
such a clause goes with it. Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), "2026-02-20")}


def _of_kind(text: str, kind: str) -> set[tuple[str, str]]:
    return {(ref, t) for ref, k, t in _facts(text) if k == kind}


# --- vehicles waiting, counted ---


def test_trucks_standing_are_a_queue_with_their_count():
    assert _of_kind("У КПП «Айша биби» стоят 220 грузовиков.", "queue") == {("aisha-bibi", "220 грузовиков")}
    text = "Возле пункта «Кайрак» стоят больше 60 фур."
    assert _of_kind(text, "queue") == {("kairak", "больше 60 фур")}


def test_standing_vehicles_of_a_list_go_post_by_post():
    text = "У поста «Кайрак» стоят 14 машин, у «Жайсан» – 9, у «Таскала» – 4."
    assert _of_kind(text, "queue") == {("kairak", "14 машин"), ("zhaisan", "9 машин"), ("taskala", "4 машин")}


def test_trucks_waiting_for_clearance_are_a_queue():
    text = "На пункте «Кайрак» ждут досмотра около 45 фур."
    assert _of_kind(text, "queue") == {("kairak", "около 45 фур")}


def test_kazakh_lorries_waiting_are_a_queue():
    assert _of_kind("«Жайсаң» бекетінде 55 жүк көлігі күтіп тұр.", "queue") == {("zhaisan", "55 жүк көлігі")}


def test_kazakh_lorries_standing_are_a_queue():
    assert _of_kind("«Таскала» бекетінде 16 фура тұр.", "queue") == {("taskala", "16 фура")}


def test_a_car_park_is_no_standing():
    assert not _of_kind("«Таскала» бекетінде 16 фура тұрағы салынды.", "queue")


def test_buses_and_cars_are_queue_units():
    assert _of_kind("На КПП «Казыгурт» очередь из 14 автобусов.", "queue") == {("kazygurt", "14 автобусов")}
    text = "«Қайрақ» бекетінде 80 жеңіл көлік кезек күтуде."
    assert _of_kind(text, "queue") == {("kairak", "80 жеңіл көлік")}


def test_vehicles_passed_are_no_queue():
    assert not _of_kind("За неделю через КПП «Кайрак» проехали 900 автобусов.", "queue")


# --- open again, working ---


def test_way_open_again_is_reopened():
    text = "После ремонта моста проезд через КПП «Аухатты» снова открыт."
    statuses = _of_kind(text, "status")
    assert statuses == {("aukhatty", "снова открыт")}
    assert status_label("снова открыт") == "reopened"


def test_traffic_allowed_again_is_reopened():
    statuses = _of_kind("Движение автобусов через пункт «Сартобе» вновь разрешено.", "status")
    assert {status_label(t) for _r, t in statuses} == {"reopened"}


def test_traffic_resumed_in_the_passive_is_reopened():
    assert status_label("пропуск грузовиков через пункт возобновлён") == "reopened"
    assert status_label("возобновлено движение") == "reopened"
    assert status_label("движение не возобновлено") != "reopened"


def test_round_the_clock_regime_is_kept_whole():
    assert _of_kind("КПП «Кайрак» работает в круглосуточном режиме.", "status") == {
        ("kairak", "работает в круглосуточном режиме")
    }


def test_working_normally_said_other_ways():
    assert status_label("работает штатно") == "working"
    assert status_label("оформление идёт в обычном режиме") == "working"
    assert _of_kind("«Сартөбе» бекеті жұмыс істеп тұр.", "status") == {("sartobe", "бекеті жұмыс істеп тұр")}


def test_kazakh_working_said_of_something_else_is_not_the_posts():
    assert not _of_kind("«Сартөбе» бекетіндегі барлық дүкендер жұмыс істеп тұр.", "status")


def test_kazakh_stop_with_its_cause_between():
    assert status_label("қозғалыс қатты жел салдарынан тоқтатылды") == "closed"


# --- sides named by their country ---


def test_side_of_china_after_the_noun():
    text = "На КПП «Калжат» 20 фур, со стороны Китая пункт закрыт на праздники."
    statuses = _of_kind(text, "status")
    assert {ref for ref, _t in statuses} == {"cn-dulata"}


def test_side_of_kyrgyzstan_with_na():
    text = "Пункт «Кеген» работает штатно, на стороне Киргизии проезд закрыт."
    assert _of_kind(text, "status") == {("kegen", "работает штатно"), ("kg-karkyra", "закрыт")}


def test_side_of_kazakhstan_after_the_noun_returns_to_our_post():
    text = "На кыргызском посту «Ак-Тилек» очередь, со стороны Казахстана пункт «Карасу» закрыт на ремонт."
    assert {ref for ref, _t in _of_kind(text, "status")} == {"karasu-kg"}


def test_a_cause_in_a_side_clause_is_the_other_sides():
    text = "Пункт «Кеген» пропускает машины, с кыргызской стороны проезд закрыт из-за схода селя."
    causes = _of_kind(text, "cause")
    assert causes and {ref for ref, _t in causes} == {"kg-karkyra"}

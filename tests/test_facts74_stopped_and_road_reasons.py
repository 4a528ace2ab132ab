"""Stop 41: a post «не работает из-за ремонта дороги» is shut — the road in the reason is why,
not what the status speaks of (such a sentence gave its reason and no status); traffic said
stopped in the passive («пропуск грузовиков … остановлен», «движение остановлено», «остановлен
пропуск транспорта») is a closure, a vehicle stopped at a post is not; Kazakh «тәулік бойы
жұмыс істеп тұр» keeps its auxiliary. Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _statuses(text: str) -> set[tuple[str, str, str]]:
    found = find_facts(text, find_checkpoints(text), "2026-03-02")
    return {(f.checkpoint, f.text, status_label(f.text)) for f in found if f.kind == "status"}


def _causes(text: str) -> set[tuple[str, str]]:
    return {(f.checkpoint, f.text) for f in find_facts(text, find_checkpoints(text), "2026-03-02") if f.kind == "cause"}


def test_a_road_in_the_reason_leaves_the_post_shut():
    text = "Пункт пропуска «Тажен» не работает из-за ремонта дороги к границе."
    assert _statuses(text) == {("tazhen", "не работает", "closed")}
    assert _causes(text) == {("tazhen", "из-за ремонта дороги к границе")}


def test_a_road_after_in_connection_with_is_a_reason_too():
    assert _statuses("Пост «Кайрак» закрыт в связи с ремонтом трассы.") == {("kairak", "закрыт", "closed")}


def test_a_road_the_status_speaks_of_is_still_no_post_status():
    assert _statuses("Вчера закрыт участок автодороги у пункта «Кордай».") == set()


def test_traffic_stopped_in_the_passive_is_a_closure():
    text = "Пропуск фур через пункт «Бахты» остановлен до особого распоряжения."
    assert {label for _, _, label in _statuses(text)} == {"closed"}
    assert _statuses("На КПП «Майкапчагай» движение остановлено.") == {
        ("maikapshagai", "движение остановлено", "closed")
    }


def test_stopped_before_the_traffic_keeps_its_adjective():
    text = "На пункте «Алимбет» остановлен пропуск грузового транспорта."
    assert _statuses(text) == {("alimbet", "остановлен пропуск грузового транспорта", "closed")}


def test_a_vehicle_stopped_at_a_post_is_no_closure():
    assert _statuses("На пункте пропуска «Бахты» остановлен автобус с контрабандой.") == set()


def test_traffic_not_stopped_is_no_closure():
    text = "На посту «Бахты» движение не остановлено, пропуск идёт в обычном режиме."
    assert {label for _, _, label in _statuses(text)} == {"working"}


def test_kazakh_round_the_clock_keeps_its_auxiliary():
    text = "«Майқапшағай» өткізу бекеті тәулік бойы жұмыс істеп тұр."
    assert _statuses(text) == {("maikapshagai", "тәулік бойы жұмыс істеп тұр", "working")}

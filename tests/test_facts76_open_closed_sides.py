"""Stop 41, facts76: statuses that read wrong or not at all — a bare «пропуск остановлен», a post
«открыт для …» some traffic, «движение пока не открыто», a side or anyone as the subject closing
or limiting («российская сторона закрыла пропуск», «қырғыз тарапы өткізуді шектеді», «бекетін
жапты»), a Kazakh past closure told with its year («2020 жылы жабылған болатын»), and a road as
the subject («Дорога к пункту «А» закрыта»). Near misses: a shop open by the post, a criminal case
closed, an opening to come. Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _statuses(text: str) -> set[tuple[str, str | None, str | None]]:
    found = find_facts(text, find_checkpoints(text), "2026-04-20")
    return {(f.checkpoint, status_label(f.text), f.date) for f in found if f.kind == "status"}


def test_bare_propusk_stopped_is_a_closure():
    assert _statuses("На посту «Кордай» пропуск остановлен до вечера.") == {("kordai", "closed", None)}
    assert _statuses("Ночью на пункте «Хоргос» был временно остановлен пропуск.") == {("khorgos", "closed", None)}


def test_a_bus_stopped_at_the_post_is_still_no_closure():
    assert _statuses("На пункте пропуска «Кордай» остановлен автобус с нелегальным грузом.") == set()


def test_a_side_after_the_post_with_bare_propusk_stopped_gets_the_facing_post():
    assert _statuses("На пункте «Карасу» со стороны Киргизии пропуск остановлен.") == {("kg-ak-tilek", "closed", None)}


def test_open_for_some_traffic_is_working():
    assert _statuses("Пункт «Алимбет» открыт для легковых автомобилей.") == {("alimbet", "working", None)}
    assert _statuses("КПП «Нур жолы» открыт для всех категорий транспорта.") == {("nur-zholy", "working", None)}


def test_a_shop_open_for_everyone_by_the_post_is_no_status():
    assert _statuses("Магазин у КПП «Нур жолы» открыт для всех покупателей.") == set()
    assert _statuses("Возле поста «Таскала» открыт новый пункт питания.") == set()


def test_not_yet_open_is_closed():
    assert _statuses("Проезд через пункт «Алимбет» пока не открыт.") == {("alimbet", "closed", None)}
    assert _statuses("Движение на КПП «Хоргос» до сих пор не открыто.") == {("khorgos", "closed", None)}


def test_an_opening_to_come_is_no_status():
    assert _statuses("Пункт «Алимбет» откроют в следующем месяце.") == set()


def test_someone_closed_the_traffic_or_the_post():
    assert _statuses("Российская сторона закрыла проезд через пункт «Маштаково».") == {
        ("ru-mashtakovo", "closed", None)
    }
    assert _statuses("Пограничники временно закрыли КПП «Хоргос».") == {("khorgos", "closed", None)}


def test_closing_a_case_is_no_closure():
    assert _statuses("Против инспектора поста «Кордай» закрыто уголовное дело.") == set()
    assert _statuses("По факту драки на КПП «Хоргос» производство закрыто.") == set()


def test_someone_limited_the_traffic():
    assert _statuses("Китайская сторона ограничила въезд фур через «Майкапшагай».") == {
        ("maikapshagai", "limited", None)
    }
    assert _statuses("Қытай тарапы «Нұр жолы» бекеті арқылы жүк тасымалын шектеді.") == {("nur-zholy", "limited", None)}


def test_kazakh_side_as_subject_after_the_post_gets_the_facing_post():
    assert _statuses("«Қарасу» бекетінде қырғыз тарапы өткізуді уақытша шектеді.") == {("kg-ak-tilek", "limited", None)}


def test_kazakh_active_closure():
    assert _statuses("Ресей тарапы «Сырым» бекетін уақытша жапты.") == {("syrym", "closed", None)}


def test_kazakh_past_perfect_closure_keeps_its_year():
    assert _statuses("«Қалжат» бекеті 2018 жылы жабылған болатын.") == {("kalzhat", "closed", "2018")}
    assert _statuses("«Нұр жолы» бекетінде өткізу 2022 жылы тоқтатылған болатын.") == {("nur-zholy", "closed", "2022")}


def test_a_kazakh_closure_to_come_keeps_no_year_as_its_date():
    assert _statuses("«Қалжат» бекеті 2026 жылы жабылады.") == {("kalzhat", "to close", None)}


def test_a_road_as_the_subject_gives_the_post_no_closure():
    assert _statuses("Дорога к пункту «Хоргос» из-за гололёда закрыта.") == set()
    assert _statuses("Автотрасса до КПП «Алимбет» перекрыта.") == set()


def test_a_road_closed_and_the_post_working_in_another_clause():
    text = "Участок трассы у поста «Кордай» закрыт, сам пункт работает в штатном режиме."
    assert ("kordai", "closed", None) not in _statuses(text)

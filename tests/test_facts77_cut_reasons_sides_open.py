"""Stop 41, facts77: reasons cut short («из-за тумана» read «из-за»: a noun ending like a
participle), a reason cut on a preposition («… на границе с»), a queue's «из» before its count,
a side's post when the gazetteer has two of them facing ours, a road and the post closed
together, and a post said open with nothing after. Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str, kind: str) -> set[tuple[str, str]]:
    found = find_facts(text, find_checkpoints(text), "2026-05-11")
    return {(f.checkpoint, f.text) for f in found if f.kind == kind}


def _statuses(text: str) -> set[tuple[str, str | None]]:
    found = find_facts(text, find_checkpoints(text), "2026-05-11")
    return {(f.checkpoint, status_label(f.text)) for f in found if f.kind == "status"}


def test_a_reason_whose_noun_ends_like_a_participle_is_kept_whole():
    assert _facts("КПП «Кордай» закрыт из-за урагана.", "cause") == {("kordai", "из-за урагана")}
    assert _facts("Из-за густого тумана пропуск через пост «Бахты» приостановлен.", "cause") == {
        ("bakhty", "Из-за густого тумана")
    }


def test_a_reason_still_ends_before_its_clause_verb():
    assert _facts("Из-за ремонта моста движение через пункт «Алимбет» будет затруднено.", "cause") == {
        ("alimbet", "Из-за ремонта моста")
    }


def test_a_reason_cut_on_a_preposition_takes_its_object():
    text = "Пропуск через «Кордай» ограничен из-за усиленных проверок грузов на границе с Киргизией."
    assert _facts(text, "cause") == {("kordai", "из-за усиленных проверок грузов на границе с Киргизией")}


def test_a_queue_is_its_count_and_unit_without_iz():
    assert _facts("У поста «Тажен» скопилась очередь из 85 грузовиков.", "queue") == {("tazhen", "85 грузовиков")}
    assert _facts("На КПП «Сырым» очередь из более чем 40 машин.", "queue") == {("syrym", "более чем 40 машин")}


def test_a_side_with_two_posts_facing_ours_leaves_the_fact_with_ours():
    # facts80: unless our row's `opposite` names one of them (Курмангазы: Караозек, Жаныбек: Кайсацкое)
    assert _statuses("На пункте «Шемонаиха» российская сторона закрыла пропуск.") == {("shemonaikha", "closed")}
    assert _statuses("На КПП «Петропавловск» со стороны России пропуск закрыт.") == {("petropavlovsk", "closed")}


def test_a_side_with_one_post_facing_ours_still_gets_it():
    assert _statuses("На пункте «Майкапшагай» со стороны Китая пропуск закрыт.") == {("cn-jeminay", "closed")}


def test_a_road_and_the_post_closed_together_give_the_post_its_closure():
    assert _statuses("Подъезд к посту «Бахты» и сам пост закрыты до утра.") == {("bakhty", "closed")}


def test_a_road_alone_closed_still_gives_the_post_nothing():
    assert _statuses("Трасса к пункту «Кеген» и объездная дорога закрыты из-за снега.") == set()


def test_a_post_said_open_is_working():
    assert _statuses("КПП «Калжат» открыт.") == {("kalzhat", "working")}
    assert _statuses("Пост «Бахты» закрыт, а пункт «Алаколь» уже открыт.") == {
        ("bakhty", "closed"),
        ("alakol", "working"),
    }
    assert _statuses('"Қалжат" бекеті қазір ашық.') == {("kalzhat", "working")}


def test_a_shop_or_anything_else_open_by_the_post_is_no_status():
    assert _statuses("Магазин у КПП «Калжат» открыт.") == set()
    assert _statuses("У пункта «Алаколь» открыт новый склад.") == set()
    assert _statuses("Пункт «Алаколь» не открыт.") <= {("alakol", "closed")}


def test_the_fact_kept_by_our_post_says_whose_side_it_is():
    found = _facts("На КПП «Шемонаиха» российская сторона временно закрыла проезд.", "status")
    assert found == {("shemonaikha", "временно закрыла проезд (со стороны России)")}
    kk = _facts('"Петропавл" бекетінде Ресей тарапы өткізуді жапты.', "status")
    assert kk == {("petropavlovsk", "өткізуді жапты (Ресей тарапынан)")}

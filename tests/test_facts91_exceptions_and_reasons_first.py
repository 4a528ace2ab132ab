"""Stop 45, facts91: posts named as a closure's exception, reasons told before their consequence.
Sentences written for the test.

- a post named as the exception to a closure («Исключение сделано для …», «…, кроме …», «за исключением …»,
  Kazakh «… қоспағанда») works on the closure's days; the closure is not its fact;
- «кроме того» (moreover) and «Кроме «А», закрыт и «Б»» (besides) are no exception;
- a reason told before its consequence («…грунтовых вод, из-за чего …») is the post's cause when the
  consequence is a closure, a queue, a limit or works held up.
"""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints
from store.extract.fact_causes import reasons_before
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), "2026-11-20")}


def _labels(text: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for ref, kind, said in _facts(text):
        if kind == "status":
            out.setdefault(ref, set()).add(status_label(said))
    return out


# exceptions
def test_an_exception_told_after_the_closure_works_on_its_days():
    text = (
        "1, 7 и 9 мая автомобильные пункты пропуска на границе с Китаем не будут пропускать людей и грузы. "
        "Исключение сделано для пункта пропуска «Нур жолы»."
    )
    assert ("nur-zholy", "status", "работает в обычном режиме (1, 7 и 9 мая)") in _facts(text)


def test_an_exception_in_the_closures_sentence_escapes_the_closure():
    text = "Все пункты пропуска на границе с Китаем закроются с 5 по 7 мая, за исключением «Хоргоса» и «Достыка»."
    assert _labels(text) == {"khorgos": {"working"}, "dostyk": {"working"}}
    text = "1 и 2 мая пункты пропуска на границе с Китаем будут закрыты, кроме пункта «Нур жолы»."
    assert _labels(text) == {"nur-zholy": {"working"}}


def test_only_the_posts_after_the_mark_are_excepted():
    text = "Пункт «Тажен» закроется 1 мая, как и все остальные, кроме пункта «Жибек жолы»."
    labels = _labels(text)
    assert labels["tazhen"] == {"to close"} and labels["zhibek-zholy"] == {"working"}


def test_a_kazakh_exception():
    text = "1 және 2 мамыр күндері «Нұр жолы» бекетін қоспағанда, Қытаймен шекарадағы барлық өткізу пункттері жабылады."
    assert ("nur-zholy", "status", "қалыпты жұмыс істейді (1 және 2 мамыр)") in _facts(text)
    assert _labels(text) == {"nur-zholy": {"working"}}


def test_besides_and_moreover_are_no_exception():
    assert _labels("Кроме «Нур жолы», закрыт и пункт «Хоргос».") == {"nur-zholy": {"closed"}, "khorgos": {"closed"}}
    assert _labels("Пункт «Тажен» закрыт, кроме того, идут работы.")["tazhen"] >= {"closed"}


def test_an_exception_with_no_closure_before_it_says_nothing():
    text = "Пункты на границе с Китаем работают как обычно. Исключение составил пункт «Нур жолы»."
    assert not {t for ref, k, t in _facts(text) if ref == "nur-zholy" and "обычном режиме" in t}


# reasons told before their consequence
def test_a_reason_before_a_closure_or_queue():
    text = "На пункте «Кордай» прошёл сильный снегопад, из-за чего пропуск грузовиков приостановили."
    assert ("kordai", "cause", "прошёл сильный снегопад") in _facts(text)
    text = "На пункте пропуска «Кордай» сломался весовой сканер, в связи с чем образовалась очередь."
    assert ("kordai", "cause", "сломался весовой сканер") in _facts(text)


def test_a_reason_for_works_held_up_carried_to_the_post():
    text = (
        "Работы на пункте пропуска «Бахты» стартовали в марте 2023 года. Однако строители обнаружили на участке "
        "пункта пропуска высокий уровень грунтовых вод, из-за чего проектно-сметную документацию пришлось корректировать."
    )
    assert ("bakhty", "cause", "высокий уровень грунтовых вод") in _facts(text)


def test_a_consequence_that_is_no_trouble_gives_no_reason():
    assert reasons_before("На пункте установили новый сканер, в связи с чем пропуск ускорился.") == []
    assert not {
        k for _r, k, _t in _facts("На пункте «Кордай» установили новый сканер, в связи с чем пропуск ускорился.")
    } & {"cause"}


def test_a_post_left_out_of_the_work_as_usual_does_not_work_as_usual():
    text = "Все пункты на границе с Узбекистаном работают круглосуточно, кроме «Капланбека», закрытого на ремонт."
    assert _labels(text) == {"kaplanbek": {"closed"}}
    text = "Все пункты пропуска на границе с Кыргызстаном 9 мая работают как обычно, кроме «Карасу», где идут работы."
    assert "working" not in _labels(text).get("karasu-kg", set())


# a one-post story that names the neighbour facing it: its counts paragraphs after the name
def _of(text: str, ref: str, kind: str) -> set[str]:
    return {t for r, k, t in _facts(text) if r == ref and k == kind}


def test_a_far_count_of_the_story_post_named_with_its_neighbour():
    text = (
        "Станция Достык готовится к юбилею. С тех пор по обе стороны границы выросли станции – Достык и Алашанькоу. "
        "Коллектив гордится историей.\n\nПогода солнечная. С начала года через станцию прошло 1 622 контейнерных поезда."
    )
    assert _of(text, "dostyk", "count") == {"1 622 контейнерных поезда"}


def test_a_sentence_naming_only_the_facing_neighbour_does_not_take_the_story():
    text = (
        "Станция Алтынколь отмечает юбилей. Напротив неё работает китайская станция Хоргос. Коллектив гордится "
        "историей.\n\nЗа полгода через станцию прошло 4 500 поездов."
    )
    assert _of(text, "altynkol", "count") == {"4 500 поездов"}
    assert not _of(text, "cn-khorgos-rail", "count")


def test_a_far_count_with_no_word_of_the_post_or_two_posts_of_ours_stay_unowned():
    text = (
        "Пункт «Бахты» модернизируют. Работы идут. Напротив него китайский пункт «Тачэн».\n\n"
        "В области за год родилось 5 000 человек."
    )
    assert not _of(text, "bakhty", "count")
    text = "Пункт «Кордай» отремонтировали. Рядом пункт «Карасу». Работы шли год.\n\nЛюди довольны. За месяц через пункт проехали 20 000 машин."
    assert not _of(text, "kordai", "count") and not _of(text, "karasu-kg", "count")


def test_a_plans_figure_is_no_count():
    text = "Станция Алтынколь подвела итоги: при плане 40 000 вагонов сдано 44 000 вагонов, против плановых 30 000 вагонов."
    assert _of(text, "altynkol", "count") == {"44 000 вагонов"}


# road traffic with a neighbour by name makes a text about crossings
def test_road_traffic_with_a_neighbour_names_the_bare_quoted_post():
    text = "Автомобильное сообщение с Китаем остановлено; «Достык» принимает только поезда."
    assert [(c.ref, c.kind) for c in find_checkpoints(text)] == [("dostyk", "rail")]
    assert not find_checkpoints("Автомобильное движение в городе Достык затруднено из-за снегопада.")

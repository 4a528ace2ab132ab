"""Queues told post by post go each to its own post (store/extract/queue_lists.py); the words a status keeps."""

from tests.test_facts import facts


def queues(text):
    return sorted((ref, fact) for ref, kind, fact, _ in facts(text) if kind == "queue")


def test_each_post_keeps_its_own_figure_and_dashed_numbers_take_the_unit():
    text = "На КПП «Кордай» в очереди стоят 120 грузовиков, на КПП «Карасу» – 45, на КПП «Айша биби» – 12."
    assert queues(text) == [
        ("aisha-bibi", "12 грузовиков"),
        ("karasu-kg", "45 грузовиков"),
        ("kordai", "120 грузовиков"),
    ]


def test_kazakh_list_with_dashes():
    text = "«Нұр жолы» бекетінде 300 көлік кезекте тұр: «Қалжат» өткізу бекетінде - 20, «Бахты» - 7."
    got = queues(text)
    assert ("nur-zholy", "300 көлік") in got
    assert ("kalzhat", "20 көлік") in got and ("bakhty", "7 көлік") in got
    assert ("kalzhat", "300 көлік") not in got


def test_two_full_figures_go_to_the_post_named_before_each():
    text = "На пункте пропуска «Сырым» скопилось 200 фур, а у «Таскалы» ожидают около 80 автомашин."
    assert queues(text) == [("syrym", "200 фур"), ("taskala", "около 80 автомашин")]


def test_one_figure_for_several_posts_still_belongs_to_them_all():
    text = "На пунктах пропуска «Сырым» и «Таскала» в очереди стоят 400 грузовиков."
    assert queues(text) == [("syrym", "400 грузовиков"), ("taskala", "400 грузовиков")]


def test_a_figure_before_every_post_is_the_first_posts():
    text = "Очередь из 90 машин стоит у КПП «Кордай», у КПП «Карасу» – 15."
    assert queues(text) == [("karasu-kg", "15 машин"), ("kordai", "90 машин")]


def test_a_repair_status_keeps_its_noun():
    got = facts("В пункте пропуска «Сырым» продолжаются ремонтные работы на подъезде.")
    assert [(ref, kind, text) for ref, kind, text, _ in got] == [("syrym", "status", "продолжаются ремонтные работы")]


def test_no_queue_at_a_post_is_its_queue_report():
    assert queues("На пункте пропуска «Таскала» машин нет.") == [("taskala", "машин нет")]
    assert queues("«Қалжат» бекетінде кезек жоқ.") == [("kalzhat", "кезек жоқ")]
    text = "На КПП «Кордай» стоят 70 фур, на КПП «Карасу» – 20, на КПП «Айша биби» машин не зафиксировано."
    assert queues(text) == [("aisha-bibi", "машин не зафиксировано"), ("karasu-kg", "20 фур"), ("kordai", "70 фур")]
    assert queues("В других пунктах пропуска заторов нет.") == []  # no post named

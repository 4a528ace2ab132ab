"""Board facts a reader can trust (facts52): a deadline with no year takes the article's year
(the next one when the day has passed) and says so; a reopening date is no deadline, nor is
the end of a halt; a range keeps both its figures; a sentence giving two posts each its own
capacity gives each post its own. Made-up sentences in the shapes of real pages."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import YEAR_FROM_ARTICLE, find_facts


def _facts(text: str, kind: str, date: str | None = "2025-07-20") -> list[tuple[str, str, str | None]]:
    found = find_facts(text, find_checkpoints(text), date)
    return [(f.checkpoint, f.text, f.date) for f in found if f.kind == kind]


def test_a_deadline_with_no_year_takes_the_articles_year_and_says_so():
    text = "Ремонт на пункте пропуска «Таскала» планируют завершить до 30 сентября."
    [(cp, fact, date)] = _facts(text, "deadline", "2025-07-20")
    assert (cp, date) == ("taskala", "2025-09-30")
    assert "до 30 сентября" in fact and YEAR_FROM_ARTICLE in fact and "2025" in fact


def test_a_deadline_whose_day_has_passed_is_next_years():
    text = "Ремонт на пункте пропуска «Таскала» планируют завершить до 1 марта."
    [(_cp, _fact, date)] = _facts(text, "deadline", "2025-07-20")
    assert date == "2026-03-01"


def test_a_deadline_with_its_year_is_not_marked():
    text = "Ремонт на пункте пропуска «Таскала» планируют завершить до 30 сентября 2026 года."
    [(_cp, fact, date)] = _facts(text, "deadline")
    assert date == "2026-09-30" and YEAR_FROM_ARTICLE not in fact


def test_a_deadline_with_no_year_and_no_article_date_has_no_date():
    text = "Ремонт на пункте пропуска «Таскала» планируют завершить до 30 сентября."
    [(_cp, _fact, date)] = _facts(text, "deadline", None)
    assert date is None


def test_a_reopening_date_is_no_deadline():
    for text in (
        "Возобновление работы пункта «Нур жолы» в обычном режиме намечено на 5 апреля 2026 года.",
        "Пункт пропуска «Калжат» возобновит пропуск грузовиков к 10 мая.",
        "Ожидается, что пункт «Бахты» вновь откроется до 1 июня.",
    ):
        assert _facts(text, "deadline") == [], text


def test_works_ending_with_a_reopening_keep_their_deadline():
    text = "После завершения ремонта до 1 октября пункт «Калжат» возобновит работу."
    assert [date for _cp, _t, date in _facts(text, "deadline")] == ["2025-10-01"]


def test_the_end_of_a_halt_is_no_deadline():
    text = "Напомним, что пропуск через «Бахты» приостановили до 20 августа."
    assert _facts(text, "deadline") == []


def test_a_range_keeps_both_figures():
    assert _facts("Перед постом «Жайсан» скопилось 1-2 тыс. фур.", "queue")[0][1] == "1-2 тыс. фур"
    assert _facts("Перед постом «Жайсан» в очереди от 300 до 400 машин.", "queue")[0][1] == "от 300 до 400 машин"
    assert _facts("Очередь к посту «Жайсан» растянулась от 3 до 4 км.", "queue")[0][1].endswith("от 3 до 4 км")
    assert _facts("Пост «Жайсан» обслуживает 400–450 машин в день.", "capacity")[0][1] == "400–450 машин в день"


def test_a_change_of_capacity_is_no_range():
    [(_cp, fact, _d)] = _facts("Пропускная способность поста «Жайсан» вырастет с 300 до 900 машин в сутки.", "capacity")
    assert fact == "Пропускная способность вырастет с 300 до 900 машин в сутки"  # facts89: its future verb kept


def test_two_posts_each_with_its_capacity_keep_their_own():
    text = (
        "После расширения станция Дружба будет принимать не менее 9 поездов, "
        "а станция Достык по своей колее – 7 поездов в сутки."
    )
    caps = {(cp, fact) for cp, fact, _d in _facts(text, "capacity")}
    assert ("dostyk", "7 поездов в сутки") in caps
    assert not any(fact.startswith("7 ") for cp, fact in caps if cp != "dostyk")


def test_two_posts_named_before_the_figure_share_it():
    text = "Пункты «Сырым» и «Таскала» после ремонта смогут пропускать до 2 000 машин в сутки."
    caps = {cp: fact for cp, fact, _d in _facts(text, "capacity")}
    said = "смогут пропускать до 2 000 машин в сутки"  # facts89: the promise keeps its verb
    assert caps == {"syrym": said, "taskala": said}


def test_a_queue_beside_a_capacity_is_no_capacity():
    text = "У поста «Сырым» стоят 300 машин, а «Таскала» пропускает 500 машин в сутки."
    caps = {cp for cp, _fact, _d in _facts(text, "capacity")}
    assert "syrym" not in caps


def test_works_resumed_keep_their_deadline():
    text = "Возобновление работ по реконструкции пункта «Калжат» запланировано на март 2026 года."
    assert [date for _cp, _t, date in _facts(text, "deadline")] == ["2026-03"]


def test_a_queue_in_the_sentence_after_the_post_is_the_posts():
    text = "Водители жалуются на задержки у поста «Жайсан». По их словам, колонна фур вытянулась на 6 км."
    assert [(cp, fact) for cp, fact, _d in _facts(text, "queue")] == [("zhaisan", "колонна фур вытянулась на 6 км")]


def test_a_kazakh_queue_in_the_next_sentence_is_the_posts():
    text = "Жүргізушілер «Жайсаң» бекетіне шағымданды. Қазір пункт алдында 250 жүк көлігі кезекте тұр."
    assert [(cp, fact) for cp, fact, _d in _facts(text, "queue")] == [("zhaisan", "250 жүк көлігі")]


def test_bookings_in_the_electronic_queue_are_no_queue():
    text = "Пилотный проект запущен на посту «Жайсан». За неделю электронную очередь забронировали 80 грузовых машин."
    assert _facts(text, "queue") == []


def test_a_queue_after_a_list_of_posts_is_nobodys():
    text = "Проблемы отмечены на постах «Жайсан» и «Сырым». В очереди стоят 300 машин."
    assert _facts(text, "queue") == []

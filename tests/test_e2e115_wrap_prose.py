"""e2e115: hard-wrap detection decides on the prose a page holds, not on furniture lines that
happen to be as long as one another (a forum's header lines, a portal's short sentences)."""

import textwrap

from store.reading.hard_wrap import wrap_width
from store.reading.parse import paragraphs

_FORUM = """Форум водителей Павлодара
Форум › Границы и таможня › Российское направление
Регистрация  Вход
Тема: Шарбакты — новая полоса для легковых машин
Сообщение #1  Модератор_Ержан » 4 декабря 2026, 10:15
Перепост с сайта Департамента госдоходов:

На пункте пропуска «Шарбакты» с понедельника работает дополнительная полоса для легковых машин, очередь сократилась до получаса.

Ответить  Цитировать   Нравится: 5
Сообщение #2  Асель_Павлодар » 4 декабря 2026, 11:02
А в выходные тоже будет? Хочу поехать в Омск.
Сейчас на форуме: 12 гостей, 2 пользователя
Правила форума · Реклама · Связь с администрацией
"""

_SHORT_LINES = """Новости Костаная
Главная · Общество · Экономика · Спорт
Кайрак: пункт пропуска закроют на ремонт
3 декабря 2026, 12:00
Пункт пропуска «Кайрак» на границе с Россией закроют на ремонт.
Работы продлятся с 10 по 20 декабря этого года.
Машины направят через соседний пункт пропуска.
Об этом сообщили в департаменте госдоходов.
"""

_PROSE = (
    "С 12 декабря пункт пропуска «Алтынколь» на границе с Китаем работает круглосуточно. Решение "
    "приняли после роста числа контейнерных поездов, сообщили в Комитете государственных доходов. "
    "Перевозчиков просят заранее подавать предварительную информацию о грузах и следить за графиком."
)


def _lines(text: str) -> list[str]:
    return [" ".join(ln.split()) for ln in text.split("\n")]


def test_forum_header_lines_are_not_a_wrap_width() -> None:
    # the thread's title, the post's date line and the repost's lead-in each stay a line
    assert wrap_width(_lines(_FORUM)) is None
    paras = paragraphs(_FORUM)
    assert "Тема: Шарбакты — новая полоса для легковых машин" in paras
    assert "Сообщение #1 Модератор_Ержан » 4 декабря 2026, 10:15" in paras


def test_short_sentences_one_a_line_keep_their_lines() -> None:
    assert wrap_width(_lines(_SHORT_LINES)) is None
    assert "Кайрак: пункт пропуска закроют на ремонт" in paragraphs(_SHORT_LINES)


def test_mail_wrapped_prose_is_still_joined() -> None:
    for width in (60, 68, 76):
        text = "Тема: Алтынколь работает круглосуточно\n\n" + textwrap.fill(_PROSE, width) + "\n"
        assert wrap_width(_lines(text)) is not None
        assert " ".join(_PROSE.split()) in paragraphs(text)

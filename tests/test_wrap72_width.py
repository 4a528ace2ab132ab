"""wrap72: a hard-wrapped text's width is read from its wrapped lines, not from its longest line
(a headline, a masthead or a short paragraph the wrapper left alone is longer), so a short text
at 41 columns or a page at 72 under a long headline is read as the paragraphs it was; a full line
is continued also when it ends a sentence, and a dash under a line broken mid-sentence is the
sentence's. Sentences made up here."""

from __future__ import annotations

import textwrap

from store.reading.hard_wrap import is_full, wrap_width
from store.reading.parse import paragraphs

HEADLINE = "Пограничники рассказали, как будут работать пункты пропуска на границе с Китаем в праздники"
SHORT = "Как уточнили в ведомстве, очередь на посту «Нур Жолы» к вечеру сократилась вдвое."
STORY = (
    "Министерство индустрии и инфраструктурного развития согласовало проект нового пункта пропуска "
    "«Кызылжар» на границе с Россией. Строительство поручено компании ТОО «Темир Курылыс Инжиниринг», "
    "работы начнутся весной. Расходы разделит Евразийский банк развития, сообщили в пресс-службе "
    "министерства в четверг."
)


def test_one_paragraph_at_41_under_a_long_headline_comes_back_whole():
    text = HEADLINE + "\n\n" + textwrap.fill(STORY, 41)
    assert wrap_width(text.split("\n")) is not None
    assert paragraphs(text) == [HEADLINE, STORY]


def test_every_width_from_40_to_100_with_unwrapped_lines_longer_than_it():
    for width in range(40, 101, 3):
        text = "\n\n".join([HEADLINE, SHORT, textwrap.fill(STORY, width), SHORT])
        assert paragraphs(text) == [HEADLINE, SHORT, STORY, SHORT], width


def test_a_full_line_that_ends_a_sentence_is_continued():
    story = "Очередь на посту «Сырым» растёт третий день подряд, сообщили в акимате. " + STORY
    wrapped = textwrap.fill(story, 72).split("\n")
    assert wrapped[0].endswith("акимате."), wrapped  # the width falls right after a sentence
    assert paragraphs("\n".join(wrapped)) == [story]


def test_a_dash_under_a_line_broken_mid_sentence_is_the_sentences():
    story = (
        "Грузы пошли по новому маршруту через пограничные переходы «Достык» – Алашанькоу и "
        "«Алтынколь» – Хоргос, сообщает пресс-служба национального перевозчика КТЖ в понедельник."
    )
    wrapped = textwrap.fill(story, 66, break_on_hyphens=False)
    assert "\n– " in wrapped, wrapped
    assert paragraphs(wrapped + "\n\n" + textwrap.fill(STORY, 66)) == [story, STORY]


def test_a_list_of_dashes_after_a_lead_in_stays_a_list():
    items = [
        "- «Жибек жолы» работает круглосуточно для легковых машин, автобусов и грузовиков",
        "- «Казыгурт» принимает грузовые машины только с восьми утра до восьми вечера",
        "- «Атамекен» закрыт для грузовых машин до конца текущего месяца из-за ремонта",
    ]
    text = textwrap.fill(STORY, 79) + "\n\nРежим работы постов на границе с Узбекистаном:\n" + "\n".join(items)
    assert paragraphs(text) == [STORY, "Режим работы постов на границе с Узбекистаном:", *items]


def test_lines_that_open_with_a_date_stay_lines():
    links = [
        "13.11.2026 18:40 Курс тенге на вечер: доллар подешевел на бирже KASE",
        "14.11.2026 09:12 Президент подписал закон о государственной границе",
        "14.11.2026 10:05 На посту «Бахты» открыли две новые полосы для машин",
        "14.11.2026 11:30 Акимат области рассказал о ремонте дороги к границе",
    ]
    text = textwrap.fill(STORY, 72) + "\n\nДругие новости\n" + "\n".join(links)
    assert paragraphs(text) == [STORY, "Другие новости", *links]


def test_an_unwrapped_page_has_no_width():
    text = "\n\n".join([HEADLINE, STORY, SHORT, STORY])
    assert wrap_width(text.split("\n")) is None
    assert paragraphs(text) == [HEADLINE, STORY, SHORT, STORY]


def test_a_full_lead_in_ending_with_a_colon_keeps_its_list():
    lead_in = (
        "Когда пост «Сырым» закрыли на реконструкцию, «КазАвтоЖол» предложил перевозчикам пересекать "
        "границу через другие пункты пропуска:"
    )
    items = ["«Шаган» (РК) / «Тёплое» (РФ),", "«Аксай» (РК) / «Илек» (РФ),", "«Таскала» (РК) / «Озинки» (РФ)."]
    wrapped = textwrap.fill(lead_in, 68)
    assert is_full(wrapped.split("\n")[-1], items[0], 68)  # the lead-in's last line is full
    text = textwrap.fill(STORY, 68) + "\n\n" + wrapped + "\n" + "\n".join(items)
    assert paragraphs(text) == [STORY, lead_in, *items]


def test_a_line_in_lower_case_under_a_full_one_ending_with_a_colon_continues_it():
    story = (
        "На автомобильных пунктах пропуска в сторону России собираются очереди: проверка министерства "
        "связала их с ужесточением контроля на той стороне."
    )
    wrapped = textwrap.fill(story, 72)
    assert wrapped.split("\n")[0].endswith("очереди:"), wrapped
    assert paragraphs(textwrap.fill(STORY, 72) + "\n\n" + wrapped) == [STORY, story]


def test_a_text_wrapped_at_40_with_no_line_of_40():
    story = (
        "Аким Мангистауской области встретился с делегацией Туркменистана. Стороны обсудили "
        "работу пункта пропуска «Темир Баба» и ремонт подъездной дороги."
    )
    wrapped = textwrap.fill(story, 40)
    assert max(len(line) for line in wrapped.split("\n")) < 40, wrapped
    assert paragraphs("Граница с Туркменистаном\n\n" + wrapped) == ["Граница с Туркменистаном", story]


def test_a_paragraph_ending_well_short_of_the_width_ends_there_with_no_blank_line():
    first = STORY + " Работы начнутся весной."
    second = "Железнодорожники обещают завершить работы к концу лета, сообщает пресс-служба."
    lines = textwrap.fill(first, 72).split("\n")
    text = "\n".join(lines) + "\n" + textwrap.fill(second, 72)
    width = wrap_width(text.split("\n"))
    # the last line ends a sentence 16 columns short of the width read; «Железнодорожники» would not fit
    assert width == 70 and lines[-1].endswith("весной.") and len(lines[-1]) == 54, (width, lines)
    assert is_full(lines[-1], second, width)
    assert paragraphs(text) == [first, second]

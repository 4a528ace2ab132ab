"""org71: a text hard-wrapped at a fixed width (lynx -dump, html2text, mail) keeps every line of
a paragraph, also a wrapped line that starts with a capital or a quote, and so the bodies it
names; a text that is not wrapped keeps its lines as they are. Sentences made up here."""

from __future__ import annotations

import textwrap

from store.extract.extractor import Extractor
from store.model import RawDoc
from store.reading.parse import paragraphs, parse

STORY = [
    "Министерство индустрии и инфраструктурного развития согласовало проект нового пункта пропуска "
    "«Кызылжар» на границе с Россией. Строительство поручено компании ТОО «Темир Курылыс Инжиниринг», "
    "работы начнутся весной.",
    "Как уточнили в Комитете государственных доходов Министерства финансов, пост рассчитан на "
    "две тысячи грузовиков в сутки. Расходы разделит Евразийский банк развития.",
]


def _wrapped(width: int = 72) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in STORY)


def test_wrapped_paragraphs_come_back_whole():
    for width in (60, 72, 79):
        lines = paragraphs(_wrapped(width))
        # a line that ends a sentence may end a paragraph: no sentence is cut, no word lost
        assert " ".join(lines) == " ".join(STORY), width
        assert all(line.endswith(".") for line in lines), (width, lines)


def test_wrapped_page_keeps_the_bodies_its_broken_lines_name():
    text = "Новый пост на границе с Россией\n\n" + _wrapped()
    article = parse(RawDoc(path="p.txt", file="p.txt", text=text, raw=text, format="txt"))
    assert article.body.split("\n\n") == STORY
    names = {m.name for m in Extractor(disabled=()).extract(article).mentions if m.type == "organization"}
    assert any("Темир Курылыс Инжиниринг" in n for n in names), names


def test_lines_of_a_list_stay_lines():
    text = (
        "Режим работы постов на границе с Узбекистаном на время ремонта дорог:\n"
        "- «Жибек жолы» работает круглосуточно для легковых машин и автобусов\n"
        "- «Казыгурт» принимает грузовики с восьми утра до восьми вечера\n"
        "- «Атамекен» закрыт для грузовых машин до конца текущего месяца\n"
        "- «Капланбек» открыт только для пешеходов и легковых автомобилей"
    )
    assert len(paragraphs(text)) == 5


def test_unwrapped_short_lines_stay_lines():
    text = (
        "Очередь на посту выросла до трёх километров\n"
        "Водители ждут с утра, сообщили в акимате района.\n"
        "Пограничники обещают открыть дополнительную полосу к вечеру.\n"
        "Министерство транспорта проверит работу поста на этой неделе."
    )
    assert paragraphs(text) == text.split("\n")

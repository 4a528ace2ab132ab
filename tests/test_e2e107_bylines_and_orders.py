"""e2e107: whole articles written in the shapes users bring. A page's byline that prints the
outlet, the author and the date parted by bars («Жетысу Экспресс · Арман Оспанов · 27 октября
2026, 11:05») dates the page; an order told with «распорядился» is a directive. Texts written
for the test."""

import re

from store.extract.directives import find_directives
from store.model import Mention
from store.reading.dates import named_stamp_date
from store.reading.html_page import html_text


def test_a_byline_of_two_names_and_the_date_gives_the_date():
    assert named_stamp_date("Жетысу Экспресс · Арман Оспанов · 27 октября 2026, 11:05") == "2026-10-27"
    assert named_stamp_date("Сарыарқа жаңалықтары | 2026 жылғы 3 наурыз | Айгүл Берікова") == "2026-03-03"
    assert named_stamp_date("Южный экспресс | 19.11.2026") == "2026-11-19"


def test_rows_that_are_not_a_byline_give_no_date():
    assert named_stamp_date("19.11.2026 | 20.11.2026") is None  # two dates: a teaser row
    assert named_stamp_date("Главная | Новости | Общество") is None  # a menu
    assert named_stamp_date("Новости | 12 ноября 2026 | 14:20 | Общество") is None  # four fields


def test_a_page_dated_only_in_its_byline():
    page = (
        "<html><body><nav><a href='/'>Главная</a> <a href='/r'>Регион</a></nav><article>"
        "<h1>Станция Алтынколь примет больше поездов</h1>"
        "<div class='byline'>Жетысу Экспресс · Арман Оспанов · 27 октября 2026, 11:05</div>"
        "<p>Станция Алтынколь на границе с Китаем с декабря будет принимать до четырнадцати пар поездов в сутки.</p>"
        "<p>Новые пути построил оператор сухого порта, сообщили в компании в понедельник утром.</p>"
        "</article></body></html>"
    )
    assert html_text(page)[1].get("date") == "2026-10-27"


def test_an_order_told_with_raspordilsya_is_a_directive():
    text = "Начальник управления Айбек Тулегенов распорядился открыть дополнительные кабины на посту «Жибек жолы»."
    at = text.index("Айбек Тулегенов")
    by = Mention(type="person", name="Айбек Тулегенов", surface="Айбек Тулегенов", start=at, end=at + 15)
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S.*?(?:\.(?=\s|$)|$)", text)]
    found = find_directives(text, [by], spans, "2026-08-14")
    assert [(d.by, d.what) for d in found] == [
        ("Айбек Тулегенов", "открыть дополнительные кабины на посту «Жибек жолы»")
    ]

"""Headlines and dates among a page's header furniture: taglines, mastheads, breadcrumbs,
labels, reader prompts, sign-up forms, age notices, «today» clocks, rubric stamps and
Latin-script Kazakh months. Every page text here is made up."""

import pytest

from store.model import RawDoc
from store.reading.dates import parse_date, rubric_date, today_widget
from store.reading.furniture import classify
from store.reading.headline import not_a_headline
from store.reading.parse import parse

LEAD = "Водители фур жалуются, что на пункте пропуска очередь растет уже третьи сутки подряд."


def _page(text: str):
    return parse(RawDoc(path="p.txt", file="p.txt", text=text, raw=text, format="txt"))


@pytest.mark.parametrize(
    "line",
    [
        "Новости Степногорска и области",
        "Все новости Степногорска и Степной области",
        "Степногорск және облыс жаңалықтары",
        "Областная газета «Степной вестник»",
        "Мы в социальных сетях:",
        "ГлавнаяНовости регионаОчередь на границе выросла",
        "Сайт > Версия для печати > Очередь на границе выросла",
        "Қостанай облысы бойынша меншікті тілші",
        "Qoǵam 19 Qarasha, 2025",
    ],
)
def test_header_lines_that_are_not_the_headline(line):
    assert not_a_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "КазАвтоЖол закроет участок трассы на ремонт",
        "Новый пункт пропуска откроют весной",
        "Очередь на границе: что говорят пограничники",
    ],
)
def test_headlines_stay_headlines(line):
    assert not_a_headline(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Звоните, если вы стали очевидцем происшествия или хотите поднять проблему",
        "Ваше имя, для отображения на сайте.",
        "Информационная продукция данного сетевого ресурса предназначена для лиц, достигших 18 лет и старше.",
        "Қазақ тіліне аудару",
        "Прямой эфир Новости спорта",
    ],
)
def test_prompts_forms_notices_and_widgets_are_furniture(line):
    assert classify(line)


def test_dates_in_latin_kazakh_and_rubric_stamps():
    assert parse_date("Qoǵam 19 Qarasha, 2025") == "2025-11-19"
    assert parse_date("02 Maýsym, 2017") == "2017-06-02"
    assert rubric_date("Общество 20.11.2023") == "2023-11-20"
    assert rubric_date("Пограничники задержали нарушителя 20.11.2023") is None


def test_a_today_clock_is_not_the_articles_date():
    assert today_widget("Сегодня 22 февраля 2025 года, суббота")
    assert not today_widget("Сегодня, 14:44")


def test_a_page_under_an_age_notice_keeps_its_printed_twice_headline():
    text = (
        "21.03.2024, 20:50\nОбщество\n\nОчередь на границе объяснили пограничники\n\n"
        "Информационная продукция данного сетевого ресурса предназначена для лиц, достигших 18 лет и старше.\n\n"
        "Очередь на границе объяснили пограничники\n\n" + LEAD + "\n"
    )
    art = _page(text)
    assert art.title == "Очередь на границе объяснили пограничники"
    assert art.date == "2024-03-21"


def test_a_latin_kazakh_page_reads_its_rubric_stamp():
    text = "Basty saıtqa ótý\nQoǵam 19 Qarasha, 2025\n\nKópir jóndeýden keıin ashyldy\n\n" + (
        "Qala ákimdigi kópirdi jóndeý jumystary aıaqtalǵanyn habarlady, endi kólikter erkin júre alady.\n"
    )
    art = _page(text)
    assert art.title == "Kópir jóndeýden keıin ashyldy"
    assert art.date == "2025-11-19"


def test_without_a_headline_the_title_skips_the_dateline():
    text = "Астана. 3 марта. КазТАГ – Снег выпадет на севере страны в среду, говорят синоптики.\n"
    assert _page(text).title == "Снег выпадет на севере страны в среду, говорят синоптики."


def test_a_month_only_scraper_prefix_is_not_the_title():
    text = " date 2022-01 Пограничная служба сообщила, что два пункта пропуска временно закрыты.\n"
    art = _page(text)
    assert not art.title.startswith("date")
    assert art.date is None


def test_a_kazakh_stamp_with_a_short_month():
    assert parse_date("Айгүл Серікова 01 қаң. 2026 13:00") == "2026-01-01"


def test_the_photo_captions_stamp_dates_a_page_that_prints_no_date():
    text = (
        "Очередь на границе выросла\n\nграница, фото - Новости Stepnews.kz от 14.11.2025 23:07 Фото: архив\n"
        "Водители фур жалуются, что на пункте пропуска очередь растет уже третьи сутки подряд, сообщает Stepnews.kz.\n"
    )
    assert _page(text).date == "2025-11-14"


def test_a_yearless_stamp_takes_the_year_of_the_event_the_story_announces():
    text = (
        "12 Маусым 13:24\n\nБекеттер уақытша жабылады\n\n"
        "Мереке күндері 2024 жылғы 14 маусымда екі өткізу пункті жұмыс істемейді деп хабарлады ведомство.\n"
    )
    assert _page(text).date == "2024-06-12"
    far = text.replace("14 маусымда", "30 маусымда")
    assert _page(far).date is None

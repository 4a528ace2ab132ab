"""Title and date shapes met on fresh saved pages (meta56): a rubric glued in front of the
headline that is printed again bare below it, a headline that sets its key words in capitals,
and a paper's issue stamp ending in «г.» under the headline. All page texts are made up."""

import pytest

from store.model import RawDoc
from store.reading.dates import issue_date
from store.reading.headline import not_a_headline
from store.reading.parse import parse


def _page(text: str):
    return parse(RawDoc(path="p.txt", file="p.txt", text=text, raw=text, format="txt"))


_BODY = (
    "Пограничники сообщили, что оба пункта пропуска на юге работают в обычном режиме и без очередей.\n\n"
    "Грузовики проходят досмотр за полчаса, легковые машины быстрее, сказали в ведомстве.\n"
)
_HEAD = "На посту «Вымышленный» открыли новый зал досмотра"


@pytest.mark.parametrize("rubric", ["Общество", "Страна и мир", "Город"])
def test_a_rubric_glued_to_the_headline_gives_way_to_the_bare_headline(rubric):
    page = _page(f"{rubric} {_HEAD}\n\n{_HEAD}\n\nРассказываем, где теперь проехать\n\n" + _BODY)
    assert page.title == _HEAD


def test_a_longer_headline_that_does_not_repeat_a_shorter_line_is_kept():
    """Only a line that ends with another header line is a rubric glued to it."""
    page = _page(f"Новости\n\n{_HEAD} и на соседнем\n\n" + _BODY)
    assert page.title == f"{_HEAD} и на соседнем"


@pytest.mark.parametrize(
    "line",
    [
        "Шекарада бүгін КЕЗЕК ҰЗАРДЫ",
        "Қазақ-өзбек шекарасында ТЕКСЕРУ ТӘРТІБІ КҮШЕЙДІ",
        "На посту ОЧЕРЕДЬ ВЫРОСЛА вдвое",
    ],
)
def test_a_headline_with_words_in_capitals_is_not_a_menu(line):
    assert not_a_headline(line) is None


@pytest.mark.parametrize("line", ["Главная Новости Общество Политика Спорт", "Басты бет Жаңалықтар Қоғам Саясат"])
def test_menu_rows_stay_menus(line):
    assert not_a_headline(line) == "menu"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("(проект «Вымысел» №12 (345) от 3 марта 2019 г.", "2019-03-03"),
        ("Газета «Вымысел» № 7 от 5 мая 2020 года", "2020-05-05"),
        ("Газета «Вымысел» № 7 (88) от 05.05.2020", "2020-05-05"),
    ],
)
def test_an_issue_stamp_may_end_with_the_year_mark(line, iso):
    assert issue_date(line) == iso


def test_a_date_and_more_text_after_it_is_no_issue_stamp():
    assert issue_date("№ 7 от 5 мая 2020 г. Читайте также") is None


def test_the_issue_stamp_under_a_capitals_headline_dates_the_page():
    head = "Шекарадағы бекеттерде ТЕКСЕРУ ТӘРТІБІ КҮШЕЙДІ"
    text = (
        f"{head}\n\n«Вымышленная позиция»\n\n(проект «Вымысел» №12 (345) от 3 марта 2019 г.\n\nАпта\n\n"
        "Шекарадағы екі бекеттен өту қиындады, деп хабарлады шекара қызметі. Кезекте жүзге жуық көлік тұр.\n\n"
        "Жүргізушілер таңертеңнен бері күтіп тұрғанын айтты, бекетте тексеру күшейтілген.\n"
    )
    page = _page(text)
    assert page.title == head
    assert page.date == "2019-03-03"


def test_a_headline_naming_its_source_before_a_colon_is_kept():
    """«Ведомство: <title>» over the bare title is the page's own headline, not a glued rubric."""
    page = _page(f"Ведомство: {_HEAD}\n\n{_HEAD}\n\n" + _BODY)
    assert page.title == f"Ведомство: {_HEAD}"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Обстановку на посту «Вымышленный» прокомментировали в пограничной службе 2025-11-13 00:01:17\n" + _BODY,
            "2025-11-13",
        ),
        (f"{_HEAD}\n\n(Вымышленная газета)2023 жыл 23 наурыз\n\n" + _BODY, "2023-03-23"),
        (f"{_HEAD}\n\nВЫМЫШЛЕННАЯ ОБЛАСТЬ. 26 мая 2012 г.. ВЫМЫСЕЛ-ИНФОРМ\n\n" + _BODY, "2012-05-26"),
    ],
)
def test_header_stamps_that_close_a_line_date_the_page(text, iso):
    assert _page(text).date == iso


def test_a_teaser_with_its_date_below_the_story_does_not_date_it():
    text = f"{_HEAD}\n\n" + _BODY + "\nЧитайте также\n\nНа другом посту открыли зал 2025-11-13 00:01:17\n"
    assert _page(text).date is None


@pytest.mark.parametrize(
    "line",
    ["Газета пишет: в 12 часов 26 мая 2012 г. пост закрыли", "(фото) 12.03.2024 Подробнее", "Астана. 26 мая 2012"],
)
def test_lines_that_are_not_closing_stamps(line):
    from store.reading.dates import caps_dateline, credit_date

    assert credit_date(line) is None
    assert caps_dateline(line) is None


def test_the_address_printed_under_the_headline_is_not_part_of_it():
    text = f"{_HEAD}\nhttps://vymysel.example.kz/news/123 2026-01-17\n\n" + _BODY
    page = _page(text)
    assert page.title == _HEAD
    assert page.date == "2026-01-17"


def test_a_php_diagnostic_above_the_page_is_neither_headline_nor_lead():
    warning = (
        "Deprecated: preg_replace(): The /e modifier is deprecated in /var/www/vymysel/engine/modules/show.php "
        "on line 316 Движок > Версия для печати > " + _HEAD
    )
    page = _page(f"{warning}\n\nГлавная > ОБЩЕСТВО > {_HEAD}\n\n{_HEAD}\n\n8-07-2025, 13:52\n\n" + _BODY)
    assert page.title == _HEAD
    assert "preg_replace" not in page.body


def test_a_sentence_about_a_warning_is_text():
    from store.reading import furniture as fu

    assert fu.classify("Warning: водителей просят заранее планировать маршрут через другие посты") is None

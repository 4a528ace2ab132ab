"""Outlet, date and title marks met on fresh pages (meta17): a reading-time badge and a
currency ticker over the headline, a breadcrumb trail glued to the headline, a print
issue's line, the newsroom's signature, a date-and-time stamp naming the site, a rubric in
capitals, Uzbek Latin apostrophes, and outlets the table now knows. All page texts are made
up; outlet names are invented or rows of outlets.csv."""

import pytest

from store.model import RawDoc
from store.reading import furniture as fu
from store.reading import outlets
from store.reading.dates import issue_date
from store.reading.headline import not_a_headline
from store.reading.parse import parse


def _page(text: str):
    return parse(RawDoc(path="p.txt", file="p.txt", text=text, raw=text, format="txt"))


_BODY = (
    "Пограничники сообщили, что оба пункта пропуска на юге работают в обычном режиме и без очередей.\n\n"
    "Грузовики проходят досмотр за полчаса, легковые машины быстрее, сказали в ведомстве.\n"
)
_HEAD = "На посту «Вымышленный» открыли новый зал"


@pytest.mark.parametrize(
    "line",
    ["Примерное время чтения: меньше минуты", "Время чтения: 3 минуты", "4 мин. на чтение", "Оқу уақыты: 2 минут"],
)
def test_a_reading_time_badge_is_furniture(line):
    assert fu.classify(line) == "reading-time"


def test_a_reading_time_badge_is_not_the_headline():
    page = _page(f"Примерное время чтения: меньше минуты\n\n150\n\n{_HEAD}\n\n" + _BODY)
    assert page.title == _HEAD


@pytest.mark.parametrize("line", ["11850.20 UZS", "88.4 KGS", "12 650 сум"])
def test_a_ticker_rate_in_the_neighbours_currency_is_furniture(line):
    assert fu.classify(line) == "numbers"


def test_a_ticker_over_an_uzbek_headline_is_skipped():
    text = (
        "$\n\n11850.20 UZS\n\n13.09\n\nChegara postida yangi navbat tizimi ishga tushdi. Kimlar o‘ta oladi?\n\n"
        "Chegara xizmati ma’lum qilishicha, bugundan boshlab yuk mashinalari uchun elektron navbat joriy etildi.\n"
    )
    assert _page(text).title == "Chegara postida yangi navbat tizimi ishga tushdi. Kimlar o‘ta oladi?"


def test_uzbek_latin_apostrophes_join_a_word():
    assert fu.word_count("O‘zbekiston chegarasi") == 2
    assert fu.word_count("Oʻzbekiston chegarasi") == 2


def test_a_trail_glued_to_the_headline_is_not_the_headline():
    trail = "ДомойНовостиОбщество" + _HEAD
    assert not_a_headline(trail) == "glued breadcrumbs"
    assert _page(f"{trail}\n\n{_HEAD}\n\n" + _BODY).title == _HEAD


def test_a_name_with_inner_capitals_is_still_a_headline_word():
    assert not_a_headline("КазАвтоЖол обновит дорогу к посту") is None


def test_a_print_issue_line_gives_the_paper_and_the_date():
    page = _page(f"{_HEAD}\n\nЕженедельник «Степной курьер» № 12. Степной курьер-Павлодар №12 20/03/2024\n\n" + _BODY)
    assert page.source == "Степной курьер"
    assert page.date == "2024-03-20"


@pytest.mark.parametrize(
    "line, iso",
    [("Газета «Заря» № 45 (1234) от 12.11.2025", "2025-11-12"), ("Новости 12.11.2025", None), ("№ 45", None)],
)
def test_an_issue_date_follows_the_issue_number(line, iso):
    assert issue_date(line) == iso


@pytest.mark.parametrize("name, want", [("Бийск.Ру", "Бийск.Ру"), ("Орен.Ру", "Орен.Ру"), ("Kazinform", "Kazinform")])
def test_the_newsrooms_signature_above_the_story_names_the_site(name, want):
    assert _page(f"{_HEAD}\n\nРедакция {name}\n\n" + _BODY).source == want


def test_a_newsroom_line_needs_a_sites_name():
    assert _page(f"{_HEAD}\n\nРедакция рекомендует\n\n" + _BODY).source != "рекомендует"


def test_a_date_and_time_stamp_names_the_site():
    assert _page(f"{_HEAD}\n\n05.04.2011 10:15 msk, Степь.Ру\n\n" + _BODY).source == "Степь.Ру"


def test_a_rubric_in_capitals_is_not_a_logo():
    assert not _page(f"ХАБАРЛАР\n\n{_HEAD}\n\n" + _BODY).source


@pytest.mark.parametrize(
    "spelling, name",
    [
        ("РБК", "РБК"),
        ("ntv.ru", "НТВ"),
        ("Марал Радиосу", "Марал FM"),
        ("Фергана.Ру", "Фергана"),
        ("russian.news.cn", "Синьхуа"),
        ("Gazeta.uz", "Газета.uz"),
        ("АиФ", "Аргументы и Факты"),
    ],
)
def test_the_table_knows_the_regions_outlets(spelling, name):
    assert outlets.known(spelling) == name


def test_an_outlet_the_lead_names_is_the_pages_when_the_table_knows_it():
    lead = "Грузовики снова стоят на границе у поста «Вымышленный» уже третьи сутки подряд, сообщает РБК.\n"
    assert _page(f"{_HEAD}\n\n" + lead + _BODY).source == "РБК"


@pytest.mark.parametrize(
    "markup, want",
    [
        ("www.zakon.kz", "Zakon.kz"),
        ("Tengrinews.kz - Новости Казахстана и мира", "Tengrinews.kz"),
        ("kaz.nur.kz", "NUR.KZ"),
        ("stepnoy-vestnik.kz", "stepnoy-vestnik.kz"),
        ("Степной вестник | Новости региона", "Степной вестник"),
    ],
)
def test_the_site_name_in_a_pages_markup_is_spelled_as_the_table_spells_it(markup, want):
    assert outlets.site_name(markup) == want


def test_the_markups_site_name_is_the_articles_outlet():
    text = f"{_HEAD}\n\n" + _BODY
    doc = RawDoc(path="p.html", file="p.html", text=text, raw=text, format="html", meta={"source": "www.zakon.kz"})
    assert parse(doc).source == "Zakon.kz"


def test_an_outlet_the_page_retells_is_not_the_pages():
    lead = "Грузовики снова стоят на границе у поста «Вымышленный» уже третьи сутки подряд, пишет РБК.\n"
    assert _page(f"{_HEAD}\n\n" + lead + _BODY).source != "РБК"


def test_the_pages_own_reporter_who_writes_names_the_page():
    lead = "Грузовики снова стоят на границе у поста «Вымышленный» уже третьи сутки, пишет корреспондент Zakon.kz.\n"
    assert _page(f"{_HEAD}\n\n" + lead + _BODY).source == "Zakon.kz"


_EN_BODY = (
    "About 90 heavy trucks are waiting in line in front of the checkpoint, the border service said on Monday.\n\n"
    "Empty trucks can leave through another checkpoint, the service added.\n"
)


@pytest.mark.parametrize(
    "lead, want",
    [
        ("Trucks queue at the border again, Kazinform reports referring to the border service.", "Kazinform"),
        ("Trucks queue at the border again. The border service informed Steppe.kg news agency.", "Steppe.kg"),
        ("Trucks queue at the border again, SteppeNews reports.", "SteppeNews"),
    ],
)
def test_an_english_lead_names_its_agency(lead, want):
    assert _page("Trucks queue at the border\n\n" + lead + "\n\n" + _EN_BODY).source == want


def test_a_body_that_reports_in_english_is_not_an_outlet():
    lead = "Trucks queue at the border again for the third day in a row, the Ministry reports.\n\n"
    assert not _page("Trucks queue at the border\n\n" + lead + _EN_BODY).source


def test_a_capitals_dateline_without_a_dash_names_a_known_agency():
    lead = "BISHKEK. KAZINFORM As of today over 90 trucks are stuck in the queue at the border, the service said.\n\n"
    assert _page("Trucks queue at the border\n\n" + lead + _EN_BODY).source == "Kazinform"


def test_a_latin_kazakh_dateline_names_the_agency():
    lead = "ASTANA. QazAqparat - Shekara beketinde júk kólikteri kezekte tur, dep habarlady shekara qyzmeti búgin.\n\n"
    assert _page("Shekara beketi\n\n" + lead + _EN_BODY).source == "Kazinform"


def test_a_quoted_name_alone_under_the_story_signs_it():
    page = _page("Trucks queue at the border\n\n" + _EN_BODY + "\n“The Steppe Times”\n")
    assert page.source == "The Steppe Times"


@pytest.mark.parametrize("line", ["Go to the main site", "Перейти на главную"])
def test_a_link_to_the_front_page_is_not_the_headline(line):
    assert fu.classify(line) == "site-link"
    assert _page(f"{line}\n\nTrucks queue at the border\n\n" + _EN_BODY).title == "Trucks queue at the border"


def test_a_latin_kazakh_rubric_is_not_the_headline():
    assert not_a_headline("Álem jańalyqtary") == "site tagline"


def test_an_editors_note_in_a_quote_names_the_page():
    lead = (
        "Граница будет открыта для грузовиков, заявил министр, передает Tengrinews.kz. «Мы договорились, он "
        "(министр соседней страны. — РБК) подписал решение», — сказал министр.\n\n"
    )
    assert _page(f"{_HEAD}\n\n" + lead + _BODY).source == "РБК"


def test_an_editors_note_signed_by_nobody_known_names_no_one():
    lead = "«Мы договорились, он (министр соседней страны. — Ред.) подписал решение», — сказал министр в среду.\n\n"
    assert not _page(f"{_HEAD}\n\n" + lead + _BODY).source


def test_a_lead_recalling_an_earlier_report_names_the_page_when_nothing_else_does():
    lead = 'На посту «Вымышленный» снова скопились десятки грузовиков и автобусов.\n\nОб этом ранее сообщил "Ак Жайык".\n\n'
    assert _page(f"{_HEAD}\n\n" + lead + _BODY).source == "Ак Жайык"


def test_a_rubric_over_the_date_is_not_the_logo_even_when_it_spells_a_channel():
    text = "Qazaqstan • 25 Mamyr, 2021\n\nShekara beketi\n\n" + _BODY
    assert _page(text).source != "Qazaqstan"


def test_a_slashed_agency_with_a_double_hyphen_is_a_dateline():
    lead = (
        "Урумчи, 4 февраля /Степь-Пресс/ -- Многие путешественники вернулись домой через пункт пропуска в пятницу.\n\n"
    )
    assert _page(f"{_HEAD}\n\n" + lead + _BODY).source == "Степь-Пресс"


def test_a_kazakh_latin_city_in_capitals_keeps_its_digraphs():
    lead = "KÓKShETAÝ. QazAqparat - Shekara beketinde júk kólikteri kezekte tur, dep habarlady shekara qyzmeti.\n\n"
    assert _page("Shekara beketi\n\n" + lead + _BODY).source == "Kazinform"


def test_a_border_service_that_reports_is_not_an_outlet():
    lead = "Граница будет закрыта на три дня, как сообщает Погранслужба, из-за праздника в соседней стране.\n\n"
    assert _page(f"{_HEAD}\n\n" + lead + _BODY).source != "Погранслужба"


def test_a_sign_up_forms_sentence_is_furniture():
    assert fu.classify("На указанный email придёт письмо со ссылкой для активации вашей учётной записи.") == "form"

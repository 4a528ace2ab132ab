"""Title, date and outlet on page shapes seen on fresh pages (meta27): made-up pages in the
same shapes — an agency's reporter credited in the lead, English datelines and reprint terms,
a dateline printed as its own line, a dateline without a year under a standfirst, and a
headline full of place names that is not a menu row."""

from __future__ import annotations

from store.model import RawDoc
from store.reading import furniture as fu
from store.reading.credits import find_dateline, find_outlet, strip_dateline
from store.reading.dates import day_month
from store.reading.headline import not_a_headline
from store.reading.outlet_shapes import country_tagged, dateline_line, reprint_notice
from store.reading.parse import parse
from store.reading.self_reference import english_outlet


def _page(text: str):
    return parse(RawDoc(path="page.txt", file="page.txt", text=text, raw=text, format="txt"))


def test_reporter_of_the_agency_in_the_lead():
    lead = "Очередь у пункта пропуска выросла до трех километров, передает корреспондент агентства Kazinform."
    assert find_outlet([lead]) == "Kazinform"


def test_english_month_day_dateline():
    assert day_month("July 11") == (11, 7)
    assert day_month("Sept 5") == (5, 9)
    assert day_month("Mayor 5") is None
    lead = "Almaty. July 11. KazTAG - The border service said the new lanes would open in autumn."
    assert find_dateline(lead) == ("Almaty", "KazTAG")
    assert strip_dateline(lead).startswith("The border service")


def test_dateline_on_its_own_line():
    header = ["Kazakhstan to widen four border posts", "Astana, October 30, STEPPEWIRE"]
    assert dateline_line(header) == "STEPPEWIRE"
    assert dateline_line(["Astana, October 30, tuesday"]) is None


def test_english_reprint_terms_name_the_agency():
    line = "This information may not be reproduced without reference to Steppe Daily. Copyright of materials of News Agency Steppe Daily."
    assert fu.classify(line) == "footer"
    assert reprint_notice([line]) == "Steppe Daily"
    page = _page(
        "Trucks wait for two days at the northern crossing\n\n"
        "Drivers at the northern crossing say the queue has grown to six kilometres since Monday morning.\n\n"
        "The customs office said two more lanes would open by the end of the week to clear the queue.\n\n" + line + "\n"
    )
    assert page.source == "Steppe Daily"
    assert "reproduced" not in page.body


def test_news_agency_correspondent_reports():
    par = "The country will spend more on its crossing points this year, Steppewire News Agency correspondent reports."
    assert english_outlet([par]) == "Steppewire"
    assert english_outlet(["Queues grew again, the ministry correspondent reports."]) is None


def test_dateline_year_from_the_event_under_a_standfirst():
    page = _page(
        "Пограничники объяснили, как соседи вернулись домой\n\n"
        "По просьбе консульства пограничники оформили выезд сорока гражданам соседней страны, сообщили в ведомстве\n\n"
        "АСТАНА, 26 сен — Sputnik. Пресс-служба ведомства опровергла сообщения о тайном переходе границы.\n\n"
        '"21 сентября 2020 года в пункте пропуска "Темир баба" на выезд были оформлены сорок человек", '
        "- пояснили в ведомстве.\n"
    )
    assert page.date == "2020-09-26"


def test_no_dateline_year_from_a_distant_date():
    page = _page(
        "Пограничники объяснили, как соседи вернулись домой\n\n"
        "АСТАНА, 26 сен — Sputnik. Пресс-служба ведомства опровергла сообщения о тайном переходе границы.\n\n"
        "Пункт пропуска открыли после ремонта 1 марта 2019 года, напомнили в ведомстве.\n"
    )
    assert page.date is None


def test_headline_full_of_place_names_is_no_menu():
    title = "Новые вагоны Казахстан – Китай / Китай – Европа через станцию Алтынколь"
    assert not_a_headline(title) is None
    assert not_a_headline("Главная Новости Экономика Общество Спорт") == "menu"
    page = _page(
        title + "\n27.11.2025\n\n"
        "    • 20 ноября число поездов, прошедших через станцию с начала года, превысило прошлогоднее, "
        "сообщили в таможне.\n\n"
        "Время оформления грузов на станции сократилось вдвое благодаря новым сканерам и электронным очередям.\n"
    )
    assert page.title == title
    assert page.date == "2025-11-27"


def test_bracketed_dateline_names_the_outlet():
    assert find_dateline("Tashkent, Uzbekistan (SteppeNews.uz) — The customs spokesman said the queue was gone.") == (
        "Tashkent",
        "SteppeNews.uz",
    )
    assert find_dateline("TASHKENT (SteppeWire) — The post reopened.") == ("Tashkent", "SteppeWire")
    assert find_dateline("Almaty (Kazakhstan) — The post reopened.") == (None, None)


def test_english_title_case_headline_is_no_menu():
    title = "Customs Services of Two Countries Take Steps to Ease Border Queues"
    assert not_a_headline(title) is None
    assert not_a_headline("Home News World Business Sport") == "menu"


def test_correspondent_reported_names_the_page_and_a_bare_reported_does_not():
    assert english_outlet(['Queues grew again at the post, "Steppewire" correspondent reported.']) == "Steppewire"
    assert english_outlet(["Queues grew again at the post, Steppewire reported."]) is None


def test_arabic_script_headline_is_no_nav_row():
    assert not fu.is_nav_row("قىتايعا باراتىن شەتەلدىكتەر ەندى كارتاسىن ونلاين تولتىرادى")


def test_lead_credit_without_its_period_stays_in_the_body():
    page = _page(
        "Бекеттер бір күнге жабылады.\n"
        "Шекара қызметі өткізу пункттері уақытша жабылатынын ескертті, деп хабарлайды Steppe-aqshamy.kz\n"
        "Келісімге сәйкес 22 маусымда шекара бекеттері жабық болады, теміржол бекеттері жұмыс істейді.\n"
    )
    assert "деп хабарлайды" in page.body
    assert page.source == "Steppe-aqshamy.kz"


def test_agency_before_its_country_code():
    assert find_dateline("SteppeWire (KZ) - The premier inspected two border posts.") == (None, "SteppeWire")
    assert find_dateline("Almaty (KZ) - The premier inspected two border posts.") == (None, None)
    assert country_tagged(["STEPPE-NEWS (KZ) - How I crossed the border"]) == "STEPPE-NEWS"
    assert country_tagged(["Almaty (KZ) - How I crossed the border"]) is None


def test_date_stamp_signed_by_the_agency():
    assert dateline_line(["31 июля 2008, 21:30, STEPPE-NEWS"]) == "STEPPE-NEWS"
    assert dateline_line(["31 июля 2008, 21:30"]) is None
    assert dateline_line(["12.05.2024 | 10:00 | Общество"]) is None

"""The page's outlet as a scored choice among the places that name one (meta18): a reprint
whose footer and copyright line name its own site, a «Источник: <url>» line that names the
copied site, an interview given to an outlet. All page texts are made up; outlet names are
invented or rows of outlets.csv."""

from store.model import RawDoc
from store.reading import outlet_shapes as shapes
from store.reading.credits import lead_dateline
from store.reading.headline import without_stamp
from store.reading.outlet_choice import Mark, choose
from store.reading.parse import parse
from store.reading.self_reference import interview_outlet, reported_earlier, turkic_credit

_BODY = (
    "Пограничники сообщили, что оба пункта пропуска на юге работают в обычном режиме и без очередей.\n\n"
    "Грузовики проходят досмотр за полчаса, легковые машины быстрее, сказали в ведомстве.\n"
)


def _page(text: str, url: str | None = None):
    meta = {"url": url} if url else {}
    return parse(RawDoc(path="p.txt", file="p.txt", text=text, raw=text, format="txt", meta=meta))


def test_names_found_in_several_places_add_their_weights():
    found = [Mark("own line", 9, "Kazinform"), Mark("footer", 8, "steppe.kz"), Mark("copyright owner", 5, "Steppe.kz")]
    assert choose(found) == "steppe.kz"


def test_a_tie_goes_to_the_more_trusted_place():
    assert choose([Mark("logo", 10, "alpha.kz"), Mark("footer", 10, "beta.kz")]) == "alpha.kz"
    assert choose([]) is None


def test_a_reprint_is_the_page_that_signs_it_not_the_agency_it_copied():
    text = (
        "Граница снова открыта для грузовиков\n\nKazinform\n\n" + _BODY + "\nВсе новости на steppe-vesti.kz\n\n"
        "© 2025 Steppe-vesti.kz. Все права защищены.\n"
    )
    assert _page(text).source.lower() == "steppe-vesti.kz"


def test_a_source_line_names_the_copied_site_only_when_nothing_else_names_one():
    text = "Граница снова открыта для грузовиков\n\n" + _BODY + "\nИсточник: https://steppe-vesti.kz/news/1\n"
    assert _page(text).source == "steppe-vesti.kz"
    signed = text + "\nЧитайте также\n\n© 2025 Kazinform. Все права защищены.\n"
    assert _page(signed).source == "Kazinform"


def test_the_records_own_address_agrees_with_the_footer():
    text = "Граница снова открыта для грузовиков\n\n" + _BODY.replace("пропуска", "пропуска, сообщает Kazinform,", 1)
    page = _page(text + "\nПодписывайтесь на steppe-vesti.kz в Telegram\n", url="https://steppe-vesti.kz/a/1")
    assert page.source == "steppe-vesti.kz"


def test_an_interview_given_to_an_outlet_names_it():
    assert interview_outlet(["Пост откроют утром, сообщил в интервью «Степной вестник» глава службы."]) == (
        "Степной вестник"
    )
    assert interview_outlet(["The post opens today, the chief told steppe-news.kg on Monday."]) == "steppe-news.kg"
    assert interview_outlet(["Пост откроют утром, сказал он в интервью Ивану Петрову."]) is None


def test_a_site_listing_its_official_address_under_the_story():
    text = (
        "Граница снова открыта для грузовиков\n\n" + _BODY + "\nОфициальный вебсайт - http://steppe-viral.com\n\n"
        "Telegram - https://t.me/steppe_viral\n"
    )
    assert _page(text).source == "steppe-viral.com"


def test_uzbek_and_kyrgyz_leads_credit_a_known_outlet_or_a_domain():
    assert turkic_credit(["Bu haqda Kun.uz xabar berdi."]) == "Kun.uz"
    assert turkic_credit(["Чегара ёпилди, дея хабар берди steppe.uz."]) == "steppe.uz"
    assert turkic_credit(["Өткөрмө жай ачылды, деп кабарлады Kaktus.media."]) == "Kaktus.media"
    assert turkic_credit(["Bu haqda Chegara xizmati xabar berdi."]) is None  # a body reported it


def test_a_paragraph_opening_with_earlier_and_a_known_outlet():
    body = ["Чегара пункти ёпилди.", "Avvalroq «Kursiv» bu haqda xabar bergan edi."]
    assert reported_earlier(body) == "Kursiv.media"
    assert reported_earlier(["Бұған дейін steppe.kz шекара туралы жазған еді."]) == "steppe.kz"
    assert reported_earlier(["Ранее пограничники предупредили о ремонте."]) is None


def test_an_agencys_dateline_after_a_photo_caption():
    body = [
        "Пассажиры выходят из автобуса у пункта пропуска. /Фото: Синьхуа/",
        "Урумчи, 4 февраля /Синьхуа/ -- Пункт пропуска работает без выходных.",
    ]
    assert lead_dateline(body) == ("Урумчи", "Синьхуа")
    assert lead_dateline(["Пункт пропуска работает без выходных.", body[1]]) == (None, None)


def test_a_date_stamp_glued_to_the_headline_goes():
    assert without_stamp("Граница снова открыта для грузовиков 2025-11-13 00:01:17") == (
        "Граница снова открыта для грузовиков"
    )
    assert without_stamp("Граница открыта 14.11.2025") == "Граница открыта 14.11.2025"  # too few words left
    assert without_stamp("Пункт пропуска закроют в 18:00") == "Пункт пропуска закроют в 18:00"
    assert without_stamp("Очереди на границе выросли 14.11.2025 23:07") == "Очереди на границе выросли"
    # a date after a preposition, or without its time, is what the headline says
    assert without_stamp("Пункт пропуска закроют до 2026-03-01") == "Пункт пропуска закроют до 2026-03-01"
    assert without_stamp("Пункт пропуска закроют 01.03.2026") == "Пункт пропуска закроют 01.03.2026"


def test_the_records_address_is_spelled_as_the_table_spells_the_outlet():
    text = "Граница снова открыта для грузовиков\n\n" + _BODY
    assert _page(text, url="https://kaz.nur.kz/society/1-x/").source == "NUR.KZ"


# Sites the table does not know, found by the shape of the line that names them (invented names).


def test_a_masthead_slogan_names_an_unknown_site():
    assert shapes.slogan_masthead(["Степь56 — новости Оренбурга и области"]) == "Степь56"
    assert shapes.slogan_masthead(["Дала — қоғамдық-саяси апталық"]) == "Дала"
    assert shapes.slogan_masthead(["Жусан Радиосу"]) == "Жусан Радиосу"
    assert shapes.slogan_masthead(["Новости Казахстана"]) is None
    assert shapes.slogan_masthead(["Граница закрыта — новости региона сообщают об очередях."]) is None


def test_an_agency_stamp_in_the_header():
    assert shapes.agency_stamp(["13:52, 22 февраля 2022, Bishkek - Steppe.kg news agency , Aida ORLOVA"]) == "Steppe.kg"


def test_a_reprint_ban_or_subscribe_prompt_names_the_site():
    assert shapes.reprint_notice(['Перепечатка материалов "Степной край" без активной ссылки запрещена.']) == (
        "Степной край"
    )
    assert shapes.reprint_notice(["Подписывайтесь на Степь56 в Telegram и ВКонтакте"]) == "Степь56"
    assert shapes.reprint_notice(["Подписывайтесь на наш Telegram-канал"]) is None


def test_a_lone_latin_logo_under_the_headline():
    assert shapes.lone_logo(["Граница открыта", "SteppeTV", "21.11.2023 в 14:02"]) == "SteppeTV"
    assert shapes.lone_logo(["Граница открыта", "Общество"]) is None


def test_weak_marks_count_only_when_two_places_agree():
    weak = [Mark("capitals dateline", 4, "STEPPEINFO", alone=False)]
    assert choose(weak) is None
    both = weak + [Mark("english reports", 4, "Steppeinfo", alone=False)]
    assert choose(both) == "STEPPEINFO"
    lead = "BISHKEK. STEPPEINFO As of today the border is open, Steppeinfo reports."
    assert _page("Border open\n\n" + lead + "\n\nTrucks pass in an hour, officials said.\n").source.lower() == (
        "steppeinfo"
    )


def test_a_portals_news_logo_is_a_brand_after_novosti():
    assert shapes.slogan_masthead(["Новости Steppe Общество Экономика Спорт"]) == "Новости Steppe"
    assert shapes.slogan_masthead(["Новости Казахстана"]) is None


def test_rubrics_and_networks_alone_on_a_line_are_no_logo():
    assert shapes.lone_logo(["Граница открыта", "NEWS", "WhatsApp", "YouTube"]) is None


def test_breadcrumbs_and_news_rubrics_are_no_masthead():
    assert shapes.slogan_masthead(["Главная - Новости - Общество"]) is None
    assert shapes.slogan_masthead(["Общество — новости дня"]) is None
    assert shapes.slogan_masthead(["Последние новости"]) is None

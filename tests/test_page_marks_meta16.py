"""Outlet, date and title marks met on fresh pages (meta16): a print version's header, a
site's signature under the story with its date, datelines in Latin capitals, the page's own
reporter, state bodies' initials after «сообщает», hyphenated dates and a back link above a
two-word headline. All page texts are made up; outlet names are invented or rows of outlets.csv."""

import pytest

from store.model import RawDoc
from store.reading.credits import find_dateline, find_outlet, newsroom
from store.reading.dates import date_only, find_date
from store.reading.masthead import signed_date
from store.reading.parse import parse


def _page(text: str):
    return parse(RawDoc(path="p.txt", file="p.txt", text=text, raw=text, format="txt"))


_BODY = (
    "Пограничники сообщили, что оба пункта пропуска на юге работают в обычном режиме и без очередей.\n\n"
    "Грузовики проходят досмотр за полчаса, легковые машины быстрее, сказали в ведомстве.\n"
)


def test_a_print_versions_header_names_the_site():
    page = _page("- steppe-news.kg - https://steppe-news.kg -\n\nГраница снова открыта для грузовиков\n\n" + _BODY)
    assert page.source == "steppe-news.kg"
    assert page.title == "Граница снова открыта для грузовиков"


def test_a_lone_address_above_the_story_is_not_the_pages_site():
    """A reprint prints the source's address under the headline: no signature of its own."""
    text = "Граница снова открыта для грузовиков\n\nhttps://steppe-news.kg\n\n" + _BODY
    assert _page(text).source != "steppe-news.kg"


def test_a_signature_under_the_story_names_the_site_and_dates_it():
    page = _page("Граница снова открыта для грузовиков\n\n" + _BODY + "\nSteppeLIGHT.org\n\n3 марта 2021 года\n")
    assert page.source == "SteppeLIGHT.org"
    assert page.date == "2021-03-03"


def test_only_a_signature_vouches_for_a_date_under_the_story():
    """Teasers and related stories below carry dates of their own."""
    assert signed_date(["Читайте также", "3 марта 2021 года"]) is None
    assert signed_date(["SteppeLIGHT.org", "3 марта 2021 года"]) == "2021-03-03"
    assert signed_date(["SteppeLIGHT.org, 04.05.2022"]) == "2022-05-04"


@pytest.mark.parametrize(
    "lead, city, outlet",
    [
        ("ASTANA. Kazinform - Чегарада навбат йўқ, деди хизмат вакили.", "Astana", "Kazinform"),
        ("ALMATY. Kazinform — Шекарада кезек жоқ деп хабарлады қызмет.", "Almaty", "Kazinform"),
    ],
)
def test_a_latin_capitals_dateline_with_a_known_agency(lead, city, outlet):
    assert find_dateline(lead) == (city, outlet)


def test_a_capitals_city_before_an_ordinary_word_is_no_dateline():
    assert find_dateline("ASTANA. Today - the border is open, officials said.") == (None, None)


@pytest.mark.parametrize(
    "lead",
    [
        "Пункт пропуска закрыт на ремонт. Об этом сообщает ГПС КР.",
        "Пункт пропуска возобновил работу, сообщает ПС ГКНБ.",
        "Очередь выросла до сорока машин, сообщает ДЧС.",
    ],
)
def test_a_state_bodys_initials_after_soobshchaet_are_not_the_outlet(lead):
    assert find_outlet([lead]) is None


def test_initials_the_outlet_table_knows_stay_an_outlet():
    assert find_outlet(["Пункт пропуска возобновил работу, сообщает КТК."]) == "КТК"


@pytest.mark.parametrize(
    "par, outlet",
    [
        ("Журналист Orda.kz побывал на границе и посмотрел, как там обстоят дела.", "Orda.kz"),
        ("Корреспондент stepnews.media съездил на пункт пропуска в субботу.", "stepnews.media"),
        ("В эксклюзивном комментарии для Kazinform в комитете сообщили, что пункт откроют летом.", "Kazinform"),
    ],
)
def test_the_pages_own_reporter_or_exclusive_names_it(par, outlet):
    assert newsroom([par]) == outlet


def test_a_reporter_who_is_a_person_names_no_outlet():
    assert newsroom(["Журналист Марат Сапаров побывал на границе в субботу."]) is None


@pytest.mark.parametrize(
    "line, iso",
    [("02-03-2018", "2018-03-02"), ("- 15-11-2024, 10:20", "2024-11-15"), ("21.09.2025", "2025-09-21")],
)
def test_a_date_line_with_hyphens(line, iso):
    assert date_only(line) == iso


@pytest.mark.parametrize("text", ["тел. 62-07-60", "12-05/2020", "1.3-2018"])
def test_figures_with_hyphens_are_not_dates(text):
    assert find_date(text) is None


def test_a_hyphenated_date_above_the_lead_dates_the_page():
    assert _page("-\n02-03-2018\n" + _BODY).date == "2018-03-02"


def test_a_back_link_to_the_rubric_is_not_the_headline():
    page = _page("← Таможня и логистика\n\nСтепное стояние\n\n" + _BODY)
    assert page.title == "Степное стояние"


# ---------------------------------------------------------------- body furniture


def test_a_long_copyright_line_is_furniture():
    from store.reading import furniture as fu

    line = (
        "© ТОО «Степь Медиа». Все права защищены. Перепечатка материалов сайта только с письменного согласия редакции."
    )
    assert fu.classify(line) == "footer"
    assert (
        fu.classify("Барлық құқықтар қорғалған. Материалдарды көшіріп басу үшін редакцияның келісімі қажет.")
        == "footer"
    )


def test_a_plea_to_commenters_is_furniture_but_a_sentence_about_comments_is_not():
    from store.reading import furniture as fu

    plea = "Мы дорожим читателями, поэтому, пожалуйста, перед тем как писать комментарий, прочтите правила сайта."
    assert fu.classify(plea) == "comment-rules"
    assert fu.classify("Пограничники прокомментировали очередь на выезд в Узбекистан в субботу утром.") is None


def test_a_link_to_an_earlier_story_above_read_more_leaves_the_body():
    text = (
        "Пункт пропуска закрыли на ремонт\n\n" + _BODY + "\nРанее мы писали о том, как пересечь степную границу.\n\n"
        "Читайте также\n\nВ области открыли новую дорогу\n"
    )
    page = _page(text)
    assert "Ранее мы писали" not in page.body
    assert "сказали в ведомстве" in page.body


def test_an_earlier_paragraph_that_is_text_stays():
    """«Ранее» leading a paragraph of the story, with no read-more block after it, is text."""
    text = "Пункт пропуска закрыли на ремонт\n\n" + _BODY + "\nРанее сообщалось, что ремонт продлится месяц.\n"
    assert "ремонт продлится месяц" in _page(text).body


def test_a_caption_that_repeats_the_headline_with_a_lower_case_credit_is_not_a_standfirst():
    title = "Через степной пункт пропуска прошли четыре тысячи человек"
    page = _page(f"{title}\n\n{title} ашық дереккөз суреті\n\n224\n\n" + _BODY)
    assert page.title == title
    assert "ашық дереккөз" not in page.body


# ---------------------------------------------------------------- messenger channels


@pytest.mark.parametrize(
    "lead",
    [
        "На границе скопились сотни машин, пишет Telegram-канал Mash.",
        "На границе скопились сотни машин, пишет Mash.",
        "Очередь растянулась на десять километров, сообщает Степной Дозор в Telegram.",
        "Очередь растянулась на десять километров, сообщает телеграм-канал «Шекара».",
    ],
)
def test_a_messenger_channel_the_page_cites_is_not_its_outlet(lead):
    assert find_outlet([lead]) is None


@pytest.mark.parametrize(
    "lead, outlet",
    [
        ("Очередь выросла до сорока машин, сообщает телеканал КТК.", "КТК"),
        ("Очередь выросла до сорока машин, передает Tengrinews.kz в Telegram.", "Tengrinews.kz"),
    ],
)
def test_a_tv_channel_and_a_sites_own_channel_stay_outlets(lead, outlet):
    assert find_outlet([lead]) == outlet


def test_the_pages_copyright_beats_a_channel_it_cites():
    text = (
        "Очередь на границе\n\nНа пункте пропуска скопились сотни машин, пишет Mash.\n\n"
        "Водители ждут по двенадцать часов, пограничники проверяют каждую машину.\n\n"
        "© 2024 Степной вестник. Все права защищены.\n"
    )
    assert _page(text).source == "Степной вестник"


# ---------------------------------------------------------------- second batch of shapes


def test_a_stamp_under_the_standfirst_does_not_cut_the_body():
    text = (
        "Степной мост откроют весной\n\nНа трассе к границе достраивают второй мост через реку.\n\n"
        "Бүгін 2026, 08:54\n\n"
        "Строители завершают укладку полотна, деп хабарлайды STEPNEWS.KZ сегодня утром на месте работ.\n\n"
        "Движение по мосту откроют после испытаний, сказали в компании подрядчика.\n"
    )
    page = _page(text)
    assert "Движение по мосту откроют" in page.body
    assert page.source == "STEPNEWS.KZ"


def test_a_photo_credit_at_the_top_is_not_the_logo():
    text = "Мост откроют весной\n\nфото: stepnews.kz\n\n" + _BODY
    assert _page(text).source != "stepnews.kz"


@pytest.mark.parametrize(
    "first, outlet",
    [
        (
            "www.SteppeNews.kg SteppeNews - в центре событий! www.SteppeNews.kg Пишите нам: +996 555 000 000",
            "SteppeNews.kg",
        ),
        ("02news.kz- ақпараттық портал", "02news.kz"),
    ],
)
def test_a_masthead_led_by_the_sites_domain(first, outlet):
    page = _page(f"{first}\n\nМост откроют весной\n\n" + _BODY)
    assert page.source == outlet
    assert page.title == "Мост откроют весной"
    assert "www." not in page.body


def test_a_web_counter_leading_the_page_is_not_its_site():
    assert _page("Top.Mail.Ru\n\nМост откроют весной\n\n" + _BODY).source != "Top.Mail.Ru"


@pytest.mark.parametrize(
    "prompt", ["Читать на сайте Stepnews.media", "Больше новостей на Stepnews.media", "Все новости на Stepnews.media"]
)
def test_a_read_on_our_site_prompt_names_the_site(prompt):
    assert _page(f"Мост откроют весной\n\n{prompt}\n\n" + _BODY).source == "Stepnews.media"


def test_an_arabic_script_dateline_with_a_known_agency():
    city, outlet = find_dateline("استانا. KAZINFORM - جاڭا كوپىر اشىلدى.")
    assert outlet == "Kazinform"


@pytest.mark.parametrize(
    "line, iso",
    [
        ("10:40, 16 октября 2017, Бишкек - steppe.kg , Айгуль САПАРОВА", "2017-10-16"),
        ("09:05 | 03.04.2022 | Ош", "2022-04-03"),
    ],
)
def test_a_stamp_led_by_the_time_and_the_date(line, iso):
    from store.reading.dates import timed_line

    assert timed_line(line) == iso
    assert _page(f"Мост откроют весной\n\n{line}\n\n" + _BODY).date == iso


def test_a_sentence_led_by_a_time_is_not_a_stamp():
    from store.reading.dates import timed_line

    assert timed_line("10:40, 16 октября 2017 года на границе скопились машины, пишут очевидцы.") is None


@pytest.mark.parametrize(
    "job, outlet",
    [
        ("«Дала таңы» газетінің тілшісі", "Дала таңы"),
        ("Собственный корреспондент газеты «Степной вестник» по Костанайской области", "Степной вестник"),
        ("«Магистраль» газетінің меншікті тілшісі", "Rail-news.kz"),
    ],
)
def test_the_reporters_job_line_names_the_paper(job, outlet):
    text = f"Мост откроют весной\n\n10.03.2024, 10:29\nАйгуль Сапарова\n\n{job}\n\n" + _BODY
    assert _page(text).source == outlet


def test_a_paper_named_in_the_story_is_not_the_reporters():
    text = "Мост откроют весной\n\n" + _BODY + "\nКорреспондент газеты «Степной вестник» тоже побывал на мосту.\n"
    assert _page(text).source is None

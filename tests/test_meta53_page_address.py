"""A saved page's outlet from its own address printed at the top (meta53), and the agency's
dateline with no space after the dot or with a trip's two cities. All page texts are made up;
the sites are invented domains or rows of outlets.csv."""

from store.model import RawDoc
from store.reading.credits import find_dateline
from store.reading.masthead import address_line
from store.reading.parse import parse

_BODY = (
    "Пограничники сообщили, что оба пункта пропуска на юге работают в обычном режиме и без очередей.\n\n"
    "Грузовики проходят досмотр за полчаса, легковые машины быстрее, сказали в ведомстве.\n"
)


def _page(text: str):
    return parse(RawDoc(path="p.txt", file="p.txt", text=text, raw=text, format="txt", meta={}))


def test_the_address_under_the_headline_names_the_site():
    art = _page("Пункт пропуска работает без очередей\nhttps://stepnoi-vestnik.az/news/40211 2025-10-03\n\n" + _BODY)
    assert art.source == "stepnoi-vestnik.az"


def test_the_address_run_on_after_the_headline_names_the_site():
    art = _page("Пункт пропуска работает без очередей https://www.stepnoi-vestnik.az/news/40211\n\n" + _BODY)
    assert art.source == "stepnoi-vestnik.az"


def test_a_known_site_is_spelled_as_the_table_spells_it():
    assert address_line(["Заголовок", "https://www.zakon.kz/obshestvo/6012345-punkt.html"]) == "Zakon.kz"


def test_the_address_outweighs_an_outlet_the_lead_cites():
    lead = "Как сообщает bigasia.ru, пункт пропуска на юге работает в обычном режиме и без очередей.\n\n"
    art = _page("Пункт пропуска работает\nhttps://stepnoi-vestnik.az/?p=7995\n\n" + lead + _BODY)
    assert art.source == "stepnoi-vestnik.az"


def test_social_links_bare_domains_and_lower_lines_are_not_the_page_address():
    assert address_line(["https://t.me/stepnoi_vestnik"]) is None
    assert address_line(["https://stepnoi-vestnik.az"]) is None
    assert address_line(["Подробнее читайте здесь: https://stepnoi-vestnik.az/news/1"]) is None
    assert address_line(["Об этом сообщили в ведомстве. https://stepnoi-vestnik.az/news/1"]) is None


def test_a_link_deep_in_the_body_does_not_name_the_outlet():
    text = "Пункт пропуска работает без очередей\n\n" + _BODY + "\nhttps://stepnoi-vestnik.az/news/40211\n"
    assert _page(text).source != "stepnoi-vestnik.az"


def test_agency_dateline_without_a_space_after_the_dot():
    assert find_dateline("ОРАЛ.KAZINFORM – Облыста жол уақытша жабылды.") == ("Орал", "Kazinform")


def test_agency_dateline_with_a_trips_two_cities():
    assert find_dateline("ASTANA - AKTOBE. KAZINFORM - The minister visited the post.") == ("Astana", "Kazinform")


def test_capitals_without_a_known_agency_are_no_dateline():
    assert find_dateline("ERNUR.KZ. Шекарада кезек азайды.") == (None, None)
    assert find_dateline("КАЗАХСТАН - РОССИЯ. Граница открыта - сообщили.") == (None, None)


def test_the_agencys_reprint_terms_end_the_body_and_name_the_outlet():
    text = (
        "Пункт пропуска работает без очередей\n\n"
        + _BODY
        + "\nИА «Степной курьер». При использовании материала гиперссылка обязательна.\n"
    )
    art = _page(text)
    assert art.source == "Степной курьер"
    assert "гиперссылка" not in art.body


def test_a_sentence_about_links_is_not_reprint_terms():
    from store.reading.furniture import classify

    assert classify("При использовании сервиса ссылка на договор не нужна, сказали в ведомстве.") is None


def test_a_language_edition_names_the_site_itself():
    assert address_line(["Заголовок", "https://kz.stepnoi-vestnik.news/?p=9875"]) == "stepnoi-vestnik.news"
    assert address_line(["Заголовок", "https://ru.vestnik.kz/news/1"]) == "vestnik.kz"


def test_a_host_written_with_its_final_dot_is_the_same_site():
    assert address_line(["Заголовок", "https://stepnoi-vestnik.kg./doc/312059_zagolovok.html"]) == "stepnoi-vestnik.kg"

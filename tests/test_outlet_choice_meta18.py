"""The page's outlet as a scored choice among the places that name one (meta18): a reprint
whose footer and copyright line name its own site, a «Источник: <url>» line that names the
copied site, an interview given to an outlet. All page texts are made up; outlet names are
invented or rows of outlets.csv."""

from store.model import RawDoc
from store.reading.outlet_choice import Mark, choose
from store.reading.parse import parse
from store.reading.self_reference import interview_outlet

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

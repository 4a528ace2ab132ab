"""Title, date and outlet of made-up pages in the shapes real news sites print (issue 15).

Every page here is invented: the site names are real outlets' names (the knowledge
base's rows), the stories are not.
"""

from __future__ import annotations

import pytest

from store.model import RawDoc
from store.reading import outlets
from store.reading.dates import stamp_date, today_widget
from store.reading.headline import not_a_headline
from store.reading.parse import paragraphs, parse
from store.reading.read import html_text

LEAD_RU = (
    "Грузовики третий день стоят в очереди у пункта пропуска, водители ждут по двенадцать часов и жалуются на жару."
)
LEAD_KK = "Жүк көліктері үш күннен бері өткізу пунктінің алдында кезекте тұр, жүргізушілер он екі сағат күтеді."
TITLE_RU = "Очередь из грузовиков растянулась на десять километров"
TITLE_KK = "Шекарада жүк көліктерінің кезегі он шақырымға созылды"


def page(*lines: str) -> RawDoc:
    text = "\n".join(lines)
    return RawDoc(path="p.txt", file="p.txt", text=text, raw=text, format="txt")


TITLE_CASES = [
    ("hashtag line before the rubric", [" date 2025-03-04 #Тема дня", "Общество", "", TITLE_RU, "", LEAD_RU]),
    (
        "counter logo and menu items",
        ["Top.Mail.Ru", "", "Версия сайта", "", "ru kz", "", TITLE_RU, "", "Опубликовано:", "", LEAD_RU],
    ),
    ("menu row with separators", ["Главная | Новости | Экономика | Спорт | Архив", "", TITLE_RU, "", LEAD_RU]),
    ("breadcrumbs with the site's domain", ["Tengrinews.kz / Жаңалықтар / Қоғам", "", TITLE_KK, "", LEAD_KK]),
    ("site logo glued to its menu", ["Zakon.kz Жаңалықтар Қоғам Экономика Құқық Рус", "", TITLE_KK, "", LEAD_KK]),
    ("site slogan", ["Наша газета — новости Костаная", "Главная Новости Общество Спорт Архив", TITLE_RU, "", LEAD_RU]),
    (
        "bulleted breadcrumb repeats the title",
        ["  • Главная", f"  • {TITLE_RU}", "14:08, 26 мая", TITLE_RU, "", LEAD_RU],
    ),
    (
        "poll before the story",
        ["ОПРОС", "А вы уже купили зимнюю резину?", "  • Да;(12)", "  • Нет, ещё не успел.(40)", TITLE_RU, "", LEAD_RU],
    ),
    (
        "photo caption keyword list",
        [
            " date 2025-03-04 #Новости",
            "События",
            "",
            TITLE_RU,
            "",
            "очередь, фото - Новости Zakon.kz от 04.03.2025 11:57 Фото: архив",
            LEAD_RU,
        ],
    ),
    ("rubric above a headline", [" date 2025-03-04 #Погода", "Экономика и бизнес", "", TITLE_RU, "", LEAD_RU]),
    (
        "headline in capitals",
        ["Басты бет Саясат Қоғам Экономика Спорт", "ШЕКАРАДАҒЫ ЕКІ КҮН", "ШЕКАРАДАҒЫ ЕКІ КҮН", "", LEAD_KK],
    ),
    (
        "short headline over a byline's job",
        [
            "Станции большого транзита",
            "",
            "Иван Петров",
            "",
            "Собственный корреспондент по Костанайской области",
            "",
            LEAD_RU,
        ],
    ),
    ("search box and rates widget", ["Поиск по сайту", "Оренбург -3° USD 92,4 EUR 99,8", TITLE_RU, "", LEAD_RU]),
]


@pytest.mark.parametrize("label,lines", TITLE_CASES, ids=[c[0] for c in TITLE_CASES])
def test_title_is_the_headline(label, lines):
    want = TITLE_KK if any(TITLE_KK in ln for ln in lines) else TITLE_RU
    if "ЕКІ КҮН" in lines[1]:
        want = "ШЕКАРАДАҒЫ ЕКІ КҮН"
    if "Станции" in lines[0]:
        want = "Станции большого транзита"
    assert parse(page(*lines)).title == want


@pytest.mark.parametrize(
    "line,reason",
    [
        ("#Курс тенге #Погода", "hashtags"),
        ("Главная | Новости | Статьи", "menu or breadcrumbs"),
        ("Abai.kz Басты бет Жаңалықтар Әдебиет Тарих", "site name"),
        ("Мой город — Орал жаңалықтары", "site name"),
        ("Карагандинцы, заметили ли вы рост цен?", "poll question"),
        ("• Пункт пропуска закрыт", "list item"),
        ("Новости Главное Политика Общество Экономика Спорт", "menu"),
        ("Пункты пропуска на границе закроют на праздники", None),
        ("Как работает граница с Китаем?", None),
    ],
)
def test_headline_shapes(line, reason):
    assert not_a_headline(line) == reason


DATE_CASES = [
    ("stamp with views", ["Сайт", TITLE_RU, "Общество | 20 августа 2025, 15:36 | 👁 4 102", LEAD_RU], "2025-08-20"),
    (
        "weekday clock, then the stamp",
        ["Бейсенбі, 17 Сәуір 2025", "52 0 пікір 13 Қаңтар, 2022 сағат 14:05", "", TITLE_KK, "", LEAD_KK],
        "2022-01-13",
    ),
    (
        "stamp under a standfirst",
        [
            TITLE_RU,
            "Водители жалуются, что очереди растут, а пропускная способность падает каждый день.",
            "1 Декабря 2024, 12:35",
            LEAD_RU,
        ],
        "2024-12-01",
    ),
    (
        "dateline year from a caption",
        [TITLE_KK, "Бекет - Sputnik Қазақстан, 1920, 02.02.2026", "", "АСТАНА, 2 ақпан — Sputnik. " + LEAD_KK],
        "2026-02-02",
    ),
    (
        "a date inside the lead is not the page's",
        [TITLE_RU, "", "Постановлением правительства от 19 ноября 2011 года очередь " + LEAD_RU],
        None,
    ),
    (
        "teasers after the body keep their dates",
        [TITLE_RU, "", LEAD_RU, "Читайте также", "13.11.2025 18:40 Курс тенге на вечер"],
        None,
    ),
]


@pytest.mark.parametrize("label,lines,want", DATE_CASES, ids=[c[0] for c in DATE_CASES])
def test_date_is_the_publication_stamp(label, lines, want):
    assert parse(page(*lines)).date == want


def test_stamp_and_clock_shapes():
    assert stamp_date("4152 0 пікір 13 Қаңтар, 2022 сағат 14:05") == "2022-01-13"
    assert stamp_date("Курс тенге упал 13 января 2022 года до 14:05") is None
    assert today_widget("Четверг, 17 апреля 2025")
    assert not today_widget("17 апреля 2025, 14:05")


SOURCE_CASES = [
    ("logo line of a known outlet", ["Власть", "Новости", TITLE_RU, "", LEAD_RU], "Vlast.kz"),
    (
        "logo glued to the menu",
        ["Sputnik Қазақстан Жаңалықтар Қоғам Экономика Рус", TITLE_KK, "", LEAD_KK],
        "Sputnik Казахстан",
    ),
    ("domain-shaped logo not in the table", ["example-news.kz", TITLE_RU, "", LEAD_RU], "example-news.kz"),
    (
        "counter logo is not the outlet",
        ["Top.Mail.Ru", TITLE_RU, "", LEAD_RU + " Об этом сообщает Orda.kz."],
        "Orda.kz",
    ),
    (
        "reprint: the masthead beats «передает X со ссылкой на»",
        ["SHYMKENT.CITY", TITLE_RU, "", LEAD_RU[:-1] + ", передает Vecher.kz со ссылкой на пресс-службу ведомства."],
        "SHYMKENT.CITY",
    ),
    (
        "«со ссылкой на» alone is a last resort",
        [TITLE_RU, "", LEAD_RU[:-1] + ", передает Vecher.kz со ссылкой на пресс-службу ведомства."],
        "Vecher.kz",
    ),
    (
        "copyright naming the site after the company",
        [TITLE_RU, "", LEAD_RU, "Читайте также", "© 2025 VK. Все права защищены. Новости Mail"],
        "Новости Mail",
    ),
    (
        "reprint rule with the paper's name in quotes",
        [TITLE_RU, "", LEAD_RU, 'Перепечатка материалов "Мой город" без активной ссылки запрещена.'],
        "Мой город",
    ),
    (
        "original article's address",
        [TITLE_KK, "", LEAD_KK, "Мақаланың түпнұсқасы: https://kaz.nur.kz/society/1-x/"],
        "NUR.KZ",
    ),
    ("«хабарлайды» byline", [TITLE_KK, "", LEAD_KK[:-1] + ", деп хабарлайды Tengrinews.kz тілшісі."], "Tengrinews.kz"),
    (
        "photo credit of an agency is not the outlet",
        ["MASSAGET.KZ", TITLE_KK, "Фото: © Sputnik / Фотограф", LEAD_KK],
        "MASSAGET.KZ",
    ),
    (
        "a number is not «24.kz»",
        ["24 января", TITLE_RU, "", LEAD_RU, "Подписывайтесь на Lada.kz в Telegram"],
        "Lada.kz",
    ),
]


@pytest.mark.parametrize("label,lines,want", SOURCE_CASES, ids=[c[0] for c in SOURCE_CASES])
def test_source_is_the_pages_own_outlet(label, lines, want):
    assert parse(page(*lines)).source == want


def test_outlet_spellings_fold_to_one_row():
    assert outlets.known("nur.kz") == outlets.known("NUR.KZ") == outlets.known("kaz.nur.kz") == "NUR.KZ"
    assert outlets.known("Top.Mail.Ru") is None
    assert outlets.named_in("Azattyq Dalasy Жаңалықтар") is None  # a longer Latin name, not «Azattyq»
    assert outlets.named_in("Azattyq Rýhy Жаңалықтар") == "Azattyq Rýhy"  # its own row since outlets.csv has one


def test_a_lone_logo_word_is_not_a_wrapped_line():
    assert paragraphs(f"{TITLE_RU}\nexampleSite\n{LEAD_RU}")[1] == "exampleSite"
    assert paragraphs(f"{TITLE_RU}\n\nпричина очереди, фото - архив")[1].startswith("причина")


def test_html_teaser_time_is_not_the_page_date():
    html = (
        "<html><head><meta property='og:title' content='Заголовок статьи о границе'>"
        "<meta property='og:site_name' content='Kapital.kz'></head><body><article><h1>Заголовок статьи о границе</h1>"
        f"<p>{LEAD_RU}</p><p>{LEAD_RU} Ещё один абзац о том, как стоят машины.</p></article>"
        "<aside><ul><li><a href='/1'>Другая новость</a> <time>27 сентября 2021</time></li>"
        "<li><a href='/2'>Третья новость</a> <time>25 сентября 2021</time></li></ul></aside></body></html>"
    )
    _, meta = html_text(html)
    assert meta.get("date") is None
    assert meta.get("source") == "Kapital.kz"

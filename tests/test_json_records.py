"""Dump records in the shapes real scrapers and APIs write: the text and the lead beside it
are both read, once, in page order; metadata from each shape's fields; a record with
nothing usable is one rejection naming it. Every sentence here was written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from store.model import RejectedDoc
from store.reading.parse import parse
from store.reading.read import read_path

LEAD = "Комитет государственных доходов продлил работу поста Майкапчагай до полуночи."
TEXT = "Решение приняли из-за роста потока грузовиков. Новый график начнет действовать в понедельник."


def _articles(tmp_path: Path, name: str, content) -> list:
    path = tmp_path / name
    if name.endswith(".jsonl"):
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in content), encoding="utf-8")
    else:
        path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return [d if isinstance(d, RejectedDoc) else parse(d) for d in read_path(path)]


def _one(tmp_path: Path, name: str, content):
    (article,) = _articles(tmp_path, name, content)
    assert not isinstance(article, RejectedDoc), article
    return article


def test_lead_beside_text_opens_the_body(tmp_path):
    for field in ("lead", "anons", "subtitle", "intro", "description", "summary", "excerpt", "brief_text"):
        a = _one(tmp_path, "d.jsonl", [{"title": "Пост продлил работу", field: LEAD, "text": TEXT}])
        assert a.body.index("Комитет государственных доходов") < a.body.index("Решение приняли"), field
        assert a.body.count("Комитет государственных доходов") == 1, field


def test_lead_the_text_repeats_is_read_once(tmp_path):
    a = _one(tmp_path, "d.jsonl", [{"title": "Пост продлил работу", "description": LEAD, "text": LEAD + "\n\n" + TEXT}])
    assert a.body.count("Комитет государственных доходов") == 1


def test_cut_off_lead_is_not_printed_again(tmp_path):
    cut = LEAD[:60] + " [&hellip;]"
    a = _one(tmp_path, "d.jsonl", [{"title": "Пост", "excerpt": f"<p>{cut}</p>", "text": LEAD + " " + TEXT}])
    assert a.body.count("Комитет государственных доходов") == 1
    assert "hellip" not in a.body and "[…]" not in a.body


def test_text_cut_short_gives_way_to_the_whole_lead(tmp_path):
    a = _one(
        tmp_path,
        "d.jsonl",
        [{"title": "Пост", "description": LEAD + " " + TEXT, "content": LEAD[:50] + "… [+812 chars]"}],
    )
    assert a.body.count("Комитет государственных доходов") == 1
    assert "Новый график" in a.body and "chars]" not in a.body


def test_several_leads_each_once_in_page_order(tmp_path):
    rec = {
        "title": "Пост",
        "subtitle": "Пограничная служба ужесточила досмотр на посту Карасу.",
        "lead": LEAD,
        "summary": LEAD,
        "text": TEXT,
    }
    body = _one(tmp_path, "d.jsonl", [rec]).body
    assert body.index("Пограничная служба") < body.index("Комитет государственных") < body.index("Решение приняли")
    assert body.count("Комитет государственных доходов") == 1


def test_wordpress_rest_posts(tmp_path):
    posts = [
        {
            "id": 12,
            "date": "2026-01-15T09:30:00",
            "link": "https://example.kz/2026/01/post-12/",
            "author": 4,
            "title": {"rendered": "Пост &laquo;Кордай&raquo; закрыли на ремонт"},
            "excerpt": {"rendered": "<p>Министерство транспорта закрыло пост на две недели.</p>\n"},
            "content": {
                "rendered": "<p>Фуры направят через соседний пост.</p>\n<p>Ремонт полосы завершат к марту.</p>",
                "protected": False,
            },
        }
    ]
    a = _one(tmp_path, "posts.json", posts)
    assert a.title == "Пост «Кордай» закрыли на ремонт"
    assert (a.date, a.url, a.author) == ("2026-01-15", "https://example.kz/2026/01/post-12/", None)
    assert a.body.startswith("Министерство транспорта закрыло пост")
    assert "Ремонт полосы завершат к марту." in a.body and "<p>" not in a.body


def test_feedparser_entries(tmp_path):
    feed = {
        "feed": {"title": "Лента"},
        "entries": [
            {
                "title": "Таможня нашла контрабанду",
                "link": "https://feed.example.kz/1",
                "published": "2026-02-03T10:00:00+05:00",
                "summary": "Департамент госдоходов задержал партию сигарет на посту Казыгурт.",
                "summary_detail": {
                    "type": "text/plain",
                    "value": "Департамент госдоходов задержал партию сигарет на посту Казыгурт.",
                },
                "content": [
                    {"type": "text/html", "value": "<p>Груз нашли при досмотре фуры.</p><p>Заведено дело.</p>"}
                ],
                "authors": [{"name": "Дана Омарова"}],
            }
        ],
    }
    a = _one(tmp_path, "feed.json", feed)
    assert a.body.startswith("Департамент госдоходов задержал")
    assert "Груз нашли при досмотре фуры." in a.body
    assert (a.author, a.url, a.date) == ("Дана Омарова", "https://feed.example.kz/1", "2026-02-03")


def test_telegram_export(tmp_path):
    export = {
        "name": "Вести с границы",
        "type": "public_channel",
        "messages": [
            {
                "id": 1,
                "type": "message",
                "date": "2026-03-01T08:00:00",
                "text": [
                    {"type": "bold", "text": "Очереди на посту Алтынколь нет"},
                    "\n\nКомитет транспорта сообщил, что грузовики проходят на границе с ",
                    {"type": "hashtag", "text": "#Китаем"},
                    " без задержек.",
                ],
            },
            {"id": 2, "type": "service", "date": "2026-03-01T09:00:00", "action": "pin_message", "text": ""},
        ],
    }
    docs = _articles(tmp_path, "result.json", export)
    a, rejected = docs
    assert a.title == "Очереди на посту Алтынколь нет"
    assert "Комитет транспорта сообщил, что грузовики проходят на границе с #Китаем без задержек." in a.body
    assert (a.source, a.date) == ("Вести с границы", "2026-03-01")
    assert isinstance(rejected, RejectedDoc) and rejected.file == "result.json:2" and "no text" in rejected.reason


def test_scraper_outputs(tmp_path):
    records = [
        {  # news-please
            "title": "Весовой контроль",
            "description": "Комитет транспорта проверил весовые площадки у поста Жана Жол.",
            "maintext": "Нарушения нашли на двух площадках.",
            "date_publish": "2026-04-05 12:00:00",
            "source_domain": "example-one.kz",
        },
        {  # trafilatura
            "title": "Новые полосы",
            "excerpt": "Акимат выделил землю под расширение поста Атамекен.",
            "raw_text": "Полосы появятся к концу года.",
            "source-hostname": "Example Two",
        },
        {  # scrapy, paragraphs as a list
            "title": "Электронная очередь",
            "paragraphs": [
                "Министерство цифрового развития запустило очередь на посту Тажен.",
                "Время въезда бронируют заранее.",
            ],
        },
    ]
    one, two, three = _articles(tmp_path, "dump.jsonl", records)
    assert one.body.startswith("Комитет транспорта проверил") and "Нарушения нашли" in one.body
    assert (one.date, one.source) == ("2026-04-05", "example-one.kz")
    assert two.body.startswith("Акимат выделил землю") and two.source == "Example Two"
    assert three.body.split("\n\n") == [
        "Министерство цифрового развития запустило очередь на посту Тажен.",
        "Время въезда бронируют заранее.",
    ]


def test_nested_records(tmp_path):
    article = {"id": "a1", "article": {"title": "Пост Тажен", "lead": LEAD, "body": TEXT, "published": "2026-05-01"}}
    guardian = {
        "response": {
            "status": "ok",
            "results": [
                {
                    "webTitle": "Crossing reopens",
                    "webUrl": "https://example.com/world/1",
                    "webPublicationDate": "2026-05-02T08:00:00Z",
                    "fields": {"standfirst": f"<p>{LEAD}</p>", "bodyText": TEXT, "byline": "Ержан Бекетов"},
                }
            ],
        }
    }
    jsonapi = {
        "data": [
            {"type": "articles", "id": "7", "attributes": {"title": "Пост", "lead": LEAD, "body": f"<p>{TEXT}</p>"}}
        ]
    }
    elastic = {
        "hits": {"total": 1, "hits": [{"_id": "1", "_source": {"title": "Пост", "lead": LEAD, "content": TEXT}}]}
    }
    for name, content in (("a.jsonl", [article]), ("g.json", guardian), ("j.json", jsonapi), ("e.json", elastic)):
        a = _one(tmp_path, name, content)
        assert a.body.startswith("Комитет государственных доходов") and "Новый график" in a.body, name
    a = _one(tmp_path, "g.json", guardian)
    assert (a.title, a.url, a.date, a.author) == (
        "Crossing reopens",
        "https://example.com/world/1",
        "2026-05-02",
        "Ержан Бекетов",
    )


def test_record_with_nothing_usable_is_one_rejection(tmp_path):
    docs = _articles(
        tmp_path, "d.jsonl", [{"title": "Только заголовок", "content": {"rendered": ""}, "excerpt": {"rendered": " "}}]
    )
    (rejected,) = docs
    assert isinstance(rejected, RejectedDoc) and rejected.file == "d.jsonl:1"
    assert "\n" not in rejected.reason and "no text" in rejected.reason


def test_markup_in_a_lead_is_text_never_markup(tmp_path):
    lead = "<p>Пограничники усилили досмотр.<script>alert(1)</script></p><style>p{}</style>"
    a = _one(tmp_path, "d.jsonl", [{"title": "Пост", "lead": lead, "text": TEXT}])
    assert a.body.startswith("Пограничники усилили досмотр.")
    assert "<" not in a.body and "alert" not in a.body


def test_short_first_paragraph_of_a_paragraphs_only_text_is_kept(tmp_path):
    short = "Фуры пустят в объезд."
    records = [
        {"title": "Пост закрыли", "content": {"rendered": f"<p>{short}</p>\n<p>{TEXT}</p>"}},
        {"title": "Пост закрыли", "paragraphs": [short, TEXT]},
        {"title": "Пост закрыли", "content": [{"type": "text/html", "value": f"<p>{short}</p><p>{TEXT}</p>"}]},
    ]
    for a in _articles(tmp_path, "d.jsonl", records):
        assert a.body.startswith(short) and "Новый график" in a.body, a.file


def test_headline_printed_atop_a_plain_text_stays_out_of_the_body(tmp_path):
    a = _one(tmp_path, "d.jsonl", [{"title": "Пост закрыли", "text": "Пост закрыли\n\n" + TEXT}])
    assert a.body.startswith("Решение приняли") and a.body.count("Пост закрыли") == 0


# ---------------------------------------------------------------- a saved page's lead outside its text

_PAGE_TEXT = "".join(
    f"<p>{p}</p>"
    for p in (
        "Решение приняли из-за роста потока грузовиков на границе с Кыргызстаном в последние недели.",
        "Новый график начнет действовать в понедельник и продлится до осени, сообщили в ведомстве.",
        "Водителей просят заранее проверять документы и бронировать время въезда через очередь.",
    )
)


def _page_body(tmp_path: Path, header: str) -> str:
    page = (
        "<html><head><title>Пост продлил работу</title></head><body><nav><a href='/'>Главная</a></nav>"
        f"{header}<article>{_PAGE_TEXT}</article></body></html>"
    )
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    (doc,) = read_path(path)
    return parse(doc).body


def test_deck_h2_under_the_headline_opens_the_body_once(tmp_path):
    body = _page_body(tmp_path, f"<h1>Пост продлил работу</h1><h2>{LEAD}</h2>")
    assert body.startswith(LEAD.rstrip(".")) and body.count("Комитет государственных доходов") == 1


def test_classed_lead_outside_the_article_opens_the_body_once(tmp_path):
    body = _page_body(tmp_path, f"<h1>Пост продлил работу</h1><p class='lead'>{LEAD}</p>")
    assert body.startswith(LEAD) and body.count("Комитет государственных доходов") == 1


def test_h2_that_is_not_under_the_headline_is_no_lead(tmp_path):
    body = _page_body(tmp_path, f"<h1>Пост продлил работу</h1><div>Поделиться</div><h2>{LEAD}</h2>")
    assert "Комитет государственных доходов" not in body

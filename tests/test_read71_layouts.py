"""read71: pages and records in layouts the reader read wrong — RSS and Atom feeds saved as
files, a table layout's story, a headline in <h2> under the site's name in <h1>, a plain
text's paper name over its dated headline, a record's story line with no stop above its
«Источник: …». Every page here was written for these tests."""

from __future__ import annotations

import json

from store.reading.parse import parse
from store.reading.read import read_path

_STORY = [
    "На пункте пропуска «Калжат» с понедельника открыли вторую полосу для грузовиков.",
    "Как сообщили в департаменте госдоходов, время досмотра сократилось вдвое.",
    "До конца месяца пост будет работать с 8:00 до 20:00.",
]


def _articles(path):
    return [parse(doc) for doc in read_path(path) if hasattr(doc, "text")]


def _paragraphs(html_paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in html_paragraphs)


def test_an_rss_feed_gives_one_article_per_item_with_the_channel_as_outlet(tmp_path):
    items = "".join(
        f"<item><title>{title}</title><link>https://granica-info.kz/n/{i}</link>"
        f"<pubDate>Mon, 0{i} Dec 2026 10:00:00 +0500</pubDate><description>Коротко о главном</description>"
        f"<content:encoded><![CDATA[{_paragraphs(_STORY)}]]></content:encoded></item>"
        for i, title in ((1, "На «Калжате» открыли вторую полосу"), (2, "Время досмотра на «Калжате» сократилось"))
    )
    feed = tmp_path / "news.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/'
        f'content/"><channel><title>Граница Инфо</title><link>https://granica-info.kz</link>{items}</channel></rss>',
        encoding="utf-8",
    )
    first, second = _articles(feed)
    assert first.title == "На «Калжате» открыли вторую полосу" and second.date == "2026-12-02"
    assert first.date == "2026-12-01" and first.source == "Граница Инфо"
    paragraphs = first.body.split("\n\n")
    assert paragraphs[0] == _STORY[0] and paragraphs[-1] == _STORY[-1]  # the synopsis is not printed above
    assert "<" not in first.body and "Коротко" not in first.body


def test_an_atom_entry_reads_its_link_date_and_html_content(tmp_path):
    escaped = _paragraphs(_STORY).replace("<", "&lt;").replace(">", "&gt;")
    feed = tmp_path / "atom.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Жетысу Экспресс</title>'
        '<entry><title>«Калжат» ускорил досмотр фур</title><link rel="alternate" href="https://jetexpress.kz/k1"/>'
        f'<published>2026-11-30T18:20:00+05:00</published><content type="html">{escaped}</content></entry></feed>',
        encoding="utf-8",
    )
    (art,) = _articles(feed)
    assert (art.title, art.date, art.url) == ("«Калжат» ускорил досмотр фур", "2026-11-30", "https://jetexpress.kz/k1")
    assert art.body.split("\n\n")[0] == _STORY[0]


def test_xml_that_is_no_feed_and_a_broken_feed_are_one_rejected_line_each(tmp_path, capsys):
    from store.cli import main

    (tmp_path / "settings.xml").write_text('<?xml version="1.0"?><settings><lang>ru</lang></settings>', "utf-8")
    (tmp_path / "cut.xml").write_text('<?xml version="1.0"?><rss><channel><item><title>Обрыв', "utf-8")
    (tmp_path / "none.rss").write_text("<rss><channel><title>Пусто</title></channel></rss>", "utf-8")
    main(["ingest", str(tmp_path), "--db", str(tmp_path / "s.db"), "--jobs", "1"])
    err = capsys.readouterr().err
    assert "rejected: settings.xml: XML file that is not an RSS or Atom feed" in err
    assert "rejected: cut.xml: invalid XML feed:" in err
    assert "rejected: none.rss: RSS or Atom feed has no items" in err
    assert "Traceback" not in err


def test_a_table_layouts_story_is_read_from_its_cell_with_the_inline_date(tmp_path):
    page = tmp_path / "page.html"
    cell = (
        f'<h3>На «Калжате» открыли вторую полосу для фур</h3><p><span class="dt">07.12.2026</span> {_STORY[0]}</p>'
        + _paragraphs(_STORY[1:])
    )
    page.write_text(
        '<html><head><meta charset="utf-8"><title>Уйгурский вестник - районная газета</title></head><body>'
        '<table><tr><td class="logo"><b>Уйгурский вестник</b></td></tr>'
        '<tr><td><a href="/">Главная</a> | <a href="/arh">Архив</a></td></tr>'
        f'<tr><td class="content">{cell}</td></tr><tr><td>© Уйгурский вестник, 2026</td></tr></table></body></html>',
        encoding="utf-8",
    )
    (art,) = _articles(page)
    assert art.title == "На «Калжате» открыли вторую полосу для фур"
    assert art.date == "2026-12-07"
    paragraphs = art.body.split("\n\n")
    assert paragraphs[0] == _STORY[0] and paragraphs[-1] == _STORY[-1]


def test_the_heading_under_the_sites_name_in_h1_is_the_headline(tmp_path):
    page = tmp_path / "post.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>Панфилов Таймс</title></head><body>'
        '<h1 class="logo"><a href="/">Панфилов Таймс</a></h1><nav><a href="/">Главная</a></nav>'
        '<div class="post"><h2>На «Калжате» открыли вторую полосу для фур</h2><span class="date">07.12.2026</span>'
        f"{_paragraphs(_STORY)}</div></body></html>",
        encoding="utf-8",
    )
    (art,) = _articles(page)
    assert art.title == "На «Калжате» открыли вторую полосу для фур"
    assert art.source == "Панфилов Таймс"
    assert art.body.split("\n\n")[0] == _STORY[0]


def test_a_plain_texts_paper_name_over_its_dated_headline_is_the_outlet(tmp_path):
    text = tmp_path / "story.txt"
    body = "\r\n\r\n".join(_STORY)
    text.write_bytes(
        ("\ufeffЖаркентские вести\r\n\r\nНа «Калжате» открыли вторую полосу\r\n\r\n07.12.2026\r\n\r\n" + body).encode()
    )
    (art,) = _articles(text)
    assert art.title == "На «Калжате» открыли вторую полосу"
    assert art.source == "Жаркентские вести" and art.date == "2026-12-07"
    assert art.body.split("\n\n")[0] == _STORY[0]


def test_a_rubric_over_a_dated_headline_is_no_outlet(tmp_path):
    text = tmp_path / "story.txt"
    text.write_text("Местные новости\n\nНа «Калжате» открыли вторую полосу\n\n07.12.2026\n\n" + "\n\n".join(_STORY))
    (art,) = _articles(text)
    assert art.source != "Местные новости"


def test_a_records_story_line_without_a_stop_stays_above_its_source_line(tmp_path):
    dump = tmp_path / "dump.jsonl"
    record = {
        "title": "Калжат",
        "text": "У поста «Калжат» стоят 60 фур, досмотр идет медленно\n\nИсточник: пресс-служба ДГД",
    }
    dump.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (art,) = _articles(dump)
    assert art.body.split("\n\n")[0] == "У поста «Калжат» стоят 60 фур, досмотр идет медленно"


def test_a_topic_over_a_dated_headline_is_no_outlet_but_the_headline_is_the_title(tmp_path):
    text = tmp_path / "story.txt"
    text.write_text("Теміржол көлігі\n\nАлтынкөлде жүк поездері қайта жүрді\n\n02.12.2026\n\n" + "\n\n".join(_STORY))
    (art,) = _articles(text)
    assert art.title == "Алтынкөлде жүк поездері қайта жүрді"
    assert art.source != "Теміржол көлігі"

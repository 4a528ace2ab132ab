#!/usr/bin/env python3
"""One article, one set of entities, whatever file it comes in: format invariance.

    python bench/format_invariance.py [--set dev,fresh] [--shapes a,b] [--reader-only] [--show N] [--json]
                                      [--checkout DIR]

Users bring the same story as a plain .txt, as a record of a scraper's or an API's JSON
dump, or as a saved page. The reader (store/reading) turns each into title, date and body,
and whatever a reader loses or changes there (a paragraph dropped, two paragraphs glued so
the sentences split elsewhere, a lead printed twice or dropped, «» left as «&laquo;») the
extraction never sees, so a dump's bodies miss names the plain text keeps (test's orgs by
format, stop 48: jsonl 2/0/5, txt 43/7/8). This bench writes each article in every shape
below, ingests each shape into a fresh store through the real pipeline (store.ingest, one
job, in this process), exports it (store.db.export) and compares every article with its
.txt form: title, date, body (paragraph by paragraph, spacing folded) and the names of its
persons, organizations, places and checkpoints.

Articles: dev's (eval/corpus/dev: each file read and parsed by the project's reader, its
title, date and body paragraphs are the story; the gold is not read) and the short fresh
articles of bench/data/format_fresh.json (written for this bench; a third `held_out`). Only
dev, never test.

Shapes (SHAPES below): the .txt form (the reference: headline, date, paragraphs); JSON-lines
records as scrapers and APIs write them — flat `text`/`title`/`date`/`url`/`source`, the same
with paragraphs on single lines, WordPress's REST API (`title.rendered`, `content.rendered`
as `<p>` HTML with entities, `excerpt`), text as a list of paragraphs, HTML in the text field
with entities escaped once and twice, a `lead` beside the text, a `description` the text
repeats, a record nested under `article` and under Elasticsearch's `_source`; all records in
one JSON-lines dump and in one JSON array; a Telegram Desktop export (result.json); and
saved pages of three CMS shapes (WordPress, 1C-Bitrix with `<br><br>` paragraphs, a bare page).
Since fmt02 (stop 50): an RSS 2.0 feed (`content:encoded` as CDATA `<p>` HTML, a teaser in
`description`), an Atom feed (`content type="html"`), a news API's answer (`articles`, UTC
`publishedAt`, `source.name`), schema.org NewsArticle JSON-LD (`headline`, `articleBody`), a
Scrapy item (every field a list, `body` a list of `<p>` fragments), a page with its story in
`<article>` under a mega-menu, breadcrumbs, a cookie banner and a sidebar of dated headlines,
the .txt form with CRLF line ends, a UTF-8 BOM, in cp1251 (Russian stories only: Kazakh letters
have no cp1251 bytes) and in UTF-16, and Common Crawl WET text (one block a line: menu, headline,
day, paragraphs, «Читайте также» and two headlines, the footer). A CSV export is not among them:
the reader refuses .csv/.tsv as a data table (store/reading/read.py, NOT_ARTICLES).

Printed: per shape, the articles that differ from the .txt form in each field; `--show N`
lists N differences per shape. Last line: `format_differences=… articles=… shapes=…`.
`--reader-only` compares read + parse only (title, date, body), no extraction: seconds.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FRESH = REPO / "bench" / "data" / "format_fresh.json"
DEV = REPO / "eval" / "corpus" / "dev"
FIELDS = ("title", "date", "body", "persons", "organizations", "places", "checkpoints")
READER_FIELDS = ("title", "date", "body")
_TYPES = {"person": "persons", "organization": "organizations", "location": "places"}


@dataclass
class Story:
    """One article's parts, the same in every shape."""

    key: str
    lang: str | None
    title: str
    date: str | None  # ISO day
    source: str | None
    url: str | None
    paragraphs: list[str]
    held_out: bool = False
    group: str = "dev"
    raw: str | None = None  # a dev .txt file as saved: the page's visible text, furniture and all


# ------------------------------------------------------------------ the articles


def fresh_stories(path: Path = FRESH) -> list[Story]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Story(
            a["key"], a["lang"], a["title"], a["date"], a["source"], a["url"], a["paragraphs"], a["held_out"], "fresh"
        )
        for a in data["articles"]
    ]


def dev_stories(corpus: Path = DEV, limit: int | None = None) -> list[Story]:
    """Dev's articles as the project's reader reads them: each file's title, date and body
    paragraphs (a dump's records and the files that give no body are left out)."""
    from store.model import RawDoc
    from store.reading.parse import parse
    from store.reading.read import read_path

    out = []
    for path in sorted(corpus.iterdir()):
        if path.suffix not in (".txt", ".html"):
            continue
        docs = [d for d in read_path(path) if isinstance(d, RawDoc)]
        if len(docs) != 1:
            continue
        art = parse(docs[0])
        paras = [p.strip() for p in art.body.split("\n\n") if p.strip()]
        if not paras or not art.title:
            continue
        key = "d" + path.stem.split("_", 1)[0]
        raw = path.read_text(encoding="utf-8") if path.suffix == ".txt" else None
        out.append(Story(key, art.language, art.title, art.date, art.source, art.url, paras, False, "dev", raw))
        if limit and len(out) >= limit:
            break
    return out


# ------------------------------------------------------------------ the shapes

_RU_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()


def _day_line(s: Story) -> str:
    y, m, d = s.date.split("-")  # type: ignore[union-attr]
    return f"{int(d)} {_RU_MONTHS[int(m) - 1]} {y}" if s.lang != "kk" else f"{d}.{m}.{y}"


def txt(s: Story) -> str:
    """The reference: headline, the day, a blank line between paragraphs."""
    head = [s.title] + ([_day_line(s)] if s.date else [])
    return "\n\n".join(head + s.paragraphs) + "\n"


def _iso_time(s: Story) -> str | None:
    return f"{s.date}T10:30:00+05:00" if s.date else None


def flat(s: Story) -> dict:
    rec = {"url": s.url, "title": s.title, "date": _iso_time(s), "source": s.source, "text": "\n\n".join(s.paragraphs)}
    return {k: v for k, v in rec.items() if v is not None}


def flat_lines(s: Story) -> dict:
    return {**flat(s), "text": "\n".join(s.paragraphs)}


_WP_CHARS = {"«": "&laquo;", "»": "&raquo;", "—": "&#8212;", "–": "&#8211;", "\u00a0": "&nbsp;", "…": "&#8230;"}


def wp_escape(text: str) -> str:
    """Text as WordPress's REST API renders it: markup characters escaped, and the typographic
    characters as the character references wptexturize writes."""
    text = html.escape(text, quote=False).replace('"', "&quot;")
    for ch, ref in _WP_CHARS.items():
        text = text.replace(ch, ref)
    return text


def _p_html(paragraphs: list[str], escape: Callable[[str], str] = wp_escape) -> str:
    return "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs) + "\n"


def wp_rest(s: Story) -> dict:
    rec = {
        "id": 1000 + sum(map(ord, s.key)),
        "date": _iso_time(s),
        "link": s.url,
        "title": {"rendered": wp_escape(s.title)},
        "content": {"rendered": _p_html(s.paragraphs), "protected": False},
        "excerpt": {"rendered": f"<p>{wp_escape(s.paragraphs[0])}</p>\n", "protected": False},
    }
    return {k: v for k, v in rec.items() if v is not None}


def paragraph_list(s: Story) -> dict:
    return {**flat(s), "text": list(s.paragraphs)}


def html_text(s: Story) -> dict:
    return {**flat(s), "text": _p_html(s.paragraphs)}


def html_text_twice(s: Story) -> dict:
    """HTML in the text field escaped once more as text (a dump of a dump): «&lt;p&gt;», «&amp;laquo;»."""
    return {**flat(s), "text": html.escape(_p_html(s.paragraphs), quote=False)}


def lead_beside(s: Story) -> dict:
    if len(s.paragraphs) < 2:
        return flat(s)
    return {**flat(s), "lead": s.paragraphs[0], "text": "\n\n".join(s.paragraphs[1:])}


def description_repeated(s: Story) -> dict:
    return {**flat(s), "description": s.paragraphs[0]}


def nested_article(s: Story) -> dict:
    return {"id": s.key, "status": "ok", "article": flat(s)}


def es_source(s: Story) -> dict:
    return {"_index": "news-2026", "_id": s.key, "_score": 1.0, "_source": flat(s)}


_UNDATED = "2026-01-01"  # the day a Telegram message of a story with no day is given


def _telegram_message(i: int, s: Story) -> dict:
    day = s.date or _UNDATED
    text: list = [{"type": "bold", "text": s.title}, "\n\n" + "\n\n".join(s.paragraphs)]
    return {
        "id": i,
        "type": "message",
        "date": f"{day}T10:30:00",
        "from": s.source or "Канал",
        "from_id": "channel1001",
        "text": text,
        "text_entities": [{"type": "bold", "text": s.title}, {"type": "plain", "text": text[1]}],
    }


_PAGE_HEAD = '<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {site}</title>\n'


def _page_meta(s: Story) -> str:
    out = f'<meta property="og:title" content="{html.escape(s.title)}">\n'
    if s.date:
        out += f'<meta property="article:published_time" content="{_iso_time(s)}">\n'
    if s.url:
        out += f'<link rel="canonical" href="{html.escape(s.url)}">\n'
    return out + "</head>\n"


def _site(s: Story) -> str:
    return html.escape(s.source or "Новости")


def page_wordpress(s: Story) -> str:
    nav = "<ul><li><a href='/'>Главная</a></li><li><a href='/news'>Новости</a></li><li><a href='/kz'>Қазақша</a></li></ul>"
    related = "<aside class='related'><h3>Читайте также</h3><ul><li><a href='/x1'>Курс доллара на сегодня</a></li><li><a href='/x2'>Погода в Алматы на выходные</a></li></ul></aside>"
    return (
        _PAGE_HEAD.format(lang=s.lang or "ru", title=html.escape(s.title), site=_site(s))
        + _page_meta(s)
        + f"<body><header class='site-header'><a class='logo' href='/'>{_site(s)}</a><nav>{nav}</nav></header>\n"
        + "<main><article class='post'><header class='entry-header'>"
        + f"<h1 class='entry-title'>{wp_escape(s.title)}</h1>"
        + (f"<time class='entry-date' datetime='{_iso_time(s)}'>{_day_line(s)}</time>" if s.date else "")
        + "</header>\n<div class='entry-content'>\n"
        + _p_html(s.paragraphs)
        + "</div></article>\n"
        + related
        + f"</main><footer><p>© 2026 {_site(s)}. Все права защищены.</p></footer></body></html>\n"
    )


def page_bitrix(s: Story) -> str:
    """1C-Bitrix's news.detail: the text's paragraphs separated by <br><br>, no <p>."""
    body = "<br>\n<br>\n".join(html.escape(p, quote=False) for p in s.paragraphs)
    return (
        _PAGE_HEAD.format(lang=s.lang or "ru", title=html.escape(s.title), site=_site(s))
        + _page_meta(s)
        + "<body><div class='top-menu'><a href='/'>Главная</a> | <a href='/press'>Пресс-центр</a></div>\n"
        + "<div class='news-detail'>"
        + (f"<span class='news-date-time'>{s.date[8:10]}.{s.date[5:7]}.{s.date[:4]}</span>" if s.date else "")
        + f"<h3>{html.escape(s.title, quote=False)}</h3>\n<div class='detail_text'>{body}</div>"
        + "<div style='clear:both'></div><br><a href='/press/news/'>Возврат к списку</a></div>\n"
        + "<div class='footer'>Copyright © 2026</div></body></html>\n"
    )


def page_bare(s: Story) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{html.escape(s.title)}</title></head><body>\n"
        + f"<h1>{html.escape(s.title, quote=False)}</h1>\n"
        + (f"<p>{_day_line(s)}</p>\n" if s.date else "")
        + "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in s.paragraphs)
        + "</body></html>\n"
    )


# ---- shapes added at fmt02 (stop 50): feeds, other APIs' and scrapers' records, crawl text,
# encodings of the .txt form, a page under heavy navigation

_RFC822_DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
_RFC822_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _rfc822(s: Story) -> str | None:
    """RSS's pubDate: «Thu, 12 Mar 2026 10:30:00 +0500»."""
    if not s.date:
        return None
    import datetime as _dt

    d = _dt.date.fromisoformat(s.date)
    return f"{_RFC822_DAYS[d.weekday()]}, {d.day:02d} {_RFC822_MONTHS[d.month - 1]} {d.year} 10:30:00 +0500"


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def rss_feed(stories: list[Story]) -> str:
    """An RSS 2.0 feed as WordPress and most CMSs write it: the item's teaser in `description`,
    the full text as `<p>` HTML in `content:encoded` (CDATA), `dc:creator`, `pubDate` in RFC 822."""
    items = []
    for s in stories:
        date = _rfc822(s)
        items.append(
            "<item>"
            + f"<title>{html.escape(s.title, quote=False)}</title>"
            + (
                f"<link>{html.escape(s.url)}</link><guid isPermaLink='true'>{html.escape(s.url)}</guid>"
                if s.url
                else ""
            )
            + (f"<pubDate>{date}</pubDate>" if date else "")
            + "<dc:creator>"
            + _cdata("Редакция")
            + "</dc:creator><category>"
            + _cdata("Новости")
            + "</category>"
            + "<description>"
            + _cdata(wp_escape(s.paragraphs[0][:160]) + " [&#8230;]")
            + "</description>"
            + "<content:encoded>"
            + _cdata(_p_html(s.paragraphs))
            + "</content:encoded>"
            + "</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>'
        "<title>Новости границы</title><link>https://example.kz/</link><description>Новости</description>"
        "<language>ru-RU</language>\n" + "\n".join(items) + "\n</channel></rss>\n"
    )


def atom_feed(stories: list[Story]) -> str:
    """An Atom feed: `summary` the teaser, `content type="html"` the text's HTML escaped as text."""
    entries = []
    for s in stories:
        entries.append(
            "<entry>"
            + f"<title type='html'>{html.escape(s.title, quote=False)}</title>"
            + (
                f"<link rel='alternate' type='text/html' href='{html.escape(s.url)}'/><id>{html.escape(s.url)}</id>"
                if s.url
                else f"<id>urn:{s.key}</id>"
            )
            + (f"<published>{_iso_time(s)}</published><updated>{_iso_time(s)}</updated>" if s.date else "")
            + "<author><name>Редакция</name></author>"
            + f"<summary type='html'>{html.escape(wp_escape(s.paragraphs[0][:160]), quote=False)}</summary>"
            + f"<content type='html'>{html.escape(_p_html(s.paragraphs), quote=False)}</content>"
            + "</entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">'
        "<title>Новости границы</title><id>https://example.kz/</id><updated>2026-06-01T00:00:00Z</updated>\n"
        + "\n".join(entries)
        + "\n</feed>\n"
    )


def newsapi(stories: list[Story]) -> dict:
    """A news API's answer (NewsAPI/GNews style): `articles`, each with `source.name`,
    `publishedAt` in UTC, `description` the teaser and the whole text in `content`."""
    arts = []
    for s in stories:
        rec = {
            "source": {"id": None, "name": s.source},
            "author": None,
            "title": s.title,
            "description": s.paragraphs[0],
            "url": s.url,
            "publishedAt": f"{s.date}T05:30:00Z" if s.date else None,
            "content": "\n\n".join(s.paragraphs),
        }
        arts.append(rec)
    return {"status": "ok", "totalResults": len(arts), "articles": arts}


def jsonld(s: Story) -> dict:
    """schema.org NewsArticle as a page's JSON-LD (what extruct and many scrapers keep)."""
    rec = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": s.url},
        "headline": s.title,
        "datePublished": _iso_time(s),
        "dateModified": _iso_time(s),
        "author": {"@type": "Organization", "name": s.source},
        "publisher": {
            "@type": "Organization",
            "name": s.source,
            "logo": {"@type": "ImageObject", "url": "https://example.kz/logo.png"},
        },
        "description": s.paragraphs[0][:200],
        "articleBody": "\n".join(s.paragraphs),
        "inLanguage": s.lang,
    }
    return {k: v for k, v in rec.items() if v is not None}


def scrapy_item(s: Story) -> dict:
    """A Scrapy item as `.extract()` leaves it: every field a list, the body a list of the
    `<p>` fragments as the page holds them, the date as the page prints it."""
    rec = {
        "url": s.url,
        "title": [s.title],
        "date": [f"{s.date[8:10]}.{s.date[5:7]}.{s.date[:4]} 10:30"] if s.date else [],
        "body": [f"<p>{html.escape(p, quote=False)}</p>" for p in s.paragraphs],
        "tags": ["граница", "КПП"],
    }
    return {k: v for k, v in rec.items() if v is not None}


_NAV_LINES = ["Главная", "Новости", "Политика", "Экономика", "Общество", "Происшествия", "Спорт", "Қазақша", "Войти"]


def wet_text(s: Story) -> str:
    """A page's text as Common Crawl's WET extraction writes it: every block one line, menu,
    headline, day, paragraphs, the related headlines and the footer, nothing told apart."""
    lines = [_site(s), *_NAV_LINES, s.title]
    if s.date:
        lines.append(_day_line(s))
    lines += ["Поделиться", *s.paragraphs, "Читайте также", "Курс доллара на сегодня", "Погода в Алматы на выходные"]
    lines += [
        f"© 2026 {html.unescape(_site(s))}. Все права защищены.",
        "Использование материалов разрешено только со ссылкой на источник.",
    ]
    return "\n".join(lines) + "\n"


def _warc_record(kind: str, uri: str | None, block: str, ctype: str) -> str:
    """One WARC/1.0 record as Common Crawl writes it (CRLF header lines, a blank line, the block)."""
    import hashlib
    import uuid

    data = block.encode("utf-8")
    head = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        *([f"WARC-Target-URI: {uri}"] if uri else []),
        "WARC-Date: 2026-12-01T05:31:07Z",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, (uri or '') + kind)}>",
        f"WARC-Block-Digest: sha1:{hashlib.sha1(data).hexdigest()}",
        f"Content-Type: {ctype}",
        f"Content-Length: {len(data)}",
    ]
    return "\r\n".join(head) + "\r\n\r\n" + block + "\r\n\r\n"


_WARCINFO = (
    "software: Apache Nutch 1.21 (modified, https://github.com/commoncrawl/nutch/)\r\nisPartOf: CC-MAIN-2026-49\r\n"
)


def wet_record(s: Story) -> str:
    """One WET record cut from a crawl file: its WARC headers over the page's text."""
    return _warc_record("conversion", s.url or f"https://example.kz/{s.key}", wet_text(s), "text/plain")


def wet_file(stories: list[Story]) -> str:
    """A Common Crawl WET file: the crawl's warcinfo record, then one conversion record a page."""
    return _warc_record("warcinfo", None, _WARCINFO, "application/warc-fields") + "".join(
        wet_record(s) for s in stories
    )


def warc_file(stories: list[Story]) -> str:
    """A WARC file: per page the crawler's request, the server's response (HTTP headers, then the
    page's HTML) and its metadata record."""
    out = [_warc_record("warcinfo", None, _WARCINFO, "application/warc-fields")]
    for s in stories:
        uri = s.url or f"https://example.kz/{s.key}"
        out.append(
            _warc_record(
                "request", uri, "GET / HTTP/1.1\r\nHost: example.kz\r\n\r\n", "application/http; msgtype=request"
            )
        )
        http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nServer: nginx\r\n\r\n" + page_wordpress(s)
        out.append(_warc_record("response", uri, http, "application/http; msgtype=response"))
        out.append(_warc_record("metadata", uri, "fetchTimeMs: 412\r\n", "application/warc-fields"))
    return "".join(out)


def page_heavy_nav(s: Story) -> str:
    """A news site's page: a mega-menu, breadcrumbs, a cookie banner, a sidebar of dated headlines
    and the story in `<article>` (h1, time, paragraphs, tags, share buttons) among them."""
    menu = "".join(
        f"<li><a href='/{i}'>{w}</a><ul>"
        + "".join(f"<li><a href='/{i}/{j}'>{w} {j}</a></li>" for j in range(1, 6))
        + "</ul></li>"
        for i, w in enumerate(_NAV_LINES)
    )
    popular = "".join(
        f"<li><a href='/p{i}'><span class='date'>{i + 1} мая 2026</span> {h}</a></li>"
        for i, h in enumerate(
            [
                "Курс доллара на сегодня",
                "Погода в Алматы на выходные: синоптики обещают дожди",
                "В Астане открыли новый парк",
                "Цены на бензин выросли в трёх регионах",
            ]
        )
    )
    return (
        _PAGE_HEAD.format(lang=s.lang or "ru", title=html.escape(s.title), site=_site(s))
        + _page_meta(s)
        + "<body><div class='cookie'>Мы используем файлы cookie. <button>Принять</button></div>\n"
        + f"<header><a class='logo' href='/'>{_site(s)}</a><nav class='mega'><ul>{menu}</ul></nav>"
        + "<form class='search'><input placeholder='Поиск по сайту'></form></header>\n"
        + "<div class='layout'><nav class='breadcrumbs'><a href='/'>Главная</a> / <a href='/news'>Новости</a> / <span>Общество</span></nav>\n"
        + "<article class='news'><h1>"
        + html.escape(s.title, quote=False)
        + "</h1>"
        + (f"<time datetime='{_iso_time(s)}'>{_day_line(s)}, 10:30</time>" if s.date else "")
        + "<div class='views'>👁 1 254</div>\n<div class='text'>"
        + _p_html(s.paragraphs)
        + "</div><div class='tags'><a href='/tag/granica'>граница</a> <a href='/tag/kpp'>КПП</a></div>"
        + "<div class='share'>Поделиться: <a>Facebook</a> <a>Telegram</a> <a>WhatsApp</a></div></article>\n"
        + f"<aside class='sidebar'><h3>Популярное</h3><ul>{popular}</ul></aside></div>\n"
        + f"<footer><p>© 2026 {_site(s)}. Все права защищены.</p><p>Использование материалов разрешено только со ссылкой.</p></footer>"
        + "</body></html>\n"
    )


def _txt_bytes(encoding: str, newline: str = "\n", bom: bytes = b"") -> Callable[[Story], bytes]:
    def make(s: Story) -> bytes:
        return bom + txt(s).replace("\n", newline).encode(encoding)

    return make


# The .txt form in other bytes: CRLF line ends (Windows), a UTF-8 BOM (Notepad), cp1251 (an old
# Windows export), UTF-16 with its BOM (Word's «Unicode text»).
BYTE_SHAPES: dict[str, Callable[[Story], bytes]] = {
    "txt_crlf": _txt_bytes("utf-8", "\r\n"),
    "txt_bom": _txt_bytes("utf-8", bom=b"\xef\xbb\xbf"),
    "txt_cp1251": _txt_bytes("cp1251"),
    "txt_utf16": _txt_bytes("utf-16"),
    "wet_text": lambda s: wet_text(s).encode("utf-8"),
    "wet_record": lambda s: wet_record(s).encode("utf-8"),
}


# name → (kind, maker): "record" one .jsonl file of one line an article, "page" one .html
# file an article, "text" one .txt, "dump"/"array"/"telegram" one file of every article.
RECORD_SHAPES: dict[str, Callable[[Story], dict]] = {
    "flat": flat,
    "flat_lines": flat_lines,
    "wp_rest": wp_rest,
    "paragraph_list": paragraph_list,
    "html_text": html_text,
    "html_text_twice": html_text_twice,
    "lead_beside": lead_beside,
    "description_repeated": description_repeated,
    "nested_article": nested_article,
    "es_source": es_source,
    "jsonld": jsonld,
    "scrapy_item": scrapy_item,
}
PAGE_SHAPES: dict[str, Callable[[Story], str]] = {
    "page_wordpress": page_wordpress,
    "page_bitrix": page_bitrix,
    "page_bare": page_bare,
    "page_heavy_nav": page_heavy_nav,
}
BULK_SHAPES = ("dump_lines", "dump_array", "telegram", "rss", "atom", "newsapi", "wet_file", "warc_file")
# A scraper that keeps the page's whole visible text under `text` (the .txt file as saved, menu,
# credits and related links included) beside the page's title and day: compared with that .txt
# file read as it is («raw_txt»), for dev's .txt files only.
RAW_SHAPES = ("scraped_page",)
SHAPES = ("txt", *RECORD_SHAPES, *BULK_SHAPES, *PAGE_SHAPES, *BYTE_SHAPES, *RAW_SHAPES)


def write_shape(shape: str, stories: list[Story], folder: Path) -> dict[str, str]:
    """Write every story in `shape` under `folder`; returns each file label's story key
    («f01.jsonl:1», «dump.jsonl:3», «result.json:2» → key)."""
    folder.mkdir(parents=True, exist_ok=True)
    keys: dict[str, str] = {}
    if shape == "txt":
        for s in stories:
            (folder / f"{s.key}.txt").write_text(txt(s), encoding="utf-8")
            keys[f"{s.key}.txt"] = s.key
    elif shape in RECORD_SHAPES:
        for s in stories:
            (folder / f"{s.key}.jsonl").write_text(
                json.dumps(RECORD_SHAPES[shape](s), ensure_ascii=False) + "\n", encoding="utf-8"
            )
            keys[f"{s.key}.jsonl:1"] = s.key
    elif shape in BYTE_SHAPES:
        for s in stories:
            cp1251 = shape == "txt_cp1251"
            if cp1251 and not _encodable(s, "cp1251"):
                continue  # Kazakh letters have no cp1251 bytes: such a file is not written in it
            (folder / f"{s.key}.txt").write_bytes(BYTE_SHAPES[shape](s))
            keys[f"{s.key}.txt"] = s.key
    elif shape in PAGE_SHAPES:
        for s in stories:
            (folder / f"{s.key}.html").write_text(PAGE_SHAPES[shape](s), encoding="utf-8")
            keys[f"{s.key}.html"] = s.key
    elif shape in ("raw_txt", "scraped_page"):
        for s in stories:
            if s.raw is None:
                continue
            if shape == "raw_txt":
                (folder / f"{s.key}.txt").write_text(s.raw, encoding="utf-8")
                keys[f"{s.key}.txt"] = s.key
            else:
                rec = {"url": s.url, "title": s.title, "date": _iso_time(s), "text": s.raw}
                rec = {k: v for k, v in rec.items() if v is not None}
                (folder / f"{s.key}.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
                keys[f"{s.key}.jsonl:1"] = s.key
    elif shape == "dump_lines":
        lines = [json.dumps(flat(s), ensure_ascii=False) for s in stories]
        (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        keys.update({f"dump.jsonl:{i}": s.key for i, s in enumerate(stories, 1)})
    elif shape == "dump_array":
        data = json.dumps([flat(s) for s in stories], ensure_ascii=False, indent=1)
        (folder / "dump.json").write_text(data, encoding="utf-8")
        keys.update({f"dump.json:{i}": s.key for i, s in enumerate(stories, 1)})
    elif shape in ("rss", "atom"):
        name = "feed.rss" if shape == "rss" else "atom.xml"
        (folder / name).write_text((rss_feed if shape == "rss" else atom_feed)(stories), encoding="utf-8")
        keys.update({f"{name}:{i}": s.key for i, s in enumerate(stories, 1)})
    elif shape in ("wet_file", "warc_file"):
        name = "crawl.wet" if shape == "wet_file" else "crawl.warc"
        data = (wet_file if shape == "wet_file" else warc_file)(stories)
        (folder / name).write_bytes(data.encode("utf-8"))
        keys.update({f"{name}:{i}": s.key for i, s in enumerate(stories, 1)})
    elif shape == "newsapi":
        data = json.dumps(newsapi(stories), ensure_ascii=False, indent=1)
        (folder / "everything.json").write_text(data, encoding="utf-8")
        keys.update({f"everything.json:{i}": s.key for i, s in enumerate(stories, 1)})
    elif shape == "telegram":
        export = {
            "name": "Новости границы",
            "type": "public_channel",
            "id": 1001,
            "messages": [_telegram_message(i, s) for i, s in enumerate(stories, 1)],
        }
        (folder / "result.json").write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
        keys.update({f"result.json:{i}": s.key for i, s in enumerate(stories, 1)})
    else:
        raise ValueError(f"unknown shape {shape}")
    return keys


def _encodable(s: Story, encoding: str) -> bool:
    try:
        txt(s).encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


# ------------------------------------------------------------------ reading them back


def _fold(text: str | None) -> str:
    return " ".join((text or "").replace("\u00a0", " ").split())


def _body_key(body: str) -> tuple[str, ...]:
    """The body paragraph by paragraph, spacing inside a paragraph folded: a paragraph glued to
    the next or split differs, a changed space does not."""
    return tuple(_fold(p) for p in body.split("\n\n") if p.strip())


def read_shape(folder: Path, keys: dict[str, str]) -> dict[str, dict]:
    """Read + parse only: each story's title, date and body as the reader gives them."""
    from store.model import RawDoc
    from store.reading.parse import parse
    from store.reading.read import read_path

    out: dict[str, dict] = {}
    for path in sorted(folder.iterdir()):
        for doc in read_path(path):
            key = keys.get(doc.file)
            if key is None:
                continue
            if not isinstance(doc, RawDoc):
                out[key] = {"title": None, "date": None, "body": (), "rejected": doc.reason}
                continue
            art = parse(doc)
            out[key] = {"title": _fold(art.title), "date": art.date, "body": _body_key(art.body)}
    return out


def ingest_shape(folder: Path, keys: dict[str, str], work: Path) -> dict[str, dict]:
    """The whole pipeline: ingest the folder into a fresh store, export every article."""
    from store.db.export import iter_articles
    from store.db.store import open_store
    from store.ingest import ingest

    db = work / f"{folder.name}.db"
    ingest([folder], db, jobs=1, on_reject=lambda *a: None, on_warn=lambda *a: None)
    store = open_store(db)
    out: dict[str, dict] = {}
    try:
        for rec in iter_articles(store):
            key = keys.get(rec["file"])
            if key is None:
                continue
            row = {"title": _fold(rec["title"]), "date": rec["date"], "body": _body_key(rec["body"] or "")}
            for name in _TYPES.values():
                row[name] = set()
            for ent in rec["entities"]:
                if ent["type"] in _TYPES:
                    row[_TYPES[ent["type"]]].add(ent["name"])
            row["checkpoints"] = {cp["name"] for cp in rec["checkpoints"]}
            out[key] = row
    finally:
        store.close()
    return out


@dataclass
class ShapeResult:
    shape: str
    differing: dict[str, list[str]] = field(default_factory=dict)  # field → story keys
    missing: list[str] = field(default_factory=list)  # stories the shape gave no article for
    outlet: list[str] = field(default_factory=list)  # names differing only as the outlet's own
    examples: list[str] = field(default_factory=list)


# A Telegram message always has its day: a story the .txt form gives no day has the message's.
_ALWAYS_DATED = {"telegram": _UNDATED}


def compare(
    shape: str, ref: dict[str, dict], got: dict[str, dict], fields: tuple[str, ...], sources: dict[str, str | None]
) -> ShapeResult:
    """The stories whose article in `shape` differs from the .txt form's, field by field; names
    of the outlet itself (_outlet_name) are kept apart in `outlet`."""
    res = ShapeResult(shape, {f: [] for f in fields})
    for key, want in ref.items():
        if shape in _ALWAYS_DATED and want.get("date") is None:
            want = {**want, "date": _ALWAYS_DATED[shape]}
        have = got.get(key)
        if have is None or have.get("rejected"):
            res.missing.append(key)
            res.examples.append(f"{key}: no article ({have and have.get('rejected')})")
            continue
        for f in fields:
            a, b = want.get(f), have.get(f)
            if isinstance(a, set) and isinstance(b, set) and a != b:
                outlet = {n for n in a ^ b if _outlet_name(n, sources.get(key))}
                if outlet:
                    res.outlet.append(f"{key} {f}: {sorted(outlet)}")
                a, b = a - outlet, b - outlet
            if a != b:
                res.differing[f].append(key)
                res.examples.append(f"{key} {f}: {_diff(a, b)}")
    return res


def _outlet_name(name: str, source: str | None) -> bool:
    """Is `name` the article's outlet, or a short form of it («Sputnik» of «Sputnik Казахстан»,
    «МГ» of «Мой город», «NEGE» of «NEGE.KZ»)? A record or a page that names its outlet lets the
    extraction read such a name as the outlet (dropped, or joined to the outlet's full name),
    which the .txt form, naming no outlet, cannot: a difference of metadata, not of a reader."""
    if not source:
        return False
    words = [w for w in re.findall(r"\w+", source.lower()) if len(w) > 1]
    own = [w for w in re.findall(r"\w+", name.lower()) if len(w) > 1]
    initials = "".join(w[0] for w in re.findall(r"\w+", source.lower()))
    return bool(own) and (all(w in words for w in own) or set(words) <= set(own) or "".join(own) == initials)


def _diff(want, have) -> str:
    if isinstance(want, set):
        return f"-{sorted(want - have)} +{sorted(have - want)}"
    if isinstance(want, tuple):
        for i, (a, b) in enumerate(zip(want, have, strict=False)):
            if a != b:
                return f"paragraph {i + 1}: {a[:90]!r} → {b[:90]!r} ({len(want)} → {len(have)} paragraphs)"
        return f"{len(want)} → {len(have)} paragraphs; extra {(have[len(want) :] or want[len(have) :])[:1]}"
    return f"{str(want)[:100]!r} → {str(have)[:100]!r}"


def run(stories: list[Story], shapes: tuple[str, ...], reader_only: bool, work: Path) -> list[ShapeResult]:
    fields = READER_FIELDS if reader_only else FIELDS
    results: dict[str, dict[str, dict]] = {}
    written: dict[str, set[str]] = {}  # the stories a shape holds (cp1251 has no Kazakh letters)
    raw = any(s in RAW_SHAPES for s in shapes)
    for shape in ("txt", *(("raw_txt",) if raw else ()), *[s for s in shapes if s != "txt"]):
        folder = work / shape
        keys = write_shape(shape, stories, folder)
        written[shape] = set(keys.values())
        results[shape] = read_shape(folder, keys) if reader_only else ingest_shape(folder, keys, work)
    sources = {s.key: s.source for s in stories}
    return [
        compare(
            shape,
            {k: v for k, v in results["raw_txt" if shape in RAW_SHAPES else "txt"].items() if k in written[shape]},
            results[shape],
            fields,
            sources,
        )
        for shape in shapes
        if shape != "txt"
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--set", default="dev,fresh", help="dev, fresh (and fresh-worked / fresh-held-out), comma-separated"
    )
    ap.add_argument("--shapes", default=",".join(s for s in SHAPES if s != "txt"))
    ap.add_argument("--reader-only", action="store_true", help="read + parse only (title, date, body)")
    ap.add_argument("--show", type=int, default=0, help="list N differences per shape")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--checkout", type=Path, help="read with this checkout's store/ (an A/B against a base); default this one"
    )
    args = ap.parse_args(argv)
    if args.checkout:
        sys.path.insert(0, str(args.checkout.resolve()))
    sets = args.set.split(",")
    stories: list[Story] = []
    if "dev" in sets:
        stories += dev_stories()
    fresh = fresh_stories()
    if "fresh" in sets:
        stories += fresh
    else:
        if "fresh-worked" in sets:
            stories += [s for s in fresh if not s.held_out]
        if "fresh-held-out" in sets:
            stories += [s for s in fresh if s.held_out]
    shapes = tuple(s for s in args.shapes.split(",") if s)
    os.environ.setdefault("BORDERDOCS_CACHE_DIR", str(Path(tempfile.gettempdir()) / "format_invariance_cache"))
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="format_invariance_") as tmp:
        results = run(stories, shapes, args.reader_only, Path(tmp))
    groups = {g: {s.key for s in stories if s.group == g and (g == "dev" or True)} for g in ("dev", "fresh")}
    held = {s.key for s in stories if s.held_out}
    total = 0
    rows = []
    for res in results:
        bad = set(res.missing).union(*res.differing.values())
        total += len(bad)
        row = {
            "shape": res.shape,
            "articles_differing": len(bad),
            "dev": len(bad & groups["dev"]),
            "fresh_worked": len(bad & (groups["fresh"] - held)),
            "fresh_held_out": len(bad & held),
            "missing": len(res.missing),
            "outlet_names": len(res.outlet),
            **{f: len(v) for f, v in res.differing.items()},
        }
        rows.append(row)
        if not args.json:
            per = " ".join(f"{f} {len(v)}" for f, v in res.differing.items())
            print(
                f"{res.shape:22} differ {len(bad):3}/{len(stories)} (dev {row['dev']}, fresh {row['fresh_worked']}"
                f" + held-out {row['fresh_held_out']}); missing {len(res.missing)}; {per}; outlet's own {len(res.outlet)}"
            )
            for line in res.examples[: args.show]:
                print("    " + line)
    elapsed = time.perf_counter() - start
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    print(
        f"format_differences={total} articles={len(stories)} shapes={len(results)}"
        f" held_out={sum(r['fresh_held_out'] for r in rows)} seconds={elapsed:.0f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

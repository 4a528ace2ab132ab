"""Where a dump record keeps its parts: the article text, its lead, title, date, URL,
source and author, under the names and shapes real scrapers and APIs write them.

Dumps come from many tools, and each nests and names its fields its own way: WordPress's
REST API (`"title": {"rendered": …}`, `excerpt`, `content`), feedparser and RSS-to-JSON
(`summary`, `content[0].value`, `description`), JSON Feed (`content_html`, `summary`),
Telegram Desktop's export (`messages[].text`, a string or a list of plain strings and
`{"type", "text"}` pieces), trafilatura (`raw_text`, `excerpt`), newspaper
(`meta_description`), news-please (`maintext`, `description`), schema.org's NewsArticle in JSON-LD
(`headline`, `articleBody`, `datePublished`), scrapy items (paragraphs as
a list, `intro`, `anons`, `brief_text`/`full_text`), and records nested in `article`,
`fields` (the Guardian's API), `attributes` (JSON:API) or `_source` (Elasticsearch).
The lead a dump keeps beside the text is often the sentence naming the actors, so it is
read too, once: a lead the text repeats (or a cut-off lead ending in «…») is not added again.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from store.reading.escaped_twice import json_escaped_twice, unescape_entities, unescape_json
from store.reading.rich_text import block_document, blocks_text, is_block_list

# The article's text, first found first.
TEXT_FIELDS = (
    "text",
    "body",
    "content",
    "content:encoded",
    "article",
    "full_text",
    "fulltext",
    "article_text",
    "maintext",
    "articlebody",  # schema.org's NewsArticle, as a page's JSON-LD or a metadata scraper gives it (qa75)
    "raw_text",
    "bodytext",
    "body_html",
    "content_html",
    "content_text",
    "text_html",
    "paragraphs",
    "texts",
    "text_entities",
    "detail_text",  # 1C-Bitrix's element (`DETAIL_TEXT`, its teaser `PREVIEW_TEXT`), behind many Kazakh sites
    "article_body",
    "news_text",
    "post_text",
    "message",  # Telethon's and VK's message, the Telegram Bot API's text
    "caption",  # a Telegram post with a photo keeps its text here, not under `text`
)
# A lead, standfirst or summary printed above the text, in the order a page prints them.
LEAD_FIELDS = (
    "subtitle",
    "subheadline",
    "lead",
    "lede",
    "standfirst",
    "anons",
    "announce",
    "annotation",
    "intro",
    "brief_text",
    "abstract",
    "lead_paragraph",
    "trailtext",
    "teaser",
    "excerpt",
    "summary",
    "description",
    "meta_description",
    "preview_text",
)
TITLE_FIELDS = ("title", "headline", "name", "webtitle")
DATE_FIELDS = (
    "date",
    "published",
    "published_at",
    "publishedat",
    "pubdate",
    "datetime",
    "date_publish",
    "publish_date",
    "date_published",
    "datepublished",
    "pub_date",
    "webpublicationdate",
    "created_at",
    "createdat",
    "created",
    "time",
    "timestamp",
    "date_unixtime",
)
URL_FIELDS = ("url", "link", "href", "web_url", "weburl", "permalink", "canonical_url")
SOURCE_FIELDS = (
    "source",
    "site",
    "site_name",
    "sitename",
    "outlet",
    "publisher",
    "source-hostname",
    "source_domain",
    "hostname",
    "from",  # a Telegram export's message: the channel that posted it
)
AUTHOR_FIELDS = ("author", "authors", "byline", "creator", "dc:creator")

# Keys under which a record keeps its own fields one level down (merged into the record).
_NESTED = ("article", "fields", "attributes", "_source", "post", "item", "node", "document", "data", "story")
# Keys of a file's top object that hold the list of records, and objects around such a list.
_LIST_KEYS = ("articles", "items", "data", "records", "results", "messages", "entries", "posts", "docs", "hits", "news")
_WRAPPERS = ("response", "hits", "result", "data", "feed")
# The text of a value object: WordPress's {"rendered"}, feedparser's {"value"}, NYT's {"main"}, {"html"}.
_VALUE_KEYS = ("rendered", "value", "text", "html", "main", "original", "name", "title")

_HTML_TAG = re.compile(
    r"</?(?:p|div|br|span|a|b|i|strong|em|h[1-6]|ul|ol|li|table|tr|td|section|article|figure|img)\b[^<>]{0,2000}>", re.I
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});", re.I)
# What a feed or an API prints where it cut a text short: «… [+1240 chars]», « [&hellip;]», «…».
_CUT_MARK = re.compile(r"\s*(?:\[\+\d+ chars\]|\[(?:…|\.\.\.)\]|…|\.\.\.)\s*$")
_NON_WORD = re.compile(r"[\W_]+")


def record_list(data, depth: int = 0) -> tuple[list, dict] | None:
    """The list of records a parsed JSON file holds, and fields every record of it shares
    (a Telegram export's channel name is each message's source); None for one record."""
    if isinstance(data, list):
        return data, {}
    if not isinstance(data, dict) or depth > 2:
        return None
    for key in _LIST_KEYS:
        if isinstance(data.get(key), list):
            shared = {"source": data["name"]} if key == "messages" and isinstance(data.get("name"), str) else {}
            return data[key], shared
    for key in _WRAPPERS:
        if isinstance(data.get(key), dict):
            inner = record_list(data[key], depth + 1)
            if inner is not None:
                return inner
    return None


def record_view(rec: dict, depth: int = 0) -> dict:
    """The record's fields by lower-cased name, with those of a nested record object
    (`article`, `fields`, `attributes`, `_source`, …) filling the ones it lacks."""
    view = {str(k).lower(): v for k, v in rec.items()}
    if depth > 2:
        return view
    for key in _NESTED:
        inner = view.get(key)
        if isinstance(inner, dict):
            del view[key]
            for k, v in record_view(inner, depth + 1).items():
                if _empty(view.get(k)):
                    view[k] = v
    return view


def _empty(value) -> bool:
    return value is None or (isinstance(value, (str, list, dict)) and not value)


def field_text(view: dict, names: tuple[str, ...], joiner: str = ", ", numbers: bool = False) -> str | None:
    """The first of `names` the record has, as plain text (HTML reduced, entities read)."""
    for name in names:
        text = value_text(view.get(name), joiner, numbers)
        if text and text.strip():
            return plain(text)
    return None


def value_text(value, joiner: str = "\n\n", numbers: bool = False) -> str | None:
    """A field's value as text: a string; a value object's text ({"rendered"}, {"value"},
    {"name"}); a Telegram text (plain strings and {"type", "text"} pieces run together);
    a list of paragraphs or names joined by `joiner`; a block editor's blocks (rich_text)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value) if numbers else None
    if isinstance(value, dict):
        blocks = block_document(value)
        if blocks is not None:
            return blocks_text(blocks, joiner)
        key = next((k for k in _VALUE_KEYS if k in value), None)
        return None if key is None or isinstance(value[key], dict) else value_text(value[key], joiner)
    if isinstance(value, list):
        if is_block_list(value):
            return blocks_text(value, joiner)
        if any(isinstance(x, dict) and "type" in x and isinstance(x.get("text"), str) for x in value):
            return "".join(x if isinstance(x, str) else str(x.get("text") or "") for x in value)
        parts = (value_text(x, joiner) for x in value if not isinstance(x, list))
        return joiner.join(p.strip() for p in parts if p and p.strip())
    return None


def plain(text: str) -> str:
    """A field's text with HTML reduced to its visible text and character references read,
    and the escapes of a text escaped twice undone (escaped_twice)."""
    from store.reading.html_page import fragment_text

    if json_escaped_twice(text):
        text = unescape_json(text)
    for _ in range(2):  # HTML escaped as text («&lt;p&gt;») is markup once its references are read
        if _HTML_TAG.search(text):
            text = fragment_text(text)  # references escaped twice come out of it as «&laquo;»
        if not _ENTITY.search(text):
            break
        text = unescape_entities(text)
    return text


# A timestamp's day is Kazakhstan's (UTC+5 since 2024-03-01, the one zone): a story posted at
# 02:00 in Astana is that day's, not the day before's in UTC.
_KAZAKHSTAN = timezone(timedelta(hours=5))
_EPOCH_DIGITS = re.compile(r"\d{9,13}(?:\.\d+)?")
# Seconds from 1990 to 2100; a larger number is milliseconds (JavaScript's Date.now()).
_EPOCH_SECONDS = (631152000, 4102444800)


_URL = re.compile(r"(?i)^(?:https?://|www\.)\S+$")


# What a collector writes under `source` for the way it got the record, not whose it is
# («rss», «telegram», «api»): with it as the outlet, every record of the dump named the channel.
_CHANNEL_WORD = re.compile(
    r"(?i)^(?:rss|atom|feed|rss[ _-]?feed|api|web|site|html|sitemap|crawler|scraper|parser|spider|"
    r"telegram|tg|vk|twitter|x|facebook|instagram|youtube|manual|import)$"
)


def record_source(view: dict) -> str | None:
    """The record's outlet: the first source field that names it, not an address (trafilatura
    writes the page's URL under `source` and the site's name under `source-hostname`); an
    address only when no field names the outlet otherwise. A collector's word for its channel
    («rss», «telegram») names no outlet: the record's link then names it (parse's outlet choice)."""
    first = None
    for name in SOURCE_FIELDS:
        text = field_text(view, (name,))
        if not text or _CHANNEL_WORD.match(text.strip()):
            continue
        if not _URL.match(text.strip()):
            return text
        first = first or text
    return first


def record_date(view: dict) -> str | None:
    """The record's date as its first date field gives it: text as written (the reader parses
    it), or a Unix timestamp — seconds or milliseconds, a number or a string of digits, or
    MongoDB's {"$date": …} — as the ISO day in Kazakhstan. Exporters write all of these; a
    timestamp read as text gave no date at all (qa62). A record without one at the top keeps
    it one level down under a key of its exporter's own (`meta.date`,
    `metadata.published_at`): the first object value holding a date field gives it."""
    return _date_at(view) or next(filter(None, map(_date_at, _objects(view))), None)


def _objects(view: dict):
    """The record's object values, as field views, in the record's order (one level down:
    a date nested deeper is another record's, a comment's or a photo's), but those of
    another thing the record points at: a Twitter-style `user.created_at` is the day the
    account was opened, `image.date` the photo's."""
    return (
        {str(k).lower(): v for k, v in value.items()}
        for key, value in view.items()
        if isinstance(value, dict) and key not in _NOT_THE_RECORDS
    )


# Keys of objects that describe someone or something else than the article (their dates are theirs).
_NOT_THE_RECORDS = frozenset(
    (
        *AUTHOR_FIELDS,
        *SOURCE_FIELDS,
        "user",
        "owner",
        "profile",
        "account",
        "channel",
        "sender",
        "from",
        "reply_to",
        "parent",
        "forwarded_from",
        "forward_from",
        "image",
        "photo",
        "media",
        "thumbnail",
        "video",
        "comments",
        "comment",
        "edited",
        "modified",
        "updated",
    )
)


def _date_at(view: dict) -> str | None:
    """The first date field of these fields (record_date)."""
    for name in DATE_FIELDS:
        value = view.get(name)
        if isinstance(value, dict) and "$date" in value:  # MongoDB extended JSON
            value = value["$date"]
            if isinstance(value, dict):
                value = value.get("$numberLong")
        day = epoch_day(value)
        if day:
            return day
        text = value_text(value, ", ", numbers=True)
        if text and text.strip():
            return plain(text)
    return None


def epoch_day(value) -> str | None:
    """The ISO day (in Kazakhstan) of a Unix timestamp in seconds or milliseconds, or None
    for anything else, a boolean or a number outside 1990–2100 included."""
    if isinstance(value, str) and _EPOCH_DIGITS.fullmatch(value.strip()):
        value = float(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    seconds = value / 1000 if value >= _EPOCH_SECONDS[1] else value
    if not _EPOCH_SECONDS[0] <= seconds < _EPOCH_SECONDS[1]:
        return None
    return datetime.fromtimestamp(seconds, _KAZAKHSTAN).date().isoformat()


# A text of fewer words than this may be a teaser: a scraper that keeps a listing's blurb
# under `text` and the article under `full_text` (or `DETAIL_TEXT`, `message`) gave only the blurb.
_TEASER_WORDS = 60


def body_field(view: dict) -> str | None:
    """The text field that holds the article: the first of TEXT_FIELDS with text, unless that
    text is short (a teaser, fewer than _TEASER_WORDS words) and a later text field holds twice
    as many words or more (the full text a scraper keeps beside its listing's blurb: the
    blurb alone lost every body the article names further on, org85)."""
    names = _candidates(view)
    if not names:
        return None
    chosen, words = names[0], _words(view, names[0])
    for name in names[1:]:
        if words >= _TEASER_WORDS:
            break
        n = _words(view, name)
        if n >= 2 * words:
            chosen, words = name, n
    return chosen


def _words(view: dict, name: str) -> int:
    text = field_text(view, (name,), "\n\n")
    return len(_key(text).split()) if text else 0


def _shorter_texts(view: dict, body: str | None) -> list[str]:
    """The text fields before the chosen one (body_field): a teaser, printed above the text as
    the leads are (and dropped where the text holds it)."""
    if body is None:
        return []
    names = _candidates(view)
    return names[: names.index(body)] if body in names else []


def _candidates(view: dict) -> list[str]:
    """The fields that may hold the article, in order: those of TEXT_FIELDS with text, then, when
    there is none or the first is a teaser, fields of other names holding prose (_prose_fields)."""
    names = [name for name in TEXT_FIELDS if not _empty(view.get(name))]
    if not names or _words(view, names[0]) < _TEASER_WORDS:
        names += _prose_fields(view)
    return names


# Fields whose names this module reads as something else, or that hold other people's text.
_NOT_THE_TEXT = frozenset(
    (
        *TEXT_FIELDS,
        *LEAD_FIELDS,
        *TITLE_FIELDS,
        *DATE_FIELDS,
        *URL_FIELDS,
        *SOURCE_FIELDS,
        *AUTHOR_FIELDS,
        *_NOT_THE_RECORDS,
        "replies",
        "related",
        "recommended",
        "tags",
        "keywords",
        "categories",
    )
)
_PROSE_WORDS = 25  # a field of another name this long, in two sentences or more, is an article's text
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")


def _prose_fields(view: dict) -> list[str]:
    """Fields of names no exporter this module knows uses («story_text», «main_body»,
    «full_description») whose text is prose: 25 words or more, in two sentences or more,
    longest first. A dump whose text sits under such a name kept only its lead, or nothing
    (org85: every body named past the lead was lost)."""
    found = []
    for name, value in view.items():
        if name in _NOT_THE_TEXT or not isinstance(value, (str, list)):
            continue
        text = field_text(view, (name,), "\n\n")
        n = len(_key(text).split()) if text else 0
        if n >= _PROSE_WORDS and len(_SENTENCE_END.findall(text or "")) >= 2:
            found.append((n, name))
    return [name for _, name in sorted(found, key=lambda x: -x[0])]


def text_and_leads(view: dict) -> tuple[str | None, list[str]]:
    """The record's text and the leads to print above it, in page order, each once: a lead
    the text (or an earlier lead) already holds is dropped, and a text a lead holds whole
    (a feed's cut-off copy) gives way to it. With no text field, the first lead is the text."""
    name = body_field(view)
    body = field_text(view, (name,), "\n\n") if name else None
    teasers = [t for t in (field_text(view, (n,), "\n\n") for n in _shorter_texts(view, name)) if t]
    leads = teasers + [text for text in (field_text(view, (name,), "\n\n") for name in LEAD_FIELDS) if text]
    body = _uncut(body) if body else None
    kept: list[str] = []
    seen = _key(body) if body else ""
    for lead in leads:
        lead = _uncut(lead)
        key = _key(lead)
        if not key or key in seen:
            continue
        if body and _key(body) in key:  # the text is a cut-off copy of this lead: the lead is the text
            body, seen = lead, key
            continue
        kept.append(lead)
        seen += " | " + key
    if body is None and kept:
        body = kept.pop(0)
    return body, kept


_OPENS_WITH_PARAGRAPH = re.compile(r"\s*<p[\s>]", re.I)


def text_is_paragraphs(view: dict) -> bool:
    """Does the record's text field hold the article's paragraphs alone, no page header: a list
    of paragraphs or a block editor's blocks, or HTML that opens with a <p> (WordPress's content,
    a feed's content:encoded)? Such a text's first line is the story's, however short, not a headline or a rubric."""
    name = body_field(view)
    value = view[name] if name else None
    if isinstance(value, dict):
        value = next((value[k] for k in _VALUE_KEYS if k in value), None)
    if is_block_list(value) or block_document(value) is not None:
        return True
    if isinstance(value, list) and value and all(isinstance(x, dict) and "value" in x for x in value):
        value = value[0]["value"]  # feedparser's content list
    if isinstance(value, list):
        return bool(value) and all(isinstance(x, str) for x in value)
    return isinstance(value, str) and bool(_OPENS_WITH_PARAGRAPH.match(value))


def _uncut(text: str) -> str:
    return _CUT_MARK.sub("", text.strip())


def _key(text: str) -> str:
    """The text's words only, lower-cased: a lead matches its copy whatever the spacing and markup."""
    return _NON_WORD.sub(" ", text.lower().replace("ё", "е")).strip()

"""An HTML page's main text and metadata (trafilatura), and the visible text of an
HTML fragment; the page's own date told from related-news teasers' dates.
"""

from __future__ import annotations

import re

from store.reading.furniture import classify
from store.reading.layout_table import ran_into_rows, story_cell_text
from store.reading.page_headline import headline_under_site_name
from store.reading.page_outlet import is_portal, page_outlet
from store.sanitize import clean_text


def html_text(html: str) -> tuple[str, dict]:
    """Main text and metadata of an HTML page with trafilatura (navigation, scripts,
    asides and footers left out); a page trafilatura finds no article in falls back
    to all of its visible text."""
    import trafilatura
    from trafilatura.settings import set_date_params

    # Dates only from the page's markup (meta tags, <time>, JSON-LD, URL): htmldate's
    # extensive search reads free text and picks up related-news teasers' dates; the
    # parser's own rules read the article's dateline instead.
    params = set_date_params(extensive=False)
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        date_extraction_params=params,
    )
    meta: dict = {}
    text = ""
    if doc is not None:
        get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
        text = get("text") or ""
        text = _short_story_paragraphs(html, text, params)
        for key, attr in (
            ("title", "title"),
            ("date", "date"),
            ("source", "sitename"),
            ("author", "author"),
            ("url", "url"),
        ):
            value = get(attr)
            if value:
                meta[key] = clean_text(str(value)).strip()
    if meta.get("date") and meta["date"][:10] in _teaser_dates(html) and meta["date"][:10] not in _markup_dates(html):
        del meta["date"]  # the date of a related-news teaser (<li>…<time>), not the page's
    if is_portal(meta.get("source", "")):
        del meta["source"]  # a government portal's tagline, not the page's outlet
    if text.strip() and _named_by_address(meta):
        meta["source"] = _framing_site(html, meta) or meta["source"]
    if ran_into_rows(text):
        text = story_cell_text(html) or text
    framed = page_outlet(html, meta.get("title")) if text.strip() and "source" not in meta else None
    headline = headline_under_site_name(html, meta.get("title"), meta.get("source") or framed, text)
    if headline:
        framed = framed or (meta["title"] if "source" not in meta else None)  # the title was the site's name
        meta["title"] = headline
    if text.strip() and "source" not in meta:
        if framed:
            meta["page_outlet"] = framed
    if not text.strip():
        text = fragment_text(html)
    else:
        lead = standfirst(html, text)
        if lead:
            meta["standfirst"] = lead
    if text.strip() and "date" not in meta:
        header_date = _header_date(html, text, meta.get("title", ""))
        if header_date:
            meta["date"] = header_date
    return clean_text(text), meta


# Below this many characters trafilatura takes its own extraction for a failure and falls back
# to a baseline that joins the whole <article> — headline, date, paragraphs — into one line.
_TRAFILATURA_MIN_SIZE = 250
_SHORT_STORY_MIN_SIZE = 40


def _short_story_paragraphs(html: str, text: str, params) -> str:
    """A short story's page read again with trafilatura's size floor lowered, when the first
    reading is one line under the floor: the fallback glued «<headline> 04.12.2026 | 10:15
    ШЫМКЕНТ. <lead> <second paragraph>» into one paragraph, so the lead's dateline was lost and
    the headline and the stamp were read as the story's words (qa75). The second reading is
    kept when it has paragraphs and keeps the first one's last words (none of the story lost),
    or when what the first reading has after the second one's last words is one furniture line
    (furniture.classify): the fallback glued the page's tag row («Теги: Хоргос Китай граница»)
    after the story, and its places were read as the story's (place83)."""
    flat = text.strip()
    if not flat or "\n" in flat or len(flat) >= 2 * _TRAFILATURA_MIN_SIZE:
        return text
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(_SHORT_STORY_MIN_SIZE))
    doc = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        date_extraction_params=params,
        config=config,
    )
    again = ((doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)) or "") if doc else ""
    if "\n" not in again.strip():
        return text
    joined = " ".join(again.split())
    if " ".join(flat.split()[-4:]) in joined:
        return again
    last = " ".join(joined.split()[-4:])
    flat_joined = " ".join(flat.split())
    at = flat_joined.rfind(last)
    rest = flat_joined[at + len(last) :].strip() if at >= 0 else ""
    return again if rest and _furniture_rows(rest) else text


# A row of tag links glued before the share row («граница КПП Поделиться: Facebook …»): a few words, no stop.
_TAG_ROW_WORDS = 5


def _furniture_rows(rest: str) -> bool:
    """Is `rest` (what the glued first reading has after the story) the page's furniture: one
    line furniture.classify knows, or such a line with a row of bare tag links glued before it
    («граница КПП» over «Поделиться: Facebook Telegram WhatsApp»: fmt02's page under heavy
    navigation, whose short story was kept as one glued line)?"""
    if classify(rest) is not None:
        return True
    words = rest.split()
    for k in range(1, min(_TAG_ROW_WORDS, len(words) - 1) + 1):
        tags = " ".join(words[:k])
        if not any(ch in tags for ch in '.!?:;,«»"') and classify(" ".join(words[k:])) is not None:
            return True
    return False


def _named_by_address(meta: dict) -> bool:
    """Is the site name only the host of the page's canonical address (no og:site_name, no
    site name in <title>)? A repost points its canonical link at the site it copied."""
    from store.reading.credits import host
    from store.reading.outlets import fold

    source, url = meta.get("source"), meta.get("url")
    return bool(source and url and fold(host(url) or "") == fold(source))


def _framing_site(html: str, meta: dict) -> str | None:
    """The site the page's frame signs (copyright line, masthead, logo) when it is another site
    than the canonical address's: the page was published there, as a repost (docs/json.md,
    `source`). Only a known outlet or a domain counts; a company named alone may own either."""
    from store.reading.outlets import fold, known, known_or_domain

    framed = page_outlet(html, meta.get("title"))
    site = known_or_domain(framed) if framed else None
    if not site or fold(known(site) or site) == fold(known(meta["source"]) or meta["source"]):
        return None
    return site


_PUBLISHED_META = re.compile(
    r"(?is)<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|og:published_time|datePublished|pubdate|"
    r"publish[_-]?date|date|dc\.date(?:\.issued)?|sailthru\.date)[\"'][^>]*>|\"datePublished\"\s*:\s*\"[^\"]+\""
)


def _markup_dates(html: str) -> set[str]:
    """ISO dates the page's markup declares as its own publication date (meta tags, JSON-LD datePublished)."""
    from store.reading.dates import parse_date

    return {d for d in (parse_date(m) for m in _PUBLISHED_META.findall(html[:200_000])) if d}


def _teaser_dates(html: str) -> set[str]:
    """ISO dates of <time> elements inside list items and asides: related-news teasers."""
    from store.reading.dates import parse_date

    out = set()
    for block in re.findall(r"(?is)<(?:li|aside)\b.*?</(?:li|aside)>", html[:500_000]):
        for t in re.findall(r"(?is)<time\b[^>]*>(.*?)</time>|<time\b[^>]*datetime=[\"']([^\"']+)", block):
            d = parse_date(t[0] or t[1])
            if d:
                out.add(d)
    return out


def _header_date(html: str, text: str, title: str) -> str | None:
    """A page whose markup carries no date often prints it as a line between the
    headline and the first paragraph (the main-text extractor drops that line).
    Look only there: dates elsewhere on the page belong to related-news teasers. The line
    may be a byline that names the outlet or the author beside the date («Жетысу Экспресс ·
    Арман Оспанов · 27 октября 2026, 11:05»): dates.named_stamp_date reads it."""

    first = next(
        (line.strip() for line in text.splitlines() if len(line.strip()) >= 40 and line.strip() != title.strip()), ""
    )
    visible = fragment_text(html)
    cut = visible.find(first[:60]) if first else -1
    if cut <= 0:
        return _under_headline(visible, title)
    header = [line.strip() for line in visible[:cut].splitlines() if line.strip()]
    for line in reversed(header[-6:]):
        found = _stamp_line_date(line)
        if found:
            return found
    return _under_headline(visible, title)


def _under_headline(visible: str, title: str) -> str | None:
    """The date printed on one of the two lines right under the headline: where a table
    layout makes the extractor run headline, date and story into one line, the page's
    visible text still shows the date alone there (or in a byline beside names)."""
    lines = [line.strip() for line in visible.splitlines() if line.strip()]
    for i, line in enumerate(lines):
        if title.strip() and line == title.strip():
            found = next((d for d in map(_stamp_line_date, lines[i + 1 : i + 3]) if d), None)
            if found:
                return found
    return None


def _stamp_line_date(line: str) -> str | None:
    """The date a line under the headline prints: alone, or in a byline parted by bars."""
    from store.reading.dates import date_only, named_stamp_date

    return date_only(line) or named_stamp_date(line)


# The class a page gives its standfirst: «article__lead», «amp-lead», «news-detail__subtitle», «intro».
_STANDFIRST_CLASS = re.compile(
    r"(?i)(?:^|[\s_-])(?:lead|lede|standfirst|sub-?title|intro|announce|anons)(?:$|[\s_-]*$|\s)"
)
_NOT_STANDFIRST = {"li", "aside", "nav", "footer", "figure", "figcaption", "a"}


def standfirst(html: str, text: str) -> str | None:
    """The standfirst under the headline («Мера будет действовать с 1 по 3 октября») when
    the main-text extractor left it out: the first element classed as the page's lead,
    above the main text, outside lists, asides, captions and links, a phrase of five words
    or more that is not furniture. It is text of the article and may name its actors."""
    import lxml.html

    from store.reading import furniture as fu

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # an unparsable page has no standfirst to find
        return None
    first = next((ln.strip() for ln in text.splitlines() if fu.is_prose(ln) and not fu.classify(ln)), "")
    for el in root.iter():
        if not isinstance(el.tag, str) or not (_STANDFIRST_CLASS.search(el.get("class") or "") or _deck(el)):
            continue
        if any(isinstance(a.tag, str) and a.tag.lower() in _NOT_STANDFIRST for a in (el, *el.iterancestors())):
            continue
        lead = re.sub(r"\s+", " ", el.text_content()).strip()
        if first and first[:40] in lead:
            return None  # the lead element holds the main text's first paragraph: nothing missing
        if fu.word_count(lead) >= 5 and not fu.classify(lead) and not fu.is_nav_row(lead) and lead[:60] not in text:
            return lead if _above(html, lead, first) else None
    return None


def _deck(el) -> bool:
    """An unclassed <h2> printed right under the page's <h1>: the headline's deck, its standfirst."""
    if el.tag.lower() != "h2":
        return False
    before = el.getprevious()
    return before is not None and isinstance(before.tag, str) and before.tag.lower() == "h1"


def _above(html: str, lead: str, first: str) -> bool:
    """Is the standfirst printed above the main text's first paragraph (not a teaser below)?"""
    visible = re.sub(r"\s+", " ", fragment_text(html))
    at, body_at = visible.find(lead[:40]), visible.find(first[:40]) if first else -1
    return at >= 0 and (body_at < 0 or at < body_at)


def fragment_text(html: str) -> str:
    """Visible text of an HTML fragment, one block element a line (scripts and styles dropped)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # lxml rejects some fragments (empty, only a comment): fall back to removing tags
        return re.sub(r"<[^>]{0,2000}>", " ", html)
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in (
            "br",
            "p",
            "div",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "section",
            "article",
            "blockquote",
        ):
            el.tail = "\n" + (el.tail or "")
    return root.text_content()

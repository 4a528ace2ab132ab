"""The headline of a page whose title is only its site's name.

Some sites print their name in the page's `<h1>` and in `<title>`, and the story's headline in
an `<h2>` or `<h3>` below it (read71: blog-engine themes, table layouts). The main-text
extractor then gives the site's name as the title, and the headline opens the text as if it
were a paragraph. When the title is the site's name — the name the page's markup or frame
gives it, or an `<h1>` that repeats `<title>` whole — the heading that opens the main text is
the headline.
"""

from __future__ import annotations

import re

from store.reading.headline import not_a_headline

_HEADINGS = ("h1", "h2", "h3")
_TITLE_TAG = re.compile(r"(?is)<title[^>]*>(.*?)</title>")
_MIN_WORDS = 3


def _key(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip().casefold()


def headline_under_site_name(html: str, title: str | None, site: str | None, text: str) -> str | None:
    """The heading that opens `text` when `title` is the site's name (`site`, or the page's
    first `<h1>` when that repeats its `<title>`); None otherwise."""
    tag = _TITLE_TAG.search(html[:50_000])
    named = _key(title) == _key(site)
    if not title or not (named or tag and _key(tag[1]) == _key(title)):
        return None  # asked first: most pages' titles are their headlines, and this reads no markup
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if _key(first) == _key(title) or len(first.split()) < _MIN_WORDS or not_a_headline(first):
        return None
    headings = _headings(html)
    if _key(first) not in headings:
        return None
    return first if named or headings[0] == _key(title) else None


def _headings(html: str) -> list[str]:
    """The texts of the page's h1–h3 headings, in page order, keyed."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # an unparsable page has no headings to read
        return []
    return [_key(el.text_content()) for el in root.iter(*_HEADINGS)]

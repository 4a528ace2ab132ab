"""The story of a page laid out in tables: the text of the cell that holds it.

Regional papers' sites built in the 2000s put the whole page in a `<table>`: the masthead,
the menu, the story and the imprint each a row. The main-text extractor reads such a page as
a data table and prints each row as one line between bars, so the headline, the date and
every paragraph of the story run into one line («| Headline 29.11.2026 First sentence. … |»):
the body was one paragraph that opened with the headline (meta69's and read71's table pages).
Here the cell holding the story is read again with a line for each of its blocks, and a date
printed in its own inline element at the start of a paragraph («<p><span>29.11.2026</span>
Story…») gets a line of its own, as a page that prints the date under its headline has.
"""

from __future__ import annotations

import re

from store.reading.dates import date_only

_ROW = re.compile(r"^\|\s.*\s\|$")
_SENTENCE_END = re.compile(r"[.!?…»]\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«]")
_INLINE = frozenset({"span", "time", "b", "strong", "em", "i", "font", "small", "div"})
_MIN_STORY = 200  # characters of prose a row must hold to be a story, not a data table's cell


def ran_into_rows(text: str) -> bool:
    """Does the extracted text read a table layout as rows: most of its text on lines between
    bars, one of them a run of sentences?"""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    rows = [ln for ln in lines if _ROW.match(ln)]
    if not rows or sum(map(len, rows)) < 0.6 * sum(map(len, lines)):
        return False
    return any(len(r) >= _MIN_STORY and len(_SENTENCE_END.findall(r)) >= 2 for r in rows)


def story_cell_text(html: str) -> str | None:
    """The visible text of the table cell with the most text (a cell holding no table of its
    own), one block a line; None when the page has no such cell."""
    import lxml.html

    from store.reading.html_page import fragment_text

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # an unparsable page keeps the extractor's text
        return None
    cells = [td for td in root.iter("td") if not td.xpath(".//table")]
    if not cells:
        return None
    cell = max(cells, key=lambda td: len(td.text_content()))
    for par in cell.iter("p"):
        _date_on_its_line(par)
    return fragment_text(lxml.html.tostring(cell, encoding="unicode"))


def _date_on_its_line(par) -> None:
    """A paragraph that opens with an inline element holding only a date: the date ends its line."""
    first = next(iter(par), None)
    if first is None or (par.text or "").strip() or not isinstance(first.tag, str) or first.tag not in _INLINE:
        return
    if date_only(first.text_content().strip()):
        first.tail = "\n" + (first.tail or "")

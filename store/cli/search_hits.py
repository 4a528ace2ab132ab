"""What an article hit matched, shown in `borderdocs search`'s table: the part of its
snippet around the marked word (search's `hit` span), cut to the cells the line has, and
on a terminal the word itself in bold.

The snippet is 160 characters; a table cell has 40 to 80 of them, so a cell cut from the
snippet's start often ended before the word that found the page («…по итогам совещания в
акимате области отдельно…» and no «Кордай»). The cell now opens a third of its width
before the word. The mark is an SGR code this module writes around the span: the article's
own text is cleaned (store.sanitize.clean_line drops ESC and every control) before it
is cut, and never read as markup.
"""

from __future__ import annotations

import os

from store.cli.table import cells, fit
from store.sanitize import clean_line

BOLD, NOT_BOLD = "\x1b[1m", "\x1b[22m"
LEAD = 3  # the word opens a third of the cell in: what comes before it says where it stands


def hit_window(text: str, hit: object, room: int) -> tuple[str, tuple[int, int] | None]:
    """`text` (a snippet) cut to `room` cells with its hit word shown whole when it fits,
    and where the word stands in the cut text (None when there is no hit or it could not
    be shown whole). The cut text is padded to `room`, as table.fit pads a cell."""
    clean = clean_line(text)
    span = _span(hit, clean, text)
    if span is None or cells(clean) <= room:
        return fit(clean, room), span
    start = _opening(clean, span[0], room)
    head = "…" if start else ""
    window = fit(head + clean[start:], room)
    at = span[0] - start + len(head)
    word = clean[span[0] : span[1]]
    if window[at : at + len(word)] != word:  # a word longer than the cell: cut, unmarked
        return window, None
    return window, (at, at + len(word))


def _span(hit: object, clean: str, text: str) -> tuple[int, int] | None:
    """The hit as (start, end) in the cleaned text, when it is a valid span of it (the
    snippet is clean already: the search cleaned it; a changed text drops the mark)."""
    if clean != text or not isinstance(hit, list | tuple) or len(hit) != 2:
        return None
    start, end = hit
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(clean)):
        return None
    return start, end


def _opening(text: str, at: int, room: int) -> int:
    """Where a cell around the word at `at` opens: a third of the cell before it, at a
    word's start, and never so far in that the text's end leaves cells unused."""
    if cells(text[:at]) <= room // LEAD:
        return 0
    start = max(0, at - room // LEAD)
    space = text.find(" ", start, at)
    start = space + 1 if space >= 0 else start
    tail, tail_room = cells(text[start:]), room - 1  # the «…» it opens with
    while start > 0 and tail + cells(text[start - 1]) <= tail_room:
        start -= 1
        tail += cells(text[start])
    return start


def marked(text: str, span: tuple[int, int] | None, on: bool) -> str:
    """`text` with the span in bold when `on` (a terminal), else as it is."""
    if not on or span is None:
        return text
    start, end = span
    return text[:start] + BOLD + text[start:end] + NOT_BOLD + text[end:]


def marks_wanted(stream) -> bool:
    """Whether to mark hits in bold: output to a terminal that is not «dumb», and no
    NO_COLOR (https://no-color.org) set."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())

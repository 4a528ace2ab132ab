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
from store.search.hit_window import hit_span, opening

BOLD, NOT_BOLD = "\x1b[1m", "\x1b[22m"


def hit_window(text: str, hit: object, room: int) -> tuple[str, tuple[int, int] | None]:
    """`text` (a snippet) cut to `room` cells with its hit word shown whole when it fits,
    and where the word stands in the cut text (None when there is no hit or it could not
    be shown whole). The cut text is padded to `room`, as table.fit pads a cell."""
    clean = clean_line(text)
    span = hit_span(hit, clean, text)
    if span is None or cells(clean) <= room:
        return fit(clean, room), span
    start = opening(clean, span[0], room, cells)
    head = "…" if start else ""
    window = fit(head + clean[start:], room)
    at = span[0] - start + len(head)
    word = clean[span[0] : span[1]]
    if window[at : at + len(word)] != word:  # a word longer than the cell: cut, unmarked
        return window, None
    return window, (at, at + len(word))


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

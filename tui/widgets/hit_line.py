"""The line under an article hit on the search screen: its snippet cut around the word
the page was found by, that word in bold.

The engine's snippet is 160 characters and the line has 70 to 96 cells, so a line cut
from the snippet's start often ended before the word («…по итогам совещания в акимате
области…» and no «Кордай»). As `borderdocs search` does (store.cli.search_hits, which
this layer may not import), the line opens a third of its width before the word. The
snippet is the article's own text: it goes through tui.text.line and is styled by a
span of a rich Text, never read as markup («[b]» stays «[b]»).
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from ..text import line

INDENT = "   "  # under the title, past the cursor's first cells
LEAD = 3  # the word opens a third of the line in: what comes before it says where it stands
HIT_STYLE = Style(bold=True, dim=False)


def hit_line(snippet: str, hit: object, width: int) -> Text:
    """`snippet` in `width` cells after the indent, dim, its `hit` ([start, end] in the
    snippet) bold and whole when it fits; a hit that is no span of the cleaned text is
    not marked (the text is shown as it is)."""
    text = line(snippet, style="dim")
    span = _span(hit, text.plain, snippet)
    room = max(1, width - len(INDENT))
    if span is not None:
        text.stylize(HIT_STYLE, *span)
        start = _opening(text.plain, span[0], room)
        if start:
            text = Text.assemble(Text("…", style="dim"), text[start:], end="", no_wrap=True)
    text.truncate(room, overflow="ellipsis")
    return Text.assemble(INDENT, text, end="", no_wrap=True)


def _span(hit: object, clean: str, snippet: str) -> tuple[int, int] | None:
    """The hit as (start, end), when it is a valid span of the snippet and cleaning
    changed nothing (else its offsets may point elsewhere)."""
    if clean != snippet or not isinstance(hit, list | tuple) or len(hit) != 2:
        return None
    start, end = hit
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(clean)):
        return None
    return start, end


def _opening(text: str, at: int, room: int) -> int:
    """Where the line opens for the word at `at`: 0 when the word is within the first
    third, else a third of the line before it, at a word's start, and never so far in
    that the snippet's end leaves cells unused, nor inside a word (a few cells unused)."""
    if cell_len(text[:at]) <= room // LEAD:
        return 0
    start = max(0, at - room // LEAD)
    space = text.find(" ", start, at)
    start = space + 1 if space >= 0 else start
    tail, tail_room = cell_len(text[start:]), room - 1  # the «…» it opens with
    while start > 0 and tail + cell_len(text[start - 1]) <= tail_room:
        start -= 1
        tail += cell_len(text[start])
    if start and not text[start - 1].isspace():  # not from inside a word («…ьный пункт»): its end
        space = text.find(" ", start, at)
        start = space + 1 if space >= 0 else start
    return start

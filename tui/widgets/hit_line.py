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

from rich.style import Style
from rich.text import Text

from store.search.hit_window import hit_span, opening

from ..text import line
from .cells import cells, truncate

INDENT = "   "  # under the title, past the cursor's first cells
HIT_STYLE = Style(bold=True, dim=False)


def hit_line(snippet: str, hit: object, width: int) -> Text:
    """`snippet` in `width` cells after the indent, dim, its `hit` ([start, end] in the
    snippet) bold and whole when it fits; a hit that is no span of the cleaned text is
    not marked (the text is shown as it is)."""
    text = line(snippet, style="dim")
    span = hit_span(hit, text.plain, snippet)
    room = max(1, width - len(INDENT))
    if span is not None:
        text.stylize(HIT_STYLE, *span)
        start = opening(text.plain, span[0], room, cells)
        if start:
            text = Text.assemble(Text("…", style="dim"), text[start:], end="", no_wrap=True)
    truncate(text, room)
    return Text.assemble(INDENT, text, end="", no_wrap=True)

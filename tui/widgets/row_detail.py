"""Two lines under a table tab's list (board, directives, facts) with the highlighted row
whole: what its cells cut.

At 80 columns a directive's «what» has 30 cells, a fact's words 40, the board's status 19
and its last queue 20, so the answer each tab is read for was cut on every row («еженед.:
отчитываться о ходе …», «closed / to close …», «…18 шақыр… · 2026-02») and read whole only
by opening the article (ux85, walking the three tabs at 80×24 and 120×40 on dev). The row's
own source says what its detail is (`detail(row)`: the columns the width hides, then the
cut ones whole); this widget fits it to two lines, ending in «…» when it is longer. The
board's preview pane (≥ 140 columns) shows its row whole already: there the board's line
is hidden (app.tcss).

Every value is untrusted text: the sources build it with tui.text.line, a rich Text
never read as markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

LINES = 2


def fitted(text: Text, width: int, console, lines: int = LINES) -> Text:
    """`text` wrapped at `width` cells, at most `lines` lines, the last ending in «…» when
    there was more."""
    if width <= 0:
        return Text("")
    wrapped = text.wrap(console, width)
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        last = wrapped[-1]
        last.rstrip()
        if last.cell_len >= width:
            last.truncate(width - 1)
            last.rstrip()
        last.append("…", style="dim")
    return Text("\n").join(wrapped)


class RowDetail(Widget):
    """The highlighted row of a table list, whole, in two lines (`show(text)`)."""

    DEFAULT_CSS = "RowDetail { height: 2; padding: 0 1; background: $boost; }"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.text = Text("")

    def show(self, text: Text | None) -> None:
        """Show `text` (None: nothing highlighted, the line blank)."""
        self.text = text or Text("")
        self.refresh()

    def render(self) -> Text:
        return fitted(self.text, self.content_region.width or self.size.width, self.app.console)

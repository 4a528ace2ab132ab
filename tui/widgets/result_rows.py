"""The search screen's result list: one line per row, redrawn in place at each keystroke.

An OptionList re-measures its options, resizes its virtual area and toggles its
scrollbar whenever its options change, each of which asks the screen for a layout
pass, and it renders every option again through Textual's content pipeline: about
6 ms of the UI thread a keystroke on a loaded machine, a third of the 16 ms a
keystroke may take to reach the screen. Here the height is fixed by the CSS, each
row is one line (cropped to the width, never wrapped), the scroll position is our
own (no virtual size, no scrollbar), and a new set of rows only repaints: the
screen never lays out again for it, and a row's line is rendered once per width
and highlight state and kept until that row changes.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from .cells import cells, one_cell, truncate
from .hit_line import hit_line

NO_COLOR_CURSOR = Style(reverse=True)
DRAWN_KEPT = 512  # rows whose drawn lines are kept after they left the screen (then all are dropped)


class HitSnippet(NamedTuple):
    """The line under an article hit: its snippet and the found word's [start, end] in it."""

    snippet: str
    hit: tuple[int, int] | None


class Row:
    """One line: a heading (not selectable, no payload), a hit and what opening it
    means, or the snippet under an article hit (`snippet`: not selectable, cut to the
    width around its word); its drawn lines are kept per (highlight, focus, width)."""

    __slots__ = ("prompt", "payload", "selectable", "keep", "snippet", "key", "lines")

    def __init__(
        self,
        prompt: Text,
        payload: Any = None,
        selectable: bool = False,
        keep: int = 0,
        snippet: HitSnippet | None = None,
    ) -> None:
        self.prompt, self.payload, self.selectable = prompt, payload, selectable
        # how many characters at the prompt's end stay on screen when it is too wide
        self.keep = keep
        self.snippet = snippet
        # what the line looks like (Text has no equality of its own)
        self.key = (
            selectable,
            keep,
            prompt.plain,
            str(prompt.style),
            tuple((s.start, s.end, str(s.style)) for s in prompt.spans),
            snippet,
        )
        self.lines: dict[tuple[str | None, bool, int], Strip] = {}


class ResultRows(Widget, can_focus=True):
    """A cursor over a short list of one-line rows; enter (or a click) posts Selected."""

    BINDINGS = [
        Binding("j,down", "cursor(1)", "Down", show=False, id="rows.down"),
        Binding("k,up", "cursor(-1)", "Up", show=False, id="rows.up"),
        Binding("g,home", "first", "First", show=False, id="rows.first"),
        Binding("G,end", "last", "Last", show=False, id="rows.last"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="rows.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="rows.page_up"),
        Binding("enter", "select", "Open", show=False, id="rows.select"),
    ]
    COMPONENT_CLASSES = {"result-rows--cursor", "result-rows--heading"}
    DEFAULT_CSS = """
    ResultRows { height: 1fr; }
    ResultRows > .result-rows--cursor { background: $block-cursor-blurred-background; }
    ResultRows:focus > .result-rows--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold;
    }
    ResultRows > .result-rows--heading { color: $text-muted; }
    """

    class Selected(Message):
        """Enter or a click on a selectable row."""

        def __init__(self, rows: ResultRows, payload: Any) -> None:
            super().__init__()
            self.rows, self.payload = rows, payload

        @property
        def control(self) -> ResultRows:
            return self.rows

    class Scrolled(Message):
        """The rows in view changed (the cursor moved past an edge): `rows.in_view()`."""

        def __init__(self, rows: ResultRows) -> None:
            super().__init__()
            self.rows = rows

        @property
        def control(self) -> ResultRows:
            return self.rows

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[Row] = []
        self.highlighted: int | None = None
        self._top = 0  # the first row on screen
        self._styles: dict[str | None, Style] = {}  # this frame's styles (render_lines)
        # the drawn lines of rows shown before, by what a row looks like (set_rows), while the
        # widget's own style stays the one they were drawn in
        self._drawn: dict[tuple, dict[tuple[str | None, bool, int], Strip]] = {}
        self._drawn_in: Style | None = None

    # ------------------------------------------------------------ content
    def set_rows(self, items: list[tuple[Text, Any] | tuple[Text, Any, int] | str | HitSnippet]) -> None:
        """The new rows ((prompt, payload) pairs, or (prompt, payload, keep) where the
        last `keep` characters stay visible when the prompt is cut; a str is a heading, a
        HitSnippet the line under the hit before it), the cursor on the
        first hit and the view at the top. A row that looks as one shown before keeps its
        drawn lines: the common case while a name is typed, and every row of a text
        typed again (a backspace brings back the rows of a key or two before, each of
        which cost a cut and a render: tui69)."""
        before, highlighted, top = self.rows, self.highlighted, self._top
        drawn = self._drawn
        if len(drawn) > DRAWN_KEPT:
            drawn.clear()
        drawn.update((row.key, row.lines) for row in before if row.lines)
        self.rows = [_row(item) for item in items]
        for row in self.rows:
            row.lines = drawn.get(row.key, row.lines)
        self.highlighted = next((n for n, r in enumerate(self.rows) if r.selectable), None)
        self._top = 0
        if top:
            self.refresh()
            return
        width = self.size.width
        changed = [Region(0, y, width, 1) for y in self._changed_lines(before, highlighted)]
        if changed:  # only these lines are drawn again, marked in one call (each call also clears
            self.refresh(*changed)  # the widget's caches and asks for idle: ~20 a topic key, tui82)

    def keep_place(self, items: list) -> None:
        """The rows again with lines added or dropped (a snippet cut after they were
        shown), the cursor on the same hit and that hit on the same line of the view."""
        nth = sum(1 for r in self.rows[: self.highlighted or 0] if r.selectable)
        line = (self.highlighted or 0) - self._top
        self.rows = [_row(item) for item in items]
        hits = [n for n, r in enumerate(self.rows) if r.selectable]
        self.highlighted = hits[min(nth, len(hits) - 1)] if hits else None
        self._top = max(0, (self.highlighted or 0) - line)
        self.refresh()

    def in_view(self) -> range:
        """The indices of the rows on screen."""
        return range(self._top, min(len(self.rows), self._top + max(1, self.size.height)))

    def _changed_lines(self, before: list[Row], highlighted: int | None) -> list[int]:
        """The lines on screen that look different from the rows `before` (view at the top)."""
        out = []
        for y in range(min(self.size.height, max(len(before), len(self.rows)))):
            same = y < len(before) and y < len(self.rows) and before[y].key == self.rows[y].key
            if not same or (y == highlighted) != (y == self.highlighted):
                out.append(y)
        return out

    @property
    def current(self) -> Any:
        """The highlighted row's payload (None when nothing is highlighted)."""
        return None if self.highlighted is None else self.rows[self.highlighted].payload

    # ------------------------------------------------------------ drawing
    def render_lines(self, crop: Region) -> list[Strip]:
        """The styles for this frame, worked out once (Textual blends a widget's style
        with its ancestors' at each ask: most of a line's cost otherwise). Lines drawn in
        another style (a theme changed) are dropped."""
        base = self.rich_style
        if base != self._drawn_in:
            self._drawn_in = base
            self._drawn.clear()
            for row in self.rows:
                row.lines.clear()
        self._styles = {None: base}
        return super().render_lines(crop)

    def _style(self, component: str | None) -> Style:
        style = self._styles.get(component)
        if style is None:
            style = self._styles[component] = self.get_component_rich_style(component)
        return style

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        index = self._top + y
        if index >= len(self.rows):
            return Strip.blank(width, self._style(None))
        row = self.rows[index]
        component = "result-rows--cursor" if index == self.highlighted else None
        if not row.selectable:
            component = None if row.snippet else "result-rows--heading"
        key = (component, self.has_focus, width)
        strip = row.lines.get(key)
        if strip is None:
            text = hit_line(*row.snippet, width) if row.snippet else fit(row.prompt, row.keep, width)
            strip = row.lines[key] = self._strip(text, width, component)
        return strip

    def _strip(self, text: Text, width: int, component: str | None) -> Strip:
        """One row cropped to the width: the widget's style under the row's own, the
        cursor's on top (so a cell with its own background cannot hide the cursor)."""
        base = self._style(None)
        over = self._style(component) if component else None
        if component == "result-rows--cursor" and self.app.no_color:
            over = (over or Style()) + NO_COLOR_CURSOR  # NO_COLOR drops the background
        segments = [
            Segment(s.text, _cell_style(base, s.style, over), s.control)
            for s in text.render(self.app.console)
            if s.text != "\n"
        ]
        # its cells counted once here (tui.widgets.cells): the Strip would walk a Kazakh
        # line's letters one by one to measure it for the crop
        plain = "".join(s.text for s in segments if not s.control)  # (as Strip counts them)
        length = len(plain) if one_cell(plain) else None
        return Strip(segments, length).crop_extend(0, width, base + over if over else base)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # ------------------------------------------------------------ cursor
    def _move_to(self, index: int | None) -> None:
        if index is None or index == self.highlighted:
            return
        self.highlighted = index
        height = max(1, self.size.height)
        # the hit's snippet line under it comes into view with it; a heading above it too
        last = index + 1 if index + 1 < len(self.rows) and self.rows[index + 1].snippet else index
        top = self._top
        if index < self._top:
            self._top = index - 1 if index > 0 and self._is_heading(index - 1) else index
        elif last >= self._top + height:
            self._top = max(0, last - height + 1)
        if self._top != top:
            self.post_message(self.Scrolled(self))
        self.refresh()

    def _is_heading(self, index: int) -> bool:
        row = self.rows[index]
        return not row.selectable and row.snippet is None

    def _selectable(self, start: int, step: int) -> int | None:
        """The nearest selectable row from `start` in the direction `step`."""
        n = start
        while 0 <= n < len(self.rows):
            if self.rows[n].selectable:
                return n
            n += step
        return None

    def action_cursor(self, delta: int) -> None:
        if self.highlighted is not None:
            step = 1 if delta > 0 else -1
            target = max(0, min(len(self.rows) - 1, self.highlighted + delta))
            found = self._selectable(target, step)
            self._move_to(found if found is not None else self._selectable(target, -step))

    def action_page(self, direction: int) -> None:
        self.action_cursor(direction * max(1, self.size.height - 1))

    def action_first(self) -> None:
        self._move_to(self._selectable(0, 1))

    def action_last(self) -> None:
        self._move_to(self._selectable(len(self.rows) - 1, -1))

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Selected(self, self.current))

    def on_click(self, event) -> None:
        index = self._top + event.y
        if 0 < index < len(self.rows) and self.rows[index].snippet:  # the snippet opens its hit
            index -= 1
        if 0 <= index < len(self.rows) and self.rows[index].selectable:
            self._move_to(index)
            self.action_select()


def _row(item: tuple[Text, Any] | tuple[Text, Any, int] | str | HitSnippet) -> Row:
    if isinstance(item, HitSnippet):
        return Row(Text(item.snippet), snippet=item)
    if isinstance(item, str):
        return Row(Text(item, style="bold underline"))
    return Row(item[0], item[1], True, item[2] if len(item) > 2 else 0)


# The least of a cut prompt's head that stays before its kept end (else the whole row is cut with «…»).
MIN_HEAD = 12
FOUND_BY = "  ← "  # before the words a hit was found by (search_screen._prompt)
FOUND_BY_MIN = 6  # fewer of those words than this left by a cut: they go whole


def fit(prompt: Text, keep: int, width: int) -> Text:
    """The prompt cut to `width` with its last `keep` characters whole: the head ends in
    «…» instead. An article hit's date and outlet follow its title, and a long title
    pushed them past the right edge at 80 columns, so two hits of one title could not be
    told apart. A row with nothing to keep (or a head too short) ends in «…» at the width:
    cropped at the edge, «cn-alashankou-cus» read as whole."""
    if cells(prompt.plain) <= width:
        return prompt
    # one divide for both parts (a slice of a Text is a divide of its own: two were a third
    # of a new row's drawing, at every key that brings new article rows; tui69)
    head, tail = prompt.divide([len(prompt.plain) - keep])
    room = width - cells(tail.plain)
    if not keep or room < MIN_HEAD:  # no tail to keep: the line ends in «…», not mid-word at the edge
        head, tail, room = prompt.copy(), Text(), width
    arrow = head.plain.rfind(FOUND_BY)
    if arrow > 0 and room - arrow - len(FOUND_BY) < FOUND_BY_MIN:
        # the found-by words cut to a letter or two («…«Хоргос»  ← М…») say nothing: left out
        head = head.divide([arrow])[0]
    truncate(head, room)
    return Text.assemble(head, tail, end="", no_wrap=True)


def _cell_style(base: Style, own: Style | None, over: Style | None) -> Style:
    style = base + own if own else base
    return style + over if over else style

"""A short OptionList (an article's entities, an entity's articles) with vi keys.

Only for lists of at most a few hundred items; long lists use VirtualList. Each
option carries a payload (what enter opens), kept beside the OptionList by id.
Prompts are always rich Text built by tui.text, never markup strings.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

HANG = 2  # cells a wrapped line of an item starts right of its item's first line


class Hanging:
    """An item's prompt whose wrapped lines are indented: a timeline entry wrapped at 80
    columns went on at column 0 and read as the next entry. Each line of the prompt
    (`\n`) wraps at the list's width, its continuations HANG cells in, or as far in as
    the line itself starts («  Zakon.kz · …», the entry's second line)."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text.plain

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        out = Text()  # ends in a newline: Textual counts an option's lines by its newlines
        for n, part in enumerate(self.text.split("\n", allow_blank=True)):
            if n:
                out.append("\n")
            out.append_text(self._hung(console, part, width))
        yield out

    @staticmethod
    def _hung(console: Console, part: Text, width: int) -> Text:
        """One line of the prompt: its first line as wide as the list, the rest indented."""
        plain = part.plain
        indent = max(HANG, len(plain) - len(plain.lstrip(" ")))
        lines = part.wrap(console, width)
        if len(lines) == 1:
            return part
        if width <= 4 * indent:
            return Text("\n").join(lines)
        cut = len(lines[0].plain)  # Text.wrap cuts at these offsets, trailing spaces kept
        while cut < len(plain) and plain[cut] == " ":
            cut += 1
        rest = part[cut:].wrap(console, width - indent)
        return Text("\n").join([lines[0], *(Text(" " * indent) + piece for piece in rest)])


class NavList(OptionList):
    """OptionList + j/k/g/G and space, with a payload per option."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="nav.down"),
        Binding("k", "cursor_up", "Up", show=False, id="nav.up"),
        Binding("g", "first", "First", show=False, id="nav.first"),
        Binding("G", "last", "Last", show=False, id="nav.last"),
        # as on the lists and the help (docs/tui.md «pgdn / pgup, space»): on a page's list
        # space did nothing (ux85)
        Binding("space", "page_down", "Page down", show=False, id="nav.page_down"),
    ]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.payloads: dict[str, Any] = {}

    def fill(self, items: list[tuple[Text, Any] | str | None]) -> None:
        """Replace the options: (prompt, payload) pairs; a str is a section heading; None a rule."""
        self.clear_options()
        self.payloads = {}
        options: list[Option | None] = []
        for i, item in enumerate(items):
            if item is None:
                options.append(None)
            elif isinstance(item, str):
                options.append(Option(Text(item, style="bold underline"), disabled=True))
            else:
                prompt, payload = item
                self.payloads[str(i)] = payload
                options.append(Option(Hanging(prompt), id=str(i)))
        self.add_options(options)
        first = next((i for i, o in enumerate(options) if o is not None and not o.disabled), None)
        self.highlighted = first

    def payload(self, option_id: str | None) -> Any:
        return self.payloads.get(option_id or "")

    @property
    def current(self) -> Any:
        if self.highlighted is None:
            return None
        return self.payload(self.get_option_at_index(self.highlighted).id)

"""A short OptionList (an article's entities, an entity's articles) with vi keys.

Only for lists of at most a few hundred items; long lists use VirtualList. Each
option carries a payload (what enter opens), kept beside the OptionList by id.
Prompts are always rich Text built by tui.text, never markup strings.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class NavList(OptionList):
    """OptionList + j/k/g/G, with a payload per option."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="nav.down"),
        Binding("k", "cursor_up", "Up", show=False, id="nav.up"),
        Binding("g", "first", "First", show=False, id="nav.first"),
        Binding("G", "last", "Last", show=False, id="nav.last"),
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
                options.append(Option(prompt, id=str(i)))
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

"""The Articles tab's active filters as chips, one button each: clicking a chip (or
enter on it) drops that filter. Hidden while no filter is set.

Labels are article-derived text (entity names, typed words), so each goes in as
plain Content, never as markup."""

from __future__ import annotations

from textual.containers import HorizontalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Button

from store.sanitize import clean_line


class FilterChips(HorizontalScroll):
    """A row of removable chips; posts Removed(key) when one is pressed."""

    DEFAULT_CSS = """
    FilterChips { height: 1; display: none; padding: 0 1; scrollbar-size: 0 0; }
    FilterChips.-active { display: block; }
    FilterChips > Button { margin: 0 1 0 0; min-width: 4; }
    """

    class Removed(Message):
        """The user dropped the chip `key`."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def show(self, chips: list[tuple[str, str]]) -> None:
        """Replace the chips with `chips`: (key, label) pairs."""
        self.remove_children()
        buttons = [Button(Content(f"{clean_line(label)} ×"), compact=True, name=key) for key, label in chips]
        if buttons:
            self.mount(*buttons)
        self.set_class(bool(buttons), "-active")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.name:
            self.post_message(self.Removed(event.button.name))

"""The scrolling article body, with vi keys for reading."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll


class BodyView(VerticalScroll, can_focus=True):
    """A focusable scroll area for long text."""

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False, id="body.down"),
        Binding("k", "scroll_up", "Up", show=False, id="body.up"),
        Binding("g", "scroll_home", "Top", show=False, id="body.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="body.bottom"),
        Binding("space", "page_down", "Page", show=False, id="body.page_down"),
    ]

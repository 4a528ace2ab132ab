"""F1 / ?: every key, from help.md, in a modal."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = Path(__file__).resolve().parent.parent / "help.md"


class HelpScreen(ModalScreen[None]):
    """The key list; escape, q, F1 or ? close it."""

    BINDINGS = [
        Binding("escape,q,f1,question_mark", "close", "Close", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Markdown(HELP.read_text(encoding="utf-8"), id="help-text")

    def action_scroll(self, delta: int) -> None:
        self.query_one("#help-box").scroll_relative(y=delta, animate=False)

    def action_close(self) -> None:
        self.dismiss(None)

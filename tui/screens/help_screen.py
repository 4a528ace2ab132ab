"""F1 / ?: the keys of the screen underneath first (read from its live bindings,
so they are the ones that act there, with the focused list's), then every key
from help.md, in a modal."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from ..widgets.notice_line import HIDE_KEY, NoticeDetails, NoticeLine

HELP = Path(__file__).resolve().parent.parent / "help.md"


class HelpScreen(ModalScreen[None]):
    """The key list; escape, q, F1 or ? close it; j/k, g/G, space scroll it. The session's
    notices come first, in full, and stay on their line under the box."""

    BINDINGS = [
        Binding("escape,q,f1,question_mark", "close", "Close", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
        Binding("g,home", "top", "Top", show=False, id="help.top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="help.bottom"),
        Binding("space,pagedown", "page(1)", "Page down", show=False, id="help.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="help.page_up"),
        Binding(HIDE_KEY, "app.hide_session_notices", "Hide notices", show=False, id="help.hide_notices"),
    ]

    def __init__(self, below=None) -> None:
        super().__init__()
        self.below = below  # the screen whose keys come first

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            # the session's notices in full (their line says what to do in a few words):
            # plain text, for the detail holds a file's name or SQLite's message
            yield NoticeDetails(id="help-notices")
            yield Markdown(screen_keys(self.app, self.below) + HELP.read_text(encoding="utf-8"), id="help-text")
        yield NoticeLine(id="notices")  # under the box, as under the lists

    def action_scroll(self, delta: int) -> None:
        self.query_one("#help-box").scroll_relative(y=delta, animate=False)

    def action_page(self, direction: int) -> None:
        box = self.query_one("#help-box")
        box.scroll_relative(y=direction * max(1, box.size.height - 1), animate=False)

    def action_top(self) -> None:
        self.query_one("#help-box").scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.query_one("#help-box").scroll_end(animate=False)

    def action_close(self) -> None:
        self.dismiss(None)


def screen_keys(app, screen) -> str:
    """A Markdown table of the keys that act on `screen` now (its own and its focused
    widget's, not the app-wide ones nor Textual's own: only bindings with an id), each
    action once with all its keys."""
    if screen is None:
        return ""
    rows: dict[tuple, list[str]] = {}
    typed = screen.typed_keys() if hasattr(screen, "typed_keys") else frozenset()  # a name's letters there
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if active.node is app or not binding.id or not binding.description or not active.enabled or key in typed:
            continue
        rows.setdefault((binding.description, binding.action), []).append(app.get_key_display(binding) or key)
    if not rows:
        return ""
    title = getattr(screen, "HELP_TITLE", None) or type(screen).__name__.removesuffix("Screen")
    lines = [f"# Keys here: {title}", "", "| key | does |", "|---|---|"]
    for (description, _), keys in rows.items():
        shown = " ".join(f"`{k}`" for k in dict.fromkeys(keys)).replace("|", "\\|")
        lines.append(f"| {shown} | {description} |")
    return "\n".join(lines) + "\n\n"

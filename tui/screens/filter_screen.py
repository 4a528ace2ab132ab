"""`f`: filter the article list by outlet, language and date range (the entity
filter comes from an entity's screen with `a` and is kept here)."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from store.db.queries import ArticleFilter

from ..text import line

FIELDS = (
    ("source", "outlet"),
    ("language", "language (ru, kk, en…)"),
    ("date_from", "from date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("date_to", "to date"),
)


class FilterScreen(ModalScreen[ArticleFilter | None]):
    """Edit an ArticleFilter; enter in any field applies, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="filter.cancel")]

    def __init__(self, current: ArticleFilter, outlets: list[str] | None = None) -> None:
        super().__init__()
        self.current = current
        self.outlets = outlets or []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Filter articles (empty = any)", style="bold"))
            for name, label in FIELDS:
                yield Input(getattr(self.current, name) or "", placeholder=label, id=f"filter-{name}")
            if self.outlets:
                yield Static(Text("outlets: ", style="dim") + line(", ".join(self.outlets[:8])))
            if self.current.entity_id is not None:
                yield Static(Text("entity: ", style="dim") + line(self.current.entity_name or ""))
            yield Static(Text("tab: next field   enter: apply   escape: cancel", style="dim"))

    @on(Input.Submitted)
    def _apply(self) -> None:
        values = {name: self.query_one(f"#filter-{name}", Input).value.strip() or None for name, _ in FIELDS}
        self.dismiss(replace(self.current, **values))

    def action_cancel(self) -> None:
        self.dismiss(None)

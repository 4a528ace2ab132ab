"""`f`: filter the article list by outlet, language and date range (the entity
filter comes from an entity's screen with `a` and is kept here).

Bad values are refused in the dialog with one line saying why (a date such as
2024-13, an outlet that names none of the store's), instead of an empty list."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

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
            yield Static(Text(""), id="filter-error")
            yield Static(Text("tab: next field   enter: apply   escape: cancel", style="dim"))

    @on(Input.Submitted)
    def _apply(self) -> None:
        values = {name: self.query_one(f"#filter-{name}", Input).value.strip() or None for name, _ in FIELDS}
        problem = date_problem(values["date_from"]) or date_problem(values["date_to"])
        if values["source"] and not problem:
            values["source"], problem = match_outlet(values["source"], self.outlets)
        if problem:
            self.query_one("#filter-error", Static).update(Text(problem, style="bold red"))
            return
        self.dismiss(replace(self.current, **values))

    def action_cancel(self) -> None:
        self.dismiss(None)


DATE_SHAPE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_problem(value: str | None) -> str | None:
    """Why `value` is not a YYYY, YYYY-MM or YYYY-MM-DD date (None when it is, or empty)."""
    if not value:
        return None
    m = DATE_SHAPE.match(value)
    if not m:
        return f"«{value}» is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    if not 1 <= month <= 12:
        return f"«{value}»: there is no month {m[2]}"
    try:
        date(year, month, day)
    except ValueError:
        return f"«{value}»: there is no day {m[3]} in {m[1]}-{m[2]}"
    return None


def match_outlet(typed: str, outlets: list[str]) -> tuple[str | None, str | None]:
    """The outlet text to filter by, matched case-insensitively as a substring of the
    store's outlets, and why not when none contains it. The text is returned in the
    case of the first outlet that contains it (the store's match is a substring match
    that folds ASCII case only, and outlet names are mostly Latin)."""
    if not outlets:
        return typed, None
    folded = typed.casefold()
    for outlet in outlets:
        at = outlet.casefold().find(folded)
        if at >= 0:
            aligned = len(outlet.casefold()) == len(outlet)  # folding kept the offsets
            return (outlet[at : at + len(typed)] if aligned else typed), None
    return None, f"no outlet contains «{typed}»"

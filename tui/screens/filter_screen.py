"""`f`: filter the article list by outlet, language and date range (the entity
filter comes from an entity's screen with `a` and is kept here).

Bad values are refused in the dialog with one line saying why (a date such as
2024-13, an outlet that names none of the store's), instead of an empty list."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.css.query import NoMatches
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from store.db.queries import ArticleFilter

from ..text import line
from ..widgets.field_input import FieldInput
from ..widgets.typed_input import TypedInput, TypedOrder
from .search_keys import letter_to_screen, typed_into

_HINTED_OUTLETS = 8  # the dialog has room for about two lines of names at 80 columns

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
        # letters typed behind `f` before the fields were built, by field (tab moves on)
        self._typed_ahead: dict[int, str] = {}
        self._ahead_field = 0  # the field those letters go to
        # when each field's last letters were typed: its own and those handed to the
        # dialog late go in by it (widgets.typed_input)
        self._letters = [TypedOrder() for _ in FIELDS]
        self._fields: list[FieldInput] = []  # made by compose, maybe not mounted yet (take_queued_key)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Filter articles (empty = any)", style="bold"))
            for i, (name, label) in enumerate(FIELDS):
                value = getattr(self.current, name) or ""
                ahead = self._typed_ahead.get(i)
                if ahead is not None:  # typed ahead, not a value to replace
                    field = FieldInput(
                        ahead, placeholder=label, id=f"filter-{name}", select_on_focus=False, order=self._letters[i]
                    )
                else:
                    field = FieldInput(value, placeholder=label, id=f"filter-{name}", order=self._letters[i])
                self._fields.append(field)
                yield field
            yield Static(self._outlets_hint(), id="filter-outlets")
            if self.current.entity_id is not None:
                yield Static(Text("entity: ", style="dim") + line(self.current.entity_name or ""))
            yield Static(Text(""), id="filter-error")
            yield Static(Text("tab: next field   enter: apply   escape: cancel", style="dim"))

    def _type_ahead(self, letter: str, when: float) -> None:
        """A letter for the field tab has reached before the fields are built, where it was typed."""
        field = self._ahead_field
        self._typed_ahead[field] = self._letters[field].insert(self._typed_ahead.get(field, ""), letter, when)

    def on_mount(self) -> None:
        if self._ahead_field:  # tab typed behind `f` before the fields were built
            self.set_focus(self.query(Input)[self._ahead_field])

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

    def _outlets_hint(self) -> Text:
        """The most frequent outlets, and how many more there are: the first eight alone
        read as every outlet the store has (qa69: 17 in a store, 8 shown, no sign of more)."""
        if not self.outlets:
            return Text("")
        shown = ", ".join(self.outlets[:_HINTED_OUTLETS])
        more = len(self.outlets) - _HINTED_OUTLETS
        return Text("outlets: ", style="dim") + line(shown + (f" and {more} more" if more > 0 else ""))

    def set_outlets(self, outlets: list[str]) -> None:
        """The store's outlets, fetched after the dialog opened: the hint, and what a typed
        outlet is matched against (before they come it is taken as typed)."""
        self.outlets = outlets
        try:
            self.query_one("#filter-outlets", Static).update(self._outlets_hint())
        except NoMatches:  # not built yet: compose shows them
            pass

    @on(events.Key)
    def _on_screen_key(self, event: events.Key) -> None:
        letter_to_screen(self, event)

    def take_queued_key(self, event: events.Key) -> bool:
        """A key typed right behind `f`, which reached the list under the dialog
        (tui.screens.search_keys): «fkazinform» in one burst left the outlet empty. A
        letter goes on in the focused field (the outlet while the fields are not built),
        tab moves to the next field once they are, enter applies, escape cancels."""
        if event.key == "escape":
            self.action_cancel()
        elif event.key == "enter":
            self.call_after_refresh(self._apply)
        elif event.key in ("tab", "shift+tab"):
            step = 1 if event.key == "tab" else -1
            if self.query(Input):
                self.focus_next() if step == 1 else self.focus_previous()
            else:  # not built: the letters that follow go to the next field (on_mount focuses it)
                self._ahead_field = (self._ahead_field + step) % len(FIELDS)
                self._typed_ahead.setdefault(self._ahead_field, "")
        elif event.is_printable and event.character:
            # the focused field, or the one to be focused (made by compose, maybe not mounted
            # yet: query finds it only once it is, and a letter set into `_typed_ahead` after
            # compose had read it was lost: «fkazinform» gave «kinform», race67)
            box = self.focused if isinstance(self.focused, Input) else None
            if box is None and self._fields:
                box = self._fields[self._ahead_field]
            # not built yet: the field is built with these letters (_type_ahead)
            order = box.order if isinstance(box, TypedInput) else self._letters[self._ahead_field]
            typed_into(order, box, event, self._type_ahead)
        else:
            return False
        event.stop()
        event.prevent_default()
        return True


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

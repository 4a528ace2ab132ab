"""Fixed-width columns for the table-like virtual lists (board, directives, facts).

A view declares its columns once; each has the narrowest terminal width at which it
appears, so the same list shows name, border, status and date at 80 columns and
everything at 160. Flexible columns share the room the others leave, each by its weight
(a directive's «what» 3 to its addressee's 2: most directives name none).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from rich.text import Text

from ..text import line

FLEX_FLOOR = 8  # the fewest cells a flexible column is given on a narrow terminal


@dataclass(frozen=True)
class Column:
    """One column: `key` of the row dict (or `get` to compute the cell), its label and width."""

    key: str
    label: str
    width: int
    from_width: int = 0  # shown when the list is at least this wide, its scrollbar counted
    flex: int = 0  # a share of the remaining room (at least `width`), by weight
    flex_from: int = 0  # the list's width from which `flex` holds (below it the column is `width` wide)
    style: str = ""
    get: Callable[[dict], object] | None = None
    shorten: Callable[[str, int], str] | None = None  # a shorter form of a value too long for it

    def value(self, row: dict) -> object:
        return self.get(row) if self.get else row.get(self.key)


def visible(columns: tuple[Column, ...], width: int, at: int | None = None) -> list[tuple[Column, int]]:
    """The columns shown in `width` cells, each with the width it gets (one space between).
    `at`: the width the columns are chosen at, the list's with its scrollbar (`width` when
    None). A list that scrolls draws its rows in two cells fewer; chosen by those, the
    board's border, kind and art. came at 102 terminal columns, not the 100 the docs said,
    and went again at 140 where the preview pane leaves the list 100 (docs74). Chosen by
    the list's own width they come and go with the terminal's; the flexible column gives
    up the two cells."""
    chosen_at = width if at is None else at
    shown = [c for c in columns if chosen_at >= c.from_width]
    flex = [c.flex if chosen_at >= c.flex_from else 0 for c in shown]
    fixed = sum(c.width for c, f in zip(shown, flex, strict=True) if not f) + len(shown) - 1
    room = max(0, width - fixed)
    shares = sum(flex)
    # below the flexible columns' own widths they share what is left (down to FLEX_FLOOR,
    # or a column's own width where that is less):
    # at 60 columns a directive's «what», a fact's words and the board's last queue were
    # drawn past the edge at their full width, off screen
    fits = room >= sum(c.width for c, f in zip(shown, flex, strict=True) if f)
    out = []
    for c, f in zip(shown, flex, strict=True):
        share = room * f // shares if f else 0
        w = (max(c.width, share) if fits else max(min(c.width, FLEX_FLOOR), share)) if f else c.width
        out.append((c, w))
    return out


def with_sorted(columns: tuple[Column, ...], key: str, width: int, yields: str) -> tuple[Column, ...]:
    """The columns with the sort column `key` shown where `width` would hide it, in the
    place and share of room of the column `yields`: a list sorted by border, kind or
    capacity at 80 columns was ordered by values nobody could see («by border», and rows
    of Китай then Кыргызстан with no border printed)."""
    col = next((c for c in columns if c.key == key), None)
    gives = next((c for c in columns if c.key == yields), None)
    if col is None or gives is None or col is gives or width >= col.from_width:
        return columns
    shown = replace(col, from_width=0, flex=gives.flex, width=max(col.width, gives.width if gives.flex else 0))
    return tuple(shown if c is col else c for c in columns if c is not gives)


def render_cells(columns: tuple[Column, ...], row: dict, width: int, at: int | None = None) -> Text:
    """One row of untrusted values (each through tui.text.line), padded to the columns
    chosen at `at` (see visible)."""
    text = Text(end="", no_wrap=True)
    for i, (col, w) in enumerate(visible(columns, width, at)):
        if i:
            text.append(" ")
        value = col.value(row)
        if col.shorten and isinstance(value, str) and len(value) > w:
            value = col.shorten(value, w)
        cell = line("—" if value in (None, "") else value, style=col.style)
        cell.truncate(w, overflow="ellipsis", pad=True)
        text.append(cell)
    return text


def _marked(label: str, mark: str, width: int) -> str:
    """A label and its mark in `width` cells: the space before the mark dropped, then the
    label cut, never the mark («deadline▲», «capac…▲»): the sorted deadline column read
    «deadline…», which way it was sorted cut off."""
    if len(label + mark) <= width or not mark:
        return label + mark
    mark = mark.strip()
    if len(label + mark) <= width:
        return label + mark
    return label[: max(1, width - len(mark) - 1)] + "…" + mark


def render_header(
    columns: tuple[Column, ...], width: int, marks: dict[str, str] | None = None, at: int | None = None
) -> Text:
    """The column labels, with a mark (such as ▲ or ▼ for the sort) after some of them,
    for the columns chosen at `at` (see visible)."""
    marks = marks or {}
    text = Text(end="", no_wrap=True, style="bold")
    for i, (col, w) in enumerate(visible(columns, width, at)):
        if i:
            text.append(" ")
        label = Text(_marked(col.label, marks.get(col.key, ""), w))
        label.truncate(w, overflow="ellipsis", pad=True)
        text.append(label)
    return text

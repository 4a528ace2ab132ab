"""Rows of a store view as a plain-text table for a terminal or a pipe: the headless
board, facts and directives. Every cell is untrusted text made one line (control, bidi
and zero-width characters dropped) and cut to its column with «…»; a column may ask for
a wider terminal (`from_width`, as the TUI's lists do), and the last column takes the
rest of the line, so 80 columns show the essentials, a wide terminal more, and each row
is one line for `grep` and `less -S` (a view may wrap its last column on a terminal); a
column may ask to be left out when no printed row fills it. The width is the terminal's,
else $COLUMNS, else 120 (a pipe).
"""

from __future__ import annotations

import shutil
import textwrap
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from store.lang import labels
from store.lang.labels import abridged, initialed  # noqa: F401  (store.cli.views and tests take it from here)
from store.sanitize import clean_line


@dataclass(frozen=True)
class Column:
    """A column: its header, its width in terminal cells, how a row's cell is read
    (`get`, else the row's `key`), and the narrowest line that shows it."""

    key: str
    header: str
    width: int = 0  # the last column's is the line's rest
    get: Callable[[dict], object] | None = None
    from_width: int = 0
    hide_empty: bool = False  # left out when no printed row fills it (its room goes to the last column)
    shorten: Callable[[str, int], str] | None = None  # a shorter form of a cell too long for it

    def fitted(self, row: dict, width: int) -> str:
        """The cell cut to `width` cells, first shortened by `shorten` (initialed: «К.-Ж.
        Токаев» for «Касым-Жомарт Токаев» in 16 cells, not «Касым-Жомарт То…»)."""
        text = self.cell(row)
        if self.shorten and cells(text) > width:
            text = self.shorten(text, width)
        return fit(text, width)

    def cell(self, row: dict) -> str:
        value = self.get(row) if self.get else row.get(self.key)
        return "" if value is None else clean_line(str(value))


def coded(label: str, width: int) -> str:
    """store.lang.labels.coded with the name part cut to terminal cells."""
    return labels.coded(label, width, fit)


def cells(text: str) -> int:
    """How many terminal cells `text` takes: East Asian wide and fullwidth characters two
    (a Chinese post's name), combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def fit(text: str, width: int) -> str:
    """`text` cut to `width` cells (with «…» when cut) and padded to it."""
    if cells(text) > width:
        out, used = [], 0
        for c in text:
            need = cells(c)
            if used + need > width - 1:
                break
            out.append(c)
            used += need
        text = "".join(out) + "…"
    return text + " " * (width - cells(text))


LAST_MIN = 12  # the last column never gets fewer cells than this


def line_width() -> int:
    """The terminal's width, else $COLUMNS, else 120 (output into a pipe or a file)."""
    return shutil.get_terminal_size((120, 24)).columns


def format_rows(
    rows: Sequence[dict], columns: Sequence[Column], width: int | None = None, wrap_last: bool = False
) -> str:
    """A header line and a line per row, `width` cells at most (default line_width()).
    `wrap_last`: the last column's text goes on in lines of its own under it instead of
    being cut (a directive's what was ordered, on a terminal: its point)."""
    width = width or line_width()
    shown = [c for c in columns[:-1] if c.from_width <= width and _shown(c, rows)]
    last = max(LAST_MIN, width - sum(c.width + 2 for c in shown))
    lines = ["  ".join(fit(c.header, c.width) for c in shown) + "  " + columns[-1].header]
    for row in rows:
        head = "  ".join(c.fitted(row, c.width) for c in shown) + "  "
        if not wrap_last:
            lines.append((head + columns[-1].fitted(row, last)).rstrip())
            continue
        parts = textwrap.wrap(columns[-1].cell(row), last, break_on_hyphens=False) or [""]
        lines.append((head + parts[0]).rstrip())
        lines += [" " * cells(head) + part for part in parts[1:]]
    return "\n".join(lines)


def _shown(column: Column, rows: Sequence[dict]) -> bool:
    """Whether a column is printed: a `hide_empty` one only when some row fills it (no
    directive printed names an addressee: its cells go to what was ordered)."""
    return not column.hide_empty or any(column.cell(r) for r in rows)


def shown_line(shown: int, total: int, noun: str) -> str:
    """«first 50 of 1,786 facts» when a list is capped, «12 facts» when it is whole."""
    plural = noun if total == 1 else noun + "s"
    return f"first {shown:,} of {total:,} {plural}" if total > shown else f"{total:,} {plural}"

"""Mentions per month: a Sparkline with its first and last month beneath."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Sparkline, Static


class MonthChart(Vertical):
    """A sparkline of (month, count) pairs, labelled by its date range and peak."""

    DEFAULT_CSS = """
    MonthChart { height: 2; }
    MonthChart Sparkline { height: 1; }
    MonthChart Static { height: 1; color: $text-muted; }
    """

    def compose(self) -> ComposeResult:
        yield Sparkline([], summary_function=max)
        yield Static("", markup=False)

    def show(self, months: list[tuple[str, int]]) -> None:
        self.query_one(Sparkline).data = [c for _, c in months] or [0]
        if not months:
            label = "no dated mentions"
        else:
            peak = max(months, key=lambda m: m[1])
            label = f"{months[0][0]} … {months[-1][0]}   peak {peak[1]} in {peak[0]}"
        self.query_one(Static).update(Text(label))

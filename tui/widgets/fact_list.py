"""The Facts view (`5`): facts about every checkpoint, newest first, filtered by kind
(queue, status, capacity, deadline, event, count, cause, funding, facing, alternative) and by border —
«where do trucks queue now» is this list filtered to queues."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding

from store.db import deadlines, fact_reads, fact_words

from ..text import coded, join, line
from .columns import Column, render_cells, render_header
from .virtual_list import VirtualList

COLUMNS = (
    # «undated», as the headless tables and the board say: a «—» under a dated row read as
    # that row's date continued
    # a deadline gone by says so, «2025 past» (tab 3's word; store.db.deadlines)
    Column(
        "date", "date", 10, style="dim", get=lambda r: deadlines.fact_date(r) or "undated", shorten=deadlines.shorten
    ),
    Column("label", "checkpoint", 14, style="bold", shorten=coded),
    Column("segment", "border", 12, from_width=120),
    # as wide as the longest kind: «alternative» (facts61) read «alterna…» at 8
    Column("kind", "kind", max(map(len, fact_reads.FACT_KINDS))),
    Column("text", "fact", 30, flex=1, get=lambda r: fact_words.fact_text(r["kind"], r["text"])),
    Column("source", "outlet", 14, from_width=140, style="italic"),
)


@dataclass
class FactSource:
    """Facts of a kind about checkpoints on a border (None: any), for a VirtualList."""

    kind: str | None = None
    border: str | None = None

    def count(self, store) -> int:
        return fact_reads.count_facts(store, self.kind, self.border)

    def fetch(self, store, page: int, size: int, previous: list | None) -> list[dict]:
        return fact_reads.fact_list_page(store, self.kind, self.border, page, size, previous)

    @property
    def columns(self) -> tuple[Column, ...]:
        """COLUMNS without the one a filter makes the same on every row (`k` to queue: no
        «queue» down the list; the header line already says it), its room to the fact."""
        return tuple(c for c in COLUMNS if not (c.key == "kind" and self.kind or c.key == "segment" and self.border))

    def render_row(self, row: dict, width: int, at: int | None = None) -> Text:
        """`at`: the list's width with its scrollbar, which the columns are chosen by."""
        return render_cells(self.columns, row, width, at)

    def header(self, width: int, at: int | None = None) -> Text:
        return render_header(self.columns, width, {"date": " ▼"}, at)

    def detail(self, row: dict | None) -> Text | None:
        """The row whole for the line under the list (tui.widgets.row_detail): the fact's
        words uncut, then the article it is told in (outlet and title); at 80 columns the
        words had 40 cells and the article none («Завершить все строи…» of a 2028 deadline)."""
        if row is None:
            return None
        text = Text.assemble(line(row.get("label"), style="bold"), " ", (row.get("kind") or "", "dim"), ": ", end="")
        text.append(line(fact_words.fact_text(row["kind"], row["text"])))
        return join(text, line(row.get("source"), style="italic"), line(row.get("title")))

    def describe(self) -> str:
        return f"{self.kind or 'all kinds'} · {self.border or 'all borders'}"


class FactList(VirtualList):
    """The fact list widget; `k` filters by kind here (↑ still moves up)."""

    BINDINGS = [
        Binding("k", "screen.cycle_kind", "Kind", id="facts.kind"),
        Binding("K", "screen.cycle_kind(-1)", "Kind back", show=False, id="facts.kind_back"),
    ]
    DEFAULT_CSS = "FactList { height: 1fr; }"

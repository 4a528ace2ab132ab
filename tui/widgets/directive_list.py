"""The Directives view (`4`): every directive, newest first, filtered by words that
must all appear in the giver, the giver's post, the addressee, what or when."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from store.db import directive_reads

from .columns import Column, render_cells, render_header
from .virtual_list import VirtualList

COLUMNS = (
    Column("date", "date", 10, style="dim"),
    Column("by", "by", 16, style="bold"),
    Column("post", "post", 18, from_width=120, style="dim"),
    Column("to", "to", 20, flex=True),
    Column("what", "what", 24, flex=True),
    Column("when", "when", 14, from_width=100),
    Column("source", "article", 14, from_width=140, style="italic"),
)


@dataclass
class DirectiveSource:
    """Directives matching words, for a VirtualList."""

    words: str = ""

    def count(self, store) -> int:
        return directive_reads.count_directives(store, self.words)

    def fetch(self, store, page: int, size: int, previous: list | None) -> list[dict]:
        return directive_reads.directive_list_page(store, self.words, page, size, previous)

    def render_row(self, row: dict, width: int) -> Text:
        return render_cells(COLUMNS, row, width)

    def header(self, width: int) -> Text:
        return render_header(COLUMNS, width, {"date": " ▼"})


class DirectiveList(VirtualList):
    """The directive list widget."""

    DEFAULT_CSS = "DirectiveList { height: 1fr; }"

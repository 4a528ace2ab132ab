"""The Articles pane: every stored article, newest first, as a virtual list.

Pages come from store.db.rows with keyset seeks (date, rowid) on the date index,
so scrolling to row 90,000 costs one index seek, not a 90,000-row skip.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from store.db import queries, rows
from store.db.queries import ArticleFilter

from ..text import line
from .virtual_list import VirtualList

DATE_W, SOURCE_W = 10, 16


@dataclass
class ArticleSource:
    """Articles matching a filter, for a VirtualList."""

    filter: ArticleFilter = ArticleFilter()
    copies: int = 0  # near-duplicate copies the list leaves out, read with the count

    def count(self, store) -> int:
        self.copies = queries.count_copies(store, self.filter)
        return queries.count_articles(store, self.filter)

    def fetch(self, store, page: int, size: int, previous: list | None) -> list[dict]:
        return rows.article_list_page(store, self.filter, page, size, previous)

    def render_row(self, row: dict, width: int, at: int | None = None) -> Text:
        source_w = SOURCE_W if width >= 70 else 10
        text = Text(end="", no_wrap=True)
        # «undated», as the Facts and Directives tabs and `borderdocs show` say: a «—»
        # under a dated row read as that row's date continued (qa45)
        text.append(f"{row['date'] or 'undated':<{DATE_W}} ", style="dim")
        # «—» for no outlet, as the Facts and Directives tabs' columns (widgets.columns) show
        # an empty cell: a blank column read as the title starting early (ui63)
        source = line(row["source"] or "—")
        source.truncate(source_w, overflow="ellipsis", pad=True)
        text.append(source.plain + " ", style="italic")
        text.append(line(row["title"] or "(untitled)"))
        text.truncate(width, overflow="ellipsis")  # a long title ends in «…», not mid-word at the edge
        return text


class ArticleList(VirtualList):
    """The article list widget (a VirtualList of ArticleSource)."""

    DEFAULT_CSS = "ArticleList { height: 1fr; }"

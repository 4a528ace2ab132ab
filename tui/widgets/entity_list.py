"""The entity list: people, organizations, places and checkpoints by how often
they are mentioned, filtered by type and by any of their names."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from store.db import entity_reads, rows

from ..text import TYPE_LABEL, TYPE_STYLE, line
from .virtual_list import VirtualList


@dataclass
class EntitySource:
    """Entities matching a text and a type, for a VirtualList."""

    text: str = ""
    type: str | None = None

    def count(self, store) -> int:
        return entity_reads.count_entities(store, self.text, self.type)

    def fetch(self, store, page: int, size: int, previous: list | None) -> list[dict]:
        return rows.entity_list_page(store, self.text, self.type, page, size)

    def render_row(self, row: dict, width: int) -> Text:
        counts = f"{row['article_count']:>5} art {row['mention_count']:>6} men"
        text = Text(end="", no_wrap=True)
        text.append(f"{TYPE_LABEL.get(row['type'], row['type']):<10} ", style=TYPE_STYLE.get(row["type"], ""))
        name = line(row["name"])
        if row["roles"]:
            name.append(" — ", style="dim")
            name.append(line(row["roles"][0], style="dim"))
        room = max(1, width - 11 - len(counts) - 1)
        name.truncate(room, overflow="ellipsis", pad=True)
        text.append(name)
        text.append(" " + counts, style="dim")
        return text


class EntityList(VirtualList):
    """The entity list widget (a VirtualList of EntitySource)."""

    DEFAULT_CSS = "EntityList { height: 1fr; }"

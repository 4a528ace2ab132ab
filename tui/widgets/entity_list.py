"""The entity list: people, organizations, places and checkpoints by how many stories
name them (the «art» count each row shows; store.db.story_order), filtered by type and
by any of their names."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from store.db import entity_reads, rows
from store.lang import gazetteer

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
        out = rows.entity_list_page(store, self.text, self.type, page, size)
        for row in out:
            if row["type"] == "checkpoint":
                row["post"] = checkpoint_post(store, row["id"])
        return out

    def render_row(self, row: dict, width: int, at: int | None = None) -> Text:
        # «×699» mentions, as the article reader counts them («men» read as people); the
        # articles as the entity's page lists them (a copy of a story, or a second extract
        # of one page, «(+1 copy)» there, is not one more): the count the list is sorted by
        counts = f"{row['stories']:>5} art {'×' + str(row['mention_count']):>6}"
        text = Text(end="", no_wrap=True)
        text.append(f"{TYPE_LABEL.get(row['type'], row['type']):<10} ", style=TYPE_STYLE.get(row["type"], ""))
        name = line(row["name"])
        about = row["roles"][0] if row["roles"] else row.get("post")
        if about:
            name.append(" — ", style="dim")
            name.append(line(about, style="dim"))
        room = max(1, width - 11 - len(counts) - 1)
        name.truncate(room, overflow="ellipsis", pad=True)
        text.append(name)
        text.append(" " + counts, style="dim")
        return text


# The labels above the rows: the type and name columns, and at the counts' end what they
# count, the longest that fits. «69 art   ×158» was on screen with no word for «×» (ux85).
TYPE_NAME = f"{'type':<10} name"
LEGENDS = (
    "art = articles naming it, most first · × = mentions",
    "art = articles, most first · × = mentions",
    "art = articles · × = mentions",
)


def entity_header(width: int) -> Text:
    """The line above the entity list, `width` its rows' width (its scrollbar left out):
    the legend ends where the rows' counts end, the longest of LEGENDS that fits beside
    «type name», none on a list narrower than the shortest."""
    legend = next((lg for lg in LEGENDS if len(TYPE_NAME) + 2 + len(lg) <= width), "")
    text = Text(TYPE_NAME, end="", no_wrap=True)
    text.append(" " * max(0, width - len(TYPE_NAME) - len(legend)))
    text.append(legend, style="dim")
    return text


def checkpoint_post(store, entity_id: int) -> str:
    """«road, border with Узбекистан» for our post, «road, Китай's post» for a neighbour's:
    the post's kind and which it is, from its gazetteer row. «Хоргос» is ours and two
    Chinese posts: three rows of one name otherwise; and «road, Казахстан» (whose post)
    read as the border Капланбек is on."""
    rec = entity_reads.checkpoint_for_entity(store, entity_id)
    cp = gazetteer.get(rec["id"]) if rec else None
    return cp.described if cp is not None else ""


class EntityList(VirtualList):
    """The entity list widget (a VirtualList of EntitySource)."""

    DEFAULT_CSS = "EntityList { height: 1fr; }"

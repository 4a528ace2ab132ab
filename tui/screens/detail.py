"""What the reader screens share: load one record in a worker, then draw it.

The screen paints at once with "Loading…"; the store call runs in a thread
worker (never on the event loop), and `show` runs back on the loop with the data.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import events, on, work
from textual.screen import Screen
from textual.widgets import Static

from ..messages import OpenTarget
from ..widgets.nav_list import NavList
from .search_keys import queued_for_search, search_at_once


class DetailScreen(Screen):
    """A screen about one record (article, entity, checkpoint) of the store."""

    def __init__(self, key: Any) -> None:
        super().__init__()
        self.key = key
        self.data: dict | None = None

    def query_store(self, store, key) -> dict | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def show(self, data: dict) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def copy_text(self) -> str | None:
        return None

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def load(self) -> None:
        data = self.app.reader.run(self.query_store, self.key)
        self.app.call_from_thread(self._loaded, data)

    def _loaded(self, data: dict | None) -> None:
        if data is None:
            self.query_one("#meta", Static).update(Text("Not found in the store."))
            return
        self.data = data
        self.show(data)

    @on(events.Key)
    async def _search_burst(self, event: events.Key) -> None:
        """`/` and the query typed right behind it in one burst search the query (the
        letters reached this screen's lists, not the box, and were lost)."""
        if not queued_for_search(self, event):
            await search_at_once(self, event)

    def on_option_list_option_selected(self, event: NavList.OptionSelected) -> None:
        """Enter on an item opens what it points to (its payload, a tui.navigation target)."""
        target = event.option_list.payload(event.option.id) if isinstance(event.option_list, NavList) else None
        if target:
            self.post_message(OpenTarget(target))

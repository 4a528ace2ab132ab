"""The search engine in the command palette (ctrl+p): entities and articles.

`Provider.search` runs on the event loop, so the store call is pushed to a
thread with asyncio.to_thread; the alias index is warmed in `startup`.
"""

from __future__ import annotations

import asyncio
from functools import partial

from textual.command import Hit, Hits, Provider

from . import searching
from .messages import OpenTarget
from .text import TYPE_LABEL, line


class StoreSearchProvider(Provider):
    """Hits are the search engine's results; choosing one posts OpenTarget to the app."""

    async def startup(self) -> None:
        reader = getattr(self.app, "reader", None)
        if reader is not None and reader.search_index is None:
            await asyncio.to_thread(reader.run, searching._warm, reader)

    async def search(self, query: str) -> Hits:
        reader = getattr(self.app, "reader", None)
        if reader is None or not query.strip():
            return
        results = await asyncio.to_thread(reader.run, searching.search, query, reader, 15)
        for rank, r in enumerate(results):
            kind = "article" if r.get("kind") == "article" else TYPE_LABEL.get(r.get("type"), "entity")
            display = line(r["name"])
            display.append(f"  {kind}", style="dim")
            # Hit.help is parsed as markup: only our own label goes there, never store text.
            yield Hit(
                1.0 - rank / 100,
                display,
                partial(self.app.post_message, OpenTarget(searching.target(r))),
                help=f"open this {kind}",
            )

"""What a keystroke of the search screen leaves undone because nobody sees it: the
snippets of article hits (a row shows title, date and outlet), a status line that says
what it said already, and an earlier key's early paint once the whole results are on
screen."""

from __future__ import annotations

import asyncio
import time

import pytest
from textual.widget import Widget

from tests.test_tui_helpers import checkpoint_notes, search_screen_on, type_until_whole


@pytest.fixture
def store_path(tmp_path):
    """Three made-up notes about one made-up checkpoint and its queue."""
    name = "Тасбулак"
    bodies = [
        f"На пункте {name} в понедельник выросла очередь из фур.",
        f"Очередь на пункте {name} к вечеру сократилась до двадцати машин.",
        f"Пункт {name} перешёл на круглосуточную работу, очередь исчезла.",
    ]
    return checkpoint_notes(tmp_path / "s.db", name, bodies, "Очередь", "2024-06")


async def _wait(condition, timeout: float = 20.0) -> None:
    t0 = time.perf_counter()
    while not condition() and time.perf_counter() - t0 < timeout:
        await asyncio.sleep(0.005)


def test_the_tuis_search_cuts_no_snippets(store_path):
    """The TUI's search gives the engine's hits with an article's "matched" empty; its
    rows are made of title, date and outlet."""
    from tui import searching
    from tui.reader import StoreReader

    reader = StoreReader.open(store_path)
    try:
        results = reader.run(searching.search, "тасбулак очередь", reader)
    finally:
        reader.close()
    articles = [r for r in results if r["kind"] == "article"]
    assert len(articles) == 3 and all(a["matched"] == "" for a in articles)
    assert all(a["name"].startswith("Очередь") and a["date"] for a in articles)


async def test_the_status_line_is_drawn_again_only_when_it_changes(store_path, monkeypatch):
    """A key whose results count the same («3 results» again) draws the rows and the box,
    not the status line; a search that fails says so, and the next results replace it."""
    from tui.screens import search_screen
    from tui.screens.search_screen import SearchScreen

    monkeypatch.setattr(search_screen, "EARLY_PAINT_S", 10.0)
    async with search_screen_on(store_path) as (app, pilot, screen):
        await type_until_whole(pilot, screen, "тасбулак оч")
        status = screen.query_one("#search-status")
        before = str(status.render())
        drawn: list[str] = []
        real_line = Widget.render_line

        def render_line(self, y):
            drawn.append(self.id or type(self).__name__)
            return real_line(self, y)

        monkeypatch.setattr(Widget, "render_line", render_line)
        await type_until_whole(pilot, screen, "е")
        assert str(status.render()) == before
        assert screen.full_seq == screen._seq and "search-status" not in drawn

        screen.post_message(SearchScreen.Failed(screen._seq, "search failed: disk I/O error"))
        await _wait(lambda: "disk I/O" in str(status.render()))
        assert "disk I/O" in str(status.render())
        await type_until_whole(pilot, screen, "р")
        assert str(status.render()) == before  # the count again, not the failure


async def test_no_early_paint_is_left_once_the_whole_results_are_on_screen(store_path, monkeypatch):
    """With the whole results painted before the early paint is due, that paint never
    runs (it would wake the UI thread in the middle of the next key's search)."""
    from tui.screens import search_screen
    from tui.screens.search_screen import SearchScreen

    monkeypatch.setattr(search_screen, "EARLY_PAINT_S", 0.5)
    early: list[int] = []
    real = SearchScreen._paint_early
    monkeypatch.setattr(SearchScreen, "_paint_early", lambda self, seq: early.append(seq) or real(self, seq))
    async with search_screen_on(store_path) as (app, pilot, screen):
        await type_until_whole(pilot, screen, "тасбулак")
        assert screen.full_seq == screen._seq
        await asyncio.sleep(0.7)  # past every key's early paint
        assert early == []

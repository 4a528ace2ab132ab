"""A keystroke is searched inside the key's own handling: every edit of the search box
(a typed character, backspace, a paste) starts its search from SearchInput.replace;
its rows are painted once, with the whole results when they come within
EARLY_PAINT_S, else what is ready then and the rest after, each drawn at once
(SearchScreen._paint_now) instead of a message round and a 60-a-second tick later."""

from __future__ import annotations

import asyncio
import time

import pytest
from textual.widget import Widget

from store.db import store as db
from tests.notes import write_note
from tests.test_tui_helpers import mention, search_screen_on, type_until_whole


@pytest.fixture
def store_path(tmp_path):
    """Two made-up notes naming one person."""
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    name = "Арман Тулегенов"
    for n in (1, 2):
        body = f"Заметка {n}: {name} и очередь на границе."
        with st.conn:
            write_note(
                st,
                n,
                body,
                [mention(body, "person", name, name)],
                indexed="body",
                title="Новость",
                date=f"2024-05-0{n}",
            )
    st.close()
    return tmp_path / "s.db"


def _spy_frames(monkeypatch, screen) -> list[set[str]]:
    """The widgets each frame of `screen` draws (one set per compositor refresh)."""
    frames: list[set[str]] = []
    drawing: set[str] = set()
    real_lines, real_refresh = Widget.render_lines, type(screen)._compositor_refresh

    def render_lines(self, crop):
        drawing.add(self.id or type(self).__name__)
        return real_lines(self, crop)

    def compositor_refresh(self):
        real_refresh(self)
        frames.append(set(drawing))
        drawing.clear()

    monkeypatch.setattr(Widget, "render_lines", render_lines)
    monkeypatch.setattr(type(screen), "_compositor_refresh", compositor_refresh)
    return frames


async def _wait(condition, timeout: float = 20.0) -> None:
    t0 = time.perf_counter()
    while not condition() and time.perf_counter() - t0 < timeout:
        await asyncio.sleep(0.005)


async def test_an_edit_is_searched_at_once_and_painted_once_with_its_whole_results(store_path, monkeypatch):
    """A typed key and a backspace are searched from the edit itself; with the whole
    results in before EARLY_PAINT_S (made long here: a loaded test machine), the key's
    rows reach the screen in one frame, the box and the status line with them."""
    from tui.screens import search_screen
    from tui.screens.search_screen import SearchInput
    from tui.widgets.result_rows import ResultRows

    monkeypatch.setattr(search_screen, "EARLY_PAINT_S", 10.0)
    async with search_screen_on(store_path) as (app, pilot, screen):
        await type_until_whole(pilot, screen, "tulegen")
        box, rows = screen.query_one(SearchInput), screen.query_one(ResultRows)
        frames = _spy_frames(monkeypatch, screen)

        box.insert_text_at_cursor("o")  # what a typed «o» does; no await: no message is handled
        assert screen._searched == "tulegeno" and screen._seq == screen.full_seq + 1  # searched, not painted yet
        await _wait(lambda: screen.full_seq == screen._seq)
        assert screen.shown_seq == screen.full_seq == screen._seq  # nothing painted before the whole results
        drew_rows = [f for f in frames if "search-results" in f]
        assert len(drew_rows) == 1 and {"search-input", "search-status"} <= drew_rows[0], frames
        assert any("Арман Тулегенов" in r.prompt.plain for r in rows.rows)

        frames.clear()
        box.action_delete_left()  # backspace: searched at once too (and answered from the memo)
        assert screen._searched == "tulegen"
        await _wait(lambda: screen.full_seq == screen._seq)
        assert screen.shown_seq == screen._seq
        assert box.render_line(0).text.startswith("tulegen ")


async def test_a_slow_search_paints_what_is_ready_at_the_early_paint(store_path, monkeypatch):
    """The whole search held: EARLY_PAINT_S after the key the engine's entity hits are
    on screen (a phase before the whole results), and the whole results follow."""
    import threading

    from tui import searching
    from tui.screens import search_screen

    monkeypatch.setattr(search_screen, "EARLY_PAINT_S", 0.05)
    release = threading.Event()
    real = searching.search

    def held(store, query, reader=None, limit=30, entities_only=False):
        if query == "tulegeno" and not entities_only:
            release.wait(10)
        return real(store, query, reader, limit, entities_only)

    monkeypatch.setattr(searching, "search", held)
    async with search_screen_on(store_path) as (app, pilot, screen):
        await type_until_whole(pilot, screen, "tulegen")
        await pilot.press("o")
        await _wait(lambda: screen.shown_seq == screen._seq)
        assert screen.full_seq != screen._seq  # the entity hits, before the articles
        assert [r["name"] for r in screen.last_results] == ["Арман Тулегенов"]
        release.set()
        await _wait(lambda: screen.full_seq == screen._seq)
        assert screen.full_seq == screen._seq
        assert any(r.get("kind") == "article" for r in screen.last_results)


async def test_a_value_set_from_code_is_still_searched(store_path):
    from tui.screens.search_screen import SearchInput

    async with search_screen_on(store_path) as (app, pilot, screen):
        screen.query_one(SearchInput).value = "tulegenov"  # through Input.Changed
        t0 = time.perf_counter()
        while not (screen._seq and screen.full_seq == screen._seq) and time.perf_counter() - t0 < 20:
            await asyncio.sleep(0.01)
        assert screen._searched == "tulegenov" and screen.full_seq == screen._seq
        assert any(r.get("name") == "Арман Тулегенов" for r in screen.last_results)


class _Reader:
    """A StoreReader stand-in: runs the call on a store of nothing."""

    def __init__(self) -> None:
        import sqlite3
        from types import SimpleNamespace

        self.store = SimpleNamespace(conn=sqlite3.connect(":memory:", check_same_thread=False))

    def run(self, fn, *args, **kwargs):
        return fn(self.store, *args, **kwargs)


def _runner_calls(monkeypatch, first: str, then: str | None) -> list[str]:
    """What a search thread runs when `first` is typed before it starts, then `then`
    once the first results are in (a warm-up step is named warm_…)."""
    from tui import search_runner, searching

    calls: list[str] = []
    monkeypatch.setattr(searching, "search", lambda st, q, r=None, limit=30, entities_only=False: calls.append(q) or [])
    monkeypatch.setattr(searching, "warm_entities", lambda st, r=None: calls.append("warm_entities"))
    monkeypatch.setattr(searching, "warm_articles", lambda st, r=None: calls.append("warm_articles"))
    monkeypatch.setattr(searching, "warm_parser", lambda st, r=None: calls.append("warm_parser"))
    delivered: list[tuple[int, str]] = []
    runner = search_runner.SearchRunner(_Reader(), lambda s, q, p, r: delivered.append((s, p)), print)
    runner.submit(1, first)  # typed while the screen was opening
    runner.start()
    t0 = time.perf_counter()
    while (1, "whole") not in delivered and time.perf_counter() - t0 < 10:
        time.sleep(0.005)
    if then is not None:
        runner.submit(2, then)
        while (2, "whole") not in delivered and time.perf_counter() - t0 < 10:
            time.sleep(0.005)
    while "warm_parser" not in calls and time.perf_counter() - t0 < 0.5:
        time.sleep(0.005)  # a warm-up step left runs now
    runner.stop()
    return calls


def test_the_warm_up_left_runs_before_the_first_whole_search(monkeypatch):
    """The first query's entity hits go before the warm-up; the steps left run before its
    whole search, and none after it (they would hold the GIL while the next key is drawn)."""
    calls = _runner_calls(monkeypatch, "khorgos", "khorgos о")
    assert calls == ["khorgos", "warm_entities", "warm_articles", "warm_parser", "khorgos", "khorgos о", "khorgos о"]


def test_an_empty_text_does_not_count_as_the_warm_up(monkeypatch):
    assert _runner_calls(monkeypatch, "", None) == ["", "", "warm_entities", "warm_articles", "warm_parser"]

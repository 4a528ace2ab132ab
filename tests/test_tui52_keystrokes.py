"""What a keystroke of the search screen no longer waits for (tui52): the background
damage check steps aside while keys are typed (on a big store it is about a second of
CPU, and run beside a search's keystrokes it took the core their searches and frames
needed), and a hit's row is built once while it is shown."""

from __future__ import annotations

import threading
import time

from store.db import opening
from store.db.opening import open_store

from .conftest import copy_store


def test_damage_calls_pause_and_still_answers(sample_store_path, tmp_path, monkeypatch):
    monkeypatch.setattr(opening, "PAUSE_STEPS", 50)  # the sample store's check is short
    store = open_store(copy_store(sample_store_path, tmp_path / "ok.db"))
    calls = []
    try:
        assert opening.damage(store, pause=lambda: calls.append(1)) is None
    finally:
        store.close()
    assert calls, "the check never called pause"


def test_a_pause_that_returns_true_does_not_stop_the_check(sample_store_path, tmp_path, monkeypatch):
    monkeypatch.setattr(opening, "PAUSE_STEPS", 50)
    store = open_store(copy_store(sample_store_path, tmp_path / "ok.db"))
    try:
        assert opening.damage(store, pause=lambda: True) is None  # a truthy answer is no stop
    finally:
        store.close()


async def test_the_check_waits_while_keys_come(sample_store_path, tmp_path, monkeypatch):
    import tui.app
    from tui.cli import build_app

    monkeypatch.setattr(tui.app, "HEALTH_CHECK_QUIET_S", 3.0)
    app = build_app(["--db", str(copy_store(sample_store_path, tmp_path / "ok.db"))])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down")
        key = app.last_key_time
        assert time.monotonic() - key < 3.0  # the key was seen by the app
        ended: list[float] = []

        def nap() -> None:
            app._quiet_for_keys()
            ended.append(time.monotonic())

        thread = threading.Thread(target=nap)
        thread.start()
        while thread.is_alive():
            await pilot.pause(0.02)
        assert key + 3.0 <= ended[0] < key + 8.0  # slept until the key was HEALTH_CHECK_QUIET_S old
        t0 = time.monotonic()
        app._quiet_for_keys()  # no key since: no wait
        assert time.monotonic() - t0 < 0.5


def test_a_hit_row_is_built_once_and_told_apart_by_what_it_shows():
    """The search screen keeps a hit's drawn row by the fields it is made of: the same hit
    again gives the same row, a hit whose count or alias changed gets its own."""
    from tui.screens.search_screen import SearchScreen

    screen = SearchScreen()
    hit = {"kind": "entity", "type": "checkpoint", "id": 7, "name": "Хоргос", "matched": "khorgos", "articles": 3}
    prompt, kept = screen._drawn_hit(hit)
    assert screen._drawn_hit(dict(hit))[0] is prompt  # kept: not built again
    assert prompt.plain == SearchScreen._prompt(hit).plain and kept == SearchScreen._kept(hit)
    more = screen._drawn_hit({**hit, "articles": 4})[0]
    assert "4 articles" in more.plain and "3 articles" in prompt.plain
    assert screen._drawn_hit({**hit, "matched": "qorgas"})[0].plain.count("qorgas") == 1


class _Reader:
    """A StoreReader stand-in: runs the call on a store of nothing."""

    def __init__(self) -> None:
        import sqlite3
        from types import SimpleNamespace

        self.store = SimpleNamespace(conn=sqlite3.connect(":memory:", check_same_thread=False))

    def run(self, fn, *args, **kwargs):
        return fn(self.store, *args, **kwargs)


def _gap(delivered: list, seq: int) -> float:
    """Seconds from a query's entity hits to its whole results, waited for up to 5 s."""
    t0 = time.monotonic()
    while not any(s == seq and p == "whole" for s, p, _ in delivered) and time.monotonic() - t0 < 5:
        time.sleep(0.005)
    at = {p: t for s, p, t in delivered if s == seq}
    return at["whole"] - at["entities"]


def _started_runner(monkeypatch, search, frame_wait: float):
    """A started SearchRunner over `search` (no read-ahead, FRAME_WAIT_S = `frame_wait`),
    and the list its deliveries go to as (seq, part, when)."""
    from tui import search_runner, searching

    monkeypatch.setattr(searching, "search", search)
    monkeypatch.setattr(searching, "read_ahead", lambda st, results, r=None, **kw: None)
    monkeypatch.setattr(search_runner, "FRAME_WAIT_S", frame_wait)
    delivered: list = []
    runner = search_runner.SearchRunner(_Reader(), lambda s, q, p, r: delivered.append((s, p, time.monotonic())), print)
    runner._warm.clear()
    runner.start()
    return runner, delivered


def test_entity_hits_the_ui_holds_owe_no_frame(monkeypatch):
    """Entity hits found before the UI's early paint are kept by the search thread for
    that paint, neither posted nor drawn: the search goes on to the whole results at once
    instead of waiting for the UI thread; found after it, they are delivered and drawn,
    and the search waits for that frame."""

    hits = [{"kind": "entity", "type": "checkpoint", "id": 7, "name": "Хоргос", "score": 100.0}]
    runner, delivered = _started_runner(
        monkeypatch, lambda st, q, r=None, limit=30, entities_only=False: list(hits) if entities_only else [], 1.0
    )
    try:
        t0 = time.monotonic()
        runner.submit(1, "khorgos", time.monotonic() + 5.0)  # the UI waits for the whole results
        while not any(p == "whole" for _, p, _ in delivered) and time.monotonic() - t0 < 5:
            time.sleep(0.005)
        assert [p for _, p, _ in delivered] == ["whole"]  # the entity hits kept, not posted
        assert delivered[0][2] - t0 < 0.5  # no wait for painted()
        assert runner.entity_hits(1) == hits and runner.entity_hits(2) is None
        assert runner.take_early(1) == hits and runner.take_early(1) is None  # taken once
        runner.painted()  # the whole results' frame
        runner.submit(2, "khorgos о", time.monotonic() - 1.0)  # late: the UI draws the entity hits
        assert _gap(delivered, 2) >= 0.9  # waited FRAME_WAIT_S for a painted() that never came
    finally:
        runner.stop()


def test_entity_hits_found_after_the_early_paint_looked_are_delivered(monkeypatch):
    """The early paint looked before the entity hits came (a slow search): they are
    posted to the UI when they come, though its time is not past, and nothing is kept
    for a paint that has run."""
    import threading

    go = threading.Event()
    runner, delivered = _started_runner(
        monkeypatch,
        lambda st, q, r=None, limit=30, entities_only=False: go.wait(5) and [] if entities_only else [],
        0.01,
    )
    try:
        runner.submit(1, "khorgos", time.monotonic() + 5.0)
        assert runner.take_early(1) is None  # not come yet: the screen narrows instead
        go.set()
        _gap(delivered, 1)
        assert [p for _, p, _ in delivered] == ["entities", "whole"]
        assert runner.take_early(1) is None
    finally:
        runner.stop()


def test_the_check_thread_alone_runs_at_the_lowest_priority():
    """Linux keeps a nice value per thread: the damage check's thread is lowered, the
    process's other threads (the UI, the search) are not."""
    import os
    import sys

    import pytest

    from tui.app import _lowest_priority

    if not sys.platform.startswith("linux"):
        pytest.skip("a per-thread nice value is Linux's")
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: list[int] = []

    def lowered() -> None:
        _lowest_priority()
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    thread = threading.Thread(target=lowered)
    thread.start()
    thread.join()
    assert seen == [19]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before

"""The tables other query shapes build on their first key, built by the TUI's search
thread while no key comes (store.search.first_use, tui.search_runner)."""

from __future__ import annotations

import sqlite3
import threading
import time
from types import SimpleNamespace

import pytest

from store.search import first_use


def test_every_first_use_table_builds_without_a_store_or_a_query():
    for build in first_use.tables():
        build()
    assert first_use.unbuilt() == []


class _Reader:
    def __init__(self) -> None:
        self.store = SimpleNamespace(conn=sqlite3.connect(":memory:", check_same_thread=False))

    def run(self, fn, *args, **kwargs):
        return fn(self.store, *args, **kwargs)


def _runner(monkeypatch, builders, events: list[str]):
    from tui import search_runner, searching

    def search(st, q, r=None, limit=30, entities_only=False):
        events.append(f"search {q}" + (" entities" if entities_only else ""))
        return [{"kind": "entity", "type": "checkpoint", "id": 7, "name": "Хоргос", "score": 100.0}]

    monkeypatch.setattr(searching, "search", search)
    monkeypatch.setattr(searching, "warm_entities", lambda st, r=None: None)
    monkeypatch.setattr(searching, "warm_articles", lambda st, r=None: None)
    monkeypatch.setattr(searching, "read_ahead", lambda st, results, r=None, **kw: events.append("ahead"))
    monkeypatch.setattr(searching, "first_use_steps", lambda reader: list(builders))
    monkeypatch.setattr(search_runner, "IDLE_AFTER_S", 0.05)
    runner = search_runner.SearchRunner(_Reader(), lambda s, q, phase, res: runner.painted(), print)
    return runner


def _until(check, seconds: float = 10.0) -> None:
    t0 = time.perf_counter()
    while not check() and time.perf_counter() - t0 < seconds:
        time.sleep(0.005)
    assert check()


def test_no_table_is_built_before_the_first_whole_results(monkeypatch):
    events: list[str] = []
    runner = _runner(monkeypatch, [lambda: events.append("table")], events)
    runner.start()
    try:
        time.sleep(0.3)  # the screen is open, nothing typed: the first query would wait for a table
        assert "table" not in events
        runner.submit(1, "khorgos")
        _until(lambda: "table" in events)
        assert events.index("table") > events.index("search khorgos")
        assert events.index("table") > events.index("ahead")  # the read-ahead for the next key first
    finally:
        runner.stop()


def test_a_key_typed_while_a_table_is_built_runs_before_the_next_table(monkeypatch):
    events: list[str] = []
    building, go_on = threading.Event(), threading.Event()

    def slow() -> None:
        building.set()
        go_on.wait(10)
        events.append("first table")

    runner = _runner(monkeypatch, [slow, lambda: events.append("second table")], events)
    runner.start()
    try:
        runner.submit(1, "khorgos")
        assert building.wait(10)
        runner.submit(2, "председатель КГД")
        go_on.set()
        _until(lambda: "second table" in events)
        assert events.index("first table") < events.index("search председатель КГД") < events.index("second table")
    finally:
        runner.stop()


def test_no_table_is_built_while_keys_come_closer_than_the_quiet(monkeypatch):
    from tui import search_runner

    events: list[str] = []
    runner = _runner(monkeypatch, [lambda: events.append("table")], events)
    monkeypatch.setattr(search_runner, "IDLE_AFTER_S", 0.5)
    runner.start()
    try:
        for seq, text in enumerate(("k", "kh", "kho", "khor", "khorg"), 1):
            runner.submit(seq, text)
            time.sleep(0.1)
        assert "table" not in events
        _until(lambda: "table" in events)
    finally:
        runner.stop()


@pytest.fixture
def empty_reader(tmp_path):
    """The TUI's reader on an empty store, closed after the test."""
    from store.db import store as db
    from tui.reader import StoreReader

    db.open_store(tmp_path / "s.db", write=True, create=True).close()
    reader = StoreReader.open(tmp_path / "s.db")
    yield reader
    reader.close()


def test_the_store_steps_read_the_roles_a_post_query_looks_up(empty_reader):
    from store.search import related, role_holders
    from tui import searching

    reader = empty_reader
    role_holders._roles.cache_clear()
    for step in searching.first_use_steps(reader):
        step()
    state = related.store_state(reader.store)
    hits_before = role_holders._roles.cache_info().hits
    role_holders._roles(reader.store.conn, state)
    assert role_holders._roles.cache_info().hits == hits_before + 1


def test_the_quiet_counts_from_the_last_results_not_only_the_last_key(monkeypatch):
    from tui import search_runner, searching

    events: list[str] = []
    runner = _runner(monkeypatch, [lambda: events.append("table")], events)
    monkeypatch.setattr(search_runner, "IDLE_AFTER_S", 0.3)

    def slow_search(st, q, r=None, limit=30, entities_only=False):
        if not entities_only:
            time.sleep(0.4)  # the whole results come after the quiet, counted from the key, is over
            events.append("whole")
        return [{"kind": "entity", "type": "checkpoint", "id": 7, "name": "Хоргос", "score": 100.0}]

    monkeypatch.setattr(searching, "search", slow_search)
    runner.start()
    try:
        runner.submit(1, "khorgos")
        _until(lambda: "whole" in events)
        time.sleep(0.15)  # a typist reading the results for less than the quiet
        assert "table" not in events
        _until(lambda: "table" in events)
    finally:
        runner.stop()


def test_the_stored_roles_and_first_names_are_two_steps_each_kept(empty_reader):
    from store.search import related, role_holders

    reader = empty_reader
    role_holders._roles.cache_clear()
    role_holders._first_names.cache_clear()
    roles_step, names_step = first_use.store_tables()
    reader.run(roles_step)
    assert role_holders._roles.cache_info().currsize == 1 and role_holders._first_names.cache_info().currsize == 0
    reader.run(names_step)
    state = related.store_state(reader.store)
    hits = role_holders._first_names.cache_info().hits
    role_holders._first_names(reader.store.conn, state)
    assert role_holders._first_names.cache_info().hits == hits + 1


def test_the_bodies_names_step_builds_what_the_posts_by_body_step_reads():
    from store.lang import people
    from store.search import body_heads

    body_heads._names_by_length.cache_clear()
    body_heads._posts_by_body.cache_clear()
    first_use._body_names()
    built = body_heads._names_by_length.cache_info()
    assert built.currsize == len({p.country for p in people.people()})
    body_heads._posts_by_body()
    assert body_heads._names_by_length.cache_info().misses == built.misses  # every country's names were built

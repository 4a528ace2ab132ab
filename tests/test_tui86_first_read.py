"""The search screen's first whole results wait for the read of the articles of the
entity they name (tui86): left to the read-ahead after them, that read raced the next
key — a topic word begun at once after a pasted name types on, so its search waited for
the rest of the read (0.5 ms or 5-55 ms by when the first frame let the read begin;
bench/tui_key_stages.py, key 2's `ahead`)."""

from __future__ import annotations

import sqlite3
import threading
import time

from store.search import search as engine
from tests.notes import commit_news


class _Reader:
    """A StoreReader stand-in: runs the call on `store` (a store of nothing by default)."""

    def __init__(self, store=None) -> None:
        from types import SimpleNamespace

        self.store = store or SimpleNamespace(conn=sqlite3.connect(":memory:", check_same_thread=False))

    def run(self, fn, *args, **kwargs):
        return fn(self.store, *args, **kwargs)


HITS = [{"kind": "entity", "type": "checkpoint", "id": 7, "name": "Хоргос", "score": 100.0}]


def _runner(monkeypatch, reads: list, delivered: list, reader=None):
    from tui import search_runner, searching

    monkeypatch.setattr(searching, "search", lambda st, q, r=None, limit=30, entities_only=False: list(HITS))
    monkeypatch.setattr(searching, "warm_entities", lambda st, r=None: None)
    monkeypatch.setattr(searching, "warm_articles", lambda st, r=None: None)
    monkeypatch.setattr(searching, "read_ahead", lambda st, results, r=None, **kw: None)

    def read_named(st, results, stop=None):
        reads.append((list(results), stop, list(delivered)))

    monkeypatch.setattr(searching, "read_named_articles", read_named)
    runner = search_runner.SearchRunner(
        reader or _Reader(), lambda s, q, phase, res: delivered.append((s, phase)), print
    )
    runner.start()
    return runner


def _until(cond, timeout=10.0) -> None:
    t0 = time.perf_counter()
    while not cond() and time.perf_counter() - t0 < timeout:
        time.sleep(0.005)
    assert cond()


def _served(runner, delivered, seq) -> None:
    t0 = time.perf_counter()
    while (seq, "whole") not in delivered and time.perf_counter() - t0 < 10:
        runner.painted()
        time.sleep(0.005)
    runner.painted()
    assert (seq, "whole") in delivered


def test_the_first_whole_results_come_after_the_named_entitys_articles_are_read(monkeypatch):
    reads: list = []
    delivered: list = []
    runner = _runner(monkeypatch, reads, delivered)
    try:
        runner.submit(1, "khorgos")
        _served(runner, delivered, 1)
        assert len(reads) == 1
        results, stop, before = reads[0]
        assert results == HITS
        assert (1, "whole") not in before  # read before the whole results went out
        assert stop() is False  # no newer key: the read goes to its end
        runner.submit(2, "khorgos о")
        _served(runner, delivered, 2)
        assert len(reads) == 1  # the screen's first results only: later keys read ahead as before
        assert stop() is True  # (a newer key stops the first read between its pieces)
    finally:
        runner.stop()


def test_no_read_for_an_empty_query_nor_for_a_query_a_newer_key_replaced(monkeypatch):
    from tui import searching

    reads: list = []
    delivered: list = []
    gate = threading.Event()
    real_search = None

    runner = _runner(monkeypatch, reads, delivered)
    real_search = searching.search

    def slow_search(st, q, r=None, limit=30, entities_only=False):
        if q == "khor" and not entities_only:
            gate.wait(10)
        return real_search(st, q, r, limit, entities_only)

    monkeypatch.setattr(searching, "search", slow_search)
    try:
        runner.submit(1, "")
        _until(lambda: (1, "whole") in delivered or (1, "entities") in delivered)
        runner.painted()
        runner.submit(2, "khor")
        _until(lambda: (2, "entities") in delivered or runner._entities is not None)
        runner.submit(3, "khorgos")  # typed on while «khor» was searched
        gate.set()
        _served(runner, delivered, 3)
        assert [r[0] for r in reads] == [HITS]  # once, for «khorgos», the results shown first
        assert (2, "whole") not in delivered
    finally:
        gate.set()
        runner.stop()


NAME = "Арман Тулегенов"


def test_the_read_keeps_the_named_entitys_articles_for_the_topic_word(tmp_path, monkeypatch):
    """The real read on a store: after it the name's articles are kept (the memo the topic
    word's ranking asks), so a topic word typed after the name reads none; the first
    results are the same with it and without it."""
    from store.db import search_reads as reads
    from store.db import store as db
    from store.search import entities
    from store.search.alias_index import AliasIndex
    from tui import searching

    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    for n in (1, 2, 3):
        commit_news(st, n, f"Заметка {n}: {NAME} проверил очередь грузовиков на границе.", NAME, indexed="body")
    begun: list = []

    class CountedRead(reads.RowidRead):
        def __init__(self, *args, **kwargs):
            begun.append(args[1:])
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(reads, "RowidRead", CountedRead)
    entities.clear_memo()
    try:
        index = AliasIndex.build(st)
        named = engine.search(st, "tulegenov", limit=30, index=index, snippets=False)
        searching.read_named_articles(st, named)
        assert len(begun) == 1  # the name's articles, read
        searching.read_named_articles(st, named)  # kept: not read again
        topic = engine.search(st, "tulegenov проверил", limit=30, index=index)
        assert topic[0]["name"] == NAME and any(r["kind"] == "article" for r in topic)
        assert len(begun) == 1  # the topic word's ranking found them kept
        searching.read_named_articles(st, [r for r in named if r["kind"] == "article"])  # nothing named
        assert len(begun) == 1
        # stopped at once: the read is left for the search that needs it, which reads it then
        entities.clear_memo()
        searching.read_named_articles(st, named, stop=lambda: True)
        again = engine.search(st, "tulegenov проверил", limit=30, index=index)
        assert [r["id"] for r in again] == [r["id"] for r in topic]
    finally:
        entities.clear_memo()
        st.close()

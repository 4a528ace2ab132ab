"""What a user typing in the TUI asks again is answered from memory, and never from a
store that changed since: a whole search asked again (backspace), a named entity's
articles across the keystrokes of its topic words, and the read-ahead that reads them
before the first topic word is typed."""

from __future__ import annotations

import sqlite3

import pytest

from store.db import search_reads as reads
from store.db import store as db
from store.search import entities, search_topics
from store.search import search as engine
from store.search.alias_index import AliasIndex
from tests.notes import commit_news

NAME = "Арман Тулегенов"


def _write(st, n: int, topic: str = "очередь грузовиков") -> None:
    commit_news(st, n, f"Заметка {n}: {NAME} проверил {topic} на границе.", NAME, indexed="body")


@pytest.fixture
def counted(tmp_path, monkeypatch):
    """A store of three notes on one person, and the calls of the reads the memos save."""
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    for n in (1, 2, 3):
        _write(st, n)
    calls: dict[str, int] = {"articles": 0, "search": 0}
    real_search = engine._search

    class CountedRead(reads.RowidRead):  # a read of an entity's article rowids begun (tui74: in pieces)
        def __init__(self, *args, **kwargs):
            calls["articles"] += 1
            super().__init__(*args, **kwargs)

    def searched(*args, **kwargs):
        calls["search"] += 1
        return real_search(*args, **kwargs)

    monkeypatch.setattr(reads, "RowidRead", CountedRead)
    monkeypatch.setattr(engine, "_search", searched)
    entities.clear_memo()
    yield st, calls
    entities.clear_memo()
    st.close()


def test_a_text_searched_again_is_answered_from_memory_as_a_copy(counted):
    st, calls = counted
    index = AliasIndex.build(st)
    first = engine.search(st, "tulegenov очередь", limit=30, index=index)
    assert first and first[0]["name"] == NAME and any(r["kind"] == "article" for r in first)
    first[0]["name"] = "changed by the caller"
    again = engine.search(st, "tulegenov очередь", limit=30, index=index)
    assert calls["search"] == 1
    assert again[0]["name"] == NAME and [r["id"] for r in again] == [r["id"] for r in first]
    engine.search(st, "tulegenov очередь", limit=5, index=index)  # another limit is another search
    assert calls["search"] == 2


def test_a_write_to_the_store_is_never_answered_from_memory(counted):
    st, calls = counted
    index = AliasIndex.build(st)
    before = engine.search(st, "tulegenov очередь", limit=30)
    _write(st, 4)
    after = engine.search(st, "tulegenov очередь", limit=30, index=index)
    assert calls["search"] == 2
    assert len([r for r in after if r["kind"] == "article"]) == len([r for r in before if r["kind"] == "article"]) + 1


def test_the_named_entitys_articles_are_read_once_while_its_topic_words_are_typed(counted):
    st, calls = counted
    index = AliasIndex.build(st)
    for text in ("tulegenov о", "tulegenov оч", "tulegenov очередь", "tulegenov граница"):
        results = engine.search(st, text, limit=30, index=index)
        assert results[0]["name"] == NAME
    assert calls["articles"] == 1
    _write(st, 4)
    engine.search(st, "tulegenov очередь", limit=30, index=index)
    assert calls["articles"] == 2  # the store changed: read again


def test_read_ahead_reads_the_named_entitys_articles_before_a_topic_word(counted):
    st, calls = counted
    index = AliasIndex.build(st)
    named = engine.search(st, "tulegenov", limit=30, index=index)
    engine.read_ahead(st, named)
    assert calls["articles"] == 1
    results = engine.search(st, "tulegenov проверил", limit=30, index=index)
    assert results[0]["name"] == NAME and any(r["kind"] == "article" for r in results)
    assert calls["articles"] == 1
    engine.read_ahead(st, named)  # kept: nothing read again
    engine.read_ahead(st, [r for r in named if r["kind"] == "article"])  # no entity named: nothing read
    engine.read_ahead(st, [{**named[0], "score": 60.0}])  # named too weakly to be a name with topics
    assert calls["articles"] == 1


def test_clear_memo_forgets_every_search_memo(counted):
    st, calls = counted
    index = AliasIndex.build(st)
    engine.search(st, "tulegenov очередь", limit=30, index=index)
    entities.clear_memo()
    engine.search(st, "tulegenov очередь", limit=30, index=index)
    assert calls == {"articles": 2, "search": 2}


def test_a_kept_article_set_ranks_as_a_list_of_rowids_does(counted):
    st, _ = counted
    expr, lemmas = search_topics.topic_expression(["очередь"])
    kept = search_topics.entity_article_set(st.conn, [1])
    rowids = list(kept.rowids)
    assert kept.lo == min(rowids) and kept.hi == max(rowids)
    as_list = search_topics.ranked_within(st.conn, expr, len(lemmas), rowids, 5)
    assert as_list and search_topics.ranked_within(st.conn, expr, len(lemmas), kept, 5) == as_list
    assert kept.listed_between(kept.lo, kept.hi) == reads.rowid_list(rowids)  # the same text as the whole set's


def test_an_article_set_binds_only_its_rowids_inside_the_window():
    rowids = [40, 7, 1000, 2, 123456, 9]
    kept = search_topics.ArticleSet(rowids, sorted(rowids, reverse=True), sorted(rowids), reads.rowid_list(rowids))
    assert kept.listed_between(9, 1000) == "[9,40,1000]"
    assert kept.listed_between(10, 39) == "[]"
    assert kept.listed_between(kept.lo, kept.hi) == reads.rowid_list(rowids)


def test_a_topic_word_ranks_the_same_with_the_window_cut_from_the_list(counted, monkeypatch):
    st, _ = counted
    expr, lemmas = search_topics.topic_expression(["очередь"])
    kept = search_topics.entity_article_set(st.conn, [1])
    monkeypatch.setattr(search_topics, "FOCUS_BUDGET", 2)  # a window of the newest two matches only
    edge = reads.fts_window_edge(st.conn, expr, 2, kept.lo, kept.hi)
    assert edge is not None  # the window is narrower than the set's range
    whole_set = reads.fts_scored_among(st.conn, expr, edge + 1, kept.hi, set(kept.rowids))
    assert whole_set and search_topics.ranked_within(st.conn, expr, len(lemmas), kept, 2) == sorted(
        whole_set, key=lambda r: r[1]
    )


def test_an_ascending_rowid_list_is_the_rowid_list_of_those_rowids():
    for rowids in ([], [7], [2, 9, 40, 1000, 123456]):
        assert reads.ascending_rowid_list(rowids) == reads.rowid_list(reversed(rowids))


def test_a_listed_rowid_set_is_bound_never_sql(counted):
    st, _ = counted
    assert reads.rowid_list([3, 1, 2, 3]) == "[1,2,3]"
    expr = '"очередь"'
    assert [r for r, _ in reads.fts_scored_listed(st.conn, expr, 1, 3, "[1,3]")] == [1, 3]
    with pytest.raises(sqlite3.OperationalError):  # malformed JSON, not SQL
        reads.fts_scored_listed(st.conn, expr, 1, 3, "1) OR (1=1")
    assert reads.fts_scored_listed(st.conn, expr, 1, 3, "[]") == []


class _Reader:
    """A StoreReader stand-in: runs the call on a store of nothing."""

    def __init__(self) -> None:
        from types import SimpleNamespace

        self.store = SimpleNamespace(conn=sqlite3.connect(":memory:", check_same_thread=False))

    def run(self, fn, *args, **kwargs):
        return fn(self.store, *args, **kwargs)


def test_the_search_thread_reads_ahead_once_the_whole_results_are_painted(monkeypatch):
    import threading
    import time

    from tui import search_runner, searching

    hits = [{"kind": "entity", "type": "checkpoint", "id": 7, "name": "Хоргос", "score": 100.0}]
    monkeypatch.setattr(searching, "search", lambda st, q, r=None, limit=30, entities_only=False: list(hits))
    monkeypatch.setattr(searching, "warm_entities", lambda st, r=None: None)
    monkeypatch.setattr(searching, "warm_articles", lambda st, r=None: None)
    monkeypatch.setattr(search_runner, "FRAME_WAIT_S", 30.0)
    ahead: list[list[dict]] = []
    read = threading.Event()
    monkeypatch.setattr(searching, "read_ahead", lambda st, results, r=None, **kw: ahead.append(results) or read.set())
    delivered: list[str] = []
    runner = search_runner.SearchRunner(_Reader(), lambda s, q, phase, res: delivered.append(phase), print)
    runner.start()
    try:
        runner.submit(1, "khorgos")

        def until(phase: str) -> None:
            t0 = time.perf_counter()
            while phase not in delivered and time.perf_counter() - t0 < 10:
                time.sleep(0.005)
            assert phase in delivered

        until("entities")
        runner.painted()  # the entity hits' frame
        until("whole")
        assert not read.wait(0.2)  # the whole results' frame is owed: nothing runs beside it
        runner.painted()
        assert read.wait(10) and ahead == [hits]
    finally:
        runner.stop()


def _runner_reading_ahead(monkeypatch, read_ahead):
    """A search thread whose read-ahead is `read_ahead(store, results, reader, stop)`,
    with «khorgos»'s whole results delivered and painted."""
    import time

    from tui import search_runner, searching

    hits = [{"kind": "entity", "type": "checkpoint", "id": 7, "name": "Хоргос", "score": 100.0}]
    monkeypatch.setattr(searching, "search", lambda st, q, r=None, limit=30, entities_only=False: list(hits))
    monkeypatch.setattr(searching, "warm_entities", lambda st, r=None: None)
    monkeypatch.setattr(searching, "warm_articles", lambda st, r=None: None)
    monkeypatch.setattr(searching, "read_ahead", read_ahead)
    delivered: list[str] = []
    runner = search_runner.SearchRunner(_Reader(), lambda s, q, phase, res: delivered.append(phase), print)
    runner.start()
    runner.submit(1, "khorgos")
    t0 = time.perf_counter()
    while "whole" not in delivered and time.perf_counter() - t0 < 10:
        runner.painted()
        time.sleep(0.005)
    runner.painted()
    return runner


# an SQL statement of a few tens of milliseconds (the read-ahead's read of an entity's articles)
_SHORT_SQL = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) SELECT count(*) FROM n"


# every key stops it between steps, one typing on after the name too (stop 42, tui73: its entity
# hits waited for every step; what was read stays in the memos for its whole search); the pieces of
# the name's articles' read are stopped by a key that does not type on only (stop 43, tui76: the
# topic word begun needs them at its next letters)
@pytest.mark.parametrize(
    ("key", "stopped", "read_stopped"),
    [("khorgos о", True, False), ("khorgo", True, True), ("khorgoss", True, True), ("Достык", True, True)],
)
def test_the_read_ahead_stops_between_its_steps_for_any_key(monkeypatch, key, stopped, read_stopped):
    import threading
    import time

    started, done = threading.Event(), threading.Event()
    seen: dict = {}

    def read_ahead(st, results, r=None, stop=None, stop_articles=None):
        started.set()
        seen["stop_before"] = stop()
        t0 = time.perf_counter()
        try:
            while time.perf_counter() - t0 < 0.6 and not stop():  # the steps before the SQL
                time.sleep(0.005)
            seen["stop_between"], seen["read_stopped"] = stop(), stop_articles()
            if not seen["stop_between"]:
                st.conn.execute(_SHORT_SQL).fetchall()
            else:
                seen["stop_between"] = True
            seen["read"] = True
        finally:
            done.set()

    runner = _runner_reading_ahead(monkeypatch, read_ahead)
    try:
        assert started.wait(10)
        runner.submit(2, key)
        assert done.wait(10)
        assert seen["stop_before"] is False
        assert seen["stop_between"] is stopped
        assert seen["read_stopped"] is read_stopped
    finally:
        runner.stop()

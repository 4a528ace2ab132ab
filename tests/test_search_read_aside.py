"""The read-ahead on a connection of its own (tui65): an entity's articles read beside the
search's connection are the ones a topic word's search then ranks, never read twice, and a
search that needs them while they are being read waits for that read."""

from __future__ import annotations

import threading
import time

import pytest

from store.db import search_reads as reads
from store.db import store as db
from store.db.opening import second_connection
from store.search import entities, search_topics
from store.search import search as engine
from store.search.alias_index import AliasIndex
from tests.notes import commit_news

NAME = "Данияр Сейтжанов"


@pytest.fixture
def notes(tmp_path, monkeypatch):
    """A store of four notes on one official, and the connections the set reads ran on."""
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    for n in (1, 2, 3, 4):
        commit_news(st, n, f"Сообщение {n}: {NAME} осмотрел очередь фур у поста.", NAME, indexed="body")
    read_on: list[object] = []
    real = reads.entity_article_rowids

    def rowids(conn, *args, **kwargs):
        read_on.append(conn)
        return real(conn, *args, **kwargs)

    monkeypatch.setattr(reads, "entity_article_rowids", rowids)
    entities.clear_memo()
    yield st, read_on
    entities.clear_memo()
    st.close()


def _named(st) -> list[dict]:
    return engine.search(st, "seitzhanov", limit=30, index=AliasIndex.build(st))


def test_a_set_read_aside_is_the_one_the_next_topic_word_ranks(notes):
    st, read_on = notes
    named = _named(st)
    job = engine.read_ahead_aside(st, named)
    assert job is not None
    side, _ = second_connection(st)
    try:
        job(side)
    finally:
        side.close()
    assert read_on == [side]
    person = next(r["id"] for r in named if r["kind"] == "entity")
    kept = search_topics.entity_article_set(st.conn, [person])
    assert read_on == [side]  # kept: not read again on the search's own connection
    entities.clear_memo()
    assert search_topics.entity_article_set(st.conn, [person]) == kept  # the same set read here


def test_results_naming_nothing_give_no_job(notes):
    st, _ = notes
    named = _named(st)
    assert engine.read_ahead_aside(st, [r for r in named if r["kind"] == "article"]) is None


def test_a_search_waits_for_a_set_to_be_read_aside_from_its_making(notes):
    st, read_on = notes
    named = _named(st)
    job = engine.read_ahead_aside(st, named)  # made, not yet begun: a loaded machine's aside thread starts late
    side, _ = second_connection(st, check_same_thread=False)
    found: list = []
    search = threading.Thread(target=lambda: found.append(engine.search(st, "seitzhanov очередь", limit=30)))
    search.start()
    try:
        time.sleep(0.2)
        assert search.is_alive() and not found  # waiting for the read aside
        job(side)
        search.join(10)
    finally:
        side.close()
    assert found and any(r["kind"] == "article" for r in found[0])
    assert read_on == [side]  # the search did not read the set itself


def test_a_cancelled_read_aside_is_read_by_the_search_at_once(notes):
    st, read_on = notes
    job = engine.read_ahead_aside(st, _named(st))
    job.cancel()
    t0 = time.perf_counter()
    found = engine.search(st, "seitzhanov очередь", limit=30)
    assert time.perf_counter() - t0 < search_topics.READ_ASIDE_WAIT_S
    assert any(r["kind"] == "article" for r in found) and read_on == [st.conn]


def test_the_aside_reader_reads_on_its_own_connection_and_stops(notes):
    from tui.aside_reads import AsideReader

    st, _ = notes
    used: list[object] = []
    done = threading.Event()
    aside = AsideReader(st)
    try:
        assert aside.submit(lambda conn: used.append(conn) or done.set())
        assert done.wait(10)
        assert used and used[0] is not st.conn
    finally:
        aside.stop()
    assert not aside.submit(lambda conn: None)  # stopped: the caller reads itself


def test_the_read_ahead_is_made_here_when_no_second_connection_opens(notes):
    from types import SimpleNamespace

    from tui import searching
    from tui.aside_reads import AsideReader

    st, read_on = notes
    named = _named(st)
    broken = AsideReader(SimpleNamespace())  # no store to connect to
    try:
        broken.submit(lambda conn: None)
        t0 = time.perf_counter()
        while broken.submit(lambda conn: None) and time.perf_counter() - t0 < 10:
            time.sleep(0.01)
        entities.clear_memo()
        searching.read_ahead(st, named, None, broken)
        assert read_on == [st.conn]  # read on the search's connection instead
    finally:
        broken.stop()


def test_the_search_thread_hands_its_read_ahead_aside_and_stops_that_thread_with_its_own(notes):
    from tui import search_runner
    from tui.reader import StoreReader

    st, read_on = notes
    reader = StoreReader(st)
    whole = threading.Event()
    runner = search_runner.SearchRunner(
        reader, lambda s, q, phase, res: (phase == "whole" and whole.set()) or runner.painted(), print
    )
    runner.start()
    try:
        runner.submit(1, "seitzhanov")
        assert whole.wait(20)
        t0 = time.perf_counter()
        while not read_on and time.perf_counter() - t0 < 10:
            time.sleep(0.01)
        assert read_on and st.conn not in read_on  # read on the aside thread's own connection
        aside = runner._aside
    finally:
        runner.stop()
    aside._thread.join(10)
    assert not aside._thread.is_alive()


def test_a_read_aside_the_aside_reader_cannot_make_is_cancelled(notes):
    from types import SimpleNamespace

    from tui.aside_reads import AsideReader

    st, read_on = notes
    broken = AsideReader(SimpleNamespace())  # no store to connect to
    job = engine.read_ahead_aside(st, _named(st))
    try:
        assert broken.submit(job)
        t0 = time.perf_counter()
        found = engine.search(st, "seitzhanov очередь", limit=30)  # waits only until the job is cancelled
        assert time.perf_counter() - t0 < search_topics.READ_ASIDE_WAIT_S
        assert any(r["kind"] == "article" for r in found) and read_on == [st.conn]
    finally:
        broken.stop()

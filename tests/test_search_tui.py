"""The search screen: every hit says what it is about, knowledge-base rows no article
names are shown (with «0 articles»), and ctrl+l sends an entity hit to the Articles pane."""

from __future__ import annotations

import asyncio
import time

import pytest

from store.db import store as db
from tests.notes import opening, write_note
from tests.test_tui_helpers import search_screen_on, type_until_whole
from tui import searching


def _write(store, n: int, type_: str, name: str) -> None:
    body = f"Заметка {n}: {name} и очередь на границе."
    with store.conn:
        write_note(store, n, body, [opening(type_, name)], title="Новость", date="2024-05-0" + str(n), source="Вестник")


@pytest.fixture
def store_path(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    _write(st, 1, "person", "Арман Тулегенов")
    _write(st, 2, "person", "Арман Тулегенов")
    _write(st, 3, "checkpoint", "Каражол")
    st.close()
    return tmp_path / "s.db"


def test_rows_say_what_they_are_about():
    assert searching.about({"kind": "entity", "articles": 0}) == "0 articles"
    assert searching.about({"kind": "entity", "articles": 1}) == "1 article"
    assert searching.about({"kind": "article", "date": "2024-05-01", "source": "Вестник"}) == "2024-05-01 Вестник"
    kb_row = {"kind": "entity", "type": "checkpoint", "id": -3, "articles": 0, "kb_id": "x"}
    assert searching.is_kb_only(kb_row) and searching.target(kb_row) is None
    stored = {"kind": "entity", "type": "person", "id": 4, "articles": 2, "name": "A"}
    assert searching.filter_entity([kb_row, stored]) is stored
    assert searching.filter_entity([kb_row]) is None


def test_knowledge_base_rows_are_kept(store_path):
    st = db.open_store(store_path)
    results = searching.search(st, "Бугристое")  # a gazetteer crossing no article here names
    st.close()
    kb = [r for r in results if searching.is_kb_only(r)]
    assert kb and kb[0]["articles"] == 0


async def test_screen_shows_counts_and_sends_an_entity_to_the_articles_pane(store_path):
    from tui.screens.search_screen import SearchScreen
    from tui.widgets.result_rows import ResultRows

    async with search_screen_on(store_path) as (app, pilot, screen):
        await type_until_whole(pilot, screen, "bugristoe")
        rows = [str(o.prompt) for o in screen.query_one(ResultRows).rows]
        assert any("Бугристое" in r and "0 articles" in r for r in rows), rows
        for _ in "bugristoe":
            await pilot.press("backspace")
        await type_until_whole(pilot, screen, "tulegenov")
        rows = [str(o.prompt) for o in screen.query_one(ResultRows).rows]
        assert any("Арман Тулегенов" in r and "2 articles" in r for r in rows), rows
        await pilot.press("down")  # to the results: the entity hit is highlighted
        nav = screen.query_one(ResultRows)
        assert screen._row_results[nav.highlighted]["kind"] == "entity"
        await pilot.press("ctrl+l")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert not isinstance(app.screen, SearchScreen)
        filt = app.main_screen.article_source.filter
        st = db.open_store(store_path)
        (eid,) = st.conn.execute("SELECT id FROM entities WHERE name='Арман Тулегенов'").fetchone()
        st.close()
        assert filt.entity_id == eid and filt.entity_name == "Арман Тулегенов"


def test_knowledge_base_rows_no_article_names_say_which_row_they_are():
    """Two posts share a name across the border: their rows must not read the same."""
    ours = {"kind": "entity", "articles": 0, "kb_id": "khorgos"}
    theirs = {"kind": "entity", "articles": 0, "kb_id": "cn-khorgos"}
    assert searching.about(ours) == "0 articles · khorgos"
    assert searching.about(theirs) == "0 articles · cn-khorgos"
    assert searching.about({"kind": "entity", "articles": 2, "kb_id": "khorgos"}) == "2 articles"


async def test_ctrl_l_sends_the_article_hits_as_a_set(store_path):
    from tui.screens.search_screen import SearchScreen

    async with search_screen_on(store_path) as (app, pilot, screen):
        await type_until_whole(pilot, screen, "очередь")  # in every article's body
        hits = searching.article_ids(screen.last_results)
        assert len(hits) == 3
        await pilot.press("ctrl+l")  # from the input: the article hits
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert not isinstance(app.screen, SearchScreen)
        filt = app.main_screen.article_source.filter
        assert set(filt.article_ids) == set(hits) and filt.entity_id is None
        assert ("hits", "search «очередь»: 3 articles") in filt.chips()
        assert filt.without("hits").article_ids == ()


def test_an_article_set_filter_keeps_only_those_articles(store_path):
    from store.db import queries
    from store.db.rows import ArticleQuery

    st = db.open_store(store_path)
    ids = [r[0] for r in st.conn.execute("SELECT id FROM articles ORDER BY date")]
    filt = ArticleQuery().with_articles((ids[0], ids[2]), "x")
    assert queries.count_articles(st, filt) == 2
    assert queries.count_articles(st, filt.with_words("нет-такого-слова")) == 0
    st.close()


async def test_entities_are_painted_before_the_articles(store_path, monkeypatch):
    """The first paint holds the entity hits alone; the whole results follow; a worker
    a newer keystroke cancelled never starts its article half."""
    import threading

    calls: list[tuple[str, bool]] = []
    release = threading.Event()
    real = searching.search

    def recorded(store, query, reader=None, limit=30, entities_only=False):
        calls.append((query, entities_only))
        if query == "очер" and entities_only:
            release.wait(10)  # held until the next key is typed
        return real(store, query, reader, limit, entities_only)

    monkeypatch.setattr(searching, "search", recorded)
    async with search_screen_on(store_path) as (app, pilot, screen):
        await type_until_whole(pilot, screen, "оче")
        assert ("оче", True) in calls and ("оче", False) in calls  # entities, then the whole search
        await pilot.press("р")
        await pilot.press("е")
        release.set()
        t0 = time.perf_counter()
        while screen.full_seq != screen._seq and time.perf_counter() - t0 < 20:
            await asyncio.sleep(0.01)
        assert ("очер", False) not in calls  # cancelled by «е» before its article half
        assert ("очере", False) in calls
        assert screen.shown_seq == screen.full_seq == screen._seq


def test_narrowing_keeps_the_hits_the_longer_text_still_names():
    hits = [
        {"kind": "entity", "type": "checkpoint", "id": 1, "name": "Хоргос", "matched": "Хоргос"},
        {"kind": "entity", "type": "location", "id": 2, "name": "Хоровод", "matched": "Хоровод"},
        {"kind": "entity", "type": "person", "id": 3, "name": "Иван Хорошев", "matched": "Иван Хорошев"},
        {"kind": "article", "type": "article", "id": "a", "name": "Хоргос", "matched": "Хоргос"},
    ]
    assert [h["id"] for h in searching.narrow(hits, "khorg")] == [1]
    assert [h["id"] for h in searching.narrow(hits, "kho")] == [1, 2, 3]  # a later word counts too
    assert [h["id"] for h in searching.narrow(hits, "ivan khor")] == [3]
    assert [h["id"] for h in searching.narrow(hits, "khorg оч")] == [1]  # a topic word typed after the name
    assert searching.narrow(hits, "khorgi оч") == []
    assert searching.narrow(hits, "  ") == []


class _FakeReader:
    """A reader whose store is a plain object: the runner's threading alone."""

    def __init__(self, store=None) -> None:
        import threading

        self.store = store
        self.search_index = None
        self._lock = threading.Lock()

    def run(self, fn, *args, **kwargs):
        with self._lock:
            return fn(self.store, *args, **kwargs)


def _wait(condition, timeout: float = 10.0) -> None:
    t0 = time.perf_counter()
    while not condition() and time.perf_counter() - t0 < timeout:
        time.sleep(0.005)
    assert condition()


def test_the_runner_searches_only_the_newest_query(monkeypatch):
    """Keys typed while a search runs are not searched one by one: the next search is
    the newest text, and only its results are delivered."""
    import threading

    from tui import search_runner

    searched: list[tuple[str, bool]] = []
    hold = threading.Event()

    def fake(store, query, reader=None, limit=30, entities_only=False):
        searched.append((query, entities_only))
        if query == "a":
            hold.wait(10)
        return [{"kind": "entity", "id": len(searched), "name": query}]

    monkeypatch.setattr(searching, "search", fake)
    monkeypatch.setattr(searching, "warm_entities", lambda store, reader=None: None)
    monkeypatch.setattr(searching, "warm_articles", lambda store, reader=None: None)
    delivered: list[tuple[int, str, str]] = []
    import sqlite3
    from types import SimpleNamespace

    store = SimpleNamespace(conn=sqlite3.connect(":memory:", check_same_thread=False))
    runner = search_runner.SearchRunner(_FakeReader(store), lambda s, q, p, r: delivered.append((s, q, p)), print)
    runner.start()
    runner.submit(1, "a")
    _wait(lambda: ("a", True) in searched)
    for seq, text in enumerate(["ab", "abc", "abcd"], start=2):
        runner.submit(seq, text)
    hold.set()
    _wait(lambda: (4, "abcd", "whole") in delivered)
    runner.stop()
    assert searched == [("a", True), ("abcd", True), ("abcd", False)]
    assert delivered == [(4, "abcd", "entities"), (4, "abcd", "whole")]


def test_a_newer_query_interrupts_the_running_article_query(store_path, monkeypatch):
    """The article half's SQLite query stops at the next key (a progress handler on the
    store's connection), and the connection serves queries normally afterwards."""
    from tui import search_runner

    slow_started = []

    def slow(store, query, reader=None, limit=30, entities_only=False):
        if entities_only:
            return []
        slow_started.append(time.perf_counter())
        sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        store.conn.execute(sql).fetchone()  # never ends on its own
        return []

    monkeypatch.setattr(searching, "search", slow)
    st = db.open_store(store_path)
    reader = _FakeReader(st)
    runner = search_runner.SearchRunner(reader, lambda *a: None, lambda seq, err: errors.append(err))
    errors: list[str] = []
    import threading

    done = threading.Event()
    result: list = []

    def run() -> None:
        result.append(reader.run(runner._interruptible, 1, "очередь"))
        done.set()

    runner._newest = 1
    threading.Thread(target=run, daemon=True).start()
    _wait(lambda: bool(slow_started))
    runner.submit(2, "очереди")  # the next key
    assert done.wait(10), "the running query was not interrupted"
    assert result == [None] and errors == []
    assert st.conn.execute("SELECT count(*) FROM articles").fetchone() == (3,)  # handler removed
    st.close()


async def test_stale_steps_never_overwrite_a_newer_keystroke(store_path, monkeypatch):
    """The hits on screen narrow at the key itself; an older keystroke's results that
    arrive late are dropped."""
    import threading

    from tui.screens.search_screen import SearchScreen
    from tui.widgets.result_rows import ResultRows

    release = threading.Event()
    real = searching.search

    def held(store, query, reader=None, limit=30, entities_only=False):
        if query == "tulegeno":
            release.wait(10)  # the engine is slow for this keystroke
        return real(store, query, reader, limit, entities_only)

    monkeypatch.setattr(searching, "search", held)
    async with search_screen_on(store_path) as (app, pilot, screen):
        await type_until_whole(pilot, screen, "tulegen")
        nav = screen.query_one(ResultRows)
        await pilot.press("o")  # held in the engine: the narrowed hits are painted meanwhile
        t0 = time.perf_counter()
        while screen.shown_seq != screen._seq and time.perf_counter() - t0 < 10:
            await asyncio.sleep(0.01)
        rows = [str(o.prompt) for o in nav.rows]
        assert screen.shown_seq == screen._seq and screen.full_seq != screen._seq
        assert any("Арман Тулегенов" in r for r in rows) and not any("Новость" in r for r in rows), rows
        screen.post_message(SearchScreen.Hits(screen._seq - 1, "tulegen", "whole", []))  # an older step, late
        await pilot.pause()
        assert [str(o.prompt) for o in nav.rows] == rows
        release.set()
        t0 = time.perf_counter()
        while screen.full_seq != screen._seq and time.perf_counter() - t0 < 20:
            await asyncio.sleep(0.01)
        assert any("Арман Тулегенов" in str(o.prompt) for o in nav.rows)
        assert screen.full_seq == screen._seq


async def test_keys_typed_at_once_are_searched_once_each_at_most(store_path, monkeypatch):
    """Keys that arrive faster than the screen handles them: each text is one keystroke
    (an Input.Changed a newer key overtook is not searched again), and the results on
    screen are those of the whole text."""
    from textual import events

    from tui.widgets.result_rows import ResultRows

    searched: list[str] = []
    real = searching.search

    def recorded(store, query, reader=None, limit=30, entities_only=False):
        searched.append(query)
        return real(store, query, reader, limit, entities_only)

    monkeypatch.setattr(searching, "search", recorded)
    async with search_screen_on(store_path) as (app, pilot, screen):
        for ch in "tulegenov":
            app._driver.send_message(events.Key(ch, ch))  # no wait between keys
        box = screen.query_one("#search-input")
        t0 = time.perf_counter()
        while not (box.value == "tulegenov" and screen.full_seq == screen._seq) and time.perf_counter() - t0 < 20:
            await asyncio.sleep(0.01)
        assert screen._seq == len("tulegenov")
        assert searched[-1] == "tulegenov" and set(searched) <= {"tulegenov"[:n] for n in range(1, 10)}
        rows = [str(o.prompt) for o in screen.query_one(ResultRows).rows]
        assert any("Арман Тулегенов" in r for r in rows), rows

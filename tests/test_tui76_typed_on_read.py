"""A key that types on after the name lets the read-ahead finish reading the name's
articles (stop 43, tui76): the topic word it begins needs them at its next letters, and
a typist's next key comes at once after this one's results, so a read stopped here
landed whole on that next key. A key that does not type on still stops the read
between its pieces (tui74). Every key's rows are those a fresh search of its text gives."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from store.db import search_reads
from store.search import search as engine
from store.search.alias_index import AliasIndex
from store.search.entities import clear_memo
from tests.notes import store_of_openings
from tests.test_tui_helpers import search_screen_on, type_until_whole

NAME = "Жалтыркол"  # a made-up checkpoint
BODIES = [
    "Жалтыркол с рассвета пропускает только пустые фуры, гружёные стоят у шлагбаума.",
    "Утром Жалтыркол закрыл одну полосу: меняют покрытие перед весовой.",
    "Жалтыркол ввёл запись на пересечение через приложение для легковых машин.",
    "Жалтыркол продлил работу терминала до полуночи на время уборки урожая.",
    "Жалтыркол получил второй сканер, досмотр вагонов стал быстрее.",
    "Водители на подъезде к посту Жалтыркол ждут по четыре часа утром.",
    "Жалтыркол и соседний пост сверили графики смен таможенников.",
]


def _store(path):
    store_of_openings(path, [("checkpoint", NAME, b) for b in BODIES]).close()


class _PieceLog:
    """Who read each piece of the name's article rowids: the first read-ahead («ahead 1»),
    a later one («ahead N»), or a key's own search («search»). The first read-ahead's first
    piece is held until the test has sent its keys (`keys_sent`)."""

    def __init__(self, mp: pytest.MonkeyPatch) -> None:
        from tui import searching

        self.readers: list[str] = []
        self.in_piece, self.keys_sent = threading.Event(), threading.Event()
        self._ahead = {"runs": 0, "on": False}
        real_ahead, real_range = searching.read_ahead, search_reads._article_range

        def read_ahead(store, results, reader=None, stop=None, stop_articles=None):
            self._ahead["runs"] += 1
            self._ahead["on"] = True
            try:
                real_ahead(store, results, reader, stop, stop_articles)
            finally:
                self._ahead["on"] = False

        def article_range(*args):
            who = f"ahead {self._ahead['runs']}" if self._ahead["on"] else "search"
            self.readers.append(who)
            found = real_range(*args)
            if who == "ahead 1" and self.readers.count(who) == 1:
                self.in_piece.set()
                self.keys_sent.wait(20)  # the piece ends once the keys have come (however slow the machine)
            return found

        mp.setattr(search_reads, "ARTICLE_ROWIDS_CHUNK", 2)  # seven notes: several pieces
        mp.setattr(searching, "read_ahead", read_ahead)
        mp.setattr(search_reads, "_article_range", article_range)

    async def wait_in_piece(self) -> None:
        t0 = time.perf_counter()
        while not self.in_piece.is_set() and time.perf_counter() - t0 < 20:
            await asyncio.sleep(0.01)
        assert self.in_piece.is_set()


async def _after_a_first_query(pilot, screen, log: _PieceLog) -> None:
    """A first query naming nothing, its whole results shown, the log emptied: the screen's
    first results read the articles of the name they give before they are shown (tui86,
    tui/search_runner.py `_read_named_first`), so the name pasted next is read by the
    read-ahead this file is about, as a name pasted after any earlier query is."""
    await type_until_whole(pilot, screen, "qqzzx")
    t0 = time.perf_counter()
    while log._ahead["on"] and time.perf_counter() - t0 < 20:
        await asyncio.sleep(0.01)
    await pilot.press(*["backspace"] * 5)  # the box empty again, its cursor at the start, as at first
    t0 = time.perf_counter()
    while (screen.full_seq != screen._seq or log._ahead["on"]) and time.perf_counter() - t0 < 20:
        await asyncio.sleep(0.01)
    log.readers.clear()
    log._ahead["runs"] = 0


async def _rows_after_each(pilot, screen, keys: list[str]) -> list[tuple[str, list[tuple[str, int | str]]]]:
    """Type `keys` one at a time, each after the last one's whole results: (text, rows) a key."""
    shown = []
    for key in keys:
        await type_until_whole(pilot, screen, key)
        assert screen.full_seq == screen._seq
        shown.append((screen._searched, [(r["kind"], r["id"]) for r in screen.last_results]))
    return shown


def _fresh(path, text: str) -> list[tuple[str, int | str]]:
    """The rows a search of `text` gives on a store nothing has searched yet."""
    clear_memo()
    from store.db import store as db

    st = db.open_store(path)
    try:
        found = engine.search(st, text.strip(), limit=30, index=AliasIndex.build(st), snippets=False)
    finally:
        st.close()
    clear_memo()
    return [(r["kind"], r["id"]) for r in found]


async def test_a_key_typing_on_after_the_name_lets_its_articles_read_finish(tmp_path):
    """The name pasted; while its read-ahead reads the first piece of its articles, the
    user types on after the name («жалтыркол у»): the read goes on to its last piece before
    that key is searched (before: it stopped after the piece, and «ут» read the rest), no
    key's own search reads a piece, and each key's rows are those of a fresh search."""
    path = tmp_path / "s.db"
    _store(path)
    clear_memo()
    with pytest.MonkeyPatch.context() as mp:
        log = _PieceLog(mp)
        async with search_screen_on(path) as (app, pilot, screen):
            await _after_a_first_query(pilot, screen, log)
            screen.query_one("#search-input").value = NAME.lower()  # pasted
            screen.query_one("#search-input").cursor_position = len(NAME)  # the cursor after it, as a paste leaves it
            await log.wait_in_piece()
            await pilot.press("space", "у")  # the space repaints the same words; «у» types on
            log.keys_sent.set()
            shown = await _rows_after_each(pilot, screen, ["т", "р", "о"])
    assert log.readers.count("ahead 1") >= 3  # every piece, not the held one alone
    assert set(log.readers) == {"ahead 1"}  # no piece read again, none by a key's search
    for text, rows in shown:
        assert rows == _fresh(path, text) and rows, text


async def test_a_key_that_does_not_type_on_still_stops_the_read_between_pieces(tmp_path):
    """A letter taken back («жалтырко») names the name no further: the read-ahead stops
    after the piece in progress (tui74), and each key's rows are those of a fresh search."""
    path = tmp_path / "s.db"
    _store(path)
    clear_memo()
    with pytest.MonkeyPatch.context() as mp:
        log = _PieceLog(mp)
        async with search_screen_on(path) as (app, pilot, screen):
            await _after_a_first_query(pilot, screen, log)
            screen.query_one("#search-input").value = NAME.lower()
            screen.query_one("#search-input").cursor_position = len(NAME)
            await log.wait_in_piece()
            await pilot.press("backspace")
            log.keys_sent.set()
            shown = await _rows_after_each(pilot, screen, ["л", " ", "у", "т"])
    assert log.readers.count("ahead 1") == 1
    for text, rows in shown:
        assert rows == _fresh(path, text) and rows, text


def test_read_ahead_reads_the_articles_whole_when_only_stop_says_so(tmp_path):
    """engine.read_ahead: `stop_articles()` (not `stop()`) is asked between the pieces, and
    `stop()` still ends it after the read (no spelling ranked)."""
    from store.search import search_topics

    st = store_of_openings(tmp_path / "s.db", [("checkpoint", NAME, b) for b in BODIES])
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(search_reads, "ARTICLE_ROWIDS_CHUNK", 2)
            clear_memo()
            hits = engine.search(st, NAME.lower(), type="entity", limit=30, index=AliasIndex.build(st))
            spelled: list[str] = []
            real_spelled = engine.spelled_rows
            mp.setattr(engine, "spelled_rows", lambda c, e, n, lim: spelled.append(e) or real_spelled(c, e, n, lim))
            asked: list[int] = []
            engine.read_ahead(st, hits, 30, stop=lambda: True, stop_articles=lambda: asked.append(1) and False)
            assert len(asked) >= 2 and spelled == []
            pieces: list[int] = []
            real_range = search_reads._article_range
            mp.setattr(search_reads, "_article_range", lambda *a: pieces.append(1) or real_range(*a))
            named = search_topics.span_entities(
                sorted((h for h in hits if h.get("kind") == "entity"), key=lambda h: -h["score"])
            )
            kept = search_topics.entity_article_set(st.conn, [e["id"] for e in named])  # the read-ahead's set
            assert pieces == [] and len(kept.rowids) == len(BODIES)  # read whole, kept
    finally:
        clear_memo()
        st.close()


@pytest.mark.parametrize(("key", "read_first"), [("khorgos о", True), ("khorgo", False), ("khorgoss", False)])
def test_a_key_waiting_when_the_results_come_is_searched_after_the_read_only_if_it_types_on(
    monkeypatch, key, read_first
):
    """The key came before the read-ahead of the results before it began (the typist's next
    key right after the frame): a key that types on a word after the name waits for the
    read of the name's articles (its later steps stopped), so the key after it finds them
    read; any other key is searched first, and the read-ahead of the old results is dropped."""
    import sqlite3
    from types import SimpleNamespace

    from tui import search_runner, searching

    hits = [{"kind": "entity", "type": "checkpoint", "id": 7, "name": NAME, "score": 100.0}]
    order: list[tuple] = []
    searched = threading.Event()

    def search(st, q, r=None, limit=30, entities_only=False):
        order.append(("search", q))
        if q == key and not entities_only:
            searched.set()
        return list(hits)

    def read_ahead(st, results, r=None, stop=None, stop_articles=None):
        order.append(("ahead", stop(), stop_articles()))

    monkeypatch.setattr(searching, "search", search)
    for warm in ("warm_entities", "warm_articles", "warm_parser"):
        monkeypatch.setattr(searching, warm, lambda st, r=None: None)
    monkeypatch.setattr(searching, "read_ahead", read_ahead)

    class Reader:
        store = SimpleNamespace(conn=sqlite3.connect(":memory:", check_same_thread=False))

        def run(self, fn, *args, **kwargs):
            return fn(self.store, *args, **kwargs)

    def deliver(seq, query, phase, results):
        if (seq, phase) == (1, "whole"):
            runner.submit(2, key)  # before the search thread looks for its next job
        runner.painted()

    runner = search_runner.SearchRunner(Reader(), deliver, print)
    runner.start()
    try:
        runner.submit(1, "khorgos")
        assert searched.wait(10)
    finally:
        runner.stop()
    before_key = order[: order.index(("search", key))]
    assert [o for o in before_key if o[0] == "ahead"] == ([("ahead", True, False)] if read_first else [])

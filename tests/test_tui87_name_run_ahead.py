"""The name's run of words a topic word typed after it is split on, looked up ahead
(store.search.search.name_run_ahead, the TUI's read-ahead and first results): the key
that begins the word («tulegenov оч») no longer scores the name itself, and every key's
results are those of a search with nothing looked up ahead (tui87)."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search import entities
from store.search import search as engine
from store.search.alias_index import AliasIndex
from tests.notes import commit_news

NAME = "Арман Тулегенов"


def _write(st, n: int) -> None:
    commit_news(st, n, f"Заметка {n}: {NAME} проверил очередь грузовиков на границе.", NAME, indexed="body")


@pytest.fixture
def store(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    for n in (1, 2, 3):
        _write(st, n)
    entities.clear_memo()
    yield st
    entities.clear_memo()
    st.close()


def _matched(monkeypatch, index) -> list[str]:
    """The texts the store's alias index scores from now on."""
    asked: list[str] = []
    real = index.match

    def match(query, *args, **kwargs):
        asked.append(query)
        return real(query, *args, **kwargs)

    monkeypatch.setattr(index, "match", match)
    return asked


def _typed(st, index, texts: list[str]) -> list[list]:
    return [engine.search(st, t, limit=30, index=index, snippets=False) for t in texts]


KEYS = ["tulegenov", "tulegenov о", "tulegenov оч", "tulegenov оче", "tulegenov очер", "tulegenov очередь"]


def test_the_begun_word_finds_the_names_run_looked_up(store, monkeypatch):
    index = AliasIndex.build(store)
    named = engine.search(store, "tulegenov", limit=30, index=index, snippets=False)
    assert entities.kept_entities(store, "tulegenov", None, engine.RUN_LIMIT, index) is None
    engine.name_run_ahead(store, "tulegenov", named, 30, index)
    kept = entities.kept_entities(store, "tulegenov", None, engine.RUN_LIMIT, index)
    assert kept and kept[0]["name"] == NAME
    asked = _matched(monkeypatch, index)
    engine.search(store, "tulegenov оч", limit=30, index=index, snippets=False)
    assert "tulegenov" not in asked and "tulegenov оч" in asked  # the whole text is still scored


def test_every_key_gives_what_it_gives_without_the_look_up(store):
    index = AliasIndex.build(store)
    plain = _typed(store, index, KEYS)
    entities.clear_memo()
    ahead = []
    for text in KEYS:
        results = engine.search(store, text, limit=30, index=index, snippets=False)
        engine.name_run_ahead(store, text, results, 30, index)
        ahead.append(results)
    assert ahead == plain
    entities.clear_memo()
    assert _typed(store, index, KEYS) == plain


def test_a_one_letter_word_begun_looks_up_the_name_before_it(store):
    index = AliasIndex.build(store)
    engine.search(store, "tulegenov", limit=30, index=index, snippets=False)
    results = engine.search(store, "tulegenov о", limit=30, index=index, snippets=False)
    engine.name_run_ahead(store, "tulegenov о", results, 30, index)
    assert entities.kept_entities(store, "tulegenov", None, engine.RUN_LIMIT, index)


def test_a_split_query_is_not_searched_whole_nor_looked_up(store, monkeypatch):
    index = AliasIndex.build(store)
    results = engine.search(store, "tulegenov очередь", limit=30, index=index, snippets=False)
    assert results[0]["name"] == NAME
    asked = _matched(monkeypatch, index)
    engine.name_run_ahead(store, "tulegenov очередь", results, 30, index)
    assert asked == []
    engine.name_run_ahead(store, "tulegenov", [r for r in results if r["kind"] == "article"], 30, index)
    assert asked == []  # the results name nothing: nothing looked up


def test_a_write_to_the_store_is_looked_up_again(store, monkeypatch):
    index = AliasIndex.build(store)
    named = engine.search(store, "tulegenov", limit=30, index=index, snippets=False)
    engine.name_run_ahead(store, "tulegenov", named, 30, index)
    _write(store, 4)
    assert entities.kept_entities(store, "tulegenov", None, engine.RUN_LIMIT, index) is None
    asked = _matched(monkeypatch, index)
    engine.name_run_ahead(store, "tulegenov", named, 30, index)
    assert asked == []  # the name's whole search is not kept for the store as it is now
    fresh = engine.search(store, "tulegenov", limit=30, index=index, snippets=False)
    engine.name_run_ahead(store, "tulegenov", fresh, 30, index)
    assert asked == ["tulegenov", "tulegenov"]  # its whole search, then its run


def test_the_runner_looks_the_name_up_after_the_first_results_and_once_a_word_is_begun(monkeypatch):
    """The search thread looks up the name of the results it just gave: after the first
    results' read of the named articles (before they are shown), and in the read-ahead of
    a text with a word begun after the name («khorgos », «khorgos о»), not of a name being
    typed («khorgo»)."""
    import sqlite3
    import threading
    from types import SimpleNamespace

    from tui import search_runner, searching

    hits = [{"kind": "entity", "type": "checkpoint", "id": 7, "name": "Хоргос", "score": 100.0}]
    order: list[tuple] = []
    aheads = threading.Semaphore(0)
    monkeypatch.setattr(searching, "search", lambda st, q, r=None, limit=30, entities_only=False: list(hits))
    for warm in ("warm_entities", "warm_articles", "warm_parser"):
        monkeypatch.setattr(searching, warm, lambda st, r=None: None)
    monkeypatch.setattr(searching, "read_named_articles", lambda st, res, stop=None: order.append(("read",)))
    monkeypatch.setattr(
        searching, "read_ahead", lambda st, res, r=None, **kw: (order.append(("ahead",)), aheads.release())
    )
    monkeypatch.setattr(searching, "look_up_name_ahead", lambda st, q, res, r=None: order.append(("name", q)))

    class Reader:
        store = SimpleNamespace(conn=sqlite3.connect(":memory:", check_same_thread=False))

        def run(self, fn, *args, **kwargs):
            return fn(self.store, *args, **kwargs)

    delivered: list[tuple] = []

    def deliver(seq, query, phase, results):
        delivered.append((seq, phase, len(order)))
        runner.painted()

    runner = search_runner.SearchRunner(Reader(), deliver, print)
    runner.start()
    try:
        for seq, text in enumerate(["khorgo", "khorgos", "khorgos ", "khorgos о", "khorgos оч"], 1):
            runner.submit(seq, text)
            assert aheads.acquire(timeout=10)
    finally:
        runner.stop()
    assert order == [
        ("read",),
        ("name", "khorgo"),  # the first results: whatever they name
        ("ahead",),
        ("ahead",),  # «khorgos»: still typed
        ("name", "khorgos "),
        ("ahead",),
        ("name", "khorgos о"),
        ("ahead",),
        ("ahead",),
    ]
    assert (1, "whole", 2) in delivered  # the first results came after the read and the look-up


def test_a_word_is_begun_after_a_space_or_one_letter():
    from tui.search_runner import _word_begun

    assert _word_begun("khorgos ") and _word_begun("khorgos о") and _word_begun("Нур Жолы q")
    assert not _word_begun("khorgo") and not _word_begun("khorgos оч") and not _word_begun("") and not _word_begun(" ")

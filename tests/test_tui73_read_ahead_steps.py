"""The read-ahead after a name's results stops between its steps for any key (stop 42,
tui73): a key typed while it reads is searched after the step in progress, not after
every step. Before, a key that typed on after the name («жалтыркол с» after
«жалтыркол») let it read on to its end, and the key's search waited for all of it."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from store.search import search as engine
from store.search import search_topics
from store.search.alias_index import AliasIndex
from store.search.entities import clear_memo
from tests.notes import store_of_openings
from tests.test_tui_helpers import search_screen_on, type_until_whole

NAME = "Жалтыркол"  # a made-up checkpoint
BODIES = [
    "Жалтыркол утром принял сорок грузовиков, к обеду очередь рассосалась.",
    "Жалтыркол временно работает только днём из-за замены сканера.",
    "Жалтыркол и соседний пост договорились о совместном досмотре вагонов.",
]


@pytest.fixture
def named(tmp_path):
    """A store of one checkpoint in three notes, and the entity hits of its name."""
    st = store_of_openings(tmp_path / "s.db", [("checkpoint", NAME, b) for b in BODIES])
    clear_memo()
    hits = engine.search(st, NAME.lower(), type="entity", limit=30, index=AliasIndex.build(st))
    yield st, hits
    clear_memo()
    st.close()


def _steps_taken(monkeypatch) -> list[str]:
    """What the read-ahead reads, in order: «articles» (the named entity's articles) and
    «spellings» (one script's ranking of its names)."""
    taken: list[str] = []
    real_set, real_spelled = search_topics.entity_article_set, engine.spelled_rows
    monkeypatch.setattr(
        search_topics,
        "entity_article_set",
        lambda c, ids, stop=None: taken.append("articles") or real_set(c, ids, stop),
    )
    monkeypatch.setattr(
        engine, "spelled_rows", lambda c, e, n, lim: taken.append("spellings") or real_spelled(c, e, n, lim)
    )
    return taken


def test_read_ahead_asks_whether_to_stop_after_each_step(named, monkeypatch):
    st, hits = named
    taken = _steps_taken(monkeypatch)
    asked: list[int] = []
    engine.read_ahead(st, hits, 30, stop=lambda: asked.append(len(taken)) and False)
    assert taken[0] == "articles" and "spellings" in taken
    # after each step, none skipped (and inside the articles' read, between its pieces: tui74)
    assert sorted(set(asked)) == list(range(1, len(taken) + 1)) and asked == sorted(asked)


def test_read_ahead_stopped_after_its_first_step_ranks_no_spelling(named, monkeypatch):
    st, hits = named
    taken = _steps_taken(monkeypatch)
    engine.read_ahead(st, hits, 30, stop=lambda: True)
    assert taken == ["articles"]


async def test_a_key_typed_while_the_explorer_reads_ahead_waits_for_one_step(tmp_path):
    """The name pasted; while its read-ahead is in its first step (held here until a key
    has come), the user types on after the name: that read-ahead ranks none of the name's spellings
    after the step (before, it read on to its end while the key waited), and the key's
    results are those the engine gives the query."""
    from tui import searching

    path = tmp_path / "s.db"
    store_of_openings(path, [("checkpoint", NAME, b) for b in BODIES]).close()
    first_ahead: list[str] = []  # the steps the name's own read-ahead took
    in_step, key_sent = threading.Event(), threading.Event()
    runs = {"n": 0, "on": False}
    real_ahead, real_set, real_spelled = searching.read_ahead, search_topics.entity_article_set, engine.spelled_rows

    def read_ahead(store, results, reader=None, stop=None, stop_articles=None):
        runs["n"] += 1
        runs["on"] = True
        try:
            real_ahead(store, results, reader, stop, stop_articles)
        finally:
            runs["on"] = False

    def article_set(conn, ids, stop=None):
        found = real_set(conn, ids, stop)
        if runs["on"] and runs["n"] == 1:
            first_ahead.append("articles")
            in_step.set()
            key_sent.wait(20)  # the step ends once a key has come (however slow the machine)
        return found

    def spelled(conn, expr, n_lemmas, limit):
        if runs["on"] and runs["n"] == 1:
            first_ahead.append("spellings")
        return real_spelled(conn, expr, n_lemmas, limit)

    clear_memo()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(searching, "read_ahead", read_ahead)
        mp.setattr(search_topics, "entity_article_set", article_set)
        mp.setattr(engine, "spelled_rows", spelled)
        async with search_screen_on(path) as (app, pilot, screen):
            screen.query_one("#search-input").value = NAME.lower()  # pasted
            t0 = time.perf_counter()
            while not in_step.is_set() and time.perf_counter() - t0 < 20:
                await asyncio.sleep(0.01)
            assert in_step.is_set()
            await pilot.press("space", "у")  # the space repaints the same words; «у» is searched
            key_sent.set()
            await type_until_whole(pilot, screen, "тр")
            assert screen.full_seq == screen._seq
            shown = [(r["kind"], r["id"]) for r in screen.last_results]
    assert first_ahead == ["articles"]
    clear_memo()
    st = store_of_openings(tmp_path / "t.db", [("checkpoint", NAME, b) for b in BODIES])
    try:
        alone = engine.search(st, f"{NAME.lower()} утр", limit=30, index=AliasIndex.build(st), snippets=False)
    finally:
        st.close()
    assert shown == [(r["kind"], r["id"]) for r in alone] and shown[0] == ("entity", alone[0]["id"])


def test_a_names_article_rowids_come_as_one_row(named):
    """The read-ahead's read of a name's articles fetches one row a piece however many
    articles the piece lists (a name in three articles: two pieces, tui74): a row fetched at a time took the GIL back from the UI thread at each row."""
    from store.db import search_reads

    st, hits = named
    fetched: list[int] = []

    class Counting:
        def execute(self, sql, params=()):
            rows = st.conn.execute(sql, params).fetchall()
            fetched.append(len(rows))
            return _Rows(rows)

    eid = next(h["id"] for h in hits if h.get("kind") == "entity" and h["name"] == NAME)
    got = search_reads.entity_article_rowids(Counting(), [eid], 100)
    assert set(fetched) == {1} and len(fetched) <= 2 and len(got) == len(BODIES)  # a row a piece (tui74)
    assert got == [r[0] for r in st.conn.execute("SELECT rowid FROM articles ORDER BY id")]  # the index's order


class _Rows:
    def __init__(self, rows):
        self.rows = rows

    def fetchone(self):
        return self.rows[0] if self.rows else None

    def __iter__(self):
        return iter(self.rows)

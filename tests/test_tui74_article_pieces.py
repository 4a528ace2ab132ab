"""The read-ahead's read of a name's articles stops between its pieces (stop 42, tui74):
a key typed while it reads waits for one piece (1,000 articles), not for the whole read
(5-17 ms of CPU for a name in 16,000 of 100,000 articles); a read stopped there is kept
half done, and the next search that needs the articles reads only the pieces left."""

from __future__ import annotations

import pytest

from store.db import search_reads
from store.search import search as engine
from store.search import search_topics
from store.search.alias_index import AliasIndex
from store.search.entities import clear_memo
from tests.notes import store_of_openings

NAME = "Жалтыркол"  # a made-up checkpoint
BODIES = [
    "Жалтыркол с утра принимает только порожние фуры, груженые ждут до полудня.",
    "На посту Жалтыркол сменили весы, очередь встала на два часа.",
    "Жалтыркол перевёл досмотр легковых машин на второй терминал.",
    "Водители у поста Жалтыркол жалуются на одну работающую полосу.",
    "Жалтыркол открыл третью полосу для автобусов в праздники.",
]


@pytest.fixture
def named(tmp_path, monkeypatch):
    """A store of one checkpoint in five notes read two articles a piece, and the
    entity hits of its name."""
    monkeypatch.setattr(search_reads, "ARTICLE_ROWIDS_CHUNK", 2)
    st = store_of_openings(tmp_path / "s.db", [("checkpoint", NAME, b) for b in BODIES])
    clear_memo()
    hits = engine.search(st, NAME.lower(), type="entity", limit=30, index=AliasIndex.build(st))
    yield st, next(h["id"] for h in hits if h.get("kind") == "entity" and h["name"] == NAME), hits
    clear_memo()
    st.close()


def _pieces_read(monkeypatch) -> list[int]:
    """The pieces of article rowids read from now on (one SQL statement each)."""
    read: list[int] = []
    real = search_reads._article_range

    def counted(*args):
        read.append(1)
        return real(*args)

    monkeypatch.setattr(search_reads, "_article_range", counted)
    return read


def test_a_stopped_articles_read_goes_on_where_it_stopped(named, monkeypatch):
    """Stopped after its first piece, the read is kept half done: the next search of the
    name reads only the pieces left, and gets the whole set (the same as one read)."""
    st, eid, _hits = named
    read = _pieces_read(monkeypatch)
    whole = search_reads.entity_article_rowids(st.conn, [eid], 5000)
    at_once = len(read)
    assert at_once >= 3 and len(whole) == len(BODIES)
    read.clear()
    with pytest.raises(search_reads.ReadStopped):
        search_topics.entity_article_set(st.conn, [eid], stop=lambda: True)
    assert len(read) == 1
    kept = search_topics.entity_article_set(st.conn, [eid])
    assert len(read) == at_once and kept.rowids == whole  # no piece read twice, none left out


def test_a_stopped_read_of_a_changed_store_is_not_taken_up(named, monkeypatch):
    """The read left is kept by the store's state: after a write it starts again."""
    st, eid, _hits = named
    read = _pieces_read(monkeypatch)
    search_reads.entity_article_rowids(st.conn, [eid], 5000)
    at_once = len(read)
    with pytest.raises(search_reads.ReadStopped):
        search_topics.entity_article_set(st.conn, [eid], stop=lambda: True)
    with st.conn:
        st.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('tui74-test', 'a write')")
    read.clear()
    search_topics.entity_article_set(st.conn, [eid])
    assert len(read) == at_once  # all of its pieces again


def test_read_ahead_stopped_inside_the_articles_read_leaves_the_rest(named, monkeypatch):
    """The key comes while the first piece is read: the read-ahead asks after that piece,
    ends there (no spelling ranked), and says nothing of it (no exception to the caller)."""
    st, _eid, hits = named
    spelled: list[str] = []
    real_spelled = engine.spelled_rows
    monkeypatch.setattr(engine, "spelled_rows", lambda c, e, n, lim: spelled.append(e) or real_spelled(c, e, n, lim))
    asked: list[int] = []
    engine.read_ahead(st, hits, 30, stop=lambda: asked.append(1) or True)
    assert asked == [1] and spelled == []
    engine.read_ahead(st, hits, 30, stop=lambda: False)  # no key: it reads on to its end
    assert spelled

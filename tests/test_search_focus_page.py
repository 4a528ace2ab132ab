"""A name and a topic word («Темирказык очередь», made up): the entity first, then its
articles ranked by the topic word; when those alone fill the page, the query's own
FTS search is skipped and the page is what it would have been."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search import search as search_module
from store.search.search import search
from tests.notes import opening, write_note

NAME = "Темирказык"
BODIES = [
    *[f"На пункте {NAME} выросла очередь из грузовиков, сообщили водители {n}." for n in range(4)],
    *[f"Пункт {NAME} перешёл на летний график работы {n}." for n in range(3)],
    "Очередь на пункте в горах и Темирказык в новостях о погоде.",
]


@pytest.fixture
def store(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    with st.conn:
        for n, body in enumerate(BODIES, 1):
            named = n <= 7  # the last one holds the words but no mention of the post
            write_note(st, n, body, [opening("checkpoint", NAME)] if named else [], indexed="body")
    yield st
    st.close()


def _shape(results):
    return [(r["kind"], r["id"], r["score"], r.get("matched")) for r in results]


def test_the_entity_first_then_its_articles_with_the_topic_word(store):
    results = search(store, f"{NAME} очередь", limit=8)
    assert results[0]["kind"] == "entity" and results[0]["name"] == NAME
    articles = [r for r in results if r["kind"] == "article"]
    topical = [a for a in articles[:4] if "очеред" in a["matched"].lower()]
    assert len(topical) == 4  # the four articles on the queue come first
    assert all("график" in a["matched"] or "очеред" in a["matched"].lower() for a in articles)


@pytest.mark.parametrize("limit", [2, 3, 4, 6, 9])
def test_skipping_the_fts_search_changes_no_page(store, monkeypatch, limit):
    calls = []
    real = search_module.search_articles
    monkeypatch.setattr(search_module, "search_articles", lambda *a, **k: calls.append(1) or real(*a, **k))
    fast = _shape(search(store, f"{NAME} очередь", limit=limit))
    skipped = not calls
    monkeypatch.setattr(search_module, "_page_filled", lambda focused, limit: False)
    assert fast == _shape(search(store, f"{NAME} очередь", limit=limit))
    assert skipped == (limit <= 4)  # four topic articles on the queue, each scored >= 67.5


def test_a_page_the_topic_articles_do_not_fill_gets_the_fts_matches(store):
    results = search(store, f"{NAME} очередь", limit=20)
    assert "Заметка 8" in {r["name"] for r in results}  # holds both words, names no post

"""search() cuts snippets for the articles it keeps only (article_results with a
`pending` dict, then fill_snippets): the same snippets as cutting them all at once."""

from __future__ import annotations

import pytest

from store.db import search_reads as reads
from store.db import store as db
from store.search.articles import article_results, fill_snippets
from store.search.search import search
from tests.notes import opening, write_note

BODIES = [
    "Пункт Кайрат закрыли на ремонт. Очередь грузовиков выросла до трёх километров.",
    "На пункте Кайрат открыли новый терминал. Очередь машин сократилась вдвое.",
    "Водители жалуются на очередь у пункта Кайрат и на жару.",
    "Пункт Кайрат работает круглосуточно с понедельника.",
]


@pytest.fixture
def store(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    with st.conn:
        for n, body in enumerate(BODIES, 1):
            write_note(st, n, body, [opening("checkpoint", "Кайрат")], indexed="body")
    yield st
    st.close()


def test_pending_snippets_are_those_cut_at_once(store):
    rows = [(r, -1.0 - r) for r in reads.fts_rowids(store.conn, '"очередь"')]
    lemmas = ["очередь"]
    at_once = article_results(store.conn, rows, lemmas)
    pending: dict = {}
    later = article_results(store.conn, rows, lemmas, pending=pending)
    assert [a["matched"] for a in later] == [""] * len(rows)
    fill_snippets(store.conn, later, pending)
    assert later == at_once and all("чередь" in a["matched"] for a in later)


def test_only_the_kept_articles_get_snippets(store):
    pending: dict = {}
    arts = article_results(store.conn, [(r, -1.0) for r in range(1, 5)], ["пункт"], pending=pending)
    fill_snippets(store.conn, arts[:2], pending)
    assert all(a["matched"] for a in arts[:2]) and not any(a["matched"] for a in arts[2:])


def test_search_results_carry_snippets(store):
    results = search(store, "кайрат очередь", limit=10)
    articles = [r for r in results if r["kind"] == "article"]
    assert articles and all(a["matched"] for a in articles)
    assert results[0]["kind"] == "entity" and results[0]["name"] == "Кайрат"


def test_a_search_without_snippets_reads_no_body_and_finds_the_same(store, monkeypatch):
    """snippets=False (the TUI, which never shows them): the same hits in the same order,
    each article's "matched" empty, and no body read for it; kept apart from a search
    with snippets, which still carries them."""
    with_snippets = search(store, "кайрат очередь", limit=10)
    read: list = []
    real = reads.article_bodies_by_rowid
    monkeypatch.setattr(
        reads, "article_bodies_by_rowid", lambda conn, rowids: read.append(rowids) or real(conn, rowids)
    )
    bare = search(store, "кайрат очередь", limit=10, snippets=False)
    assert read == []
    assert [(r["kind"], r["id"], r["score"]) for r in bare] == [(r["kind"], r["id"], r["score"]) for r in with_snippets]
    assert all(r["matched"] == "" for r in bare if r["kind"] == "article")
    assert [r for r in bare if r["kind"] == "entity"] == [r for r in with_snippets if r["kind"] == "entity"]
    again = search(store, "кайрат очередь", limit=10)
    assert again == with_snippets and all(a["matched"] for a in again if a["kind"] == "article")

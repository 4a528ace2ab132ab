"""search's knowledge-base names by row id (store.search.search_kb.kb_rows_by_id): built
once per process instead of once per search (stop 40, perf74), with the same rows and
the same search results as the map built afresh."""

from __future__ import annotations

from store.search import search_kb
from store.search.entities import clear_memo
from store.search.search import search


def test_each_row_is_found_by_its_id_and_the_map_is_built_once():
    by_id = search_kb.kb_rows_by_id()
    assert by_id == {r.id: r for r in search_kb.kb_rows()}
    assert search_kb.kb_rows_by_id() is by_id


def test_a_search_finds_the_same_with_the_map_built_afresh_or_kept(sample_store):
    # a Latin spelling of a post the knowledge base knows: its Cyrillic names spell the articles
    queries = ["khorgos", "Dostyk", "Нур жолы"]
    clear_memo()
    search_kb.kb_rows_by_id.cache_clear()
    fresh = [search(sample_store, q, limit=20) for q in queries]
    clear_memo()
    kept = [search(sample_store, q, limit=20) for q in queries]
    assert kept == fresh
    assert any(r["kind"] == "article" for found in fresh for r in found)

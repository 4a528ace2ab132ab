"""The alias index cache keeps a few stores' indexes, not one per store ever searched
(hyg68; fds62 saw it): a library caller going over many stores in one process kept every
store's index, and each persisted one as a memory map holding a descriptor of its
`.search-index` file. The cache is a small LRU; an index it drops is closed (its map and
descriptor go) once no caller holds it."""

from __future__ import annotations

import os

from store.db import store as db
from store.search import index_cache
from store.search import search as engine
from tests.conftest import copy_store

STORES = 12


def _index_fds(folder) -> list[str]:
    """Descriptors of the stores' index files in `folder` (the knowledge base's index,
    mapped once a process, lives elsewhere)."""
    out = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder)) and target.endswith(".search-index"):
            out.append(target)
    return out


def _index_maps(folder) -> set[str]:
    with open("/proc/self/maps") as f:
        return {line.split()[-1] for line in f if line.rstrip().endswith(".search-index") and str(folder) in line}


def _stores(sample_store_path, tmp_path, n: int) -> list:
    """`n` stores, each with its index persisted beside it (as an earlier process left it)."""
    paths = []
    for i in range(n):
        path = copy_store(sample_store_path, tmp_path / f"s{i}.db")
        store = db.open_store(path)
        try:
            index_cache.load_or_build(store)  # writes <store>.search-index
        finally:
            store.close()
        paths.append(path)
    return paths


def test_searching_many_stores_keeps_a_few_indexes_mapped(sample_store_path, tmp_path):
    paths = _stores(sample_store_path, tmp_path, STORES)
    index_cache.clear()
    assert _index_fds(tmp_path) == [] and _index_maps(tmp_path) == set()
    for path in paths:
        store = db.open_store(path)
        try:
            assert engine.search(store, "khorgos", limit=5)
        finally:
            store.close()
    # without a collection: an index dropped is closed at once, not when the collector runs
    assert len(index_cache._CACHE) <= index_cache.CACHE_SIZE < STORES
    assert 0 < len(_index_fds(tmp_path)) <= index_cache.CACHE_SIZE  # was one per store: 12
    assert 0 < len(_index_maps(tmp_path)) <= index_cache.CACHE_SIZE
    index_cache.clear()
    assert _index_fds(tmp_path) == [] and _index_maps(tmp_path) == set()


def test_the_most_recently_searched_stores_stay_cached(sample_store_path, tmp_path):
    paths = _stores(sample_store_path, tmp_path, index_cache.CACHE_SIZE + 1)
    index_cache.clear()
    stores = [db.open_store(p) for p in paths]
    try:
        first = index_cache.for_store(stores[0])
        for s in stores[1:-1]:
            index_cache.for_store(s)
        assert index_cache.for_store(stores[0]) is first  # used again: now the most recent
        index_cache.for_store(stores[-1])  # one more than fits: the least recent (stores[1]) goes
        assert str(paths[1]) not in index_cache._CACHE
        assert index_cache.for_store(stores[0]) is first
    finally:
        for s in stores:
            s.close()
        index_cache.clear()


def test_an_index_a_caller_still_holds_stays_usable_after_it_is_dropped(sample_store_path, tmp_path):
    """Another thread may be searching with an index the cache drops: it is closed only
    when nobody holds it, never under a search."""
    paths = _stores(sample_store_path, tmp_path, index_cache.CACHE_SIZE + 2)
    index_cache.clear()
    stores = [db.open_store(p) for p in paths]
    try:
        held = index_cache.for_store(stores[0])
        expected = held.ranked_match("khorgos", None, 5)
        for s in stores[1:]:
            index_cache.for_store(s)
        assert str(paths[0]) not in index_cache._CACHE
        assert held.ranked_match("khorgos", None, 5) == expected and expected
    finally:
        for s in stores:
            s.close()
        index_cache.clear()

"""The knowledge base's index cached between processes (store.search.kb_cache): the
mapped index ranks exactly as the one built, other inputs never read a stale file, and a
damaged file or a folder that cannot be written only costs a build."""

from __future__ import annotations

import numpy as np
import pytest

from store.search import kb_cache, search_kb

QUERIES = ["VKO", "East Kazakhstan region", "Көлік министрлігі", "khorgos", "ktzh", "Алаколь", "temir zholy"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(kb_cache.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.delenv(kb_cache.IN_MEMORY_ENV, raising=False)
    return tmp_path / "cache"


def _counting_build():
    calls = []

    def build():
        calls.append(1)
        return search_kb._build_kb_index()

    return build, calls


def test_the_mapped_index_ranks_as_the_built_one(cache):
    build, calls = _counting_build()
    inputs = search_kb._index_inputs()
    built, texts = kb_cache.cached(inputs, build, search_kb.KB_CANDIDATES)
    mapped, mapped_texts = kb_cache.cached(inputs, build, search_kb.KB_CANDIDATES)
    assert calls == [1] and mapped is not built
    assert mapped_texts == texts and mapped.max_candidates == built.max_candidates
    for name in ("post_kid", "alias_id", "alias_eid", "ent_type"):
        assert np.array_equal(getattr(mapped, name), getattr(built, name))
    for q in QUERIES:
        assert mapped.ranked_match(q, None, 10) == built.ranked_match(q, None, 10)


def test_other_inputs_never_read_the_cached_index(cache):
    build, calls = _counting_build()
    inputs = search_kb._index_inputs()
    kb_cache.cached(inputs, build, 60)
    kb_cache.cached([*inputs[:-1], inputs[-1] + b"\n# edited"], build, 60)
    assert calls == [1, 1]
    assert len(list(cache.glob("kb-index-*"))) == 2  # both kept: fewer than kb_cache.KEEP
    assert kb_cache.fingerprint([b"ab", b"c"]) != kb_cache.fingerprint([b"a", b"bc"])


def test_a_damaged_file_is_built_again(cache):
    build, calls = _counting_build()
    inputs = search_kb._index_inputs()
    kb_cache.cached(inputs, build, 60)
    (path,) = cache.glob("kb-index-*")
    path.write_bytes(path.read_bytes()[:1000])
    index, texts = kb_cache.cached(inputs, build, 60)
    assert calls == [1, 1] and index.match("VKO")


def test_a_folder_that_cannot_be_written_costs_only_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(kb_cache.CACHE_ENV, str(blocker / "cache"))
    build, calls = _counting_build()
    index, _ = kb_cache.cached(search_kb._index_inputs(), build, 60)
    assert calls == [1] and index.match("VKO")


def test_the_in_memory_setting_builds_every_time(cache, monkeypatch):
    monkeypatch.setenv(kb_cache.IN_MEMORY_ENV, "memory")
    build, calls = _counting_build()
    for _ in range(2):
        kb_cache.cached(search_kb._index_inputs(), build, 60)
    assert calls == [1, 1] and not cache.exists()


def test_the_links_of_a_row_are_read_again_after_a_write(tmp_path):
    """A knowledge-base row's links to the store's entities are kept per process while
    the store is unchanged, and read again once an article names the row."""
    from store.db import store as db
    from store.model import Mention
    from store.search import entities
    from tests.notes import write_note

    st = db.open_store(tmp_path / "s.db", write=True, create=True)

    def write(n: int, body: str, mentions: list[Mention]) -> None:
        with st.conn:
            write_note(st, n, body, mentions, indexed="body")

    write(1, "Снег выпал ночью.", [])
    before = entities.search_entities(st, "Алтынколь", "checkpoint", 5)
    assert before and before[0]["id"] < 0 and before[0]["articles"] == 0  # the row alone
    assert entities.search_entities(st, "Алтынколь", "checkpoint", 3)[0]["id"] == before[0]["id"]
    write(2, "На станции Алтынколь выросла очередь вагонов.", [Mention("checkpoint", "Алтынколь", "Алтынколь", 11, 20)])
    after = entities.search_entities(st, "Алтынколь", "checkpoint", 5)
    assert after[0]["id"] > 0 and after[0]["articles"] == 1 and after[0]["kb_id"] == before[0]["kb_id"]
    st.close()


def test_a_new_knowledge_base_index_removes_the_oldest_stale_ones(tmp_path, monkeypatch):
    """An upgrade writes the index under a new name; the oldest files beyond the newest
    few are removed, so the folder holds a handful of indexes, not one per version ever
    run, and two checkouts sharing it do not remove each other's."""
    import os

    from store.search import kb_cache

    monkeypatch.setenv(kb_cache.CACHE_ENV, str(tmp_path))
    stale = []
    for n in range(kb_cache.KEEP + 1):
        path = tmp_path / f"kb-index-{str(n) * 32}{kb_cache.index_file.SUFFIX}"
        path.write_bytes(b"an older index")
        os.utime(path, ns=(n * 10**9, n * 10**9))
        stale.append(path)
    unrelated = tmp_path / "notes.txt"
    unrelated.write_text("kept")
    kept = tmp_path / f"kb-index-{'f' * 32}{kb_cache.index_file.SUFFIX}"
    kept.write_bytes(b"the new index")
    kb_cache.prune(kept)
    newest = [p.name for p in stale[-(kb_cache.KEEP - 1) :]]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([kept.name, unrelated.name, *newest])

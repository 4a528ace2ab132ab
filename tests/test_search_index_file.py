"""The alias index persisted beside the store: mapped by a fresh process, brought up to
date with a second layer when aliases are added, rebuilt when it no longer fits."""

from __future__ import annotations

import os

import pytest

from store.db import store as db
from store.search import index_cache, index_file
from store.search.search import AliasIndex, search
from tests.notes import opening, write_note

PEOPLE = [
    ("person", "Арман Тулегенов"),
    ("person", "Гульнара Сейткали"),
    ("checkpoint", "Каражол"),
    ("checkpoint", "Теректы"),
    ("location", "Улытау"),
]
QUERIES = ["tulegenov", "Тулегенова", "Seitkali", "karazhol", "Terekty", "ulytau", "Ар", "zz"]


def _write(store, n: int, type_: str, name: str) -> None:
    body = f"Заметка {n}: {name} на границе."
    with store.conn:
        write_note(store, n, body, [opening(type_, name)], title="Новость")


@pytest.fixture
def st(tmp_path):
    store = db.open_store(tmp_path / "s.db", write=True, create=True)
    for n, (type_, name) in enumerate(PEOPLE):
        _write(store, n, type_, name)
    yield store
    store.close()
    index_cache._CACHE.clear()


def fresh(store) -> AliasIndex:
    """The index a new process would get (nothing cached in memory)."""
    index_cache._CACHE.clear()
    return AliasIndex.for_store(store)


def hits(index: AliasIndex, q: str) -> list[tuple[int, float]]:
    found = index.prefix_match(q.lower(), None, 10) if len(q) <= 2 else index.match(q, limit=10)
    return [(eid, score) for eid, _, score in found]


def test_a_fresh_process_maps_the_index_the_first_one_wrote(st):
    built = fresh(st)
    file = index_file.path_for(st.path)
    assert file.exists() and not isinstance(built, index_cache.LayeredIndex)
    mapped = fresh(st)
    assert isinstance(mapped, index_cache.LayeredIndex) and mapped.delta is None
    assert not mapped.post_kid.flags.writeable  # read from the file, not built
    for q in QUERIES:
        assert hits(mapped, q) == hits(built, q), q
    assert search(st, "Tulegenov", index=mapped)[0]["name"] == "Арман Тулегенов"


def test_aliases_added_later_are_a_second_layer_not_a_rebuild(st):
    fresh(st)
    file = index_file.path_for(st.path)
    before = file.stat().st_mtime_ns, file.stat().st_ino
    _write(st, 50, "person", "Ерлан Жаксыбеков")
    _write(st, 51, "checkpoint", "Тулеген")  # a new entity close to an old one's name
    layered = fresh(st)
    assert isinstance(layered, index_cache.LayeredIndex) and layered.delta is not None
    assert (file.stat().st_mtime_ns, file.stat().st_ino) == before
    rebuilt = AliasIndex.build(st)
    for q in [*QUERIES, "zhaksybekov", "Tulegen", "Ер"]:
        assert hits(layered, q) == hits(rebuilt, q), q
    assert search(st, "zhaksybekov", index=layered)[0]["name"] == "Ерлан Жаксыбеков"
    assert layered.n_aliases == rebuilt.n_aliases


def test_the_same_process_sees_new_aliases_through_its_cache(st):
    first = AliasIndex.for_store(st)
    assert first is AliasIndex.for_store(st)  # nothing changed: the same object
    _write(st, 60, "person", "Ерлан Жаксыбеков")
    assert search(st, "zhaksybekov")[0]["name"] == "Ерлан Жаксыбеков"


def test_a_layer_past_its_share_rewrites_the_file(st, monkeypatch):
    fresh(st)
    monkeypatch.setattr(index_cache, "DELTA_MIN", 0)
    monkeypatch.setattr(index_cache, "DELTA_SHARE", 0.0)
    _write(st, 70, "person", "Ерлан Жаксыбеков")
    assert not isinstance(fresh(st), index_cache.LayeredIndex)  # rebuilt and written again
    mapped = fresh(st)
    assert isinstance(mapped, index_cache.LayeredIndex) and mapped.delta is None
    assert search(st, "zhaksybekov", index=mapped)[0]["name"] == "Ерлан Жаксыбеков"


def test_an_entity_merged_away_makes_the_file_stale(st):
    _write(st, 80, "person", "Тулегенов")  # the surname alone, merged into «Арман Тулегенов»
    fresh(st)
    alone = st.conn.execute("SELECT id FROM entities WHERE name='Тулегенов'").fetchone()[0]
    with st.conn:
        assert db.merge_short_person_names(st) == 1
    index = fresh(st)
    assert not isinstance(index, index_cache.LayeredIndex)
    assert alone not in [e for e, _ in hits(index, "Тулегенов")]
    assert [e for e, _ in hits(index, "Тулегенов")] == [e for e, _ in hits(AliasIndex.build(st), "Тулегенов")]


def test_a_damaged_or_foreign_file_is_rebuilt(st, tmp_path):
    fresh(st)
    file = index_file.path_for(st.path)
    good = file.read_bytes()
    for damage in (b"", b"not an index", good[: len(good) // 2]):
        file.write_bytes(damage)
        index = fresh(st)
        assert not isinstance(index, index_cache.LayeredIndex)
        assert search(st, "Seitkali", index=index)[0]["name"] == "Гульнара Сейткали"
    other = db.open_store(tmp_path / "other.db", write=True, create=True)
    _write(other, 1, "person", "Кайрат Нурланов")
    _write(other, 2, "checkpoint", "Майкапшагай")
    fresh(other)
    index_file.path_for(st.path).write_bytes(index_file.path_for(other.path).read_bytes())
    assert search(st, "Terekty", index=fresh(st))[0]["name"] == "Теректы"
    other.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_store_in_a_read_only_folder_keeps_its_index_in_memory(st, tmp_path):
    st.close()
    tmp_path.chmod(0o555)
    try:
        ro = db.open_store(tmp_path / "s.db")
        assert search(ro, "karazhol", index=fresh(ro))[0]["name"] == "Каражол"
        assert not index_file.path_for(ro.path).exists()
        ro.close()
    finally:
        tmp_path.chmod(0o755)

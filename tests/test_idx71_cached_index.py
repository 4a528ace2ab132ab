"""A store whose folder we may not write (a read-only mount, a colleague's store over SSH)
or that is not the user's own keeps its alias index in the user's cache folder, not in
memory: a second process maps it instead of rebuilding (idx71). The file is named by the
store's identity and checked like the one beside a store, so a changed store rebuilds
and two stores never share one.

"Cannot be written beside": for a normal user the store's folder is made read-only; root
writes through any mode bits, so there the store is given to another user instead (the
other half of the rule: nothing is written beside a store someone else owns)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from store.db import store as db
from store.search import index_cache, index_file
from tests.conftest import copy_store

ROOT = Path(__file__).resolve().parent.parent
OTHER_UID = 65534  # nobody


def _not_ours(store: Path) -> None:
    """Make the store one whose index may not be written beside it."""
    if os.geteuid() == 0:
        os.chown(store, OTHER_UID, OTHER_UID)
    else:
        store.parent.chmod(stat.S_IRUSR | stat.S_IXUSR)
    assert not index_file.beside_writable(store)


def _ours_again(store: Path) -> None:
    if os.geteuid() == 0:
        os.chown(store, 0, 0)
    else:
        store.parent.chmod(stat.S_IRWXU)


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("BORDERDOCS_CACHE_DIR", str(folder))
    monkeypatch.delenv(index_cache.IN_MEMORY_ENV, raising=False)
    index_cache.clear()
    return folder


def _foreign_store(sample_store_path, tmp_path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    path = copy_store(sample_store_path, folder / "s.db")
    _not_ours(path)
    return path


def _load(path: Path):
    """load_or_build on the store at `path`; (index type name, builds it took)."""
    before = index_cache.BUILDS
    store = db.open_store(path)
    try:
        index = index_cache.load_or_build(store)
        assert index.n_aliases > 0
        return type(index).__name__, index_cache.BUILDS - before
    finally:
        store.close()


def _cached_files(cache: Path) -> list[Path]:
    return sorted(cache.glob(f"{index_file.CACHED_PREFIX}*{index_file.SUFFIX}"))


def test_second_process_maps_the_cached_index(sample_store_path, tmp_path, cache):
    path = _foreign_store(sample_store_path, tmp_path, "ro")
    try:
        code = (
            "import sys\n"
            "from store.db import store as db\n"
            "from store.search import index_cache\n"
            "s = db.open_store(sys.argv[1])\n"
            "i = index_cache.for_store(s)\n"
            "print(index_cache.BUILDS, type(i).__name__, i.n_aliases)\n"
        )
        env = {**os.environ, "BORDERDOCS_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
        env.pop(index_cache.IN_MEMORY_ENV, None)
        runs = []
        for _ in range(2):
            proc = subprocess.run(
                [sys.executable, "-c", code, str(path)], cwd=ROOT, env=env, capture_output=True, text=True
            )
            assert proc.returncode == 0, proc.stderr[-2000:]
            runs.append(proc.stdout.split())
        first, second = runs
        assert first[:2] == ["1", "AliasIndex"]  # built, and written to the cache folder
        assert second[:2] == ["0", "LayeredIndex"]  # mapped from that file: no rebuild
        assert first[2] == second[2]
        assert not index_file.path_for(path).exists()  # nothing written beside the store
        assert len(_cached_files(cache)) == 1
    finally:
        _ours_again(path)


def test_a_changed_store_rebuilds(sample_store_path, tmp_path, cache):
    path = _foreign_store(sample_store_path, tmp_path, "ro")
    try:
        assert _load(path) == ("AliasIndex", 1)
        assert _load(path) == ("LayeredIndex", 0)
        # another store's content written over the same file (same path, device and inode)
        _ours_again(path)
        copy_store(_small_store(tmp_path), path)
        _not_ours(path)
        assert _load(path)[1] == 1
    finally:
        _ours_again(path)


def test_deleted_aliases_rebuild(sample_store_path, tmp_path, cache):
    """A reextract by the store's owner deletes and re-adds the aliases of entities it
    keeps; it cannot reach this user's cache, and the file's probes may not be among them."""
    import sqlite3

    path = _foreign_store(sample_store_path, tmp_path, "ro")
    try:
        assert _load(path)[1] == 1
        covers = index_file.load(index_file.cached_path_for(index_file.store_identity(path)))[2]
        probed = {aid for aid, _, _ in covers["probes"]}
        _ours_again(path)
        with sqlite3.connect(path) as conn:
            victim = conn.execute(
                f"SELECT min(id) FROM aliases WHERE id NOT IN ({','.join('?' * len(probed))})", sorted(probed)
            ).fetchone()[0]
            conn.execute("DELETE FROM aliases WHERE id=?", (victim,))
        conn.close()
        _not_ours(path)
        assert _load(path)[1] == 1
        assert _load(path) == ("LayeredIndex", 0)
    finally:
        _ours_again(path)


def _small_store(tmp_path) -> Path:
    """A store of one article about another post: its aliases are not the sample's."""
    from store.ingest import ingest

    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "1.txt").write_text(
        "Грузовики у Тажена\n\nУ пункта пропуска «Тажен» в Мангистауской области стоят грузовики, "
        "сообщил аким Бейнеуского района Ерлан Сапаров.\n",
        encoding="utf-8",
    )
    path = tmp_path / "small.db"
    assert ingest([texts], path, jobs=1).ingested == 1
    return path


def test_two_stores_never_share(sample_store_path, tmp_path, cache):
    a = _foreign_store(sample_store_path, tmp_path, "a")
    b = _foreign_store(sample_store_path, tmp_path, "b")  # the same content, another file
    try:
        assert _load(a)[1] == 1
        assert _load(b)[1] == 1
        assert len(_cached_files(cache)) == 2
        # a's file under b's name: its probes match (same content) but it is not b's
        a_file = index_file.cached_path_for(index_file.store_identity(a))
        b_file = index_file.cached_path_for(index_file.store_identity(b))
        shutil.copyfile(a_file, b_file)
        assert _load(b)[1] == 1
        assert _load(b) == ("LayeredIndex", 0)
    finally:
        _ours_again(a)
        _ours_again(b)


def test_the_cache_keeps_a_few_stores(sample_store_path, tmp_path, cache, monkeypatch):
    monkeypatch.setattr(index_file, "CACHED_KEEP", 2)
    paths = [_foreign_store(sample_store_path, tmp_path, f"s{i}") for i in range(4)]
    try:
        for path in paths:
            _load(path)
        kept = _cached_files(cache)
        assert len(kept) == 2
        names = {index_file.cached_path_for(index_file.store_identity(p)) for p in paths[-2:]}
        assert set(kept) == names  # the oldest removed
    finally:
        for path in paths:
            _ours_again(path)


def test_our_writable_store_keeps_its_index_beside(sample_store_path, tmp_path, cache):
    path = copy_store(sample_store_path, tmp_path / "mine.db")
    assert _load(path)[1] == 1
    assert index_file.path_for(path).exists()
    assert _cached_files(cache) == []


def test_memory_reads_and_writes_no_file(sample_store_path, tmp_path, cache, monkeypatch):
    path = _foreign_store(sample_store_path, tmp_path, "ro")
    monkeypatch.setenv(index_cache.IN_MEMORY_ENV, "memory")
    try:
        assert _load(path) == ("AliasIndex", 1)
        assert _load(path) == ("AliasIndex", 1)  # built again: nothing kept
        assert not cache.exists() or _cached_files(cache) == []
        assert not index_file.path_for(path).exists()
    finally:
        _ours_again(path)

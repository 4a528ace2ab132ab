"""bench/search_cold.py says how much of the store the page cache held before each run
(bench/page_cache.py), and gives each checkout its own cache folder, one checkout alone
too (tui73: the user's folder is shared with every other session's checkout)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import page_cache  # noqa: E402
import search_cold  # noqa: E402


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mincore is asked through Linux's libc")
def test_a_file_just_read_is_in_memory_and_one_let_go_is_not(tmp_path):
    path = tmp_path / "store.db"
    path.write_bytes(os.urandom(64 * 4096))
    with open(path, "rb") as f:
        f.read()
        os.fsync(f.fileno())
    assert page_cache.resident_share(str(path)) == 1.0
    assert page_cache.note(str(path)) == "store in memory 100%"
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)  # this test's own file only
    finally:
        os.close(fd)
    assert page_cache.resident_share(str(path)) < 0.5


def test_an_empty_file_has_no_share():
    assert page_cache.note(os.devnull) == ""


def test_one_checkout_alone_gets_its_own_cache_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("BORDERDOCS_CACHE_DIR", str(tmp_path / "caches"))
    (_, env), *_ = search_cold.sides("s.db", "khorgos", True, [tmp_path / "base42"], persisted_only=False).values()
    assert env["BORDERDOCS_CACHE_DIR"] == str(tmp_path / "caches" / "base42")

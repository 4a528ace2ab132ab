"""The rules fingerprint kept in the user cache folder (store/db/rules_stamp.py): the
value is always the content hash, and a stat change of any file gives another key."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from store.db import rules_stamp


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("BORDERDOCS_CACHE_DIR", str(folder))
    monkeypatch.delenv(rules_stamp.RULES_ENV, raising=False)
    monkeypatch.setattr(rules_stamp, "_SETTLE_NS", 0)  # a file just edited in the checkout
    rules_stamp._computed.cache_clear()
    yield folder
    rules_stamp._computed.cache_clear()


def _root() -> Path:
    return Path(rules_stamp.__file__).resolve().parent.parent


def test_files_are_the_ones_rglob_listed():
    root = _root()
    old = [root / "model.py"]
    for part in rules_stamp._PARTS:
        old += [
            p for p in (root / part).rglob("*") if p.suffix in rules_stamp._SUFFIXES and "__pycache__" not in p.parts
        ]
    assert rules_stamp._files(root) == sorted(old, key=lambda p: p.relative_to(root).as_posix())


def test_cached_value_is_the_content_hash_and_is_read_back(cache, monkeypatch):
    root = _root()
    expected = rules_stamp._content_hash(root, rules_stamp._files(root))
    assert rules_stamp.current() == expected
    kept = list(cache.glob("rules-stamp-*"))
    assert len(kept) == 1 and kept[0].read_text() == expected
    rules_stamp._computed.cache_clear()

    def no_hashing(*_):
        raise AssertionError("hashed again although the files did not change")

    monkeypatch.setattr(rules_stamp, "_content_hash", no_hashing)
    assert rules_stamp.current() == expected


def test_a_damaged_cache_file_is_hashed_again(cache):
    root = _root()
    expected = rules_stamp._content_hash(root, rules_stamp._files(root))
    rules_stamp.current()
    (kept,) = cache.glob("rules-stamp-*")
    kept.write_text("not a hash")
    rules_stamp._computed.cache_clear()
    assert rules_stamp.current() == expected
    assert kept.read_text() == expected


def test_files_just_written_are_not_kept(cache, monkeypatch):
    monkeypatch.setattr(rules_stamp, "_SETTLE_NS", 10**18)
    value = rules_stamp.current()
    assert len(value) == 12
    assert not list(cache.glob("rules-stamp-*"))


def test_an_edit_of_the_same_size_changes_the_key(tmp_path):
    root = tmp_path / "pkg"
    (root / "extract").mkdir(parents=True)
    (root / "model.py").write_text("A = 1\n")
    rules = root / "extract" / "rules.py"
    rules.write_text("X = 'a'\n")
    os.utime(rules, ns=(1_000_000_000, 1_000_000_000))
    files = rules_stamp._files(root)
    before = rules_stamp._stat_key(root, files), rules_stamp._content_hash(root, files)
    time.sleep(0.05)  # past the file system's clock tick
    rules.write_text("X = 'b'\n")
    os.utime(rules, ns=(1_000_000_000, 1_000_000_000))  # the same size and modification time
    after = rules_stamp._stat_key(root, files), rules_stamp._content_hash(root, files)
    assert before[0] != after[0]  # the change time moved
    assert before[1] != after[1]


def test_old_states_are_pruned_but_the_newest_few(cache):
    """Two checkouts used in turn each keep their hash (each process deleted the other's
    and hashed ~3 MB again); states older than the few newest go."""
    cache.mkdir(parents=True)
    stale = []
    for age in range(5):  # age 0 is the newest
        path = cache / f"rules-stamp-{age:016x}"
        path.write_text("0123456789ab")
        when = time.time_ns() - (age + 1) * 60_000_000_000
        os.utime(path, ns=(when, when))
        stale.append(path)
    rules_stamp.current()
    kept = rules_stamp._OTHERS_KEPT
    assert all(p.exists() for p in stale[:kept])
    assert not any(p.exists() for p in stale[kept:])
    assert len(list(cache.glob("rules-stamp-*"))) == kept + 1

"""Two processes writing one store: every write waits for the other instead of
failing with «database is locked» (CI saw it once, from two ingests starting together)."""

from __future__ import annotations

import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from store.db import store as db


def _hold_write_lock(path, seconds: float, started: threading.Event) -> None:
    other = sqlite3.connect(path, timeout=30)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT OR REPLACE INTO meta VALUES ('held', '1')")
    started.set()
    time.sleep(seconds)
    other.commit()
    other.close()


def test_many_opens_of_one_new_store_all_succeed(tmp_path):
    path = tmp_path / "s.db"

    def open_and_close(_):
        store = db.open_store(path, write=True, create=True)
        version = db.schema_version(store)
        store.close()
        return version

    with ThreadPoolExecutor(8) as pool:
        versions = list(pool.map(open_and_close, range(8)))
    assert versions == [db.SCHEMA_VERSION] * 8


def test_a_write_after_another_writers_commit_waits_instead_of_failing(tmp_path):
    path = tmp_path / "s.db"
    store = db.open_store(path, write=True, create=True)
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(path, 1.0, started))
    holder.start()
    started.wait()
    seen = db.write_transaction(store, lambda: store.conn.execute("SELECT value FROM meta WHERE key='held'").fetchone())
    holder.join()
    assert seen == ("1",)  # IMMEDIATE waited for the lock, so it read the other's commit
    store.close()


def test_merging_short_names_waits_for_another_writer(tmp_path):
    path = tmp_path / "s.db"
    store = db.open_store(path, write=True, create=True)
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(path, 1.0, started))
    holder.start()
    started.wait()
    assert db.merge_short_person_names(store) == 0
    holder.join()
    store.close()


def test_a_failing_transaction_leaves_nothing(tmp_path):
    path = tmp_path / "s.db"
    store = db.open_store(path, write=True, create=True)

    def work():
        store.conn.execute("INSERT INTO meta VALUES ('half', 'done')")
        raise ValueError("stop")

    try:
        db.write_transaction(store, work)
    except ValueError:
        pass
    assert store.conn.execute("SELECT count(*) FROM meta WHERE key='half'").fetchone() == (0,)
    assert not store.conn.in_transaction
    store.close()

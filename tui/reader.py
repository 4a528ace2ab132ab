"""Serialized access to the open store from worker threads.

One sqlite3 connection is shared (opened with check_same_thread=False); a lock
makes sure two workers never use it at once. Every call is short (a page, one
article), so waiting on the lock costs milliseconds; long jobs (export) open
their own connection.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from store.db.connection import Store
from store.db.opening import open_store

T = TypeVar("T")


class StoreReader:
    """The app's handle on the store: `reader.run(queries.article, id)` from a worker."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.path: Path = store.path
        self.readonly = store.readonly
        self._lock = threading.Lock()
        self.search_index = None  # built lazily by tui.searching

    @classmethod
    def open(cls, path: str | Path) -> StoreReader:
        return cls(open_store(path))

    def run(self, fn: Callable[..., T], *args, **kwargs) -> T:
        with self._lock:
            return fn(self.store, *args, **kwargs)

    def close(self) -> None:
        with self._lock:
            self.store.close()

"""The search screen's second thread: reads ahead on a connection of its own.

The search thread's read-ahead (searching.read_ahead: the articles of the entity the
results name, which a topic word typed after the name ranks) was ~6 ms at 100,000
articles, ~4.5 of them SQLite walking the mentions, and the first topic key waited for
all of it before its own entity step began («khorgos» then «khorgos о», tui63). SQLite
runs without Python's lock, so the read is handed here: it walks the mentions on
another core while the search thread runs the next key's entity step, and that key's
topic step waits only for what is left of it (store.search.search_topics.read_set_aside).

Jobs run one at a time in the order given (each reads one set at most, or nothing when
the set is kept already); a job with a `cancel()` (search_topics.SetReadAside: a search
waits for a set while it counts as being read) is cancelled when it will not run: the
reader stopped, or no connection could be opened. The connection is opened on the first
job (query only) and closed by stop().
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path

from store.db.opening import second_connection

Job = Callable[[sqlite3.Connection], None]


class AsideReader:
    """Runs read-ahead jobs (calls given a connection of their own) on one thread."""

    def __init__(self, store) -> None:
        self.store = store
        self._wake = threading.Condition()
        self._jobs: deque[Job] = deque()
        self._stopped = False
        self._conn: sqlite3.Connection | None = None
        self._copy: Path | None = None
        self._failed = False  # no connection could be opened: jobs are refused (the caller reads itself)
        self._thread = threading.Thread(target=self._loop, name="search-aside", daemon=True)
        self._thread.start()

    def submit(self, job: Job) -> bool:
        """Run `job` after those given before; False when this reader cannot (the caller
        then runs it itself)."""
        with self._wake:
            if self._stopped or self._failed:
                return False
            self._jobs.append(job)
            self._wake.notify_all()
        return True

    def stop(self) -> None:
        with self._wake:
            self._stopped = True
            self._wake.notify_all()

    def _loop(self) -> None:
        try:
            while True:
                with self._wake:
                    while not self._jobs and not self._stopped:
                        self._wake.wait()
                    if self._stopped:
                        return
                    job = self._jobs.popleft()
                self._run(job)
        finally:
            self._close()
            self._cancel_left()

    def _run(self, job: Job) -> None:
        """One job, best effort: a search that finds no set read reads it itself."""
        try:
            conn = self._connection()
        except Exception:  # noqa: BLE001 - no second connection: the search thread reads ahead itself
            with self._wake:
                self._failed = True
            _cancel(job)
            self._cancel_left()
            return
        try:
            job(conn)
        except Exception:  # noqa: BLE001 - a read-ahead never stops the screen
            _cancel(job)

    def _cancel_left(self) -> None:
        """Cancel the jobs that will not run now (stopped, or no connection)."""
        with self._wake:
            left, self._jobs = list(self._jobs), deque()
        for job in left:
            _cancel(job)

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn, self._copy = second_connection(self.store)
            self._conn.execute("PRAGMA query_only=1")
        return self._conn

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._copy is not None:
            shutil.rmtree(self._copy, ignore_errors=True)


def _cancel(job: Job) -> None:
    cancel = getattr(job, "cancel", None)
    if cancel is not None:
        cancel()

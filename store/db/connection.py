"""An open store and its write transactions: the one path every write takes.

`Store` is the SQLite connection plus how it was opened (sqlite-utils' Database
over it is made on first use: importing sqlite-utils costs a `borderdocs search`
process 0.12–0.15 s, and reading never needs it); `write_transaction`
runs a unit of work inside BEGIN IMMEDIATE, retried while another ingest holds the
file, so a killed ingest leaves either the whole unit or nothing.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import sqlite_utils


class StoreError(Exception):
    """A store that cannot be opened or written, with a message fit for a user."""


@dataclass
class Store:
    """An open store: its connection plus how it was opened; `db` is the
    sqlite-utils Database over the connection, made when first asked for.

    `copy` is the temporary folder holding the copy actually opened when a read-only
    store's write-ahead log had to be applied elsewhere (see store.db.opening);
    close() removes it.
    """

    conn: sqlite3.Connection
    path: Path
    readonly: bool
    copy: Path | None = None
    upgraded_from: int | None = None  # the schema it had, when opening it to write migrated it
    _db: sqlite_utils.Database | None = field(default=None, repr=False)

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over this connection, imported on first use (writes and
        exports use its table API; searching and browsing never do)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def close(self) -> None:
        self.conn.close()
        if self.copy is not None:
            shutil.rmtree(self.copy, ignore_errors=True)
            self.copy = None


BUSY_RETRIES = 5  # after SQLite's own 30 s busy wait, when another ingest holds the store

T = TypeVar("T")


def is_busy(error: BaseException) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED: another connection holds the store, so trying again helps."""
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(error).lower()
    return code in (5, 6) or "locked" in text or "busy" in text


def write_transaction(store: Store, work: Callable[[], T]) -> T:
    """Run `work` inside BEGIN IMMEDIATE, retried while another writer holds the store.

    IMMEDIATE takes the write lock before the first read, so whatever `work` reads
    is still true when it writes, and SQLite's busy wait applies: a deferred
    transaction that reads first and then writes gets «database is locked» at once
    when another ingest committed in between (SQLITE_BUSY_SNAPSHOT, no wait)."""
    conn = store.conn
    for attempt in range(BUSY_RETRIES):
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            if is_busy(e) and attempt + 1 < BUSY_RETRIES:
                time.sleep(0.5 * (attempt + 1))
                continue
            raise
        try:
            result = work()
            conn.commit()
            return result
        except BaseException:
            conn.rollback()
            raise
    raise AssertionError("unreachable")


def retry_busy(step: Callable[[], object]) -> None:
    """A step that SQLite may refuse at once while another process holds the file
    (switching a new file to WAL takes an exclusive lock, and two ingests starting
    on one new store race for it), tried again after a pause."""
    for attempt in range(BUSY_RETRIES):
        try:
            step()
            return
        except sqlite3.OperationalError as e:
            if not is_busy(e) or attempt + 1 == BUSY_RETRIES:
                raise
            time.sleep(0.2 * (attempt + 1))

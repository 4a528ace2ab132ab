"""Opening a store: where it lives, writable or read-only, damaged or foreign files
refused with one line saying why and how to rescue what is left.

WAL mode, so a reader (the TUI, `borderdocs search`) never blocks on an ingest.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from store.db.connection import Store, StoreError, retry_busy
from store.db.schema import check_schema


def default_db_path() -> Path:
    """$BORDERDOCS_DB, else the platform's user data directory."""
    env = os.environ.get("BORDERDOCS_DB")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("borderdocs")) / "borderdocs.db"


# A read-only store whose -wal cannot be applied in place is copied to a temporary
# folder up to this size (store plus log); a bigger one is refused with the reason.
READONLY_COPY_LIMIT = 1 << 30
SQLITE_CORRUPT, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 14, 26


def open_store(path: str | os.PathLike, *, write: bool = False, create: bool = False) -> Store:
    """Open the store at `path`.

    write=True asks for a writable store (created when create=True); a store that
    cannot be written, or fails SQLite's quick check, raises StoreError saying why.
    write=False opens read-only when the file or its directory is not writable (a
    notice is the caller's job: check `Store.readonly`), and never changes the store: an
    older schema is read as it is from schema.READ_AS_IS_FROM on, and refused below it
    with the command that upgrades it (hyg68); write=True migrates an older store (its
    old version in `Store.upgraded_from`). A store with a newer or unknown schema is refused.
    """
    path = Path(path)
    if not path.exists():
        if not create:
            raise StoreError(f"{path}: no store here (run `borderdocs ingest PATH --db {path}` first)")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"{path}: cannot create the store's directory: {e.strerror}") from None
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a store file")
    if not write and _empty_file(path):
        raise StoreError(
            f"{path}: not a borderdocs store (an empty 0-byte file; "
            f"`borderdocs ingest PATH --db {path}` makes a store in it)"
        )
    writable = _writable(path)
    if write and not writable:
        raise StoreError(f"{path}: the store is read-only (no write permission on the file or its directory)")
    conn = copy = None
    try:
        if writable:
            conn = writer = sqlite3.connect(path, timeout=30, check_same_thread=False)
            if write:  # a reader leaves the file's journal mode as it is (every store ingest made is WAL)
                retry_busy(lambda: writer.execute("PRAGMA journal_mode=WAL"))
            writer.execute("PRAGMA synchronous=NORMAL")
        else:
            conn, copy = _connect_readonly(path)
        conn.execute("PRAGMA busy_timeout=30000")
        conn.execute("PRAGMA recursive_triggers=on")  # as sqlite-utils' Database sets it, made later if at all
        store = Store(conn, path, readonly=not writable, copy=copy)
        if write:
            _refuse_damaged(store)
        check_schema(store, write)
    except (sqlite3.DatabaseError, StoreError) as e:
        if conn is not None:
            conn.close()
        if copy is not None:
            shutil.rmtree(copy, ignore_errors=True)
        if isinstance(e, StoreError):
            raise
        raise StoreError(describe_error(path, e)) from None
    return store


def _empty_file(path: Path) -> bool:
    """A 0-byte file with no write-ahead log beside it: `touch`'s or mktemp's file, which
    SQLite would take for an empty database. A reading command must not turn it into a store
    (bad63: `borderdocs stats --db EMPTY` did, and said exit 0); `ingest` may, as it creates a
    missing one. A 0-byte file beside a non-empty -wal is a store whose pages are all in its log."""
    try:
        if path.stat().st_size:
            return False
        wal = path.with_name(path.name + "-wal")
        return not (wal.exists() and wal.stat().st_size)
    except OSError:
        return False  # the connection says why it cannot be read


def describe_error(path: str | os.PathLike, error: sqlite3.Error) -> str:
    """One line for a user about an SQLite error on the store at `path`: a damaged
    file gets the way to rescue what is left, a foreign file says so."""
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(error).split(" with text ")[0]  # a decode error quotes the damaged bytes: drop them
    # "Could not decode to UTF-8": every text is stored as valid UTF-8, so only damage makes this
    if code == SQLITE_CORRUPT or "malformed" in text or "Could not decode" in text:
        return f"{path}: the store is damaged ({text}); {_RECOVER_HINT.format(path=path)}"
    if code == SQLITE_NOTADB or "not a database" in text:
        return f"{path}: not a borderdocs store ({text})"
    if code == SQLITE_CANTOPEN:
        return f"{path}: cannot open the store file: {_why_not_opened(Path(path))}"
    return f"{path}: {text}"


def _why_not_opened(path: Path) -> str:
    """What SQLite's bare «unable to open database file» means here, asked of the OS by
    opening the file the same way (qa70: `--db /sys/kernel/x.db` said only SQLite's words;
    the permission check passes for root, the file system still refuses a new file)."""
    existed = path.exists()
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        return e.strerror or str(e)
    os.close(fd)
    if not existed:
        path.unlink(missing_ok=True)  # the probe's empty file: leave nothing behind
    return "SQLite could not open it (its journal or write-ahead log beside it may be what failed)"


_RECOVER_HINT = (
    "save what is left with `sqlite3 {path} .recover | sqlite3 recovered.db` "
    "(then use --db recovered.db), or ingest the articles again into a new store"
)


def _refuse_damaged(store: Store) -> None:
    """Before writing: a write into a damaged file can spread the damage, so it is refused."""
    problem = _quick_check(store.conn, store.path)
    if problem:
        raise StoreError(problem)


# SQLite virtual-machine steps between two calls of damage()'s `pause`: a 1.3 GB store's
# quick check is about 8 million steps in 1.4-2 s, about every 5 ms, except its b-tree walk,
# one step of about 1 s that no progress handler interrupts.
PAUSE_STEPS = 20_000


def damage(store: Store, pause: Callable[[], object] | None = None) -> str | None:
    """SQLite's quick check of an open store, on a connection of its own (the TUI runs
    it in the background while the store's own connection keeps serving): None when
    the store is sound, else one line saying what is wrong and how to rescue it.
    `pause` is called every PAUSE_STEPS of SQLite's steps (about 5 ms of the check, the
    b-tree walk aside: see PAUSE_STEPS) and may sleep: the TUI holds the check while keys
    are being typed, so it does not take the core a keystroke's search and frame need."""
    if store.copy is not None:
        conn, copy = sqlite3.connect(store.copy / store.path.name, timeout=30), None
    elif store.readonly:
        conn, copy = _connect_readonly(store.path)
    else:
        conn, copy = sqlite3.connect(store.path, timeout=30), None
    if pause is not None:
        conn.set_progress_handler(partial(_paused, pause), PAUSE_STEPS)
    try:
        return _quick_check(conn, store.path)
    finally:
        conn.close()
        if copy is not None:
            shutil.rmtree(copy, ignore_errors=True)


def _paused(pause: Callable[[], object]) -> int:
    """A progress handler that calls `pause` and never stops the check (0)."""
    pause()
    return 0


def _quick_check(conn: sqlite3.Connection, path: Path) -> str | None:
    """`PRAGMA quick_check(1)`: every page read once, stopping at the first problem.
    Its cost grows with the file: on a 1.1 GB store (100,000 articles) 0.9 s with the
    file in the page cache, 9.6 s from disk (README, Reliability)."""
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as e:
        return describe_error(path, e)
    verdict = " ".join(str(rows[0][0]).split()) if rows else "no answer"
    if verdict == "ok":
        return None
    return f"{path}: the store is damaged (quick_check: {verdict}); " + _RECOVER_HINT.format(path=path)


def _connect_readonly(path: Path) -> tuple[sqlite3.Connection, Path | None]:
    """Open without writing anything beside the store; returns the connection and the
    temporary folder of a copy, if one was needed.

    A WAL store is read through its -shm index. In a folder we cannot write, a missing
    -shm cannot be created and `mode=ro` fails; `immutable=1` then opens the main file
    alone, which is right only when the -wal is empty or absent: committed pages still
    in the log would silently not be seen. With a non-empty log the store and its log
    are copied to a temporary folder, where SQLite applies the log, or, past
    READONLY_COPY_LIMIT, refused with the reason.
    """
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=30, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn, None
    except sqlite3.OperationalError:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return _open_copy(path, wal)
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=30, check_same_thread=False), None


def _open_copy(path: Path, wal: Path) -> tuple[sqlite3.Connection, Path]:
    """The store with its log applied, in a temporary copy opened query-only."""
    size = path.stat().st_size + wal.stat().st_size
    folder = Path(tempfile.gettempdir())
    if size > READONLY_COPY_LIMIT or size * 2 > shutil.disk_usage(folder).free:
        raise StoreError(
            f"{path}: its log {wal.name} holds changes not yet in the store and the folder is read-only, "
            f"so they cannot be applied ({size >> 20} MB is too big to copy); run any borderdocs command "
            f"on it once where the folder is writable, or copy {path.name} with {wal.name} to such a folder"
        )
    copy = Path(tempfile.mkdtemp(prefix="borderdocs-ro-"))
    try:
        shutil.copyfile(path, copy / path.name)
        shutil.copyfile(wal, copy / wal.name)
        conn = sqlite3.connect(copy / path.name, timeout=30, check_same_thread=False)
        conn.execute("PRAGMA query_only=1")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        shutil.rmtree(copy, ignore_errors=True)
        raise
    return conn, copy


def _writable(path: Path) -> bool:
    if path.exists():
        if not os.access(path, os.W_OK):
            return False
    return os.access(path.parent if str(path.parent) else Path("."), os.W_OK)

"""The SQLite store: schema, versioning, opening modes and every write.

One file, WAL mode so a reader (the TUI, `borderdocs search`) never blocks on an
ingest. All writes go through this module, so the invariants live in one place:
an article is stored at most once (its id comes from its content), an entity is
one row per (type, key) however it was inflected or cased, and each article's
rows are written in one transaction, so a killed ingest leaves either the whole
article or nothing.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import sqlite_utils

from store.lang import names
from store.lang.normalize import initials_and_surname
from store.model import Article, Extraction
from store.sanitize import display_name, strip_invisible

SCHEMA_VERSION = 3


class StoreError(Exception):
    """A store that cannot be opened or written, with a message fit for a user."""


SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    file TEXT, path TEXT, title TEXT, date TEXT, source TEXT, dateline TEXT,
    author TEXT, language TEXT, url TEXT, body TEXT, raw TEXT, ingested_at TEXT
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date DESC, rowid DESC);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_id_date ON articles(id, date);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, body, content='', tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL, latin TEXT,
    roles TEXT NOT NULL DEFAULT '[]',
    article_count INTEGER NOT NULL DEFAULT 0, mention_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE(type, key)
);
CREATE INDEX IF NOT EXISTS entities_type_count ON entities(type, article_count DESC);
CREATE TABLE IF NOT EXISTS aliases (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias TEXT NOT NULL, key TEXT NOT NULL, origin TEXT NOT NULL,
    UNIQUE(entity_id, alias)
);
CREATE INDEX IF NOT EXISTS aliases_key ON aliases(key);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    field TEXT NOT NULL, start INTEGER, "end" INTEGER, surface TEXT, role TEXT
);
CREATE INDEX IF NOT EXISTS mentions_article_entity ON mentions(article_id, entity_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id, article_id);
CREATE TABLE IF NOT EXISTS checkpoints (
    id TEXT PRIMARY KEY,
    entity_id INTEGER REFERENCES entities(id),
    name_ru TEXT, name_kk TEXT, names_latin TEXT, kind TEXT, border TEXT, region TEXT,
    opposite TEXT, former_names TEXT, status TEXT
);
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    checkpoint_id TEXT NOT NULL,
    kind TEXT, text TEXT, sentence TEXT, date TEXT, dated TEXT
);
CREATE INDEX IF NOT EXISTS facts_cp ON facts(checkpoint_id, kind, dated);
CREATE INDEX IF NOT EXISTS facts_article ON facts(article_id);
CREATE TABLE IF NOT EXISTS directives (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    by_entity_id INTEGER, "by" TEXT, "to" TEXT, what TEXT, "when" TEXT, sentence TEXT
);
CREATE INDEX IF NOT EXISTS directives_article ON directives(article_id);
CREATE TABLE IF NOT EXISTS ingest_log (
    id INTEGER PRIMARY KEY,
    path TEXT, file TEXT, status TEXT, reason TEXT, article_id TEXT, at TEXT
);
"""


def default_db_path() -> Path:
    """$BORDERDOCS_DB, else the platform's user data directory."""
    env = os.environ.get("BORDERDOCS_DB")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("borderdocs")) / "borderdocs.db"


@dataclass
class Store:
    """An open store: the sqlite-utils Database plus how it was opened.

    `copy` is the temporary folder holding the copy actually opened when a read-only
    store's write-ahead log had to be applied elsewhere (see `_connect_readonly`);
    close() removes it.
    """

    db: sqlite_utils.Database
    path: Path
    readonly: bool
    copy: Path | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.db.conn.close()
        if self.copy is not None:
            shutil.rmtree(self.copy, ignore_errors=True)
            self.copy = None


# A read-only store whose -wal cannot be applied in place is copied to a temporary
# folder up to this size (store plus log); a bigger one is refused with the reason.
READONLY_COPY_LIMIT = 1 << 30
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


def open_store(path: str | os.PathLike, *, write: bool = False, create: bool = False) -> Store:
    """Open the store at `path`.

    write=True asks for a writable store (created when create=True); a store that
    cannot be written, or fails SQLite's quick check, raises StoreError saying why.
    write=False opens read-only when the file or its directory is not writable (a
    notice is the caller's job: check `Store.readonly`). A store with a newer or
    unknown schema is refused.
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
    writable = _writable(path)
    if write and not writable:
        raise StoreError(f"{path}: the store is read-only (no write permission on the file or its directory)")
    conn = copy = None
    try:
        if writable:
            conn = writer = sqlite3.connect(path, timeout=30, check_same_thread=False)
            _retry_busy(lambda: writer.execute("PRAGMA journal_mode=WAL"))
            writer.execute("PRAGMA synchronous=NORMAL")
        else:
            conn, copy = _connect_readonly(path)
        conn.execute("PRAGMA busy_timeout=30000")
        store = Store(sqlite_utils.Database(conn), path, readonly=not writable, copy=copy)
        if write:
            _refuse_damaged(store)
        _check_schema(store, write)
    except (sqlite3.DatabaseError, StoreError) as e:
        if conn is not None:
            conn.close()
        if copy is not None:
            shutil.rmtree(copy, ignore_errors=True)
        if isinstance(e, StoreError):
            raise
        raise StoreError(describe_error(path, e)) from None
    return store


def _retry_busy(step: Callable[[], object]) -> None:
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
    return f"{path}: {text}"


_RECOVER_HINT = (
    "save what is left with `sqlite3 {path} .recover | sqlite3 recovered.db` "
    "(then use --db recovered.db), or ingest the articles again into a new store"
)


def _refuse_damaged(store: Store) -> None:
    """Before writing: a write into a damaged file can spread the damage, so it is refused."""
    problem = _quick_check(store.conn, store.path)
    if problem:
        raise StoreError(problem)


def damage(store: Store) -> str | None:
    """SQLite's quick check of an open store, on a connection of its own (the TUI runs
    it in the background while the store's own connection keeps serving): None when
    the store is sound, else one line saying what is wrong and how to rescue it."""
    if store.copy is not None:
        conn, copy = sqlite3.connect(store.copy / store.path.name, timeout=30), None
    elif store.readonly:
        conn, copy = _connect_readonly(store.path)
    else:
        conn, copy = sqlite3.connect(store.path, timeout=30), None
    try:
        return _quick_check(conn, store.path)
    finally:
        conn.close()
        if copy is not None:
            shutil.rmtree(copy, ignore_errors=True)


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


def _check_schema(store: Store, write: bool) -> None:
    conn = store.conn
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "meta" not in tables:
        if tables - {"sqlite_sequence"}:
            raise StoreError(f"{store.path}: this SQLite file is not a borderdocs store")
        if store.readonly:
            raise StoreError(f"{store.path}: empty store, and read-only")
        write_transaction(store, lambda: _create_schema(conn))
        return
    row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    version = int(row[0]) if row and str(row[0]).isdigit() else 0
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{store.path}: store schema version {version} is newer than this borderdocs "
            f"understands ({SCHEMA_VERSION}); upgrade borderdocs"
        )
    if version < SCHEMA_VERSION:
        if store.readonly:
            raise StoreError(
                f"{store.path}: store schema version {version} needs migrating, and the store is read-only"
            )
        migrate(store, version)


def _add_fact_dates(conn: sqlite3.Connection) -> None:
    """Version 2 -> 3: facts.dated (the fact's date, else its article's), so the fact
    list sorts without joining every fact to its article, and the (checkpoint_id, kind,
    dated) index the board seeks the newest fact of each checkpoint and kind on (0.7 s
    at 70,000 facts before, 3 ms after)."""
    if "dated" not in {r[1] for r in conn.execute("PRAGMA table_info(facts)")}:
        conn.execute("ALTER TABLE facts ADD COLUMN dated TEXT")
    conn.execute(
        "UPDATE facts SET dated = coalesce(date, (SELECT a.date FROM articles a WHERE a.id = facts.article_id))"
        " WHERE dated IS NULL"
    )
    # facts_cp starts with checkpoint_id, so it replaces facts_checkpoint. One index, not
    # more: the schema must stay on the file's first page (tests/test_damaged_store.py
    # damages the middle of the file and expects the schema to be readable).
    conn.execute("CREATE INDEX IF NOT EXISTS facts_cp ON facts(checkpoint_id, kind, dated)")
    conn.execute("DROP INDEX IF EXISTS facts_checkpoint")


MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {
    # version N -> SQL that turns a version-N store into version N+1
    1: """
        CREATE INDEX IF NOT EXISTS articles_id_date ON articles(id, date);
        CREATE INDEX IF NOT EXISTS mentions_article_entity ON mentions(article_id, entity_id);
        DROP INDEX IF EXISTS mentions_article;
    """,
    2: _add_fact_dates,
}


def migrate(store: Store, version: int) -> None:
    """Bring an older store up to SCHEMA_VERSION, one step at a time, or refuse."""
    conn = store.conn
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise StoreError(
                f"{store.path}: store schema version {version} cannot be migrated to "
                f"{SCHEMA_VERSION}; re-ingest into a new store"
            )
        write_transaction(store, functools.partial(_migrate_step, conn, step, version + 1))
        version += 1


def _create_schema(conn: sqlite3.Connection) -> None:
    """The tables of a new store; IF NOT EXISTS because a second ingest may have
    created them while this one waited for the write lock."""
    for statement in _statements(SCHEMA):
        conn.execute(statement)
    conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))


def _migrate_step(conn: sqlite3.Connection, step, to: int) -> None:
    """One migration, unless another process ran it while this one waited for the lock."""
    row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    if row and str(row[0]).isdigit() and int(row[0]) >= to:
        return
    if callable(step):
        step(conn)
    else:
        for statement in _statements(step):
            conn.execute(statement)
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(to),))


def _statements(script: str) -> list[str]:
    """A script's statements, one by one: executescript() would commit the caller's
    transaction first."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]


def schema_version(store: Store) -> int:
    row = store.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return int(row[0])


# ---------------------------------------------------------------- transactions

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


# ---------------------------------------------------------------- writes


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")


def has_article(store: Store, article_id: str) -> bool:
    return store.conn.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None


def log(
    store: Store, path: str, file: str, status: str, reason: str | None = None, article_id: str | None = None
) -> None:
    store.conn.execute(
        "INSERT INTO ingest_log(path, file, status, reason, article_id, at) VALUES (?,?,?,?,?,?)",
        (display_name(path), display_name(file), status, reason, article_id, _now()),
    )


def write_article(store: Store, article: Article, extraction: Extraction, touched: set[int] | None = None) -> bool:
    """Store one article with everything extracted from it; False when it was already there.

    The caller owns the transaction (ingest batches several articles in one). The
    insert is idempotent (INSERT OR IGNORE): another ingest may have stored the same
    article since this one looked. What is stored does not depend on the order
    articles come in: an entity's name is the best of its spellings (_name_rank),
    an alias keeps its strongest origin, and `touched` collects the entities whose
    roles the caller should put in order with refresh_roles.
    """
    conn = store.conn
    aid = article.id
    cur = conn.execute(
        "INSERT OR IGNORE INTO articles(id, file, path, title, date, source, dateline, author, language, url, body,"
        " raw, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            aid,
            display_name(article.file),
            display_name(article.path),
            article.title,
            article.date,
            article.source,
            article.dateline,
            article.author,
            article.language,
            article.url,
            article.body,
            article.raw,
            _now(),
        ),
    )
    if cur.rowcount == 0:
        return False
    rowid = cur.lastrowid
    title_lemmas, _, body_lemmas = extraction.lemmas.partition("\n")
    conn.execute("INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)", (rowid, title_lemmas, body_lemmas))
    entity_ids: dict[tuple[str, str], int] = {}
    for m in extraction.mentions:
        eid = entity_ids.get((m.type, _entity_key(m.name)))
        if eid is None:
            eid = _upsert_entity(conn, m.type, m.name, m.ref)
            entity_ids[(m.type, _entity_key(m.name))] = eid
            conn.execute("UPDATE entities SET article_count = article_count + 1 WHERE id=?", (eid,))
        conn.execute("UPDATE entities SET mention_count = mention_count + 1 WHERE id=?", (eid,))
        conn.execute(
            'INSERT INTO mentions(article_id, entity_id, field, start, "end", surface, role) VALUES (?,?,?,?,?,?,?)',
            (aid, eid, m.field, m.start, m.end, m.surface, m.role),
        )
        _add_alias(conn, eid, m.surface, "text")
        if m.role:
            _add_role(conn, eid, m.role)
            if touched is not None:
                touched.add(eid)
    for f in extraction.facts:
        conn.execute(
            "INSERT INTO facts(article_id, checkpoint_id, kind, text, sentence, date, dated) VALUES (?,?,?,?,?,?,?)",
            (aid, f.checkpoint, f.kind, f.text, f.sentence, f.date, f.date or article.date),
        )
    for d in extraction.directives:
        by_key = _entity_key(d.by or "")
        by_id = entity_ids.get(("person", by_key)) or entity_ids.get(("organization", by_key))
        conn.execute(
            'INSERT INTO directives(article_id, by_entity_id, "by", "to", what, "when", sentence)'
            " VALUES (?,?,?,?,?,?,?)",
            (aid, by_id, d.by, d.to, d.what, d.when, d.sentence),
        )
    return True


def _entity_key(name: str) -> str:
    """One row per entity however it was cased, spelled with ё, spaced or laced with
    invisible characters."""
    return " ".join(strip_invisible(name).lower().replace("ё", "е").split())


def _upsert_entity(conn: sqlite3.Connection, type_: str, name: str, ref: str | None) -> int:
    key = _entity_key(name)
    row = conn.execute("SELECT id, name FROM entities WHERE type=? AND key=?", (type_, key)).fetchone()
    if row:
        if row[1] != name:
            _another_spelling(conn, row[0], row[1], name, type_)
        return row[0]
    cur = conn.execute(
        "INSERT INTO entities(type, name, key, latin) VALUES (?,?,?,?)", (type_, name, key, names.to_latin(name))
    )
    eid = cur.lastrowid
    assert eid is not None  # an INSERT into a rowid table always sets it
    _add_alias(conn, eid, name, "canonical")
    for alias, origin in names.generated_aliases(name, type_):
        _add_alias(conn, eid, alias, origin)
    if type_ == "checkpoint" and ref:
        _link_checkpoint(conn, eid, ref)
    return eid


def _name_rank(name: str) -> tuple:
    """Which spelling names an entity when several share its key (they differ in case
    or ё): the one with ё, then the one not shouting in capitals (a headline's
    «ХОРГОС»), then the first in code-point order (so «ЕАЭС» before «Еаэс»). A fixed
    order, so the name does not depend on which article came first."""
    shouting = sum(1 for w in name.split() if len(w) > 4 and w.isupper())
    return (-(name.count("ё") + name.count("Ё")), shouting, name)


def _another_spelling(conn: sqlite3.Connection, eid: int, current: str, name: str, type_: str) -> None:
    """A spelling of an existing entity's name: its aliases are added whichever
    spelling names the entity, and it names the entity if it ranks first."""
    before = conn.total_changes
    _add_alias(conn, eid, name, "canonical")
    if conn.total_changes == before:
        return  # this spelling was seen before
    for alias, origin in names.generated_aliases(name, type_):
        _add_alias(conn, eid, alias, origin)
    if _name_rank(name) < _name_rank(current):
        conn.execute("UPDATE entities SET name=?, latin=? WHERE id=?", (name, names.to_latin(name), eid))


def _link_checkpoint(conn: sqlite3.Connection, eid: int, ref: str) -> None:
    """Copy the gazetteer's record for `ref` into `checkpoints` and add its names as aliases."""
    from store.lang import gazetteer

    cp = gazetteer.get(ref)
    if cp is None:
        return
    conn.execute(
        "INSERT OR REPLACE INTO checkpoints(id, entity_id, name_ru, name_kk, names_latin, kind, border, region,"
        " opposite, former_names, status) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            cp.id,
            eid,
            cp.name_ru,
            cp.name_kk,
            json.dumps(cp.names_latin, ensure_ascii=False),
            cp.kind,
            cp.border,
            cp.region,
            cp.opposite,
            json.dumps(cp.former_names, ensure_ascii=False),
            cp.status,
        ),
    )
    for alias in cp.all_names():
        _add_alias(conn, eid, alias, "gazetteer")


def _add_alias(conn: sqlite3.Connection, eid: int, alias: str, origin: str) -> None:
    alias = " ".join((alias or "").split())
    if not alias:
        return
    key = names.fold(alias)
    if key:
        conn.execute(
            "INSERT INTO aliases(entity_id, alias, key, origin) VALUES (?,?,?,?) ON CONFLICT(entity_id, alias)"
            f" DO UPDATE SET origin=excluded.origin WHERE {_ORIGIN_RANK.format('excluded.origin')}"
            f" < {_ORIGIN_RANK.format('aliases.origin')}",
            (eid, alias, key, origin),
        )


# An alias found several ways keeps the strongest origin, whatever came first.
_ORIGIN_RANK = (
    "(CASE {} WHEN 'canonical' THEN 0 WHEN 'gazetteer' THEN 1 WHEN 'text' THEN 2 WHEN 'latin' THEN 3"
    " WHEN 'renamed' THEN 4 WHEN 'abbreviation' THEN 5 ELSE 9 END)"
)


def _add_role(conn: sqlite3.Connection, eid: int, role: str) -> None:
    (roles_json,) = conn.execute("SELECT roles FROM entities WHERE id=?", (eid,)).fetchone()
    roles = json.loads(roles_json)
    if role not in roles:
        roles.append(role)
        conn.execute("UPDATE entities SET roles=? WHERE id=?", (json.dumps(roles, ensure_ascii=False), eid))


def refresh_roles(store: Store, entity_ids: set[int]) -> None:
    """Put the entities' roles in an order that does not depend on which article came
    first: the most frequent role first, then alphabetically. Inside the caller's transaction."""
    conn = store.conn
    for eid in entity_ids:
        roles = [
            r
            for (r,) in conn.execute(
                "SELECT role FROM mentions WHERE entity_id=? AND coalesce(role, '') != '' GROUP BY role"
                " ORDER BY count(*) DESC, role",
                (eid,),
            )
        ]
        conn.execute("UPDATE entities SET roles=? WHERE id=?", (json.dumps(roles, ensure_ascii=False), eid))


def merge_short_person_names(store: Store) -> int:
    """Join single-word person entities («Бектенов») to the one full name that ends
    with them («Олжас Бектенов»), across the corpus. Ambiguous surnames (two full
    names share them) stay separate. Returns how many entities were merged.

    Reads and merges in one write transaction: another ingest into the same store
    may merge or add persons meanwhile, and a list read before it would be stale."""
    return write_transaction(store, lambda: _merge_short_person_names(store))


def _merge_short_person_names(store: Store) -> int:
    conn = store.conn
    persons = conn.execute("SELECT id, key FROM entities WHERE type='person'").fetchall()
    by_surname: dict[str, list[tuple[int, str]]] = {}
    for eid, key in persons:
        parts = key.replace("-", " ").split()
        if len(parts) >= 2 and not initials_and_surname(key):
            by_surname.setdefault(parts[-1], []).append((eid, key))
    merged = 0
    merged_into: set[int] = set()
    for eid, key in persons:
        short = initials_and_surname(key)
        if short:  # «О. Дерипаска» → the one «Олег Дерипаска» (first initial and surname agree)
            targets = [t for t, k in by_surname.get(short[1], []) if k[:1] == short[0]]
        elif " " not in key:
            targets = [t for t, _ in by_surname.get(key, [])]
        else:
            continue
        if len(targets) == 1 and targets[0] != eid:
            _merge_entity(conn, eid, targets[0])
            merged_into.add(targets[0])
            merged += 1
    refresh_roles(store, merged_into)
    return merged


def _merge_entity(conn: sqlite3.Connection, src: int, dst: int) -> None:
    conn.execute("UPDATE mentions SET entity_id=? WHERE entity_id=?", (dst, src))
    conn.execute("UPDATE OR IGNORE aliases SET entity_id=? WHERE entity_id=?", (dst, src))
    conn.execute("DELETE FROM aliases WHERE entity_id=?", (src,))
    conn.execute("UPDATE directives SET by_entity_id=? WHERE by_entity_id=?", (dst, src))
    (roles_src,) = conn.execute("SELECT roles FROM entities WHERE id=?", (src,)).fetchone()
    for role in json.loads(roles_src):
        _add_role(conn, dst, role)
    conn.execute("DELETE FROM entities WHERE id=?", (src,))
    conn.execute(
        "UPDATE entities SET mention_count=(SELECT count(*) FROM mentions WHERE entity_id=?),"
        " article_count=(SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id=?) WHERE id=?",
        (dst, dst, dst),
    )

"""The store's schema: the tables, the version, and the migrations that bring an
older store up to it (MIGRATIONS is a dict keyed by the version a step starts from).
"""

from __future__ import annotations

import functools
import importlib
import sqlite3
import sys
from collections.abc import Callable

from store.db.connection import Store, StoreError, write_transaction

SCHEMA_VERSION = 13

# From version 6 the schema no longer fits on the file's first page; nothing depends on
# that (tests/test_damaged_store.py damages a schema page on purpose and expects one line).


SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    file TEXT, path TEXT, title TEXT, date TEXT, source TEXT, dateline TEXT,
    author TEXT, language TEXT, url TEXT, body TEXT, raw TEXT, ingested_at TEXT, dup_of TEXT
);
CREATE TABLE IF NOT EXISTS article_anchors (anchor INTEGER NOT NULL, article_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS article_anchors_anchor_article ON article_anchors(anchor, article_id);
CREATE INDEX IF NOT EXISTS articles_dup_of ON articles(dup_of) WHERE dup_of IS NOT NULL;
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
    field TEXT NOT NULL, start INTEGER, "end" INTEGER, surface TEXT, role TEXT, name TEXT, kind TEXT
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
CREATE TABLE IF NOT EXISTS directives (id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
by_entity_id INTEGER, "by" TEXT, "to" TEXT, what TEXT, "when" TEXT, sentence TEXT, checkpoint_id TEXT,
checkpoint_ids TEXT);
CREATE INDEX IF NOT EXISTS directives_article ON directives(article_id);
CREATE TABLE IF NOT EXISTS ingest_log (
    id INTEGER PRIMARY KEY,
    path TEXT, file TEXT, status TEXT, reason TEXT, article_id TEXT, at TEXT
);
"""


def check_schema(store: Store, write: bool) -> None:
    conn = store.conn
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "meta" not in tables:
        if tables - {"sqlite_sequence"}:
            raise StoreError(f"{store.path}: this SQLite file is not a borderdocs store")
        if store.readonly:
            raise StoreError(f"{store.path}: empty store, and read-only")
        if not write:  # a reading command neither creates nor converts a store (bad63)
            raise StoreError(f"{store.path}: not a borderdocs store (an SQLite database with no tables)")
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
        if write:
            if store.readonly:
                raise StoreError(
                    f"{store.path}: store schema version {version} needs migrating, and the store is read-only"
                )
            migrate(store, version)
            store.upgraded_from = version
        elif version < READ_AS_IS_FROM:
            raise StoreError(_too_old_to_read(store, version))
    if write and not store.readonly:
        cover_anchors(store)


# The oldest schema whose tables this version's reads query as they are: 11 added
# `articles.dup_of` and `article_anchors`, which every list reads; 12 and 13 only rebuilt the
# full-text index of Kazakh text, and a query word asks for the keys an older index holds as
# well (store.lang.fts_terms), so a store of 11 or 12 finds what its own version found —
# not the Kazakh forms its index kept apart («көліктердің» finds 1 of the 3 pages of
# tests/test_search70_kazakh_stems.py at 11, all 3 after the upgrade): every reading
# command says so in a note and `stats` in its first line.
# A reading command never migrates (hyg68): the store may be a colleague's over SSH, or a
# file the user did not mean to change; `borderdocs upgrade` (and `ingest`, `reextract`,
# which write anyway) brings it up. Raise this when a new schema adds what reads need.
READ_AS_IS_FROM = 11
# What a store of READ_AS_IS_FROM up to the current schema misses when read as it is (the
# readers' note says it): keep it true when either changes.
READ_AS_IS_MISSES = "searches miss some Kazakh word forms"


def _too_old_to_read(store: Store, version: int) -> str:
    """Why a reading command refuses a store older than READ_AS_IS_FROM, and the command
    that upgrades it (on a copy, when this one cannot be written)."""
    head = (
        f"{store.path}: store schema version {version} is older than this borderdocs reads "
        f"({READ_AS_IS_FROM}-{SCHEMA_VERSION}); "
    )
    if version < min(MIGRATIONS):  # as migrate() says to a writer
        return head + "it cannot be migrated: re-ingest the articles into a new store"
    if store.readonly:
        return head + (
            "the store is read-only: copy it where you can write and run `borderdocs upgrade --db COPY` "
            "(a read never changes a store)"
        )
    return head + f"`borderdocs upgrade --db {store.path}` upgrades it in place (a read never changes a store)"


def older_schema_note(store: Store) -> str:
    """For a store made by an older borderdocs and read as it is: what it misses and the
    command that brings it up (a read never does; the CLI's note and the explorer's notice
    say it). "" for a store of this borderdocs's schema."""
    version = schema_version(store)
    if version >= SCHEMA_VERSION:
        return ""
    if store.readonly:
        fix = "copy it where you can write and run `borderdocs upgrade --db COPY`"
    else:
        fix = f"`borderdocs upgrade --db {store.path}` brings it up"
    return (
        f"{store.path} was made by an older borderdocs (schema {version}, this one writes {SCHEMA_VERSION}) "
        f"and is read as it is: {READ_AS_IS_MISSES}; {fix}"
    )


def cover_anchors(store: Store) -> None:
    """A store written before ingest106 indexes `article_anchors` on the anchor alone, so
    the near-duplicate lookup (anchor IN (…) GROUP BY article_id) read each of its ~200
    rows on a templated corpus from the table as well; the (anchor, article_id) index
    answers it from the index alone (0.19 -> 0.14 ms a generated article). A writer that
    opens such a store swaps the index once (same rows, no schema version: an older
    borderdocs reads and writes the store as before, its queries use the new index)."""
    conn = store.conn
    old = "SELECT 1 FROM sqlite_master WHERE type='index' AND name='article_anchors_anchor'"
    if conn.execute(old).fetchone() is None:
        return

    def swap() -> None:
        conn.execute("CREATE INDEX IF NOT EXISTS article_anchors_anchor_article ON article_anchors(anchor, article_id)")
        conn.execute("DROP INDEX IF EXISTS article_anchors_anchor")

    write_transaction(store, swap)


def _add_fact_dates(conn: sqlite3.Connection) -> None:
    """Version 2 -> 3: facts.dated (the fact's date, else its article's), so the fact
    list sorts without joining every fact to its article, and the (checkpoint_id, kind,
    dated) index the board seeks the newest fact of each checkpoint and kind on (0.7 s
    at 70,000 facts before, 3 ms after)."""
    import sqlite_utils  # only this migration uses it: not imported by every process

    facts = sqlite_utils.Database(conn).table("facts")
    if "dated" not in facts.columns_dict:  # the table API: ALTER TABLE facts ADD COLUMN dated TEXT
        facts.add_column("dated", str)
    conn.execute(
        "UPDATE facts SET dated = coalesce(date, (SELECT a.date FROM articles a WHERE a.id = facts.article_id))"
        " WHERE dated IS NULL"
    )
    # facts_cp starts with checkpoint_id, so it replaces facts_checkpoint. One index, not
    # more: each index is written on every fact insert.
    conn.execute("CREATE INDEX IF NOT EXISTS facts_cp ON facts(checkpoint_id, kind, dated)")
    conn.execute("DROP INDEX IF EXISTS facts_checkpoint")


def _upgrade(module: str) -> Callable[[sqlite3.Connection], None]:
    """The step `store.db.<module>.upgrade`, imported when a store needs it: every process
    that opens a store checks its schema, and importing the ten migrations (with what they
    import: the Kazakh letters, duplicates' keys) cost each one, the explorer's first paint
    included, though a store is migrated once (screen67)."""

    def upgrade(conn: sqlite3.Connection) -> None:
        importlib.import_module(f"store.db.{module}").upgrade(conn)

    upgrade.__qualname__ = f"{module}.upgrade"
    return upgrade


MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {
    # version N -> SQL that turns a version-N store into version N+1
    1: """
        CREATE INDEX IF NOT EXISTS articles_id_date ON articles(id, date);
        CREATE INDEX IF NOT EXISTS mentions_article_entity ON mentions(article_id, entity_id);
        DROP INDEX IF EXISTS mentions_article;
    """,
    2: _add_fact_dates,
    3: _upgrade("migrate_v4"),
    4: _upgrade("migrate_v5"),
    5: _upgrade("migrate_v6"),
    6: _upgrade("migrate_v7"),
    7: _upgrade("migrate_v8"),
    8: _upgrade("migrate_v9"),
    9: _upgrade("migrate_v10"),
    10: _upgrade("migrate_v11"),
    11: _upgrade("migrate_v12"),
    12: _upgrade("migrate_v13"),
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
        # one line a step: on a large store a step takes minutes (11 reads every body)
        print(f"{store.path}: upgrading the store's schema {version} -> {version + 1}…", file=sys.stderr, flush=True)
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

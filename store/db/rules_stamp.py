"""The rules fingerprint: which version of the extraction rules wrote each article's
entities, facts and directives.

A store written by an older version has the same schema, so nothing else tells the
user its entities come from older rules. The fingerprint is a short hash over the
files the extraction reads (store/extract, store/lang, store/data and store/model.py
of the installed package: code, word lists, knowledge base), so it is the same on a
wheel install and an editable checkout of the same files, and changes whenever one of
them does. It is computed once per process (about 10 ms).

Each article written gets a row in `article_rules` (article id -> fingerprint), and
the store's `meta` table keeps the fingerprint of the last run that wrote (key
`rules`). A store written before the fingerprint existed has no such table: every
article in it counts as extracted by older rules. `borderdocs reextract` brings them
up to date (store/ingest/reextract.py).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from functools import lru_cache
from pathlib import Path

# Test hook: a fingerprint to use instead of the computed one (tests write a store
# "by older rules" with it).
RULES_ENV = "BORDERDOCS_TEST_RULES_STAMP"

_PARTS = ("extract", "lang", "data")
_SUFFIXES = {".py", ".csv", ".tsv", ".txt", ".json", ".dawg"}

TABLE = "CREATE TABLE IF NOT EXISTS article_rules (article_id TEXT PRIMARY KEY, rules TEXT NOT NULL)"


def current() -> str:
    """The fingerprint of the rules this process extracts with."""
    return os.environ.get(RULES_ENV) or _computed()


@lru_cache(maxsize=1)
def _computed() -> str:
    """A 12-hex-digit hash over the extraction's files, by their paths inside the package."""
    root = Path(__file__).resolve().parent.parent
    files = [root / "model.py"]
    for part in _PARTS:
        files += [p for p in (root / part).rglob("*") if p.suffix in _SUFFIXES and "__pycache__" not in p.parts]
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def stamp(conn: sqlite3.Connection, article_ids: list[str], rules: str | None = None) -> None:
    """Record that these articles were just extracted by `rules` (default: current()),
    inside the caller's write transaction."""
    rules = rules or current()
    conn.execute(TABLE)
    conn.executemany(
        "INSERT OR REPLACE INTO article_rules(article_id, rules) VALUES (?,?)", [(a, rules) for a in article_ids]
    )
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('rules', ?)", (rules,))


def _has_table(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='article_rules'").fetchone() is not None
    )


def outdated_ids(conn: sqlite3.Connection, everything: bool = False) -> list[str]:
    """The ids of the articles extracted by other rules than current() (all, `everything`),
    in storage order."""
    if everything or not _has_table(conn):
        return [a for (a,) in conn.execute("SELECT id FROM articles ORDER BY rowid")]
    return [
        a
        for (a,) in conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN article_rules r ON r.article_id = a.id"
            " WHERE r.rules IS NULL OR r.rules != ? ORDER BY a.rowid",
            (current(),),
        )
    ]


def count_outdated(conn: sqlite3.Connection) -> int:
    """How many articles were extracted by other rules than current() (or before fingerprints)."""
    if not _has_table(conn):
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    return conn.execute(
        "SELECT count(*) FROM articles a LEFT JOIN article_rules r ON r.article_id = a.id"
        " WHERE r.rules IS NULL OR r.rules != ?",
        (current(),),
    ).fetchone()[0]


def outdated_line(outdated: int, articles: int) -> str:
    """The one line `stats` and the TUI print when some articles are out of date ("" if none)."""
    if not outdated:
        return ""
    return f"{outdated} of {articles} articles extracted by older rules — `borderdocs reextract` brings them up to date"

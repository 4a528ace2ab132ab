"""The rules fingerprint: which version of the extraction rules wrote each article's
entities, facts and directives.

A store written by an older version has the same schema, so nothing else tells the
user its entities come from older rules. The fingerprint is a short hash over the
files the extraction reads (store/extract, store/lang, store/data and store/model.py
of the installed package: code, word lists, knowledge base), so it is the same on a
wheel install and an editable checkout of the same files, and changes whenever one of
them does. It is computed once per process (a stat walk of ~5 ms when the user cache
folder keeps the hash of the same files, else 40-150 ms).

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
import time
from functools import lru_cache
from pathlib import Path

from store.user_cache import cache_dir

# Test hook: a fingerprint to use instead of the computed one (tests write a store
# "by older rules" with it).
RULES_ENV = "BORDERDOCS_TEST_RULES_STAMP"

_PARTS = ("extract", "lang", "data")
_SUFFIXES = {".py", ".csv", ".tsv", ".txt", ".json", ".dawg"}
_PREFIX = "rules-stamp-"  # the cached hashes in the user cache folder
_SETTLE_NS = 3_000_000_000
# Hashes of other states kept beside the current one: two checkouts or a wheel and a
# checkout used in turn (an A/B benchmark, a user's stable and development installs)
# each find theirs, where keeping one made each process delete the other's and hash
# ~3 MB again (40-150 ms a run). A stamp is ~12 bytes.
_OTHERS_KEPT = 3

TABLE = "CREATE TABLE IF NOT EXISTS article_rules (article_id TEXT PRIMARY KEY, rules TEXT NOT NULL)"


def current() -> str:
    """The fingerprint of the rules this process extracts with."""
    return os.environ.get(RULES_ENV) or _computed()


@lru_cache(maxsize=1)
def _computed() -> str:
    """A 12-hex-digit hash over the extraction's files, by their paths inside the package.

    Hashing their ~3 MB took 40-150 ms of every ingest process; the hash is kept in the
    user cache folder under a name made of the files' paths, sizes and times (a stat
    walk, ~5 ms), so a later process over the same files reads it back. The value is
    always the content hash: the stat key only says when it can be reused."""
    root = Path(__file__).resolve().parent.parent
    files = _files(root)
    cache = cache_dir() / f"{_PREFIX}{_stat_key(root, files)}"
    try:
        kept = cache.read_text(encoding="ascii")
    except OSError:
        kept = ""
    if len(kept) == 12 and all(c in "0123456789abcdef" for c in kept):
        return kept
    value = _content_hash(root, files)
    if _settled(files):
        _keep(cache, value)
    return value


def _files(root: Path) -> list[Path]:
    """The files the extraction reads, sorted by their paths inside the package: the
    model module, and under each part every file of a kept suffix outside __pycache__
    (os.walk pruning __pycache__: 0.2 ms where Path.rglob took 1 ms, and 35 ms when it was
    the process's first regular expression, loading store/regex_cache.py's file early)."""
    files = [root / "model.py"]
    for part in _PARTS:
        for folder, subfolders, names in os.walk(root / part):
            subfolders[:] = [s for s in subfolders if s != "__pycache__"]
            files += [Path(folder, n) for n in names if Path(n).suffix in _SUFFIXES]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def _content_hash(root: Path, files: list[Path]) -> str:
    """The fingerprint proper: the files' paths inside the package and their bytes (the
    same on a wheel and a checkout of the same files)."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def _stat_key(root: Path, files: list[Path]) -> str:
    """A name for the files as they stand: the package's place, and each file's path,
    size, inode, modification and change times (an edit changes one of them)."""
    digest = hashlib.sha256(str(root).encode() + b"\0")
    for path in files:
        st = path.stat()
        digest.update(
            f"{path.relative_to(root).as_posix()}\0{st.st_size}\0{st.st_ino}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\n".encode()
        )
    return digest.hexdigest()[:32]


def _settled(files: list[Path]) -> bool:
    """Whether every file is older than a few seconds: a file written in the same clock
    tick as its hash could change again without changing its times (git's "racy" case),
    so such a hash is not kept."""
    newest = max(max(p.stat().st_mtime_ns, p.stat().st_ctime_ns) for p in files)
    return time.time_ns() - newest > _SETTLE_NS


def _keep(cache: Path, value: str) -> None:
    """Write the hash (atomically: a reader sees a whole value or none) and remove the
    hashes of earlier states of the files but the `_OTHERS_KEPT` newest; a folder that
    cannot be written costs nothing."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        part = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        part.write_text(value, encoding="ascii")
        os.replace(part, cache)
    except OSError:
        return
    for old in _older_stamps(cache)[_OTHERS_KEPT:]:
        try:
            old.unlink()
        except OSError:
            pass  # another process may have removed it first


def _older_stamps(cache: Path) -> list[Path]:
    """The other states' hashes in the cache folder, newest first (a file another process
    removes meanwhile is left out)."""
    found = []
    for old in cache.parent.glob(f"{_PREFIX}*"):
        if old != cache and not old.name.endswith(".tmp"):
            try:
                found.append((old.stat().st_mtime_ns, old))
            except OSError:
                continue
    return [path for _, path in sorted(found, reverse=True)]


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

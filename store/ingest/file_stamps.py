"""What a re-run needs to pass over a file the store holds unchanged without parsing it.

A folder is ingested again and again as it grows (a scraper's output, daily); every file
stored before was read, decoded and parsed again just to learn its article was there
already (a 20 MB text: 6 s a run, qa75). Now each plain file read whole, whose every
document was stored (or found stored), leaves a stamp in the store's `meta` table, written
in the same transaction as its last document's row: the hash of its bytes and the
documents it gave (their labels and article ids). A later run hashes the file's bytes
(milliseconds), and when the stamp under its real path holds that hash and every article
is still in the store, the file's documents are handed to the writer as «duplicate» with
their ids, which logs and counts them exactly as a parse would have («already stored», or
«duplicate» when another file holds the article).

Not stamped, so read again next time: a file with a rejected document (a timeout may
not recur), one whose documents two workers shared, one that changed while read. A
JSON-lines dump is read a line at a time, from where the store left it
(store/ingest/dump_marks.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass

KEY_PREFIX = "file read "  # + a hash of the file's real path
MAX_HASHED_BYTES = 32 * 1024 * 1024  # store.reading.read.MAX_READ_BYTES: a larger file is rejected unread


@dataclass(frozen=True)
class Fingerprint:
    """A regular file's bytes as they stood: their hash, and the stat that says whether
    they changed while the file was read."""

    digest: str
    size: int
    mtime_ns: int


def key(path: str) -> str:
    """The meta key of the file at `path`: the same for every name that reaches it
    («a.txt», «/home/u/news/a.txt»), safe for any bytes the name holds."""
    return KEY_PREFIX + hashlib.sha1(os.fsencode(os.path.realpath(path))).hexdigest()


def fingerprint(path: str) -> Fingerprint | None:
    """The file's bytes hashed, or None for what is not a regular file of a readable size
    (never opened: a FIFO would block) or cannot be read now."""
    try:
        before = os.stat(path)
        if not stat.S_ISREG(before.st_mode) or before.st_size > MAX_HASHED_BYTES:
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return None
            os.set_blocking(fh.fileno(), True)
            digest = hashlib.file_digest(fh, "sha1").hexdigest()
    except OSError:
        return None
    return Fingerprint(digest, before.st_size, before.st_mtime_ns)


def unchanged(path: str, seen: Fingerprint) -> bool:
    """Did the file keep the size and time it had when hashed (nothing wrote to it while
    it was read)?"""
    try:
        now = os.stat(path)
    except OSError:
        return False
    return (now.st_size, now.st_mtime_ns) == (seen.size, seen.mtime_ns)


def encode(name: str, seen: Fingerprint, docs: list[tuple[str, str]]) -> str:
    """A stamp's value: the file's label when read, its hash, and (label, article id) per
    document. Labels are kept as JSON escapes, so a name with undecodable bytes survives."""
    return json.dumps({"name": name, "sha1": seen.digest, "docs": docs})


def recorded_docs(value: str | None, name: str, seen: Fingerprint) -> list[tuple[str, str]] | None:
    """The documents a stamp lists, when it stands for these bytes under this label; None
    when there is no stamp, or it was left by other bytes or another name (a link of
    another name to the file labels its documents by that name)."""
    if not value:
        return None
    try:
        stamp = json.loads(value)
        if stamp["name"] != name or stamp["sha1"] != seen.digest:
            return None
        docs = [(str(file), str(aid)) for file, aid in stamp["docs"]]
    except (ValueError, KeyError, TypeError):
        return None
    return docs or None

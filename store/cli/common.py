"""What every `borderdocs` command shares: exit statuses and limits, the one-line
error, the store path and opening a store to read.
"""

from __future__ import annotations

import sys
from pathlib import Path

from store.db import store as db
from store.sanitize import one_line

EXIT_OK, EXIT_REJECTED, EXIT_ERROR = 0, 1, 2
SEARCH_TYPES = ("person", "organization", "location", "checkpoint", "article")
MAX_LIMIT, MAX_JOBS = 10_000, 256


class CommandFailed(Exception):
    """A command that cannot go on, with the one line that says why."""


def db_path(args) -> Path:
    return args.db if args.db else db.default_db_path()


def open_for_reading(args) -> db.Store:
    """Open the store to read; say so when it could only be opened read-only."""
    store = db.open_store(db_path(args))
    if store.copy is not None:
        err(f"note: {store.path} is read-only and its log is not applied yet; reading a temporary copy with it applied")
    elif store.readonly:
        err(f"note: {store.path} is read-only; reading only")
    return store


def err(msg: str) -> None:
    """One line on stderr, whatever a file name or the store put in the message."""
    print(f"borderdocs: {one_line(msg)}", file=sys.stderr)

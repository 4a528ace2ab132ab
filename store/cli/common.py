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
    older = db.older_schema_note(store)
    if older:
        err(f"note: {older}")
    return store


def err(msg: str) -> None:
    """One message on stderr, whatever a file name or the store put in it: one line into
    a pipe or a log, wrapped to the terminal on one (fit)."""
    print(fit(f"borderdocs: {one_line(msg)}"), file=sys.stderr)


INDENT = "  "  # a wrapped message's next lines, so they do not read as new messages
_NBSP = "\u00a0"


def fit(message: str, columns: int | None = None) -> str:
    """`message` wrapped at word boundaries to the terminal stderr is (one column short:
    a line that fills it wraps there), its next lines indented; a command in backticks
    (`borderdocs reextract --all`) kept on one line, and a «(see `… --help`)» hint whole
    with it (a longer list of choices once left «(see» alone at a line's end). Into a pipe or a file (no terminal,
    `columns` not given) it stays one line, as scripts and logs read it. Words longer
    than a line (a long path) are not cut: the terminal wraps them."""
    width = (columns or _stderr_columns()) - 1
    if width <= 0 or len(message) <= width:
        return message
    import re
    import textwrap

    kept = re.sub(r"(?:\(see )?`[^`]*`\)?", lambda m: m.group(0).replace(" ", _NBSP), message)
    lines = textwrap.wrap(kept, width, subsequent_indent=INDENT, break_long_words=False, break_on_hyphens=False)
    return "\n".join(lines).replace(_NBSP, " ")


def _stderr_columns() -> int:
    """The terminal's width when stderr is one, else 0 (nothing wrapped)."""
    if not sys.stderr.isatty():
        return 0
    import shutil

    return shutil.get_terminal_size((80, 24)).columns

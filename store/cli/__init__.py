"""`borderdocs`: the store, headless, for scripts and pipes.

    borderdocs ingest PATH... [--db FILE] [--jobs N] [--timeout SECONDS] [--max-article-size CHARS] [--quiet]
    borderdocs search QUERY... [--type T] [--limit N] [--json] | --batch FILE
    borderdocs show QUERY... | --id N [--type T] [--limit N] [--json]
    borderdocs board | facts | directives [WORD...]   (--json | --csv; README.md lists their options)
    borderdocs export [--format json|jsonl|csv] [--output FILE]
    borderdocs stats [--json]
    borderdocs reextract [--all] [--jobs N] [--max-article-size CHARS] [--quiet]
    borderdocs upgrade   (a store of an older schema brought up; reading commands never change a store)

Output contracts (scripts rely on them): `export --format json` and `search
--json` print the shapes in the design brief. Errors are one line on stderr,
never a traceback; exit status 0 = all good, 1 = something was rejected or not
found, 2 = the command could not run (bad arguments, unusable store, a missing
input path); an interrupted ingest exits 128 + the signal: 130 (Ctrl+C), 143
(SIGTERM), 129 (SIGHUP), after committing what was done.
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import sys

from store.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_REJECTED,
    MAX_JOBS,
    MAX_LIMIT,
    SEARCH_TYPES,
    CommandFailed,
    db_path,
    err,
)
from store.cli.parser import build_parser
from store.cli.progress import ProgressBar
from store.db import store as db
from store.sanitize import display_name

__all__ = [
    "EXIT_ERROR",
    "EXIT_OK",
    "EXIT_REJECTED",
    "MAX_JOBS",
    "MAX_LIMIT",
    "SEARCH_TYPES",
    "CommandFailed",
    "ProgressBar",
    "build_parser",
    "main",
]


def _command_parser(parser, command: str | None):
    """The parser of `command` (`board`), else the top one."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            return action.choices[command]
    return parser


def main(argv: list[str] | None = None) -> int:
    """The command line's command; `argv` None: the program's own (the console script,
    `python -m store.cli`), a process that ends when the command does."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    args.own_process = argv is None
    if extra:  # the command's own parser says it, so the hint is `borderdocs board --help`
        _command_parser(parser, getattr(args, "command", None)).error(f"unrecognized arguments: {' '.join(extra)}")
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_ERROR
    try:
        return args.run(args)
    except (db.StoreError, CommandFailed) as e:
        err(str(e))
    except KeyboardInterrupt as stop:  # before the ingest could start, or another command
        err("interrupted")
        return 128 + getattr(stop, "signum", signal.SIGINT)
    except BrokenPipeError:  # `borderdocs export | head`
        _silence_stdout()
        sys.stderr.close()
        return EXIT_OK
    except sqlite3.Error as e:  # a store damaged where opening it did not look
        err(db.describe_error(db_path(args), e))
    except OSError as e:  # the output could not be written (a full disk, a vanished folder)
        _silence_stdout()
        err(_os_error(e))
    except Exception as e:  # a bug: still one line; BORDERDOCS_DEBUG=1 shows where
        if os.environ.get("BORDERDOCS_DEBUG"):
            raise
        err(f"internal error: {type(e).__name__}: {e} (run with BORDERDOCS_DEBUG=1 for the traceback)")
    return EXIT_ERROR


def _os_error(e: OSError) -> str:
    if e.filename:
        return f"{display_name(e.filename)}: {e.strerror or e}"
    return f"cannot write the output: {e.strerror or e}"


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what is still
    buffered cannot fail a second time (and print a message) on the way out."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass

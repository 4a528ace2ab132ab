"""`borderdocs`: the store, headless, for scripts and pipes.

    borderdocs ingest PATH... [--db FILE] [--jobs N] [--timeout SECONDS] [--max-article-size CHARS]
    borderdocs search QUERY [--type T] [--limit N] [--json] | --batch FILE
    borderdocs export [--format json|jsonl|csv] [--output FILE]
    borderdocs stats [--json]

Output contracts (scripts rely on them): `export --format json` and `search
--json` print the shapes in the design brief. Errors are one line on stderr,
never a traceback; exit status 0 = all good, 1 = something was rejected or not
found, 2 = the command could not run (bad arguments, unusable store, a missing
input path); an interrupted ingest exits 128 + the signal: 130 (Ctrl+C), 143
(SIGTERM), 129 (SIGHUP), after committing what was done.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sqlite3
import sys
import time
from pathlib import Path

from store.db import store as db
from store.extract.chunking import EXTRACT_LIMIT_DEFAULT
from store.ingest import DEFAULT_TIMEOUT
from store.sanitize import clean_line, display_name, one_line

EXIT_OK, EXIT_REJECTED, EXIT_ERROR = 0, 1, 2
SEARCH_TYPES = ("person", "organization", "location", "checkpoint", "article")
MAX_LIMIT, MAX_JOBS = 10_000, 256


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_ERROR
    try:
        return args.run(args)
    except (db.StoreError, CommandFailed) as e:
        _err(str(e))
    except KeyboardInterrupt as stop:  # before the ingest could start, or another command
        _err("interrupted")
        return 128 + getattr(stop, "signum", signal.SIGINT)
    except BrokenPipeError:  # `borderdocs export | head`
        _silence_stdout()
        sys.stderr.close()
        return EXIT_OK
    except sqlite3.Error as e:  # a store damaged where opening it did not look
        _err(db.describe_error(_db_path(args), e))
    except OSError as e:  # the output could not be written (a full disk, a vanished folder)
        _silence_stdout()
        _err(_os_error(e))
    except Exception as e:  # a bug: still one line; BORDERDOCS_DEBUG=1 shows where
        if os.environ.get("BORDERDOCS_DEBUG"):
            raise
        _err(f"internal error: {type(e).__name__}: {e} (run with BORDERDOCS_DEBUG=1 for the traceback)")
    return EXIT_ERROR


class CommandFailed(Exception):
    """A command that cannot go on, with the one line that says why."""


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


# ---------------------------------------------------------------- argument checks


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (exit 2), like every other error."""

    def error(self, message: str):
        self.exit(EXIT_ERROR, f"{self.prog}: {one_line(message)} (see `{self.prog} --help`)\n")


def int_in_range(low: int, high: int):
    """An argparse type: a whole number from `low` to `high`, else a message saying so."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is out of range (give {low} to {high})")
        return value

    parse.__name__ = "number"
    return parse


def input_file(text: str) -> str:
    """An argparse type: `-` (stdin) or a file that exists and is not a folder."""
    if text == "-":
        return text
    path = Path(text)
    if not path.exists():
        raise argparse.ArgumentTypeError(f"{display_name(text)}: no such file")
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{display_name(text)}: is a folder, not a file")
    if not os.access(path, os.R_OK):
        raise argparse.ArgumentTypeError(f"{display_name(text)}: cannot be read (permission denied)")
    return text


def output_file(text: str) -> Path:
    """An argparse type: a file that can be created where it is asked, checked before
    any work is done (the folder exists, the name is not a folder)."""
    path = Path(text)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{display_name(text)}: is a folder; give a file name")
    parent = path.parent
    if not parent.is_dir():
        raise argparse.ArgumentTypeError(f"{display_name(text)}: the folder {display_name(parent)} does not exist")
    if not os.access(path if path.exists() else parent, os.W_OK):
        raise argparse.ArgumentTypeError(f"{display_name(text)}: no permission to write there")
    return path


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="FILE",
        type=Path,
        default=None,
        help=f"the store (default: $BORDERDOCS_DB, else {_display_default()})",
    )
    parser = _Parser(
        prog="borderdocs",
        description="Ingest, search and export news about Kazakhstan's border checkpoints.",
        epilog="Run `borderdocs COMMAND --help` for a command's options; `borderdocs-tui` opens the explorer.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "ingest",
        parents=[common],
        help="read articles (.txt, .html, .jsonl/.json, directories) into the store",
        description="Read articles into the store. Files already stored are skipped; bad files are "
        "reported one line each and the rest go on. Exit status 1 if anything was rejected.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (recursively)")
    p.add_argument(
        "--jobs",
        "-j",
        type=int_in_range(1, MAX_JOBS),
        default=None,
        metavar="N",
        help="worker processes (default: all cores)",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no summary")
    p.add_argument(
        "--timeout",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help="time budget per article; one taking longer is rejected and the batch goes on "
        f"(default {DEFAULT_TIMEOUT:g})",
    )
    p.add_argument(
        "--max-article-size",
        type=_size,
        default=None,
        metavar="CHARS",
        help="an article longer than this is stored whole, but entities, facts and directives are "
        f"read from its first CHARS characters only, with a warning (default {EXTRACT_LIMIT_DEFAULT:,};"
        " 200k, 1M work)",
    )
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser(
        "search",
        parents=[common],
        help="fuzzy search for entities and articles, any script",
        description="Find entities by any spelling (Cyrillic, Kazakh, Latin) and articles by words in any inflection.",
    )
    p.add_argument("query", nargs="?", help="what to look for, e.g. khorgos, bektenov, 'пункт пропуска'")
    p.add_argument("--type", "-t", choices=SEARCH_TYPES, help="only this kind of result")
    p.add_argument(
        "--limit",
        "-n",
        type=int_in_range(1, MAX_LIMIT),
        default=10,
        metavar="N",
        help=f"at most N results, 1 to {MAX_LIMIT} (default 10)",
    )
    p.add_argument("--json", action="store_true", help="print JSON: a list of {kind,type,id,name,matched,score}")
    p.add_argument(
        "--batch",
        metavar="FILE",
        type=input_file,
        help="one query a line (- for stdin); prints one JSON line per query",
    )
    p.set_defaults(run=cmd_search)

    p = sub.add_parser(
        "export", parents=[common], help="print every article with its entities, checkpoints, directives"
    )
    p.add_argument("--format", "-f", choices=("json", "jsonl", "csv"), default="json", help="default json")
    p.add_argument("--output", "-o", type=output_file, metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("stats", parents=[common], help="what the store holds")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=cmd_stats)
    return parser


def _display_default() -> str:
    try:
        return str(db.default_db_path()).replace("%", "%%")
    except Exception:
        return "the user data directory"


def _db_path(args) -> Path:
    return args.db if args.db else db.default_db_path()


def _open_for_reading(args) -> db.Store:
    """Open the store to read; say so when it could only be opened read-only."""
    store = db.open_store(_db_path(args))
    if store.copy is not None:
        _err(
            f"note: {store.path} is read-only and its log is not applied yet; reading a temporary copy with it applied"
        )
    elif store.readonly:
        _err(f"note: {store.path} is read-only; reading only")
    return store


def _err(msg: str) -> None:
    """One line on stderr, whatever a file name or the store put in the message."""
    print(f"borderdocs: {one_line(msg)}", file=sys.stderr)


# ---------------------------------------------------------------- ingest


def cmd_ingest(args) -> int:
    from store.ingest import BadSetting, NoInput, ingest

    path = _db_path(args)
    bar = ProgressBar(enabled=not args.quiet and sys.stderr.isatty())

    def say(kind: str):
        def report(file: str, text: str) -> None:
            bar.clear()
            print(f"{kind}: {display_name(file)}: {one_line(text)}", file=sys.stderr)

        return report

    try:
        with _signals_interrupt():
            summary = ingest(
                args.paths,
                path,
                jobs=args.jobs,
                progress=bar.update,
                on_reject=say("rejected"),
                on_warn=say("warning"),
                timeout=args.timeout,
                max_article_size=args.max_article_size,
            )
    except (NoInput, BadSetting) as e:
        _err(str(e))
        return EXIT_ERROR
    bar.clear()
    if summary.interrupted:
        name = signal.Signals(summary.signal).name
        print(
            f"interrupted by {name}: {summary.ingested} articles committed and kept; "
            f"run the same command again to finish",
            file=sys.stderr,
        )
        return 128 + summary.signal
    if not args.quiet:
        rate = summary.ingested / summary.seconds if summary.seconds else 0.0
        print(
            f"{summary.files} files: {summary.ingested} ingested, {summary.duplicates} duplicates, "
            f"{len(summary.rejected)} rejected in {summary.seconds:.1f} s ({rate:.1f} articles/s) -> {path}",
            file=sys.stderr,
        )
    return EXIT_OK if summary.ok else EXIT_REJECTED


STOP_SIGNALS = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n))


@contextlib.contextmanager
def _signals_interrupt():
    """SIGTERM and SIGHUP stop an ingest the way Ctrl+C does: the first one raises
    Interrupted (the ingest commits what is done), later ones are ignored so the
    wrap-up is not cut short. Exit status 128 + the signal number."""
    from store.ingest import Interrupted

    def stop(signum, frame):
        for sig in STOP_SIGNALS:
            signal.signal(sig, signal.SIG_IGN)
        raise Interrupted(signum)

    try:
        previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS}
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _size(text: str) -> int:
    """A size in characters: 200000, 200k, 1M."""
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    try:
        value = int(float(text[:-1] if scale > 1 else text) * scale)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 200000, 200k, 1M)") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return value


class ProgressBar:
    """A one-line progress bar with rate and ETA on stderr (only on a terminal)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.started = time.monotonic()
        self.last = 0.0
        self.drawn = False

    def update(self, done: int, total: int, current: str) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.1 and done < total):
            return
        self.last = now
        elapsed = max(now - self.started, 1e-6)
        rate = done / elapsed
        eta = (total - done) / rate if rate > 0 else 0
        width = 24
        filled = int(width * done / total) if total else width
        line = (
            f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files "
            f"{rate:5.1f}/s ETA {int(eta) // 60}:{int(eta) % 60:02d} {current[-30:]}"
        )
        width = self._width()
        sys.stderr.write("\r" + line[:width].ljust(width))
        sys.stderr.flush()
        self.drawn = True

    @staticmethod
    def _width() -> int:
        """One column short of the terminal: a line that fills it would wrap, and \r
        would then redraw only the wrapped part."""
        import shutil

        return max(20, shutil.get_terminal_size((80, 24)).columns - 1)

    def clear(self) -> None:
        if self.drawn:
            sys.stderr.write("\r" + " " * self._width() + "\r")
            sys.stderr.flush()
            self.drawn = False


# ---------------------------------------------------------------- search


def cmd_search(args) -> int:
    from store.search import search as search_mod

    if not args.query and not args.batch:
        _err("search: give a QUERY or --batch FILE")
        return EXIT_ERROR
    store = _open_for_reading(args)
    try:
        if args.batch:
            return _search_batch(store, args)
        results = search_mod.search(store, args.query, type=args.type, limit=args.limit)
        if args.json:
            print(json.dumps(results, ensure_ascii=False))
        else:
            total = search_mod.search_total(store, args.query, type=args.type) if results else 0
            print(search_mod.format_table(results, total) if results else "no results")
        return EXIT_OK if results else EXIT_REJECTED
    finally:
        store.close()


def _search_batch(store, args) -> int:
    """One JSON line per query; the alias index is built once and reused (search caches it per store)."""
    from store.search import search as search_mod

    name = "stdin" if args.batch == "-" else display_name(args.batch)
    src = getattr(sys.stdin, "buffer", sys.stdin) if args.batch == "-" else open(args.batch, "rb")
    with src:
        for number, raw in enumerate(src, 1):  # bytes, decoded a line at a time: an error can say which line
            try:
                query = _decode_line(raw, number).strip()
            except UnicodeDecodeError:
                _err(f"{name}: line {number} is not UTF-8 text; the queries before it were answered")
                return EXIT_ERROR
            if not query:
                continue
            results = search_mod.search(store, query, type=args.type, limit=args.limit)
            print(json.dumps({"query": query, "results": results}, ensure_ascii=False), flush=True)
    return EXIT_OK


def _decode_line(raw: bytes | str, number: int) -> str:
    """A batch line as text (a BOM on the first line is not part of the query)."""
    if isinstance(raw, str):  # a text stream standing in for stdin
        return raw
    return raw.decode("utf-8-sig" if number == 1 else "utf-8")


# ---------------------------------------------------------------- export / stats


def cmd_export(args) -> int:
    from store.db import export

    store = _open_for_reading(args)
    try:
        if args.output:
            n = _export_to_file(store, args.format, args.output)
            print(f"{n} articles -> {display_name(args.output)}", file=sys.stderr)
        else:
            export.write(store, args.format, sys.stdout)
            sys.stdout.flush()  # a full disk or closed pipe is reported here, not at exit
    finally:
        store.close()
    return EXIT_OK


def _export_to_file(store: db.Store, fmt: str, path: Path) -> int:
    """Write the export to `path`. A regular file is written beside it under a
    temporary name and renamed when complete, so a failed export (a full disk, a
    damaged store) leaves any earlier file as it was and no truncated one; a device
    or pipe (/dev/stdout, a FIFO) is written directly."""
    from store.db import export

    direct = path.exists() and not path.is_file()
    target = path if direct else path.with_name(f".{path.name}.partial")
    try:
        with open(target, "w", encoding="utf-8", newline="") as out:
            n = export.write(store, fmt, out)
        if not direct:
            os.replace(target, path)
        return n
    except OSError as e:
        raise CommandFailed(f"cannot write {display_name(path)}: {e.strerror or e}") from None
    finally:
        if not direct:
            target.unlink(missing_ok=True)


def cmd_stats(args) -> int:
    store = _open_for_reading(args)
    try:
        stats = collect_stats(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(
        f"store          {display_name(stats['path'])} (schema {stats['schema_version']}"
        f"{', read-only' if stats['readonly'] else ''})"
    )
    print(f"articles       {stats['articles']}  ({stats['date_min'] or '?'} .. {stats['date_max'] or '?'})")
    for t, n in stats["entities"].items():
        print(f"{t + 's':<14} {n}")
    print(f"aliases        {stats['aliases']}")
    print(f"mentions       {stats['mentions']}")
    print(f"facts          {stats['facts']}")
    print(f"directives     {stats['directives']}")
    print("languages      " + ", ".join(f"{clean_line(k)} {v}" for k, v in stats["languages"].items()))
    print("top sources    " + ", ".join(f"{clean_line(k)} {v}" for k, v in stats["sources"].items()))
    print("ingest log     " + ", ".join(f"{k} {v}" for k, v in stats["ingest_log"].items()))
    return EXIT_OK


def collect_stats(store: db.Store) -> dict:
    c = store.conn

    def one(sql: str):
        return c.execute(sql).fetchone()[0]

    dmin, dmax = c.execute("SELECT min(date), max(date) FROM articles").fetchone()
    return {
        "path": str(store.path),
        "schema_version": db.schema_version(store),
        "readonly": store.readonly,
        "articles": one("SELECT count(*) FROM articles"),
        "date_min": dmin,
        "date_max": dmax,
        "entities": dict(c.execute("SELECT type, count(*) FROM entities GROUP BY type ORDER BY type").fetchall()),
        "aliases": one("SELECT count(*) FROM aliases"),
        "mentions": one("SELECT count(*) FROM mentions"),
        "facts": one("SELECT count(*) FROM facts"),
        "directives": one("SELECT count(*) FROM directives"),
        "languages": dict(
            c.execute("SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC").fetchall()
        ),
        "sources": dict(
            c.execute(
                "SELECT coalesce(source, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC LIMIT 8"
            ).fetchall()
        ),
        "ingest_log": dict(c.execute("SELECT status, count(*) FROM ingest_log GROUP BY status").fetchall()),
    }


if __name__ == "__main__":
    sys.exit(main())

"""`borderdocs-tui [--db FILE] [PATH ...]`: open the explorer.

Kept import-light: the App module is imported only after the arguments are
checked, and the ingest pipeline (with its language models) only when there is
something to ingest. A user's mistake (missing store, not a store) is one line
on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from store import add_version_option

THEMES = (
    "textual-dark",
    "textual-light",
    "ansi-dark",
    "ansi-light",
    "nord",
    "gruvbox",
    "dracula",
    "tokyo-night",
    "monokai",
    "solarized-light",
)

DESCRIPTION = """\
Explore news about Kazakhstan's border checkpoints: articles, people,
organizations, places and checkpoints extracted from them, and a search that
finds names across scripts (khorgos / Хоргос / Қорғас).

With no arguments the default store is opened; on the first run it is built
from the bundled sample articles. With PATHs (files or directories of .txt,
.md, .html, .mhtml, .eml, .json/.jsonl, feeds, WARC/WET archives, any of them
.gz: what `borderdocs ingest` reads) those are ingested first, with progress,
then the store opens.
"""

EPILOG = """\
keys: / search, tab panes, j/k move, enter open, escape back, backspace history
back, f filter, e export, c copy, F1 or ? help, q quit. NO_COLOR is honoured.
In a browser: textual serve "borderdocs-tui --db FILE".
"""


class _Parser(argparse.ArgumentParser):
    """argparse, but a wrong option is one line on stderr (exit 2) as every other error of
    this program and of `borderdocs` is (qa69: `--bogus` printed the three-line usage with
    every theme's name, then the error)."""

    def error(self, message: str):
        from store.sanitize import one_line

        self.exit(2, f"{self.prog}: {one_line(message)} (see `{self.prog} --help`)\n")


class _Help(argparse.RawDescriptionHelpFormatter):
    """Help lines wrapped between words only: a theme's name is cut at no hyphen
    («ansi-» at one line's end and «light» on the next could not be typed back)."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap

        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="borderdocs-tui",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=_Help,
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or directories to ingest before opening")
    p.add_argument("--db", metavar="FILE", help="the store (default: $BORDERDOCS_DB, else the user data directory)")
    p.add_argument(
        "--theme",
        choices=THEMES,
        default=None,
        metavar="THEME",  # the choices beside it were one line of 130 characters at 80 columns (qa73)
        help=f"colour theme: {', '.join(THEMES)}; ansi-dark / ansi-light use the terminal's own palette "
        "(good over SSH)",
    )
    add_version_option(p)
    return p


class _NoInput(Exception):
    """A PATH to ingest that does not exist: build_app returns its line."""


def sample_data_dir() -> Path:
    """The bundled sample articles, from the installed package (a wheel ships them)."""
    from store.samples import sample_data_dir as packaged

    return packaged()


def ingesting_note(paths: list[str]) -> str:
    """The dialog's heading: «Ingesting 1 path(s)…» did not say which (qa108), so one PATH is
    named as given («Ingesting folder news…»), several are counted («Ingesting 3 paths…»)."""
    from store.sanitize import display_name

    if len(paths) != 1:
        return f"Ingesting {len(paths)} paths…"
    path = Path(paths[0])
    shown = path if path.name not in ("", "..") else path.resolve()  # «.» says nothing
    kind = "folder" if path.is_dir() else "file"
    return f"Ingesting {kind} {display_name(shown)}…"


def plan(args) -> tuple[Path, list[str], str]:
    """Which store to open and what to ingest first (with the note shown while it runs)."""
    from store.db.opening import default_db_path

    db_path = Path(args.db).expanduser() if args.db else default_db_path()
    if args.paths:
        missing = [p for p in args.paths if not Path(p).exists()]
        if missing:
            from store.sanitize import display_name

            raise _NoInput(f"borderdocs-tui: no such file or directory: {display_name(missing[0])}")
        return db_path, list(args.paths), ingesting_note(args.paths)
    if not db_path.exists() and not args.db:
        samples = sample_data_dir()
        if samples.is_dir():
            return db_path, [str(samples)], "First run: building the store from the bundled sample articles…"
    return db_path, [], ""


def build_app(argv: list[str] | None = None):
    """The App for these arguments (the tests use this too), or a one-line error string."""
    args = build_parser().parse_args(argv)
    from store.db.connection import StoreError

    try:
        db_path, paths, note = plan(args)
    except _NoInput as missing:  # exit status 2 as every user's mistake, not SystemExit's 1 (qa73)
        return str(missing)
    reader = None
    if not paths:  # with PATHs the app ingests first, then opens the store
        from .reader import StoreReader

        try:
            reader = StoreReader.open(db_path)
        except StoreError as e:
            from store.sanitize import one_line

            return f"borderdocs-tui: {one_line(str(e))}"
    from .app import BorderdocsApp

    return BorderdocsApp(reader, db_path=db_path, ingest_paths=paths, ingest_note=note, theme=args.theme)


def main(argv: list[str] | None = None) -> int:
    app = build_app(argv)
    if isinstance(app, str):
        print(app, file=sys.stderr)
        return 2
    from . import heap

    heap.own_process()  # what the first search loads is kept out of the collector's walks
    app.run()
    return app.return_code or 0


if __name__ == "__main__":
    sys.exit(main())

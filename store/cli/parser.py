"""The `borderdocs` argument parser: the commands, their options, and the argparse
types that check a value before any work is done (a usage error is one line).
"""

from __future__ import annotations

import argparse
import importlib
import os
from collections.abc import Callable
from pathlib import Path

from store import add_version_option
from store.cli.commands import cmd_export, cmd_ingest, cmd_reextract, cmd_search, cmd_stats, cmd_upgrade
from store.cli.common import EXIT_ERROR, MAX_JOBS, MAX_LIMIT, SEARCH_TYPES, fit
from store.db import store as db
from store.extract.chunking import EXTRACT_LIMIT_DEFAULT
from store.ingest import DEFAULT_TIMEOUT
from store.sanitize import display_name, one_line


def _later(module: str, name: str):
    """The command `name` of `module`, imported when it runs: the views and `show`
    modules import the store's readers of facts, directives, boards and entities, which
    a `search` or `ingest` process never calls (~25 ms of a fresh process's imports)."""

    def run(args) -> int:
        return getattr(importlib.import_module(module), name)(args)

    run.__name__ = run.__qualname__ = name
    return run


cmd_show = _later("store.cli.show", "cmd_show")
cmd_board = _later("store.cli.views", "cmd_board")
cmd_facts = _later("store.cli.views", "cmd_facts")
cmd_directives = _later("store.cli.views", "cmd_directives")


class _Commands(dict):
    """The commands' parsers by name, as argparse's subparsers action keeps them; a parser
    whose options' choices read the knowledge base and the store's tables (the board's and
    the facts' borders and kinds: the gazetteer and the board's module, ~20 ms of every
    process) gets those options when its command is looked up (`finish_later`), not when
    the parser is built: `borderdocs search` never reads them."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: dict[str, Callable[[argparse.ArgumentParser], None]] = {}

    def finish_later(self, name: str, finish: Callable[[argparse.ArgumentParser], None]) -> None:
        self.pending[name] = finish

    def __getitem__(self, name: str) -> argparse.ArgumentParser:
        parser = super().__getitem__(name)
        finish = self.pending.pop(name, None)
        if finish is not None:
            finish(parser)
        return parser

    def get(self, name, default=None):
        return self[name] if name in self else default

    def values(self):  # type: ignore[override]
        return [self[name] for name in self]

    def items(self):  # type: ignore[override]
        return [(name, self[name]) for name in self]


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one message on stderr (exit 2), like every other
    error: one line into a pipe, wrapped to the terminal on one (common.fit)."""

    def error(self, message: str):
        self.exit(EXIT_ERROR, fit(f"{self.prog}: {one_line(message)} (see `{self.prog} --help`)") + "\n")


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


def size(text: str) -> int:
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


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return value


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
        epilog="Run `borderdocs COMMAND --help` for a command's options; `borderdocs-tui` opens the explorer. "
        "Exit status: 0 all good; 1 something was rejected (ingest) or nothing found (search, show); "
        "2 the command could not run (one line on stderr says why); 130, 143, 129 interrupted by "
        "Ctrl+C, SIGTERM, SIGHUP (what was done is kept: the same command finishes the work).",
    )
    add_version_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.choices = sub._name_parser_map = _Commands()

    p = sub.add_parser(
        "ingest",
        parents=[common],
        help="read articles (.txt, .md, .html, .mhtml, .eml, .jsonl/.json, RSS/Atom feeds, WARC/WET archives, "
        "any of them .gz, folders) into the store",
        description="Read articles into the store. Files already stored are skipped, not read again "
        "(a store built by an older version keeps what that version extracted: `borderdocs reextract` "
        "reads its stored articles again by the current rules); bad files are "
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
        type=seconds,
        default=None,
        metavar="SECONDS",
        help="time budget per article; one taking longer is rejected and the batch goes on "
        f"(default {DEFAULT_TIMEOUT:g})",
    )
    p.add_argument(
        "--max-article-size",
        type=size,
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
    p.add_argument(
        "query",
        nargs="*",
        metavar="QUERY",
        help="what to look for, e.g. khorgos, bektenov, пункт пропуска (several words need no quotes)",
    )
    p.add_argument(
        "--type", "-t", choices=SEARCH_TYPES, metavar="T", help=f"only this kind of result: {_listed(SEARCH_TYPES)}"
    )
    p.add_argument(
        "--limit",
        "-n",
        type=int_in_range(1, MAX_LIMIT),
        default=10,
        metavar="N",
        help=f"at most N results, 1 to {MAX_LIMIT} (default 10)",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="print JSON: a list of {kind,type,id,name,matched,score} (--batch prints JSON lines with or without it)",
    )
    p.add_argument(
        "--batch",
        metavar="FILE",
        type=input_file,
        help="one query a line (- for stdin); prints one JSON line per query",
    )
    p.set_defaults(run=cmd_search)

    p = sub.add_parser(
        "export",
        parents=[common],
        help="print every article with its entities, checkpoints, directives",
        description="Every article (near-duplicate copies too) with its entities, checkpoints and "
        "their facts, and directives: one JSON object (json), one article a line (jsonl), or a row "
        "an article with its entity names (csv).",
    )
    p.add_argument(
        "--format", "-f", choices=("json", "jsonl", "csv"), default="json", help="json (default), jsonl or csv"
    )
    p.add_argument("--output", "-o", type=output_file, metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser(
        "stats",
        parents=[common],
        help="what the store holds",
        description="What the store holds: articles and their dates, entities by type, facts, "
        "directives, languages, outlets, the ingest log.",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=cmd_stats)

    p = sub.add_parser(
        "reextract",
        parents=[common],
        help="extract stored articles again by this version's rules",
        description="Read the entities, facts and directives of the stored articles again by this "
        "version's rules, from the text the store keeps (no original files needed): the articles "
        "`borderdocs stats` says were extracted by older rules, or every article (--all). Article ids, "
        "titles and near-duplicate links stay; each batch of articles is replaced in one transaction, "
        "so an interrupted run leaves every article old or new, and running the same command again "
        "finishes it (an interrupted --all goes on where it stopped).",
    )
    p.add_argument("--all", action="store_true", help="every article, not only those extracted by other rules")
    p.add_argument(
        "--jobs",
        "-j",
        type=int_in_range(1, MAX_JOBS),
        default=1,
        metavar="N",
        help="worker processes (default 1; each loads the extraction model)",
    )
    p.add_argument(
        "--max-article-size",
        type=size,
        default=None,
        metavar="CHARS",
        help="read entities, facts and directives from an article's first CHARS characters only, as "
        f"ingest's option of that name (default {EXTRACT_LIMIT_DEFAULT:,}; give the size the store was "
        "ingested with, or a longer article is read shorter than it was)",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no summary")
    p.set_defaults(run=cmd_reextract)

    p = sub.add_parser(
        "upgrade",
        parents=[common],
        help="bring a store made by an older borderdocs up to this version's schema",
        description="Bring a store made by an older borderdocs up to this version's schema, in place, "
        "one step a line on stderr (a large store's step may take minutes). The reading commands and the "
        "explorer never change a store: they read an older one as it is where its tables allow, and "
        "otherwise refuse, naming this command; `ingest` and `reextract` upgrade the store they write. "
        "What older rules extracted stays: `borderdocs reextract` reads it again.",
    )
    p.set_defaults(run=cmd_upgrade)
    _add_views(sub, common)
    return parser


def _add_views(sub, common: argparse.ArgumentParser) -> None:
    """board, facts, directives: the explorer's tabs 3, 5 and 4 as tables, JSON or CSV."""
    out = _Parser(add_help=False)
    fmt = out.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print a JSON list of rows, every field")
    fmt.add_argument("--csv", action="store_true", help="print CSV, every field")
    limit = _Parser(add_help=False)
    limit.add_argument(
        "--limit",
        "-n",
        type=int_in_range(1, MAX_LIMIT),
        default=50,
        metavar="N",
        help=f"the newest N, 1 to {MAX_LIMIT} (default 50); the last line says how many there are",
    )
    p = sub.add_parser(
        "board",
        parents=[common, out],
        help="every checkpoint with its newest status, deadline, queue (the TUI's tab 3)",
        description="Every crossing of the gazetteer, mentioned or not, with the newest status, capacity, "
        "deadline and queue articles report (a status as one of eight labels: commissioned, reopened, closed, "
        "to close, under reconstruction, planned, limited, working; none reported: the gazetteer's, "
        "marked so) and how many articles name it. A deadline whose last day is behind today reads «2025 past» "
        "(deadline_past in --json); sorted by deadline, those still ahead come first. A «closed» older than a "
        "queue reported at the post reads «closed, queue later» (queue_after_status in --json: the queue's date); "
        "a «to close» whose day has passed reads «to close (past)» (status_past), and two reports of one day "
        "that contradict both labels, «closed / working» (status_conflict); "
        "sorted by status: closed, to close, limited, under reconstruction, planned, commissioned, reopened, "
        "working, then the gazetteer's alone in the same order.",
    )
    sub.choices.finish_later("board", _board_options)
    p.set_defaults(run=cmd_board)

    p = sub.add_parser(
        "facts",
        parents=[common, out, limit],
        help="facts about checkpoints, newest first: queues, statuses, deadlines (the TUI's tab 5)",
        description="Facts about every checkpoint, newest first (the fact's own date, else its article's; "
        "a deadline by the last day of its period: «2026-H1» as 2026-06-30, «2028» as 2028-12-31). "
        "`borderdocs facts --kind queue` answers «where do trucks queue now».",
    )
    sub.choices.finish_later("facts", _facts_options)
    p.set_defaults(run=cmd_facts)

    p = sub.add_parser(
        "directives",
        parents=[common, out, limit],
        help="who ordered whom what, newest first (the TUI's tab 4)",
        description="Directives («поручил», «тапсырды») newest first, or by another column (--sort, as the TUI's "
        "tab 4 sorts): who gave each, to whom, what and by when "
        "(below 100 columns by when heads what: «в месячный срок: провести …»). A row a report: the last line "
        "says how many directives they are when articles report one twice («2×»), as the TUI's tab 4 counts.",
    )
    p.add_argument(
        "words",
        nargs="*",
        metavar="WORD",
        help="only directives whose giver, post, addressee, what, when or checkpoints have every word",
    )
    sub.choices.finish_later("directives", _directive_sorts)
    p.set_defaults(run=cmd_directives)

    p = sub.add_parser(
        "show",
        parents=[common],
        help="one entity's page: spellings, roles, facts, directives, articles",
        description="The best entity hit of QUERY (any script, any inflection: khorgos, бектеновым) as the "
        "explorer's page shows it; the next hits are listed under it (narrow with --type, pick with --id). "
        "A checkpoint's «gazetteer:» line is the list of crossings' («listed as working»); «status reported:» "
        "is the newest status an article states, with a queue reported after a «closed».",
    )
    p.add_argument("query", nargs="*", metavar="QUERY", help="a name as you would search it")
    p.add_argument(
        "--type",
        "-t",
        choices=SEARCH_TYPES[:-1],
        metavar="T",
        help=f"only entities of this type: {_listed(SEARCH_TYPES[:-1])}",
    )
    p.add_argument("--id", type=int_in_range(1, 2**62), metavar="N", help="the entity with this id (from search)")
    p.add_argument(
        "--limit",
        "-n",
        type=int_in_range(1, MAX_LIMIT),
        default=10,
        metavar="N",
        help=f"newest N of each list, 1 to {MAX_LIMIT} (default 10)",
    )
    p.add_argument("--json", action="store_true", help="print the page as one JSON object")
    p.set_defaults(run=cmd_show)


# A border as a user types it: the store's name in any case, its English or Kazakh name.
BORDER_NAMES = {
    "Китай": ("china", "kitai", "kitay", "қытай"),
    "Кыргызстан": ("kyrgyzstan", "kirgizstan", "kyrgyz", "киргизия", "қырғызстан"),
    "Узбекистан": ("uzbekistan", "ozbekstan", "өзбекстан"),
    "Туркменистан": ("turkmenistan", "түрікменстан", "түркіменстан"),
    "Россия": ("russia", "rf", "рф", "ресей"),
}


def border_name(text: str) -> str:
    """An argparse type: `--border china`, `--border россия` and `--border Ресей` all mean
    the store's «Россия»; anything else is left as typed for `choices` to refuse."""
    folded = text.strip().casefold()
    for name, others in BORDER_NAMES.items():
        if folded == name.casefold() or folded in others:
            return name
    return text


def _board_options(p: argparse.ArgumentParser) -> None:
    from store.db.board import BOARD_STATUSES as statuses

    borders, kinds, _fact_kinds, sorts = _view_choices()
    p.add_argument(
        "--border",
        "-b",
        type=border_name,
        choices=borders,
        metavar="B",
        help=f"only the crossings on this border: {_listed(borders)} (any case; china, russia…)",
    )
    p.add_argument("--kind", "-k", choices=kinds, metavar="KIND", help=f"only this kind of crossing: {_listed(kinds)}")
    p.add_argument(
        "--status",
        choices=statuses,
        metavar="LABEL",
        help=f"only the crossings whose status cell reads this label: {_listed(statuses)} (a conflict under each "
        "of its labels, the gazetteer's status when no article states one: --reported leaves those out)",
    )
    p.add_argument(
        "--sort",
        "-s",
        choices=sorts,
        default="name",
        metavar="COLUMN",
        help=f"sort column (default name): {_listed(sorts)}",
    )
    p.add_argument("--reverse", "-r", action="store_true", help="reverse the sort (empty values stay last)")
    p.add_argument(
        "--reported",
        action="store_true",
        help="only crossings an article names or reports something about, the facing post's closure («⇄CN closed») too",
    )


def _directive_sorts(p: argparse.ArgumentParser) -> None:
    """`directives --sort`: the TUI's tab 4 sorts by these columns (`s`, `S`), and the
    headless table listed newest first only (ux87); same names, same orders. Added when the
    command is read (`finish_later`), as board's and facts' options are: the sort names live in
    store.db.directive_reads, which a `search` process must not import (test_cold66)."""
    from store.db.directive_reads import DIRECTIVE_SORTS as sorts

    p.add_argument(
        "--sort",
        "-s",
        choices=sorts,
        default="date",
        metavar="COLUMN",
        help=f"sort column (default date, newest first; the others A to Я): {_listed(sorts)}; --limit takes "
        "the first N in that order",
    )
    p.add_argument(
        "--reverse", "-r", action="store_true", help="reverse the sort (oldest first by date; empty values stay last)"
    )


def _facts_options(p: argparse.ArgumentParser) -> None:
    borders, _kinds, fact_kinds, _sorts = _view_choices()
    p.add_argument(
        "--kind", "-k", choices=fact_kinds, metavar="KIND", help=f"only this kind of fact: {_listed(fact_kinds)}"
    )
    p.add_argument(
        "--border",
        "-b",
        type=border_name,
        choices=borders,
        metavar="B",
        help=f"only facts about posts on this border, both sides': {_listed(borders)} (a neighbour's marked"
        " «Маштаково (RU)»; any case; china, Ресей…)",
    )


def _listed(choices) -> str:
    """An option's choices in its help text, wrapped with it: as `{a,b,…}` beside the option
    (argparse's default) they made the board's `--sort` and `--border` lines 160 and 120
    characters wide, unbroken, at the top of `board --help` and `facts --help` (qa72)."""
    return ", ".join(choices)


def _view_choices() -> tuple[list[str], list[str], tuple[str, ...], tuple[str, ...]]:
    """The borders and kinds of the gazetteer, the fact kinds, the board's sort columns."""
    from store.db import board, fact_reads
    from store.lang import gazetteer

    kinds = sorted({cp.kind for cp in gazetteer.all() if cp.kind})
    return board.borders(), kinds, fact_reads.FACT_KINDS, board.BOARD_SORTS


def _display_default() -> str:
    try:
        return str(db.default_db_path()).replace("%", "%%")
    except Exception:
        return "the user data directory"

"""The explorer's views without the explorer: `borderdocs board`, `facts` and
`directives` answer the same questions as the TUI's tabs 3, 5 and 4 (which crossings
are rebuilt and by when, where trucks queue, who ordered whom what) on a terminal with
no TUI, over a pipe or in a script. They read the store through the same functions as
the tabs (store.db.board, fact_reads, directive_reads), so the two never disagree; the
output is a plain table, or every field as `--json` (a list) or `--csv`.
"""

from __future__ import annotations

import csv
import json
import sys

from store.cli.common import EXIT_OK, err, open_for_reading
from store.cli.table import Column, abridged, coded, format_rows, initialed, line_width, shown_line
from store.db import board, capacity_sorts, deadlines, directive_reads, fact_reads, fact_words, queue_words
from store.lang.when_labels import short_when
from store.sanitize import clean_line, spreadsheet_cell


def _dated(value_key: str, date_key: str):
    """A cell of a value followed by its date in brackets, «(undated)» when the article
    reporting it gives none."""

    def get(row: dict) -> str | None:
        value, date = row.get(value_key), row.get(date_key)
        if not value:
            return None
        return f"{value} ({date or 'undated'})"

    return get


def _or_undated(row: dict) -> str:
    """A fact's or directive's date, «undated» when neither it nor its article has one: a
    blank first cell under a dated row read as that row's date continued."""
    return row.get("date") or "undated"


def _short_queue(text: str, width: int) -> str:
    """A queue cell too long for the line (80 columns leave it 18 cells): «(undated)»
    goes, and a date becomes «· 2025-08» after the figure, so «15 көлік · 2025-08»
    reads whole where «15 көлік (2025-08-07)» was cut to «15 көлік (2025-…»; words with
    their figure past their start begin at it, «…50 км · 2025-11» (store.db.queue_words);
    the month stays whatever the wording, the words cut instead («900 ваго… · 2025-02»:
    «900 вагонов» lost its month at 80 columns, board73)."""
    value, _, date = text.rpartition(" (")
    if not value or not date.endswith(")"):
        return queue_words.from_figure(text, width)
    date = date[:-1]
    if date == "undated":
        return queue_words.from_figure(value, width)
    return queue_words.dated(value, date[:7], width)


# A status an article reports with no date says «undated»: a blank beside «closed» would
# read as today's, and the gazetteer's own status (no article) stays blank.
# The last column of each takes the rest of the line. At 80 columns a board row is the
# crossing, its status and date, its deadline and the last queue («which are rebuilt and
# by when, where trucks queue»: 16 + 19 + 10 + 9 cells leave the queue 18, its figure and
# month); the border from 100 (`--border` filters by it).
BOARD_COLUMNS = (
    Column("label", "checkpoint", 16),
    Column("border", "border", 11, from_width=100),
    Column("kind", "kind", 9, from_width=110),
    Column("status", "status", 19, get=board.shown_status, shorten=board.short_status),
    Column(
        "status_date", "date", 10, get=lambda r: r.get("status_date") or ("undated" if r.get("status_words") else None)
    ),
    # «2025 past» for a deadline gone by (store.db.deadlines): 9 cells, the status's 20th
    Column("deadline", "deadline", 9, get=deadlines.shown, shorten=deadlines.shorten),
    Column("articles", "art.", 4, from_width=120),
    Column(
        "capacity",
        "capacity",
        24,
        from_width=150,
        get=lambda r: capacity_sorts.shown(r.get("capacity"), r.get("capacity_sort")),
    ),
    Column("queue", "last queue", get=_dated("queue", "queue_date"), shorten=_short_queue),
)
FACT_COLUMNS = (
    # a deadline gone by says so, «2025 past», as the board does (store.db.deadlines)
    Column("date", "date", 10, get=lambda r: deadlines.fact_date(r) or "undated", shorten=deadlines.shorten),
    Column("label", "checkpoint", 16, shorten=coded),
    Column("segment", "border", 11, from_width=100),
    # as wide as the longest kind: «alternative» (facts61) read «alterna…» at 8
    Column("kind", "kind", max(map(len, fact_reads.FACT_KINDS))),
    Column("source", "outlet", 14, from_width=120),
    Column("title", "article", 30, from_width=160),
    Column("text", "fact", get=lambda r: fact_words.fact_text(r["kind"], r["text"])),
)
DIRECTIVE_COLUMNS = (
    Column("date", "date", 10, get=_or_undated),
    Column("by", "by", 17, shorten=initialed),
    Column("to", "to", 16, hide_empty=True, shorten=abridged),
    # 18: «до 1-го след. мес.», «до конца тек. мес.» whole (at 12 «до 1 числа …» lost the month)
    Column("when", "when", 18, from_width=100, hide_empty=True, shorten=short_when),
    Column("source", "outlet", 14, from_width=140),
    # the posts the order is about (issue 15), as the TUI's tab 4 shows them
    Column("checkpoints", "post", 14, from_width=120, hide_empty=True, get=lambda r: ", ".join(r["checkpoints"])),
    # «2× …»: another article reports the same order (its row is among these or older ones)
    Column("what", "what", get=directive_reads.ordered),
)
WHEN_WIDTH = next(c.from_width for c in DIRECTIVE_COLUMNS if c.key == "when")


def directive_columns(width: int) -> tuple[Column, ...]:
    """The directive table's columns at `width`: narrower than the «when» column needs,
    what was ordered begins with by when («в месячный срок: провести ревизию …»), as
    the TUI's tab 4 shows it; at 80 columns «by when» was printed nowhere."""
    if width >= WHEN_WIDTH:
        return DIRECTIVE_COLUMNS
    what = Column("what", "what", get=lambda r: directive_reads.ordered(r, with_when=True))
    return tuple(what if c.key == "what" else c for c in DIRECTIVE_COLUMNS if c.key != "when")


def cmd_board(args) -> int:
    store = open_for_reading(args)
    try:
        rows = board.board_rows(store, args.sort, args.reverse, border=args.border, kind=args.kind, status=args.status)
    finally:
        store.close()
    if args.reported:
        rows = [r for r in rows if reported(r)]
    columns = _with_sort_column(_unfiltered(BOARD_COLUMNS, border=args.border, kind=args.kind), args.sort)
    return _print(args, rows, len(rows), "checkpoint", columns, board.BOARD_FIELDS)


def reported(row: dict) -> bool:
    """`board --reported`: a crossing some article names or tells of — its facing post's
    closure too, the «⇄CN closed» its status cell shows (qa74: a post whose only news was
    the neighbour's closure was left out, while that closure is the news a user asks for)."""
    own = row["articles"] or row["status_date"] or row["queue"] or row["deadline"] or row["capacity"]
    return bool(own or row.get("across_status"))


_SORT_COLUMN = {"name": "label", "queue_date": "queue"}


def _with_sort_column(columns: tuple[Column, ...], sort: str | None) -> tuple[Column, ...]:
    """The board's columns with the one `--sort` orders by printed last, in the last
    queue's place, when the line is too narrow for it: `--sort border` at 80 columns
    listed Китай's posts, then Кыргызстан's, with no border to be seen."""
    key = _SORT_COLUMN.get(sort or "name", sort or "name")
    col = next((c for c in columns if c.key == key), None)
    if col is None and key == "region":
        col = Column("region", "region", 0, from_width=10_000)
    if col is None or line_width() >= col.from_width:
        return columns
    return (*(c for c in columns[:-1] if c is not col), Column(col.key, col.header, get=col.get, shorten=col.shorten))


def cmd_facts(args) -> int:
    store = open_for_reading(args)
    try:
        total = fact_reads.count_facts(store, args.kind, args.border)
        rows = fact_reads.fact_page(store, args.kind, args.border, limit=args.limit)
    finally:
        store.close()
    columns = _unfiltered(FACT_COLUMNS, segment=args.border, kind=args.kind)
    return _print(args, rows, total, "fact", columns, fact_reads.FACT_FIELDS)


def cmd_directives(args) -> int:
    words = " ".join(args.words)
    store = open_for_reading(args)
    try:
        total = directive_reads.count_directives(store, words)
        if not total and words:
            words, total = _as_named(store, words)
        if not total and words:
            _say_post_page(store, words)
        rows = _directive_rows(store, words, args.sort, args.reverse, args.limit)
        directive_reads.report_counts(store, rows, words)
        plain = not (args.json or args.csv)
        orders = len(directive_reads.report_groups(store, words)) if plain and total else total
    finally:
        store.close()
    # on a terminal what was ordered wraps under its column (at 80 columns it was cut at its
    # 31st cell: «принять соответствующие меры, а…»); into a pipe a row stays one line
    wrap = sys.stdout.isatty()
    columns = _with_directive_sort(directive_columns(line_width()), args.sort, rows)
    last = _reports_line(len(rows), total, orders)
    return _print(args, rows, total, "directive", columns, directive_reads.DIRECTIVE_FIELDS, wrap, last)


def _directive_rows(store, words: str, sort: str, reverse: bool, limit: int) -> list[dict]:
    """The first `limit` directives (a row a report) in the order of column `sort`, as
    the TUI's tab 4 orders its rows (store.db.directive_reads.sorted_directive_ids: text
    A to Я case folded, empty values last either way, ties newest first); newest first,
    the default, by the keyset walk that reads no more than the page."""
    if directive_reads.is_keyset_order(sort, reverse):
        return directive_reads.directive_page(store, words, limit=limit)
    ids = directive_reads.sorted_directive_ids(store, words, sort, reverse)[:limit]
    return directive_reads.directives_by_id(store, ids)


_DIRECTIVE_SORT_COLUMN = {"checkpoint": "checkpoints"}


def _with_directive_sort(columns: tuple[Column, ...], sort: str, rows: list[dict]) -> tuple[Column, ...]:
    """The directive columns with the one `--sort` orders by shown in the addressee's
    place when the line is too narrow for it, as the TUI's tab 4 does: sorted by post at
    80 columns the rows were in an order no printed cell showed. By when needs none:
    below 100 columns what was ordered begins with it."""
    key = _DIRECTIVE_SORT_COLUMN.get(sort, sort)
    col = next((c for c in columns if c.key == key), None)
    to = next((c for c in columns if c.key == "to"), None)
    if col is None or to is None or col is to or line_width() >= col.from_width:
        return columns
    if not any(col.cell(r) for r in rows):  # none has one: the addressees tell more than a blank column
        return columns
    shown = Column(col.key, col.header, max(col.width, to.width), get=col.get, shorten=col.shorten)
    return tuple(shown if c is to else c for c in columns if c is not col)


def _reports_line(shown: int, total: int, orders: int) -> str | None:
    """The last line when some directives are reported by several articles: the table
    has a row a report, tab 4 a row a directive, and «21 directives» here beside
    «20 directives · 21 reports» there read as two stores. Says both, in the tab's words:
    «21 reports of 20 directives (a row a report; «2×»: one directive's)»."""
    if orders >= total:
        return None
    noun = "directive" if orders == 1 else "directives"  # «2 reports of 1 directives» (qa73)
    return f"{shown_line(shown, total, 'report')} of {orders:,} {noun} (a row a report; «2×»: one directive's)"


def _as_named(store, words: str) -> tuple[str, int]:
    """Words that match no directive as typed (`bektenov`, `бектеновым`: the filter
    compares text) read as the name of the search's best entity for them, when the search
    is sure of it and it is a person or a body; the swap is said on stderr when that name
    has directives. With their count. (qa73: `directives бахты` passed over the post
    Бахты, the best hit, to a firm «Бахты Логистик», said «those of Бахты Логистик, the
    best match» and printed «0 directives».)"""
    from store.cli.show import STRONG
    from store.search import search as engine

    hits = engine.search(store, words, type="entity", limit=1)
    best = hits[0] if hits else {}
    if best.get("type") not in ("person", "organization") or best.get("score", 0) < STRONG:
        return words, 0
    if best.get("articles", 1) == 0:
        return words, 0
    name = clean_line(best["name"])
    total = directive_reads.count_directives(store, name)
    if not total:
        return words, 0
    err(f"note: no directive has «{clean_line(words)}» as written; those of {name}, the best match")
    return name, total


def _say_post_page(store, words: str) -> None:
    """When no directive names the words but they name a post whose articles hold
    directives, say so on stderr: `show хоргос` listed three directives (those of the
    articles naming it, store.cli.show.ARTICLES_DIRECTIVES) where this printed 0 with
    no word why (qa73)."""
    from store.cli.show import STRONG
    from store.db import entity_reads
    from store.search import search as engine

    hits = engine.search(store, words, type="checkpoint", limit=1)
    best = hits[0] if hits else {}
    if best.get("score", 0) < STRONG or not isinstance(best.get("id"), int) or best["id"] < 0:
        return
    n = entity_reads.directives_in_articles(store, best["id"])
    if n:
        name = clean_line(best["name"])
        err(
            f"note: no directive's own sentence names «{clean_line(words)}»; the page of {name} lists"
            f" the directives of the articles naming it ({n:,} reports): borderdocs show {name}"
        )


def _unfiltered(columns: tuple[Column, ...], **filters) -> tuple[Column, ...]:
    """The columns without those a filter makes the same on every row (`--kind queue`
    prints no «queue» column): at 80 columns their room goes to the fact itself."""
    return tuple(c for c in columns if not filters.get(c.key))


def _print(
    args,
    rows: list[dict],
    total: int,
    noun: str,
    columns,
    fields: list[str],
    wrap: bool = False,
    last: str | None = None,
) -> int:
    """The rows as --json, --csv or a table with a last line saying how many there are
    (`last`, else «N nouns»). JSON and CSV carry the view's every field (the TUI
    export's fields), nothing more."""
    records = [{k: r.get(k) for k in fields} for r in rows]
    if args.json:
        print(json.dumps(records, ensure_ascii=False))
    elif args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _csv_value(v) for k, v in r.items()} for r in records)
    else:
        if rows:
            print(format_rows(rows, columns, wrap_last=wrap))
        print(last or shown_line(len(rows), total, noun))
    sys.stdout.flush()
    return EXIT_OK


def _csv_value(value):
    """A list (a directive's checkpoints) as JSON in its cell, a text as a spreadsheet shows
    it without running it (store.sanitize.spreadsheet_cell), everything else as it is."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else spreadsheet_cell(value)

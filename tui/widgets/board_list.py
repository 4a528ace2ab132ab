"""The Checkpoints board (`3`): every crossing of the gazetteer on one row, with its
newest status, capacity, deadline and queue report, sortable and filterable.

The board is about a hundred rows, built whole by store.board in one worker call
and sliced into pages from memory; sorting or filtering builds a new source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text
from textual.binding import Binding

from store.db import board, capacity_sorts, deadlines, queue_words

from ..text import join, line
from .columns import Column, render_cells, render_header, with_sorted
from .virtual_list import VirtualList

# At 80 columns: the crossing, its status and date, its deadline («which are rebuilt and
# by when»; `b` filters by border, so the border waits for 100 columns) and the last queue
# with its month in the room left («15 көлік · 2025-08»: 22 cells at 80, 33 at 120). A status
# an article reports without a date says «undated»; the gazetteer's own has no date to give.
# Region and capacity join from 150 columns of list, its scrollbar counted (beside the
# preview pane, from a 190-column terminal).


def _queue(row: dict) -> str | None:
    """The last queue and the month of its report, «15 көлік · 2025-08»."""
    if not row.get("queue"):
        return None
    date = row.get("queue_date")
    return f"{row['queue']} · {date[:7]}" if date else row["queue"]


def _short_queue(text: str, width: int) -> str:
    """A queue too long for its cells: its words from their figure on when they have one
    past their start («…300 фур · 2025-06», store.db.queue_words), else cut before the
    month, «900 ваго… · 2025-02». The month stays whatever the wording: «when» is half of
    «where do trucks queue now», and the board dropped it from «около 300 фур» and
    «900 вагонов» at 80 columns when the words kept fewer than 12 cells (board73)."""
    value, sep, month = text.rpartition(" · ")
    if not sep:
        return queue_words.from_figure(text, width)
    return queue_words.dated(value, month, width)


COLUMNS = (
    Column("name", "checkpoint", 16, style="bold", get=lambda r: r["label"]),
    Column("border", "border", 12, from_width=100),
    Column("kind", "kind", 9, from_width=100),
    Column("region", "region", 16, from_width=150),
    # from 120 columns the status shares the room with the last queue: at 120 it stayed 19
    # cells, «closed / to close …», «commissioned ⇄CN c…», beside a queue column mostly
    # blank (ux87); 25 cells each there, and below 120 as before (each share ≥ its width)
    Column("status", "status", 19, flex=1, flex_from=120, get=board.shown_status, shorten=board.short_status),
    Column(  # below 70 columns shown only when sorted by it (in the last queue's place)
        "status_date",
        "date",
        10,
        from_width=70,
        style="dim",
        get=lambda r: r["status_date"] or ("undated" if r.get("status_words") else None),
    ),
    Column(
        "capacity",
        "capacity",
        18,
        from_width=150,
        get=lambda r: capacity_sorts.shown(r.get("capacity"), r.get("capacity_sort")),
    ),
    # «2025 past» for a deadline gone by (store.db.deadlines): 9 cells, the status's 20th
    Column("deadline", "deadline", 9, get=deadlines.shown, shorten=deadlines.shorten),
    Column("queue", "last queue", 12, flex=1, get=_queue, shorten=_short_queue),
    Column("articles", "art.", 5, from_width=100),
)
SORT_LABEL = {"status_date": "status date", "queue_date": "queue date"}
# Sorted by deadline the deadlines still ahead come first, soonest first, then those gone by,
# earliest first (store.db.board.sort_board; `S` turns both round): «deadline ▲» over
# «2026, 2024 past, 2025 past» read as dates out of order, and the status said only «by
# deadline» (ux85). Words short enough for the status line at 80 columns, filters and all.
SORT_ORDER = {("deadline", False): "ahead, then past", ("deadline", True): "past, then ahead"}
# The same in fewer words, for a line too narrow for them and the key hint: at 60 columns
# «103 checkpoints · by deadline: ahead, then past  (s S b k u)» is 60 cells, and the hint
# went to a second line that pushed the rows down (ux88); «ahead first» leaves it beside (ux89).
SORT_ORDER_TIGHT = {("deadline", False): "ahead first", ("deadline", True): "past first"}


@dataclass
class BoardSource:
    """The board under a sort and a border/kind filter, for a VirtualList."""

    sort: str = "name"
    reverse: bool = False
    border: str | None = None
    kind: str | None = None
    status: str | None = None  # one of board.BOARD_STATUSES (`u`): the rows whose status cell reads it
    rows: list[dict] = field(default_factory=list, repr=False, compare=False)

    def count(self, store) -> int:
        self.rows = board.board_rows(store, self.sort, self.reverse, self.border, self.kind, status=self.status)
        return len(self.rows)

    def fetch(self, store, page: int, size: int, previous: list | None) -> list[dict]:
        return self.rows[page * size : page * size + size]

    @property
    def sort_key(self) -> str:
        """The column the sort orders by (the queue's date is the queue column's)."""
        return "queue" if self.sort == "queue_date" else self.sort

    def columns(self, width: int) -> tuple[Column, ...]:
        """The board's columns at `width`, the sort column shown in the last queue's
        place when the width hides it (by border, kind, articles at 80 columns)."""
        return with_sorted(COLUMNS, self.sort_key, width, yields="queue")

    def render_row(self, row: dict, width: int, at: int | None = None) -> Text:
        """`at`: the list's width with its scrollbar, which the columns are chosen by."""
        return render_cells(self.columns(at or width), row, width, at)

    def header(self, width: int, at: int | None = None) -> Text:
        # capacity's order is the biggest first, as counts' and dates': its arrow said «▲»
        descending = (self.sort in board.BIGGEST_FIRST) != self.reverse
        marks = {self.sort_key: " ▼" if descending else " ▲"}
        return render_header(self.columns(at or width), width, marks, at)

    def detail(self, row: dict | None) -> Text | None:
        """The row whole for the line under the list (tui.widgets.row_detail): the status
        with the article's words and day, the deadline, the last queue and the capacity
        uncut, then border, kind, region and articles, which the list shows from 100 or
        150 columns. «past closure, queue» and «closed / to close …» were all 80 columns
        had of Нур жолы's and Хоргос's status."""
        if row is None:
            return None
        # a conflict's labels with the one `u` filters by first, as in its cell (ux89)
        conflict = row.get("status_conflict") and board.CONFLICT_SEP.join(board.conflict_labels(row))
        status = line(conflict or row["status"])
        words = row.get("status_words")
        if words and words != row["status"] and not row.get("status_conflict"):  # a conflict's words are one side's
            status.append(" «")
            status.append(line(words))
            status.append("»")
        if row.get("status_date"):
            status.append(f" {row['status_date']}" + (" (past)" if row.get("status_past") else ""), style="dim")
        elif words:
            status.append(" undated", style="dim")
        if row.get("queue_after_status"):
            status.append(f", queue reported later, {row['queue_after_status']}", style="dim")
        across = board.shown_status(row).partition(board.ACROSS)[2]  # «RU closed»: the facing post's
        if across:
            status.append(board.ACROSS + across)
        deadline = _dated(deadlines.shown(row), row.get("deadline") if row.get("deadline_date") else None)
        queue = _dated(row.get("queue"), row.get("queue_date") or "undated")
        capacity = capacity_sorts.shown(row.get("capacity"), row.get("capacity_sort"))
        count = f"{row.get('articles') or 0:,} art."
        return join(
            _labelled("status", status),
            _labelled("deadline", deadline),
            _labelled("queue", queue),
            _labelled("capacity", line(capacity) if capacity else None),
            join(line(row.get("border")), line(row.get("kind")), line(row.get("region")), count, sep=", "),
        )

    def describe(self, short: bool = False, tight: bool = False) -> str:
        """«by deadline: ahead, then past · all borders · all kinds» (then the status `u`
        filters by, «· under reconstruction», when it does) for the status line; a
        sort whose order is not the arrow's alone says it in words (SORT_ORDER). `short`:
        the filters set only, for a line too narrow for all: at 80 columns «103 checkpoints
        · by deadline: ahead, then past · all borders · all kinds  (s S b k)» wrapped, its
        key hint on a second line that pushed the rows down one (ux87). `tight`: the filters set
        and the sort's order in fewer words («by deadline: ahead first»), for 60 columns (ux89)."""
        order = (SORT_ORDER_TIGHT if tight else SORT_ORDER).get((self.sort, self.reverse))
        short = short or tight
        sort = f"by {SORT_LABEL.get(self.sort, self.sort)}" + (f": {order}" if order else " reversed" * self.reverse)
        if short:
            return " · ".join(part for part in (sort, self.border, self.kind, self.status) if part)
        # the status only when `u` set one: «· all statuses» too pushed the hint off the line at 80
        status = f" · {self.status}" if self.status else ""
        return f"{sort} · {self.border or 'all borders'} · {self.kind or 'all kinds'}{status}"


def _dated(value: str | None, note: str | None) -> Text | None:
    """A value and, dim after it, its date or words («хвост колонны … 2025-11-14»)."""
    if not value:
        return None
    text = line(value)
    if note:
        text.append(" ")
        text.append(line(note, style="dim"))
    return text


def _labelled(label: str, value: Text | None) -> Text | None:
    """«queue хвост колонны …», the label dim; None when there is no value."""
    if value is None or not value.plain:
        return None
    return Text.assemble((label + " ", "dim"), value, end="")


class BoardList(VirtualList):
    """The board widget; `k` filters by kind here (↑ still moves up), `u` by status (the
    labels the sort by status groups: only those «under reconstruction», ux87). `c` copies
    the highlighted checkpoint's name as everywhere, but the footer leaves it and `u` out
    here: at 80 columns the board's own keys (k, s, b) and ⏎ fill it, and «c Copy» came
    last, cut; the status line's hint «(s S b k u)» and F1's «Keys here» list `u`."""

    BINDINGS = [
        Binding("k", "screen.cycle_kind", "Kind", id="board.kind"),
        Binding("K", "screen.cycle_kind(-1)", "Kind back", show=False, id="board.kind_back"),
        Binding("u", "screen.cycle_status", "Status", show=False, id="board.status"),
        Binding("U", "screen.cycle_status(-1)", "Status back", show=False, id="board.status_back"),
        Binding("c", "app.copy", "Copy", show=False, id="board.copy"),
    ]
    DEFAULT_CSS = "BoardList { height: 1fr; }"

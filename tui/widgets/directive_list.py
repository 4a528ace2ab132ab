"""The Directives view (`4`): every directive, newest first, filtered by words that
must all appear in the giver, the giver's post, the addressee, what or when, and
sorted by any column as the board is (`s` the next column, `S` the other way).

One row a directive, however many articles report it (store.db.directive_sameness says
which reports are one order): the row is its newest report, «2×» before what was ordered
says how many there are, and ⏎ opens that report's article, whose side list has the
others. The rows are found once, as the sorted list of the groups' ids, when the list
is counted (store.db.directive_reads.sort_table, kept while the store is unchanged), and
its pages read by id. That read is of every directive (0.2-0.6 s at 100,000 articles):
newest first, before it is at hand, the list shows every report by keyset pages at once
(`grouped` False) while the tab reads it behind (TablesTab), then shows the groups."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from rich.text import Text

from store.db import directive_reads
from store.lang.when_labels import short_when

from ..text import abridged, initialed, join, line
from .columns import Column, render_cells, render_header, with_sorted
from .virtual_list import VirtualList

COLUMNS = (
    # «undated», as the headless tables and the board say: a «—» under a dated row read as
    # that row's date continued
    Column("date", "date", 10, style="dim", get=lambda r: r.get("date") or "undated"),
    Column("by", "by", 17, style="bold", shorten=initialed),
    Column("post", "post", 18, from_width=120, style="dim"),
    Column("to", "to", 16, flex=2, shorten=abridged),
    Column("what", "what", 24, flex=3, get=lambda r: reported(r)),
    # 18: «до 1-го след. мес.», «до конца тек. мес.» whole (store.lang.when_labels)
    Column("when", "when", 18, from_width=100, shorten=short_when),
    Column(
        "checkpoint", "checkpoint", 14, from_width=130, get=lambda r: ", ".join(r["checkpoints"]) or r["checkpoint"]
    ),
    Column("source", "article", 14, from_width=140, style="italic"),
)


def reported(row: dict) -> str:
    """What was ordered, «3× » before it when three articles report it."""
    return directive_reads.ordered(row)


# Below this width the «when» column is hidden; what was ordered then begins with it.
WHEN_WIDTH = next(c.from_width for c in COLUMNS if c.key == "when")
WHAT_WITH_WHEN = replace(
    next(c for c in COLUMNS if c.key == "what"), get=lambda r: directive_reads.ordered(r, with_when=True)
)


SORT_LABEL = {"by": "giver", "to": "addressee", "when": "deadline"}


@dataclass
class DirectiveSource:
    """Directives matching words, in a column's order, for a VirtualList."""

    words: str = ""
    sort: str = "date"
    reverse: bool = False
    ids: list[int] = field(default_factory=list, repr=False, compare=False)
    read_as: str = field(default="", repr=False, compare=False)  # the name `words` were read as
    reports: int = field(default=0, repr=False, compare=False)  # the stored rows the list's rows stand for
    grouped: bool = field(default=True, repr=False, compare=False)  # False: each report a row, for now

    @property
    def keyset(self) -> bool:
        return directive_reads.is_keyset_order(self.sort, self.reverse)

    @property
    def match(self) -> str:
        return self.read_as or self.words

    def count(self, store) -> int:
        self.read_as = ""
        n = self._count(store)
        if not n and self.words:
            self.read_as = named(store, self.words)
            n = self._count(store) if self.read_as else 0
            if not n:  # a name with no directives either: the words stay as typed (qa73)
                self.read_as = ""
        return n

    def _count(self, store) -> int:
        self.grouped = not self.keyset or directive_reads.has_sort_table(store, self.match)
        if not self.grouped:  # the first paint: every report, by keyset, until the groups are read
            self.reports = 0
            return directive_reads.count_directives(store, self.match)
        self.ids = directive_reads.report_groups(store, self.match, self.sort, self.reverse)
        self.reports = directive_reads.count_reports(store, self.match)
        return len(self.ids)

    def fetch(self, store, page: int, size: int, previous: list | None) -> list[dict]:
        if not self.grouped:
            return directive_reads.directive_list_page(store, self.match, page, size, previous)
        rows = directive_reads.directives_by_id(store, self.ids[page * size : page * size + size])
        return directive_reads.with_reports(store, rows, self.match)

    def columns(self, width: int) -> tuple[Column, ...]:
        """The columns at `width`; sorted by deadline or checkpoint where the width hides
        that column, it is shown in the addressee's place (most directives name none)."""
        columns = with_sorted(COLUMNS, self.sort, width, yields="to")
        if width < WHEN_WIDTH and self.sort != "when":  # «by when» in what was ordered, as its head
            columns = tuple(WHAT_WITH_WHEN if c.key == "what" else c for c in columns)
        return columns

    def render_row(self, row: dict, width: int, at: int | None = None) -> Text:
        """`at`: the list's width with its scrollbar, which the columns are chosen by."""
        return render_cells(self.columns(at or width), row, width, at)

    def header(self, width: int, at: int | None = None) -> Text:
        descending = (self.sort == "date") != self.reverse
        return render_header(self.columns(at or width), width, {self.sort: " ▼" if descending else " ▲"}, at)

    def detail(self, row: dict | None) -> Text | None:
        """The row whole for the line under the list (tui.widgets.row_detail): who (and
        their post) → whom: by when: what, the checkpoints its sentence names, the outlet.
        At 80 columns what was ordered had 30 cells and the giver's post none: «еженед.:
        отчитываться о ходе …» was all of Бектенов's weekly order the list could show."""
        if row is None:
            return None
        text = line(row.get("by") or "—", style="bold")
        if row.get("post"):
            text.append(", ")
            text.append(line(row["post"], style="dim"))
        if row.get("to"):
            text.append(" → ", style="dim")
            text.append(line(row["to"]))
        text.append(": ", style="dim")
        if row.get("when"):  # by when, whole, as its head: two lines cut the task's end, not it
            text.append(line(row["when"]))
            text.append(": ", style="dim")
        text.append(line(directive_reads.ordered(row)))
        where = ", ".join(row.get("checkpoints") or []) or row.get("checkpoint")
        return join(text, line(where) if where else None, line(row.get("source"), style="italic"))

    def describe(self) -> str:
        """The order, for the status line: «newest first» or «by giver», «… reversed»."""
        if self.keyset:
            return "newest first"
        label = "oldest first" if self.sort == "date" else f"by {SORT_LABEL.get(self.sort, self.sort)}"
        return label + (" reversed" if self.reverse and self.sort != "date" else "")


def named(store, words: str) -> str:
    """The name of the search's best person or body for words no directive has as
    typed (`bektenov`, `бектеновым`: the filter compares text), when the search is sure
    of it (score 75, as `borderdocs show` and `borderdocs directives` ask) and its best
    entity is that person or body (qa73: «бахты», the post, was read as a firm named after
    it); else ""."""
    from store.search import search as engine

    hits = engine.search(store, words, type="entity", limit=1)
    best = hits[0] if hits else {}
    sure = best.get("type") in ("person", "organization") and best.get("score", 0) >= 75
    return best["name"] if sure and best.get("articles", 1) > 0 else ""


class DirectiveList(VirtualList):
    """The directive list widget."""

    DEFAULT_CSS = "DirectiveList { height: 1fr; }"

"""The table tabs of the main screen: the Checkpoints board (sort, border, kind, status), the
Directives (words) and the Facts (kind, border), their status lines and column labels,
and the preview of the highlighted checkpoint.

A part of MainScreen (tui/screens/main_screen.py), which mixes it in. It derives from
Screen only so that Textual collects its @on handlers (it gathers them per class whose
metaclass is Textual's); it is never shown on its own.
"""

from __future__ import annotations

import importlib
from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.screen import Screen
from textual.widgets import Input, Static

from ..text import quantity
from ..widgets.preview import Preview
from ..widgets.row_detail import RowDetail
from ..widgets.virtual_list import VirtualList

if TYPE_CHECKING:
    from ..widgets.board_list import BoardSource
    from ..widgets.directive_list import DirectiveSource
    from ..widgets.fact_list import FactSource

# The store's read modules of the table tabs (store.db.board, directive_reads, fact_reads,
# with the status words and the deadlines they bring) are imported by the key or the tab
# that first needs them, not by the first paint of the Articles tab (screen67).


def fact_kinds() -> tuple[str | None, ...]:
    """`k`'s steps on the Facts tab: every kind (None), then each fact kind."""
    from store.db import fact_reads

    return (None, *fact_reads.FACT_KINDS)


# each table tab's list: its selector, and where its row source is defined
TABLE_LISTS = {
    "checkpoints": "#board-list",
    "directives": "#directive-list",
    "facts": "#fact-list",
}


class LazySource:
    """A tab's row source, made the first time it is read: the modules of tabs 2 to 5
    (their list widget, columns and row source) are imported only when that tab is
    first shown or its source first used, not before the first paint of the Articles tab."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    def __set_name__(self, owner, attr: str) -> None:
        self.attr = f"_{attr}"

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__.get(self.attr)
        if value is None:
            value = obj.__dict__[self.attr] = getattr(importlib.import_module(self.module), self.name)()
        return value

    def __set__(self, obj, value) -> None:
        obj.__dict__[self.attr] = value


class TablesTab(Screen):
    """The board's, directives' and facts' keys and labels (mixed into MainScreen)."""

    board_source = LazySource("tui.widgets.board_list", "BoardSource")
    directive_source = LazySource("tui.widgets.directive_list", "DirectiveSource")
    fact_source = LazySource("tui.widgets.fact_list", "FactSource")
    active_pane: str
    # status, keys' hint, short and tight status (MainScreen)
    _statuses: dict[str, tuple[Text, str, Text | None, Text | None]]

    def _set_board(self, source: BoardSource) -> None:
        self.board_source = source
        self._show_source("checkpoints", source)

    def _set_facts(self, source: FactSource) -> None:
        self.fact_source = source
        self._show_source("facts", source)

    def _set_directives(self, source: DirectiveSource) -> None:
        self.directive_source = source
        self._show_source("directives", source)

    def _table_list(self, pane: str) -> VirtualList | None:
        """The list of table tab `pane`, None while the tab is not built (MainScreen.build_tab)."""
        return next(iter(self.query(TABLE_LISTS[pane]).results(VirtualList)), None)

    def _show_source(self, pane: str, source) -> None:
        """Give the tab's list its new source; a tab not built yet takes it when it is."""
        lst = self._table_list(pane)
        if lst is not None:
            lst.set_source(source)

    def action_sort(self) -> None:
        """`s` on the board or directives: the next sort column."""
        from store.db import board, directive_reads

        if self.active_pane == "directives":
            sorts, now = directive_reads.DIRECTIVE_SORTS, self.directive_source.sort
            nxt = sorts[(sorts.index(now) + 1) % len(sorts)]
            self._set_directives(replace(self.directive_source, sort=nxt, reverse=False))
            return
        sorts = board.BOARD_SORTS
        nxt = sorts[(sorts.index(self.board_source.sort) + 1) % len(sorts)]
        self._set_board(replace(self.board_source, sort=nxt, reverse=False))

    def action_reverse_sort(self) -> None:
        """`S` on the board or directives: the same sort, the other way round."""
        if self.active_pane == "directives":
            self._set_directives(replace(self.directive_source, reverse=not self.directive_source.reverse))
        else:
            self._set_board(replace(self.board_source, reverse=not self.board_source.reverse))

    # `B`, `K`, `U` step back (ux89): with twelve fact kinds and eight statuses, a filter
    # one key too far took a lap of the list to come back to, or «under reconstruction» from
    # «working» seven presses.
    def action_cycle_border(self, step: int = 1) -> None:
        """`b` on the board or facts: the next border (then all again); `B` the one before."""
        from store.db import board

        options = (None, *board.borders())
        if self.active_pane == "checkpoints":
            now = options.index(self.board_source.border)
            self._set_board(replace(self.board_source, border=options[(now + step) % len(options)]))
        else:
            now = options.index(self.fact_source.border)
            self._set_facts(replace(self.fact_source, border=options[(now + step) % len(options)]))

    def action_cycle_kind(self, step: int = 1) -> None:
        """`k` on the board (checkpoint kind: road, rail…) or facts (fact kind: queue, status…);
        `K` the one before."""
        if self.active_pane == "checkpoints":
            from store.db import board

            options = (None, *board.kinds())
            now = options.index(self.board_source.kind)
            self._set_board(replace(self.board_source, kind=options[(now + step) % len(options)]))
        elif self.active_pane == "facts":
            kinds = fact_kinds()
            now = kinds.index(self.fact_source.kind)
            self._set_facts(replace(self.fact_source, kind=kinds[(now + step) % len(kinds)]))

    def action_cycle_status(self, step: int = 1) -> None:
        """`u` on the board: the next status label (closed, to close, … working, then all),
        in the order the sort by status groups them; `U` the one before (from all: working)."""
        from store.db import board

        options = (None, *board.BOARD_STATUSES)
        now = options.index(self.board_source.status)
        self._set_board(replace(self.board_source, status=options[(now + step) % len(options)]))

    @on(Input.Changed, "#directive-filter")
    def _directive_words(self, event: Input.Changed) -> None:
        self._set_directives(replace(self.directive_source, words=event.value.strip()))

    @on(Input.Submitted, "#directive-filter")
    def _directive_enter(self) -> None:
        self.query_one(TABLE_LISTS["directives"]).focus()

    @on(VirtualList.Loaded, "#board-list")
    def _board_loaded(self, event: VirtualList.Loaded) -> None:
        text = Text(quantity(event.count, "checkpoint"), style="bold")
        short, tight = text.copy(), text.copy()
        text.append(f" · {self.board_source.describe()}")
        short.append(f" · {self.board_source.describe(short=True)}")
        tight.append(f" · {self.board_source.describe(tight=True)}")
        self._show_status("checkpoints", text, "(s S b k u)", short, tight)
        self._update_headers()

    @on(VirtualList.Loaded, "#directive-list")
    def _directives_loaded(self, event: VirtualList.Loaded) -> None:
        noun = "directive" if event.count == 1 else "directives"
        text = Text(f"{event.count:,} {noun}, {self.directive_source.describe()}", style="bold")
        if self.directive_source.reports > event.count:  # some reported by several articles
            text.append(f" · {self.directive_source.reports:,} reports", style="dim")
        if self.directive_source.words:
            text.append("  words: ", style="dim")
            text.append(Text(self.directive_source.words))
        if self.directive_source.read_as:  # no directive has the words as typed: the name they read as
            text.append(" → ", style="dim")
            text.append(Text(self.directive_source.read_as))
        self._show_status("directives", text, "(/ words, s S sort, x clears)")
        self._update_headers()
        if not self.directive_source.grouped:
            self._group_reports(self.directive_source)

    @work(thread=True, group="directive-groups", exclusive=True, exit_on_error=False)
    def _group_reports(self, source: DirectiveSource) -> None:
        """Read which reports are one directive (every directive's row, once), then show
        the list again by groups, if it still shows `source` (no other filter or sort)."""
        from store.db import directive_reads

        self.app.reader.run(directive_reads.sort_table, source.match)  # type: ignore[attr-defined]
        self.app.call_from_thread(self._grouped, source)

    def _grouped(self, source: DirectiveSource) -> None:
        if self.directive_source is source:
            self._set_directives(replace(source))

    @on(VirtualList.Loaded, "#fact-list")
    def _facts_loaded(self, event: VirtualList.Loaded) -> None:
        text = Text(f"{quantity(event.count, 'fact')}, newest first", style="bold")
        text.append(f" · {self.fact_source.describe()}")
        self._show_status("facts", text, "(k kind, b border)")
        self._update_headers()

    def _show_status(
        self, pane: str, text: Text, hint: str, short: Text | None = None, tight: Text | None = None
    ) -> None:
        """A table tab's status line, `hint` (its keys) kept for each redraw at a new width;
        `short`, the status in fewer words where the whole one and its hint do not fit one line;
        `tight`, in fewer still, used only where it keeps the hint beside it."""
        self._statuses[pane] = (text, hint, short, tight)
        self._draw_status(pane)

    def _draw_status(self, pane: str) -> None:
        """The status with its keys' hint beside it when both fit the line, else the short
        status (if any) with the hint beside it, else the tight one (if any) when that keeps
        the hint beside it, else the short one with the hint on a second line (the CSS lets
        these three grow to two): at 60 columns the board's «(s S b k)» was cut to «(s S», the
        facts' to «(k»; the deadline sort's hint went under it (ux88) until «ahead first» (ux89)."""
        status = self.query_one(f"#{pane}-status", Static)
        text, hint, short, tight = self._statuses[pane]
        width = status.content_region.width or self.size.width - 2  # the status's padding

        def beside(t: Text) -> bool:
            return t.cell_len + 2 + len(hint) <= width

        if not beside(text) and short is not None:  # the hint under the short one
            text = short  # if even it does not fit beside: the whole one wrapped put the hint on a third line, cut
            if not beside(short) and tight is not None and beside(tight):
                text = tight
        line = text.copy()
        line.append(("  " if beside(line) else "\n") + hint, style="dim")
        status.update(line)

    def _update_headers(self) -> None:
        """Column labels above the table lists, and their status lines, for the width
        they are drawn at."""
        for pane in TABLE_LISTS:
            lst = self._table_list(pane)
            if lst is None:  # a tab not built yet (MainScreen.build_tab)
                continue
            if not lst.size.width:  # a tab not shown: laid out again when it is (MainScreen._tab_clicked)
                continue
            if pane in self._statuses:
                self._draw_status(pane)
            source = lst.source
            width = lst.scrollable_content_region.width or lst.size.width or self.size.width
            at = lst.size.width or width  # the columns are chosen by the list's width, its scrollbar counted
            self.query_one(f"#{pane}-header", Static).update(source.header(width, at))

    @on(VirtualList.Highlighted, "#board-list, #directive-list, #fact-list")
    def _show_detail(self, event: VirtualList.Highlighted) -> None:
        """The highlighted row whole on the two lines under its list (tui.widgets.row_detail)."""
        pane = next(p for p, sel in TABLE_LISTS.items() if sel == f"#{event.list.id}")
        source = event.list.source
        row = event.list.current if event.list.row_count else None
        self.query_one(f"#{pane}-detail", RowDetail).show(source.detail(row))

    @on(VirtualList.Highlighted, "#board-list")
    def _preview_checkpoint(self) -> None:
        board = self._table_list("checkpoints")
        if board is not None and self.has_class("-wide"):
            self.query_one("#board-preview", Preview).show_checkpoint(board.current)

"""The first screen: five tabs, each a virtual list, switched with the number keys:
`1` Articles, `2` Entities, `3` the Checkpoints board, `4` Directives, `5` Facts.

tab / shift+tab move between the stops (article list, entity filter, entity list,
board, directive filter, directive list, fact list), switching the visible tab with
them. The sort and filter keys of a tab (s, S, b, k, t) work only on their tab and
only show in the footer there.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Static, TabbedContent, TabPane

from store.db.rows import ArticleQuery

from ..messages import ExportList, OpenTarget
from ..navigation import ArticleTarget, CheckpointTarget, entity_target, reports
from ..widgets.article_list import ArticleList, ArticleSource
from ..widgets.filter_chips import FilterChips
from ..widgets.key_footer import KeyFooter
from ..widgets.notice_line import HIDE_KEY, NoticeLine
from ..widgets.preview import Preview
from ..widgets.row_detail import RowDetail
from ..widgets.virtual_list import VirtualList
from .held_keys import HeldKeys
from .main_articles import ArticlesTab
from .main_tables import TABLE_LISTS, LazySource, TablesTab
from .search_keys import queued_for_search, search_at_once

STOPS = (
    ("articles", "#article-list"),
    ("entities", "#entity-filter"),
    ("entities", "#entity-list"),
    ("checkpoints", "#board-list"),
    ("directives", "#directive-filter"),
    ("directives", "#directive-list"),
    ("facts", "#fact-list"),
)
TABS = ("articles", "entities", "checkpoints", "directives", "facts")
TAB_TITLES = tuple(zip(TABS, ("1 Articles", "2 Entities", "3 Checkpoints", "4 Directives", "5 Facts"), strict=True))
TYPES = (None, "checkpoint", "person", "organization", "location")
# each tab's list (tabs 2 to 5 are built, and their modules imported, when first shown)
TAB_LISTS = {"articles": "#article-list", "entities": "#entity-list", **TABLE_LISTS}
# The list's own letters for moving (j k g G: hidden twins of the arrows, home and end):
# on the entity list they begin a name in the filter box («kara», «gulnara»), where they
# moved the cursor and the name lost its first letter.
MOVE_LETTERS = frozenset(
    key
    for binding in VirtualList.BINDINGS
    if isinstance(binding, Binding) and not binding.show
    for key in binding.key.split(",")
    if len(key) == 1
)
# From this many columns the Articles list and the board show a preview pane beside them.
PREVIEW_WIDTH = 140
# the tab row at Textual's padding (a cell either side of each title); narrower, the tabs
# lose their right cell (`-narrow`) so the five still fit at 60 columns, where the row
# scrolled and «5 Facts» or «1 Articles» was cut
TABS_WIDTH = sum(len(title) + 2 for _, title in TAB_TITLES)
# The keys that act on one tab only (hidden from the footer and inert elsewhere).
TAB_ACTIONS = {
    "entity_type": {"entities"},
    "sort": {"checkpoints", "directives"},
    "reverse_sort": {"checkpoints", "directives"},
    "cycle_border": {"checkpoints", "facts"},
    "cycle_kind": {"checkpoints", "facts"},
    "cycle_status": {"checkpoints"},
    "filter": {"articles"},
    "words": {"articles"},
    "drop_filter": {"articles"},
    # `/` searches everywhere but on Directives, where it filters them (the footer says which)
    "slash": {"articles", "entities", "checkpoints", "facts"},
    "directive_words": {"directives"},
}


class MainScreen(ArticlesTab, TablesTab):
    """The five tabs (the Articles tab's filters in ArticlesTab, the board's, directives'
    and facts' keys in TablesTab)."""

    HELP_TITLE = "the lists"

    entity_source = LazySource("tui.widgets.entity_list", "EntitySource")

    BINDINGS = [
        Binding("tab", "move(1)", "Next pane", show=False, id="main.next_pane"),
        Binding("shift+tab", "move(-1)", "Prev pane", show=False, id="main.prev_pane"),
        Binding("1", "tab('articles')", "Articles", show=False, id="main.tab_articles"),
        Binding("2", "tab('entities')", "Entities", show=False, id="main.tab_entities"),
        Binding("3", "tab('checkpoints')", "Checkpoints", show=False, id="main.tab_checkpoints"),
        Binding("4", "tab('directives')", "Directives", show=False, id="main.tab_directives"),
        Binding("5", "tab('facts')", "Facts", show=False, id="main.tab_facts"),
        Binding("f", "filter", "Filter", id="main.filter"),
        Binding("w", "words", "Words", id="main.words"),
        Binding("minus", "drop_filter", "Drop filter", show=False, id="main.drop_filter"),
        Binding("x", "clear_filter", "Clear filter", show=False, id="main.clear_filter"),
        Binding("t", "entity_type", "Type", id="main.entity_type"),
        Binding("s", "sort", "Sort", id="main.sort"),
        Binding("S", "reverse_sort", "Reverse", show=False, id="main.reverse_sort"),
        Binding("b", "cycle_border", "Border", id="main.border"),
        Binding("B", "cycle_border(-1)", "Border back", show=False, id="main.border_back"),
        Binding("slash", "slash", "Search", id="main.slash"),
        Binding("slash", "directive_words", "Filter", id="main.directive_words"),
        Binding("e", "export", "Export", id="main.export"),
        Binding(HIDE_KEY, "app.hide_session_notices", "Hide notices", show=False, id="main.hide_notices"),
        # priority: acted on as it arrives, so the keys typed right behind it reach the list,
        # not the box (a binding without it acts once the key has passed the box)
        Binding("escape", "leave_box", "Leave the filter box", show=False, priority=True, id="main.leave_box"),
        # ↓ in the entity or directive filter box: down to the list it filters (the box has
        # no use for it; it did nothing, and ⏎ there moved to the list without a sign)
        Binding("down", "leave_box", "To the list", show=False, id="main.box_to_list"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.article_source = ArticleSource(ArticleQuery())
        # the other tabs' sources (entity_source, board_source, directive_source,
        # fact_source) are LazySource: made when first read
        composed = asyncio.Event()
        composed.set()
        # the tabs mounted or mounting (build_tab): the Articles tab from the start
        self.built_tabs: dict[str, asyncio.Event] = {"articles": composed}
        self._box_pending: Input | None = None  # a filter box given the focus, which has not yet landed
        # tabs whose number reached the screen and whose binding has not acted yet, and the
        # letters typed behind a `2` among them, for the entity filter (_type_ahead)
        self._tabs_coming: list[str] = []
        self._typed_ahead = ""
        self._held = HeldKeys()  # keys typed right behind a ⏎ that opens a page: the page's
        self._page_coming = False  # a search hit handed its keys here and its page is not on top yet
        # the table tabs' status lines (TablesTab)
        self._statuses: dict[str, tuple[Text, str, Text | None, Text | None]] = {}

    def compose(self) -> ComposeResult:
        reader = self.app.reader
        with TabbedContent(initial="articles"):
            with TabPane(TAB_TITLES[0][1], id="articles"):
                yield Static(Text("Loading…"), id="articles-status", classes="status")
                yield FilterChips(id="filter-chips")
                with Horizontal(classes="pane-row"):
                    yield ArticleList(self.article_source, reader=reader, id="article-list", empty="No articles.")
                    yield Preview(id="article-preview")
            # the other tabs are filled when first shown (build_tab): the first paint
            # lays out, styles and draws the Articles tab alone
            for pane, title in TAB_TITLES[1:]:
                yield TabPane(title, id=pane)
        yield NoticeLine(id="notices")  # the store's state for the session, under the lists, not over them
        yield KeyFooter(compact=True, kept=("quit", "help"))  # how to leave and learn, at any width

    def on_mount(self) -> None:
        self.query_one(ArticleList).focus()

    async def build_tab(self, pane: str) -> None:
        """Mount the widgets of tab `pane` the first time it is needed; return once they
        are mounted (at once if they were; a second caller waits for the first's mount)."""
        ready = self.built_tabs.get(pane)
        if ready is not None:
            await ready.wait()
            return
        ready = self.built_tabs[pane] = asyncio.Event()
        widgets, lst = self._tab_widgets(pane)
        await self.query_one(f"TabPane#{pane}", TabPane).mount_all(widgets)
        # a list's scrollbar appears after its rows are counted and takes columns from
        # them: the labels above are laid out again then, or they drift from the rows
        self.watch(lst, "show_vertical_scrollbar", self._scrollbar_toggled, init=False)
        ready.set()

    def _tab_widgets(self, pane: str) -> tuple[list, VirtualList]:
        """The widgets of one of the tabs 2 to 5 (the Articles tab is composed at once), and
        its list; the tab's modules are imported here, the first time it is shown."""
        reader = self.app.reader
        if pane == "entities":
            from ..widgets.entity_list import EntityList

            lst: VirtualList = EntityList(
                self.entity_source, reader=reader, lazy=True, id="entity-list", empty="No entities."
            )
            # select_on_focus off: a name typed on the list goes on at the box's end (_type_to_filter)
            words = Input(
                placeholder="filter entities as you type (any script)…", id="entity-filter", select_on_focus=False
            )
            header = Static(Text(""), id="entities-header", classes="header")  # what «art» and «×» count
            return [words, Static(Text(""), id="entities-status", classes="status"), header, lst], lst
        labels = [
            Static(Text(""), id=f"{pane}-status", classes="status"),
            Static(Text(""), id=f"{pane}-header", classes="header"),
        ]
        if pane == "checkpoints":
            from ..widgets.board_list import BoardList

            lst = BoardList(self.board_source, reader=reader, lazy=True, id="board-list", empty="No checkpoints.")
            pane_row = Horizontal(lst, Preview(id="board-preview"), classes="pane-row")
            return [*labels, pane_row, RowDetail(id="checkpoints-detail", classes="row-detail")], lst
        if pane == "directives":
            from ..widgets.directive_list import DirectiveList

            lst = DirectiveList(
                self.directive_source, reader=reader, lazy=True, id="directive-list", empty="No directives."
            )
            words = Input(
                placeholder="/ filter directives by words: giver, post, addressee, what…", id="directive-filter"
            )
            return [words, *labels, lst, RowDetail(id="directives-detail", classes="row-detail")], lst
        from ..widgets.fact_list import FactList

        lst = FactList(self.fact_source, reader=reader, lazy=True, id="fact-list", empty="No facts.")
        return [*labels, lst, RowDetail(id="facts-detail", classes="row-detail")], lst

    def _scrollbar_toggled(self, _shown: bool) -> None:
        self.call_after_refresh(self._update_headers)
        self.call_after_refresh(self._update_entity_header)

    def _update_entity_header(self) -> None:
        """The entity list's labels, ending where its rows end (its scrollbar left out)."""
        lst = next(iter(self.query(TAB_LISTS["entities"]).results(VirtualList)), None)
        if lst is None:  # the tab not built yet
            return
        from ..widgets.entity_list import entity_header

        if not lst.size.width:  # its tab not shown: laid out again when it is (_tab_clicked)
            return
        width = lst.scrollable_content_region.width or lst.size.width
        self.query_one("#entities-header", Static).update(entity_header(width))

    # ------------------------------------------------------------ panes
    async def action_move(self, step: int) -> None:
        focused = self.focused
        ids = [sel.lstrip("#") for _, sel in STOPS]
        here = ids.index(focused.id) if focused is not None and focused.id in ids else -1
        index = (here + step) % len(STOPS)
        await self.build_tab(STOPS[index][0])
        self.focus_stop(index)

    def focus_stop(self, index: int) -> None:
        """Show the tab of stop `index` (built: the Articles tab, or after build_tab) and focus the stop."""
        pane, selector = STOPS[index]
        self.query_one(TabbedContent).active = pane
        self.active_list.ensure_loaded()
        # at once, as action_tab does: focus() moves it a message round later, and a focus
        # landing in the old tab meanwhile (the page's pop gives the screen its focus back)
        # made its TabPane switch the tabs back: `+` on an entity page left the Entities
        # tab shown under the new filter (chips66: the chips test's flake, forced by
        # delaying the chips' buttons' Prune/Mount messages)
        self.set_focus(self.query_one(selector))

    async def action_tab(self, pane: str) -> None:
        """`1`…`5`: show a tab and focus its list."""
        await self.build_tab(pane)
        self.query_one(TabbedContent).active = pane
        self.active_list.ensure_loaded()
        # at once: focus() moved it a message round later, after the keys typed right behind
        # (`3` ↓ enter in one burst, which bubble to the app's bindings behind this one) had
        # acted on the old tab's list: an article opened where a checkpoint was meant
        self.set_focus(self.active_list)
        if self._tabs_coming:
            self._tabs_coming.pop(0)
        if not self._tabs_coming:
            self._fill_typed_ahead(pane)

    def _fill_typed_ahead(self, pane: str) -> None:
        """The letters typed behind this tab's number in one burst, into the entity filter
        now that its tab is shown (the box takes the focus at once: an enter behind them
        submits the filter)."""
        typed, self._typed_ahead = self._typed_ahead, ""
        if not typed or pane != "entities":
            return
        box = self.query_one("#entity-filter", Input)
        box.value += typed
        box.cursor_position = len(box.value)
        self._box_pending = box
        self.set_focus(box)

    def on_screen_suspend(self) -> None:
        """A screen on top: a tab number still on its way acts there, if anywhere; the
        letters kept for the filter go (typed on an article, they were no filter's); the
        keys typed behind the ⏎ that opened a page are that page's."""
        self._tabs_coming.clear()
        self._typed_ahead = ""
        for lst in self.query(VirtualList):  # the page a ⏎ was opening is on top
            lst.opening = False
        self._page_coming = False
        self._held.release(self.app)

    def nothing_opened(self) -> None:
        """The app was asked to open a target without a page (a search closed with no hit,
        a hit without an id): the keys handed on for a page act here, as typed."""
        if self._page_coming:
            self._page_coming = False
            self._held.release(self.app)

    @on(TabbedContent.TabActivated)
    async def _tab_clicked(self, event: TabbedContent.TabActivated) -> None:
        pane = event.pane.id
        await self.build_tab(pane)
        focused = self.focused
        if focused is None or focused.id not in {sel.lstrip("#") for p, sel in STOPS if p == pane}:
            self.query_one(next(sel for p, sel in STOPS if p == pane)).focus()
        self.active_list.ensure_loaded()
        self.refresh_bindings()  # the tab's own keys (check_action) come and go with it
        # a hidden tab's labels were laid out at the width its list would have without
        # its scrollbar (0 cells wide, the terminal's width stood in): back on the board
        # sorted by border, «status» stood two cells right of its column (ux87)
        self.call_after_refresh(self._update_headers)
        self.call_after_refresh(self._update_entity_header)

    @property
    def active_pane(self) -> str:
        return self.query_one(TabbedContent).active

    @property
    def active_list(self) -> VirtualList:
        return self.query_one(TAB_LISTS[self.active_pane], VirtualList)

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        """A tab's own keys act (and show in the footer) on that tab only."""
        if action == "leave_box":
            return isinstance(self.focused, Input)
        tabs = TAB_ACTIONS.get(action)
        if tabs is not None and self.is_mounted:
            return self.active_pane in tabs
        return True

    async def action_slash(self) -> None:
        """`/` off the Directives tab: the app's search."""
        await self.run_action("app.search")

    def action_directive_words(self) -> None:
        """`/` on Directives: type words to filter them (the footer reads «/ Filter» there,
        not «/ Search»)."""
        self._to_box(self.query_one("#directive-filter", Input))

    def action_leave_box(self) -> None:
        """escape in the entity or directive filter box: back to that tab's list, the
        filter kept (check_action: only there). Before, escape did nothing there and
        every key after it (a tab number, `q`) was typed into the box. The focus moves at
        once: `escape x 1` in one burst clears and switches tab, not types «x1»."""
        self._box_pending = None
        self.set_focus(self.active_list)

    def action_clear_filter(self) -> None:
        pane = self.active_pane
        if pane == "entities":
            self.query_one("#entity-filter", Input).value = ""
            self.entity_source = type(self.entity_source)()
            self._entity_list.set_source(self.entity_source)
        elif pane == "checkpoints":
            self._set_board(replace(self.board_source, border=None, kind=None, status=None))
        elif pane == "directives":
            self.query_one("#directive-filter", Input).value = ""
        elif pane == "facts":
            self._set_facts(type(self.fact_source)())
        else:
            self.set_filter(ArticleQuery())

    # ------------------------------------------------------------ resize, preview (wide terminals)
    def on_resize(self) -> None:
        self.set_class(self.size.width < TABS_WIDTH, "-narrow")
        wide = self.size.width >= PREVIEW_WIDTH
        if wide != self.has_class("-wide"):
            self.set_class(wide, "-wide")
            if wide:
                self._preview_article()
                self._preview_checkpoint()
        self.call_after_refresh(self._update_headers)
        self.call_after_refresh(self._update_entity_header)

    # ------------------------------------------------------------ entities
    @on(Input.Changed, "#entity-filter")
    def _entity_text(self, event: Input.Changed) -> None:
        self.entity_source = replace(self.entity_source, text=event.value)
        self._entity_list.set_source(self.entity_source)

    @on(events.Key)
    async def _type_to_filter(self, event: events.Key) -> None:
        """Typing a name on the entity list goes to its filter box: a printable character
        that is no key of this screen (any Cyrillic or Kazakh letter; in Latin, those no
        binding takes) moves the focus there and is typed into it. Before, the list took
        every key itself, so «Хоргос» typed under «filter entities as you type» did nothing
        and a Latin name quit at its first `q`."""
        if queued_for_search(self, event):  # keys typed right behind `/`: the search box's
            return
        if self._held.hold(event):  # typed right behind ⏎: the page it opens takes them
            return
        box = self._box_pending
        focused = self.focused.id if self.focused is not None else None
        if box is None and event.key == "enter" and f"#{focused}" in TAB_LISTS.values():
            # ⏎ goes on to the list's binding, which opens the row, or puts ⏎ aside until
            # the list's rows come: the keys behind it wait for that too
            self._held.start(self.app, put_aside=self._select_put_aside)
            return
        if box is None and await search_at_once(self, event):  # `/` off Directives
            return
        if box is None and self._type_ahead(event):  # «2kara» in one burst
            return
        if box is None and event.key == "slash" and focused == "directive-list":
            # `/` on Directives at once, not as its binding: that acts after the keys
            # already queued behind it have reached the list
            event.stop()
            event.prevent_default()
            self.action_directive_words()
            return
        if box is not None and event.key == "enter":
            event.stop()
            event.prevent_default()
            self.call_later(box.action_submit)
            return
        if not event.is_printable or not event.character:
            return
        if box is None:  # a run of letters not started: the list's keys act
            if focused != "entity-list":
                return
            if not self._begins_name(event):
                return
            box = self.query_one("#entity-filter", Input)
        event.stop()
        event.prevent_default()
        box.value += event.character
        box.cursor_position = len(box.value)
        self._to_box(box)

    def hold_for_page(self, keys: list[tuple[str, str | None]]) -> None:
        """Keys typed behind an enter on the search screen that opens a page over this one:
        held until the page is on top, like the keys behind ⏎ on a list (HeldKeys). The
        page comes from the search screen's dismiss callback (app.open_nav_target): on top
        (on_screen_suspend) or nothing opened (nothing_opened) ends the hold, whenever the
        callback runs; before, a callback later than RELEASE_AFTER_S let the keys act here."""
        self._page_coming = True
        self._held.keep(self.app, keys, coming=lambda: self._page_coming)

    def _select_put_aside(self) -> bool:
        """Whether ⏎ has yet to act: a tab's number typed before it has not been acted on
        (its tab still being built: ⏎ reaches the new tab's list after that), or a list has
        ⏎ waiting for its rows (the list focused when ⏎ reached this screen may be the old
        tab's, so every list is asked)."""
        return bool(self._tabs_coming) or any(lst.select_put_aside() for lst in self.query(VirtualList))

    def _type_ahead(self, event: events.Key) -> bool:
        """Keys that reach the screen before the binding of a tab's number typed just
        before them has acted (a burst over SSH, a paste, tmux's send-keys: «2kara»). The
        number is noted and goes on to its binding, which acts in order; the letters behind
        a `2`, which then reached the Articles list and after it the Entities list's keys
        (`k` up), are kept and typed into the entity filter when the tab shows
        (_fill_typed_ahead): the same as typed one by one. True for a key kept."""
        if self.app.screen is not self or not (event.is_printable and event.character):
            return False
        if self._typed_ahead:  # the box would have the focus by now: it takes every character
            self._typed_ahead += event.character
        elif (pane := self._tab_of(event)) is not None:
            self._tabs_coming.append(pane)
            return False
        elif self._tabs_coming and self._tabs_coming[-1] == "entities" and self._begins_name(event):
            self._typed_ahead = event.character
        else:
            return False
        event.stop()
        event.prevent_default()
        return True

    def _tab_of(self, event: events.Key) -> str | None:
        """The tab a key shows, by its binding here (`2`: entities, or what a keymap made)."""
        bound = self.active_bindings.get(event.key)
        action = bound.binding.action if bound is not None else ""
        return next((pane for pane in TABS if action == f"tab('{pane}')"), None)

    def _begins_name(self, event: events.Key) -> bool:
        """A character typed on the entity list that would begin a name in its filter."""
        return bool(event.character) and not event.character.isspace() and not self._takes_key(event)

    def _takes_key(self, event: events.Key) -> bool:
        """Whether a key typed on the entity list is one of the screen's (t, e, q, c, x…),
        not the first letter of a name: the list's moving letters are a name's."""
        keys = (event.key, *event.aliases)
        return not set(keys) & MOVE_LETTERS and any(k in self.active_bindings for k in keys)

    def typed_keys(self) -> frozenset[str]:
        """The bound keys that begin a name here rather than act (the help leaves them out:
        it listed «↑ k Up» on the entity list, where `k` begins «kara»)."""
        focused = self.focused.id if self.focused is not None else None
        return MOVE_LETTERS if focused == "entity-list" else frozenset()

    def _to_box(self, box: Input) -> None:
        """Focus a filter box. The focus moves after the keys already queued (a burst over
        SSH, a paste: `/bektenov` on Directives opened the export prompt at its `e`): until
        it lands they are typed into the box, whatever the list binds them to."""
        self._box_pending = box
        box.focus()

    @on(events.DescendantFocus)
    def _focus_landed(self, event: events.DescendantFocus) -> None:
        """The box has the focus: the run of keys that started it is over (a list's focus
        from a tab switch just before does not end it)."""
        if event.widget is self._box_pending:
            self._box_pending = None

    @on(Input.Submitted, "#entity-filter")
    def _entity_enter(self) -> None:
        self._entity_list.focus()

    @property
    def _entity_list(self) -> VirtualList:
        return self.query_one(TAB_LISTS["entities"], VirtualList)

    def action_entity_type(self) -> None:
        current = TYPES.index(self.entity_source.type)
        self.entity_source = replace(self.entity_source, type=TYPES[(current + 1) % len(TYPES)])
        self._entity_list.set_source(self.entity_source)

    @on(VirtualList.Loaded, "#entity-list")
    def _entities_loaded(self, event: VirtualList.Loaded) -> None:
        kind = self.entity_source.type or "all types"
        noun = "entity" if event.count == 1 else "entities"  # «1 entities» read as a typo
        text = Text(f"{event.count:,} {noun} · {kind}", style="bold")
        # ↓ from the filter box to the list, where ⏎ opens (⏎ in the box only moves there)
        text.append("  (t type, ↓ list, enter opens)", style="dim")
        self.query_one("#entities-status", Static).update(text)
        self._update_entity_header()

    # ------------------------------------------------------------ open, copy, export
    @on(VirtualList.Selected)
    def _open(self, event: VirtualList.Selected) -> None:
        row, pane = event.row, self._pane_of(event.list)
        if pane == "articles":
            self.post_message(OpenTarget(ArticleTarget(row["id"])))
        elif pane in ("directives", "facts"):  # opened at the row's sentence
            self.post_message(OpenTarget(ArticleTarget(row["article_id"], row.get("sentence") or None, reports(row))))
        elif pane == "checkpoints":
            self._open_checkpoint(row, event.list)
        else:
            self.post_message(OpenTarget(entity_target(row["id"], row["type"])))

    def _open_checkpoint(self, row: dict, board: VirtualList) -> None:
        """A post's page; one no stored article names opens by its gazetteer id: its row,
        the facts of the neighbour's posts facing it (store.db.across_reads.kb_post). It
        said only «… is not named in any stored article», and below 140 columns (no preview
        pane) its region, opposite post and listed status were on no screen (ux85)."""
        self.post_message(OpenTarget(CheckpointTarget(row["entity_id"] if row["entity_id"] is not None else row["id"])))

    def copy_text(self) -> str | None:
        """The highlighted entity's name, or None for an article (fetched by the app)."""
        row, pane = self.active_list.current, self.active_pane
        if row is None or pane == "articles":
            return None
        return row["sentence"] if pane in ("directives", "facts") else row["name"]

    @staticmethod
    def _pane_of(lst: VirtualList) -> str | None:
        """The tab whose list this is."""
        return next((pane for pane, sel in TAB_LISTS.items() if sel == f"#{lst.id}"), None)

    def current_article_id(self) -> str | None:
        lst = self.active_list
        return lst.current["id"] if isinstance(lst, ArticleList) and lst.current else None

    def action_export(self) -> None:
        """`e`: ask for a file name, then write the list of the current tab, under its
        filter and sort. The prompt is pushed here, at once (search_keys acts on `e` as it
        reaches the screen), so a name typed right behind `e` goes into it."""
        from .prompt_screen import PromptScreen

        sources = {
            "articles": self.article_source,
            "entities": self.entity_source,
            "checkpoints": self.board_source,
            "directives": self.directive_source,
            "facts": self.fact_source,
        }
        pane = self.active_pane
        source = sources[pane]

        def chosen(value: str | None) -> None:
            if value:
                self.post_message(ExportList(pane, source, value))

        question = f"Export {pane} to (.csv, .json or .jsonl):"
        self.app.push_screen(PromptScreen(question, f"borderdocs-{pane}.csv", typed_replaces=True), chosen)

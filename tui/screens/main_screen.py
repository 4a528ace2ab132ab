"""The first screen: two panes, Articles and Entities, each a virtual list.

tab / shift+tab move between the three stops (article list, entity filter,
entity list), switching the visible pane with them.
"""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Input, Static, TabbedContent, TabPane

from store.db import queries
from store.db.queries import ArticleFilter

from ..messages import ExportList, OpenTarget
from ..navigation import ArticleTarget, entity_target
from ..widgets.article_list import ArticleList, ArticleSource
from ..widgets.entity_list import EntityList, EntitySource
from ..widgets.virtual_list import VirtualList

STOPS = (("articles", "#article-list"), ("entities", "#entity-filter"), ("entities", "#entity-list"))
TYPES = (None, "checkpoint", "person", "organization", "location")


class MainScreen(Screen):
    """Articles and Entities panes."""

    BINDINGS = [
        Binding("tab", "move(1)", "Next pane", id="main.next_pane"),
        Binding("shift+tab", "move(-1)", "Prev pane", show=False, id="main.prev_pane"),
        Binding("f", "filter", "Filter", id="main.filter"),
        Binding("x", "clear_filter", "Clear filter", show=False, id="main.clear_filter"),
        Binding("t", "entity_type", "Type", show=False, id="main.entity_type"),
        Binding("e", "export", "Export", id="main.export"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.article_source = ArticleSource()
        self.entity_source = EntitySource()

    def compose(self) -> ComposeResult:
        reader = self.app.reader
        with TabbedContent(initial="articles"):
            with TabPane("Articles", id="articles"):
                yield Static(Text("Loading…"), id="articles-status", classes="status")
                yield ArticleList(self.article_source, reader=reader, id="article-list", empty="No articles.")
            with TabPane("Entities", id="entities"):
                yield Input(placeholder="filter entities as you type (any script)…", id="entity-filter")
                yield Static(Text(""), id="entities-status", classes="status")
                yield EntityList(self.entity_source, reader=reader, id="entity-list", empty="No entities.")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleList).focus()

    # ------------------------------------------------------------ panes
    def action_move(self, step: int) -> None:
        focused = self.focused
        ids = [sel.lstrip("#") for _, sel in STOPS]
        here = ids.index(focused.id) if focused is not None and focused.id in ids else -1
        self.focus_stop((here + step) % len(STOPS))

    def focus_stop(self, index: int) -> None:
        pane, selector = STOPS[index]
        self.query_one(TabbedContent).active = pane
        self.query_one(selector).focus()

    @on(TabbedContent.TabActivated)
    def _tab_clicked(self, event: TabbedContent.TabActivated) -> None:
        pane = event.pane.id
        focused = self.focused
        if focused is None or focused.id not in {sel.lstrip("#") for p, sel in STOPS if p == pane}:
            self.query_one("#article-list" if pane == "articles" else "#entity-filter").focus()

    @property
    def active_list(self) -> VirtualList:
        pane = self.query_one(TabbedContent).active
        return self.query_one(ArticleList if pane == "articles" else EntityList)

    # ------------------------------------------------------------ articles
    def set_filter(self, filt: ArticleFilter) -> None:
        self.article_source = ArticleSource(filt)
        self.query_one(ArticleList).set_source(self.article_source)
        self.focus_stop(0)

    @on(VirtualList.Loaded, "#article-list")
    def _articles_loaded(self, event: VirtualList.Loaded) -> None:
        desc = self.article_source.filter.describe()
        text = Text(f"{event.count:,} articles, newest first", style="bold")
        if desc:
            text.append("  filter: ", style="dim")
            text.append(Text(desc))
            text.append("  (x clears)", style="dim")
        else:
            text.append("  (f filters)", style="dim")
        self.query_one("#articles-status", Static).update(text)

    def action_filter(self) -> None:
        self._open_filter()

    @work(thread=True, exclusive=True, group="filter", exit_on_error=False)
    def _open_filter(self) -> None:
        """Fetch the outlets (a hint in the dialog) in a worker, then open the dialog."""
        outlets = [o for o, _ in self.app.reader.run(queries.sources)]
        self.app.call_from_thread(self._show_filter, outlets)

    def _show_filter(self, outlets: list[str]) -> None:
        from .filter_screen import FilterScreen

        def chosen(result: ArticleFilter | None) -> None:
            if result is not None:
                self.set_filter(result)

        self.app.push_screen(FilterScreen(self.article_source.filter, outlets), chosen)

    def action_clear_filter(self) -> None:
        if self.query_one(TabbedContent).active == "entities":
            self.query_one("#entity-filter", Input).value = ""
            self.entity_source = EntitySource()
            self.query_one(EntityList).set_source(self.entity_source)
        else:
            self.set_filter(ArticleFilter())

    # ------------------------------------------------------------ entities
    @on(Input.Changed, "#entity-filter")
    def _entity_text(self, event: Input.Changed) -> None:
        self.entity_source = replace(self.entity_source, text=event.value)
        self.query_one(EntityList).set_source(self.entity_source)

    @on(Input.Submitted, "#entity-filter")
    def _entity_enter(self) -> None:
        self.query_one(EntityList).focus()

    def action_entity_type(self) -> None:
        current = TYPES.index(self.entity_source.type)
        self.entity_source = replace(self.entity_source, type=TYPES[(current + 1) % len(TYPES)])
        self.query_one(EntityList).set_source(self.entity_source)

    @on(VirtualList.Loaded, "#entity-list")
    def _entities_loaded(self, event: VirtualList.Loaded) -> None:
        kind = self.entity_source.type or "all types"
        text = Text(f"{event.count:,} entities · {kind}", style="bold")
        text.append("  (t type, enter opens)", style="dim")
        self.query_one("#entities-status", Static).update(text)

    # ------------------------------------------------------------ open, copy, export
    @on(VirtualList.Selected)
    def _open(self, event: VirtualList.Selected) -> None:
        row = event.row
        if isinstance(event.list, ArticleList):
            self.post_message(OpenTarget(ArticleTarget(row["id"])))
        else:
            self.post_message(OpenTarget(entity_target(row["id"], row["type"])))

    def copy_text(self) -> str | None:
        """The highlighted entity's name, or None for an article (fetched by the app)."""
        row = self.active_list.current
        if row is None:
            return None
        if isinstance(self.active_list, EntityList):
            return row["name"]
        return None

    def current_article_id(self) -> str | None:
        lst = self.active_list
        return lst.current["id"] if isinstance(lst, ArticleList) and lst.current else None

    def action_export(self) -> None:
        articles = isinstance(self.active_list, ArticleList)
        kind = "articles" if articles else "entities"
        source = self.article_source if articles else self.entity_source
        self.post_message(ExportList(kind, source))

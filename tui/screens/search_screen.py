"""`/`: search as you type across entities and articles.

Each keystroke starts an exclusive thread worker (the previous one is cancelled and
its results dropped). It paints the entity hits first (the alias index and the
knowledge base: milliseconds), then, unless a newer keystroke cancelled it
meanwhile, the whole search with the articles. Results are grouped by type, each with its article count
(«0 articles» for a knowledge-base row no article names yet) or an article's date
and outlet. Enter opens the highlighted hit (or the first one, from the input);
ctrl+l filters the Articles pane to the highlighted entity's articles, or, from an
article hit or the input, to the article hits (or, when there are none, to the first
entity's articles);
escape closes.
"""

from __future__ import annotations

import time

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from .. import searching
from ..messages import ShowArticleHits, ShowEntityArticles
from ..navigation import NavTarget
from ..text import TYPE_PLURAL, TYPE_STYLE, line
from ..widgets.nav_list import NavList


class SearchScreen(ModalScreen[NavTarget | None]):
    """Dismisses with the chosen target (a tui.navigation target), or None."""

    BINDINGS = [
        Binding("escape", "close", "Close", id="search.close"),
        Binding("down", "to_results", "Results", show=False, id="search.results"),
        Binding("ctrl+l", "to_articles", "To Articles", priority=True, id="search.to_articles"),
    ]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query
        self.last_results: list[dict] = []
        self._row_results: dict[str, dict] = {}  # option id -> its hit
        self.last_latency_s = 0.0
        self._seq = 0
        self.shown_seq = 0  # the keystroke whose first results are on screen (the bench waits on it)
        self.full_seq = 0  # the keystroke whose whole results (articles too) are on screen
        self.last_full_latency_s = 0.0
        self.last_worker_cpu_s = 0.0

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(self.initial, placeholder="search names, places, checkpoints, titles…", id="search-input")
            yield Static(Text("type to search (any script: khorgos, Қорғас, Хоргос)"), id="search-status")
            yield NavList(id="search-results")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        if self.initial:
            self.run_search(self.initial)
        elif self.app.reader.search_index is None:
            self._warm()

    @work(thread=True, group="search-warm", exit_on_error=False)
    def _warm(self) -> None:
        """Build the index while the user starts typing."""
        reader = self.app.reader
        reader.run(searching._warm, reader)

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    def run_search(self, query: str) -> None:
        self._seq += 1
        self._search(self._seq, query, time.perf_counter())

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, seq: int, query: str, started: float) -> None:
        """Entities first, then (if no newer keystroke cancelled this worker) everything."""
        reader = self.app.reader
        if not query.strip():
            self.app.call_from_thread(self._show, seq, query, [], started, True)
            return
        worker = get_current_worker()
        cpu0 = time.thread_time()
        entities = reader.run(searching.search, query, reader, entities_only=True)
        self.last_worker_cpu_s = time.thread_time() - cpu0  # this thread's CPU for the entity hits (the bench)
        if worker.is_cancelled:
            return
        self.app.call_from_thread(self._show, seq, query, entities, started, False)
        if worker.is_cancelled:
            return
        results = reader.run(searching.search, query, reader)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, seq, query, results, started, True)

    def _show(self, seq: int, query: str, results: list[dict], started: float, whole: bool = True) -> None:
        if seq != self._seq:
            return  # a newer keystroke is on its way
        if not whole and self.full_seq == seq:
            return  # the whole results are already on screen
        self.last_results = results
        items: list = []
        self._row_results = {}
        for kind, rows in searching.group(results).items():
            items.append(f"{TYPE_PLURAL.get(kind, kind)} ({len(rows)})")
            for r in rows:
                self._row_results[str(len(items))] = r
                items.append((self._prompt(r), searching.target(r)))
        self.query_one(NavList).fill(items)
        status = f"{len(results)} results" if query.strip() else "type to search"
        if not whole:
            status += " · articles…"
        self.query_one("#search-status", Static).update(Text(status, style="dim"))
        self.call_after_refresh(self._painted, seq, started, whole)

    @staticmethod
    def _prompt(r: dict) -> Text:
        """A hit's row: its name (in its type's style), the alias it matched by, and
        what it is about (article count, or date and outlet). All store text goes
        through tui.text.line: never markup."""
        prompt = line(r["name"], style=TYPE_STYLE.get(r.get("type"), ""))
        if r.get("matched") and r["matched"] != r["name"] and r.get("kind") != "article":
            prompt.append("  ← ", style="dim")
            prompt.append(line(r["matched"], style="dim"))
        about = searching.about(r)
        if about:
            prompt.append("  · ", style="dim")
            prompt.append(line(about, style="dim"))
        return prompt

    def _painted(self, seq: int, started: float, whole: bool) -> None:
        """After the repaint: keystroke-to-screen latency (the bench reads it): to the
        first results painted (entities, or everything when that came first), and to
        the whole results."""
        now = time.perf_counter() - started
        if self.shown_seq != seq:
            self.last_latency_s, self.shown_seq = now, seq
        if whole:
            self.last_full_latency_s, self.full_seq = now, seq

    def action_to_articles(self) -> None:
        """ctrl+l: the Articles pane filtered to the highlighted entity hit's articles,
        else to the article hits as a set, else to the first entity hit's articles."""
        nav = self.query_one(NavList)
        highlighted = None
        if nav.highlighted is not None and nav.has_focus:
            highlighted = self._row_results.get(nav.get_option_at_index(nav.highlighted).id or "")
        entity = searching.filter_entity(self.last_results, highlighted)
        on_entity = highlighted is not None and entity is highlighted
        hits = searching.article_ids(self.last_results)
        if hits and not on_entity:
            self.post_message(ShowArticleHits(hits, self.query_one(Input).value.strip()))
        elif entity is not None:
            self.post_message(ShowEntityArticles(entity["id"], entity["name"]))
        else:
            self.query_one("#search-status", Static).update(
                Text("no article or entity with articles among these hits for the Articles pane", style="dim")
            )

    def action_to_results(self) -> None:
        self.query_one(NavList).focus()

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        results = self.query_one(NavList)
        if results.current is not None:
            self.dismiss(results.current)

    def on_option_list_option_selected(self, event: NavList.OptionSelected) -> None:
        payload = self.query_one(NavList).payload(event.option.id)
        if payload:
            self.dismiss(payload)

    def action_close(self) -> None:
        self.dismiss(None)

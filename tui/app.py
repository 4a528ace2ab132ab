"""The borderdocs explorer: a thin App that owns the store handle, the
navigation between screens, and the app-wide keys (help, search, copy, quit).

Screens and widgets live one per file under screens/ and widgets/; every store
call runs in a thread worker through `self.reader` (tui.reader.StoreReader).
Screens ask things of the app by posting the messages of tui.messages (open a
target, show an entity's articles, export a list, ingest finished); the `on_…`
handlers below answer them. Navigation targets are tui.navigation dataclasses.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from functools import partial
from pathlib import Path

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.worker import get_current_worker

from store.db.queries import ArticleFilter
from store.db.rows import ArticleQuery
from store.db.schema import older_schema_note
from store.sanitize import display_name, one_line

from . import terminal_watch
from .escape_keys import key_after_escape
from .messages import AddEntityFilter, ExportList, IngestFinished, OpenTarget, ShowArticleHits, ShowEntityArticles
from .navigation import ArticleTarget, CheckpointTarget, NavTarget
from .reader import StoreReader
from .screens.main_screen import MainScreen
from .text import stored_counts
from .widgets.notice_line import (
    NoticeLine,
    SessionNotice,
    damaged_notice,
    older_rules_notice,
    older_schema_notice,
    readonly_notice,
)

# The lists' own actions offered in the command palette: (title, help, MainScreen action).
LIST_COMMANDS = (
    ("Articles tab (1)", "every article, newest first", "tab('articles')"),
    ("Entities tab (2)", "people, organizations, places, checkpoints", "tab('entities')"),
    ("Checkpoints board (3)", "every checkpoint with its status, capacity, deadline, queue", "tab('checkpoints')"),
    ("Directives tab (4)", "who ordered what, to whom, by when", "tab('directives')"),
    ("Facts tab (5)", "facts across checkpoints, newest first", "tab('facts')"),
    ("Filter articles (f)", "by outlet, language, dates", "filter"),
    ("Articles with words (w)", "add words every article must contain", "words"),
    ("Drop the last filter (-)", "the last chip of the Articles tab", "drop_filter"),
    ("Clear the filter (x)", "of the current tab", "clear_filter"),
    ("Export this list (e)", "the current tab to CSV or JSON", "export"),
    ("Sort the board (s)", "by the next column", "sort"),
    ("Reverse the board's sort (S)", "the same column, the other way", "reverse_sort"),
    ("Next border (b)", "board and facts", "cycle_border"),
    ("Next kind (k)", "board: checkpoint kind; facts: fact kind", "cycle_kind"),
    ("Border before (B)", "board and facts: the filter one step back", "cycle_border(-1)"),
    ("Kind before (K)", "board and facts: the filter one step back", "cycle_kind(-1)"),
)


def store_search_provider():
    """The palette's search provider, imported when the palette first opens (it brings
    the search engine's modules, which the first paint does not need)."""
    from .commands import StoreSearchProvider

    return StoreSearchProvider


# Seconds after the store is shown before its damage check starts.
HEALTH_CHECK_DELAY_S = 1.5
# The damage check waits while a key came less than this ago (typing: a search is drawn
# per key), in slices of HEALTH_CHECK_NAP_S.
HEALTH_CHECK_QUIET_S = 0.5
HEALTH_CHECK_NAP_S = 0.02


def _lowest_priority() -> None:
    """The calling thread at the lowest CPU priority, where the system allows it (Linux
    keeps a nice value per thread; elsewhere nothing changes)."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
    except (AttributeError, OSError):
        pass


class BorderdocsApp(App):
    """Explore articles, entities and checkpoints of one borderdocs store."""

    TITLE = "borderdocs"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {store_search_provider}
    # The footer shows a screen's keys, then these in this order, and a narrow terminal cuts
    # the row's end: «c Copy» acts on the page shown, so it goes before the keys every screen
    # has (at 60 columns a checkpoint page's footer ended at «f1 Help», without «c Copy»; tui72).
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit_ctrl"),
        Binding("c", "copy", "Copy", id="app.copy"),
        Binding("slash", "search", "Search", id="app.search"),
        Binding("f1,question_mark", "help", "Help", id="app.help"),
        Binding("escape", "to_lists", "Back", show=False, id="app.back"),
        Binding("backspace", "history_back", "History back", show=False, id="app.history_back"),
    ]

    def __init__(
        self,
        reader: StoreReader | None = None,
        *,
        db_path: Path | None = None,
        ingest_paths: list[str] | None = None,
        ingest_note: str = "",
        theme: str | None = None,
    ) -> None:
        super().__init__()
        self.reader = reader
        self.db_path = Path(db_path) if db_path else (reader.path if reader else None)
        self.ingest_paths = ingest_paths or []
        self.ingest_note = ingest_note
        self._theme_name = theme
        self.last_export: Path | None = None
        self.last_key_time = 0.0  # time.monotonic() of the last key event (the damage check waits on it)
        # {title: notice} of what holds all session (say_for_session), on every screen's notice line
        self.session_notices: dict[str, SessionNotice] = {}

    def on_mount(self) -> None:
        self._watch_terminal()
        self._end_on_signals()
        if self._theme_name:
            self.theme = self._theme_name
        if self.ingest_paths:
            from .screens.ingest_screen import IngestScreen

            self.push_screen(IngestScreen(self.ingest_paths, self.db_path, self.ingest_note))
        else:
            self._show_store()

    def on_unmount(self) -> None:
        """The app owns the store handle it is given or opens: closed when the app ends
        (after its screens, so the search thread is stopped), not left to the process's
        exit. An app run as a library call or under run_test kept the store and its -wal
        open, two descriptors a run (fds62: a one-process test run passed select()'s 1,024)."""
        if self.reader is not None:
            self.reader.close()

    def _watch_terminal(self) -> None:
        """Leave when the terminal hangs up without a signal (tui.terminal_watch says why)."""
        fd = terminal_watch.watched_terminal()
        if fd is None or self.is_headless:
            return

        def check() -> None:
            if terminal_watch.terminal_gone(fd):
                terminal_watch.end_soon()  # if the exit below waits on the dead terminal
                self.exit(return_code=terminal_watch.EXIT_TERMINAL_GONE)

        self.set_interval(terminal_watch.WATCH_EVERY_S, check, name="terminal-watch")

    def _end_on_signals(self) -> None:
        """Leave as `q` does on SIGHUP or SIGTERM, so the exit's work is done: the store
        closed, the regular expressions compiled saved (tui.terminal_watch says why)."""
        if self.is_headless:
            return

        def leave(code: int) -> None:
            terminal_watch.end_soon(code=code)  # if the exit below waits on a dead terminal
            self.exit(return_code=code)

        terminal_watch.end_on_signals(asyncio.get_running_loop(), leave)

    def _show_store(self) -> None:
        self.sub_title = display_name(self.reader.path)
        self.session_notices = {}  # a store's notices are that store's
        if self.reader.readonly:
            self.say_for_session("Read-only store", readonly_notice(display_name(self.reader.path)))
        older = self.reader.run(older_schema_note)  # one row of meta: a store read as it is (hyg68)
        if older:
            self.say_for_session("Older store", older_schema_notice(one_line(older)))  # the path: no control characters
        self.push_screen(MainScreen())
        self.set_timer(HEALTH_CHECK_DELAY_S, self._check_store)

    def say_for_session(self, title: str, notice: SessionNotice) -> None:
        """A notice that holds for the whole session (the store is damaged, read-only, or
        extracted by older rules): on the notice line of the main screen and of each page
        over it (tui.widgets.notice_line) until hidden, not a toast over what is being read."""
        self.session_notices[title] = notice
        self._draw_session_notices()

    def action_hide_session_notices(self) -> None:
        """`!` on any screen with the line: hidden for the session, on every screen."""
        self.hide_session_notices()

    def hide_session_notices(self) -> None:
        self.session_notices = {}
        self._draw_session_notices()

    def _draw_session_notices(self) -> None:
        """Each screen of the stack redraws its line (the pages under the top one too:
        going back to them shows the same state)."""
        for screen in self.screen_stack:
            for line in screen.query(NoticeLine):
                line.show_notices(self.session_notices)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            self.last_key_time = time.monotonic()
            after = None if event.is_forwarded else key_after_escape(event)
            if after is not None:  # escape and a key typed quickly, read as one Alt chord
                await self._press_escape()
                event = after
        await super().on_event(event)

    async def _press_escape(self) -> None:
        """What escape does, done before the key typed behind it is read: its binding, the
        priority ones first (the filter boxes' leave_box), then the focused widget's and up."""
        if not await self._check_bindings("escape", priority=True):
            await self._check_bindings("escape")

    @work(thread=True, group="health", exit_on_error=False)
    def _check_store(self) -> None:
        """SQLite's quick check in the background, on its own connection and after the
        first screen has filled (on a large store it takes a second of CPU that the first
        paint should not share), on a thread of the lowest priority that starts and goes
        on only while no key is being typed (_run_check): a damaged store is said in one
        line instead of panes that stay empty."""
        found: list[str | None] = []
        check = threading.Thread(target=self._run_check, args=(found,), name="damage-check", daemon=True)
        check.start()
        worker = get_current_worker()
        while check.is_alive() and not worker.is_cancelled:
            check.join(HEALTH_CHECK_NAP_S * 5)  # on quit, the app does not wait for the check
        problem = found[0] if found else None
        if problem and not worker.is_cancelled:
            self.call_from_thread(self.say_for_session, "Damaged store", damaged_notice(one_line(problem)))
        elif not worker.is_cancelled:
            self._say_older_rules()

    def _say_older_rules(self) -> None:
        """A session notice when older rules extracted some of the store's articles
        (store/db/rules_stamp.py), as `borderdocs stats` says it; after the damage check,
        on its worker thread."""
        from store.db.rules_stamp import count_outdated

        try:
            older, total = self.reader.run(lambda store: (count_outdated(store.conn), _articles(store.conn)))
        except Exception:  # noqa: BLE001 - a store that cannot be counted says so elsewhere
            return
        if older:
            self.call_from_thread(self.say_for_session, "Older rules", older_rules_notice(older, total))

    def _run_check(self, found: list) -> None:
        """The damage check on its own thread, at the lowest CPU priority (Linux: per
        thread), held while keys come (_quiet_for_keys). Most of the check is one SQLite
        step that walks every b-tree (about 1 s of the 1.4-2 s on the 100,000-article
        store, 2026-12-05), which no progress handler can pause: started 1.5 s after the
        store is shown, it ran through the first search's keystrokes (every probe run) and
        took one of the two cores their searches and frames need."""
        from store.db.opening import damage

        _lowest_priority()
        self._quiet_for_keys()  # the b-tree walk does not start while keys come
        found.append(damage(self.reader.store, pause=self._quiet_for_keys))

    def _quiet_for_keys(self) -> None:
        """Called by the damage check every few milliseconds (its thread): sleep while a
        key came within HEALTH_CHECK_QUIET_S."""
        while time.monotonic() - self.last_key_time < HEALTH_CHECK_QUIET_S and self.is_running:
            time.sleep(HEALTH_CHECK_NAP_S)

    def on_ingest_finished(self, message: IngestFinished) -> None:
        """IngestScreen is done: open the store it built, or leave with the reason."""
        if message.error:
            self.exit(return_code=1, message=one_line(message.error))
            return
        from store.db.connection import StoreError

        try:
            self.reader = StoreReader.open(self.db_path)
        except StoreError as e:
            self.exit(return_code=1, message=one_line(str(e)))
            return
        self.pop_screen()
        self._show_store()
        summary = message.summary
        rejected = len(summary.rejected) if summary else 0
        self.notify(  # a rejected entry is a file or a dump's line: counted, not named files (qa69)
            f"Ingested {stored_counts(summary, stored='')}" + (f", {rejected} rejected" if rejected else ""),
            markup=False,
        )

    async def run_in_store(self, fn, *args):
        """Await a store call from async code without blocking the loop."""
        return await asyncio.to_thread(self.reader.run, fn, *args)

    # ------------------------------------------------------------ navigation
    def on_open_target(self, message: OpenTarget) -> None:
        """A screen, list or palette hit asked to open an article, entity or checkpoint."""
        self.open_nav_target(message.target)

    def open_nav_target(self, target: NavTarget | None) -> None:
        """Push the screen for `target` (nothing for None or a target without an id: then
        the screen on top lets go the keys it held for a page, tui.screens.held_keys)."""
        if target is None or target.id is None:
            nothing_opened = getattr(self.screen, "nothing_opened", None)
            if callable(nothing_opened):
                nothing_opened()
            return
        if isinstance(target, ArticleTarget):
            from .screens.article_screen import ArticleScreen

            self.push_screen(ArticleScreen(target.id, target.sentence, target.reports))
        elif isinstance(target, CheckpointTarget):
            from .screens.checkpoint_screen import CheckpointScreen

            self.push_screen(CheckpointScreen(target.id))
        else:
            from .screens.entity_screen import EntityScreen

            self.push_screen(EntityScreen(target.id))

    @property
    def main_screen(self) -> MainScreen | None:
        return next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)

    def action_to_lists(self) -> None:
        """escape: close every reader screen, back to the lists."""
        while len(self.screen_stack) > 1 and not isinstance(self.screen, MainScreen):
            self.pop_screen()

    def action_history_back(self) -> None:
        """backspace: one screen back."""
        if len(self.screen_stack) > 1 and not isinstance(self.screen, MainScreen):
            self.pop_screen()

    def on_show_entity_articles(self, message: ShowEntityArticles) -> None:
        """`a` on an entity or checkpoint: back to the lists, articles filtered to it."""
        self.action_to_lists()
        main = self.main_screen
        if main is not None:
            main.set_filter(ArticleFilter(entity_id=message.entity_id, entity_name=message.name))

    def on_show_article_hits(self, message: ShowArticleHits) -> None:
        """ctrl+l on the search screen's article hits: back to the lists, articles filtered to them."""
        self.action_to_lists()
        main = self.main_screen
        if main is not None:
            main.set_filter(ArticleQuery().with_articles(message.article_ids, message.query))

    def on_add_entity_filter(self, message: AddEntityFilter) -> None:
        """`+` on an entity or checkpoint: back to the lists, this entity ANDed to the filters."""
        self.action_to_lists()
        main = self.main_screen
        if main is not None:
            main.add_entity(message.entity_id, message.name)

    def get_system_commands(self, screen):
        """The palette's commands: Textual's (theme, keys, quit…), the search, and on
        the lists every action of the lists (tabs, filter, export, sort)."""
        yield from super().get_system_commands(screen)
        yield SystemCommand("Search (/)", "names, places, checkpoints, titles", self.action_search)
        if self.main_screen is not None:
            for title, help_text, action in LIST_COMMANDS:
                yield SystemCommand(title, help_text, partial(self._list_action, action))

    def _list_action(self, action: str) -> None:
        """Back to the lists, then run one of their actions there."""
        self.action_to_lists()
        main = self.main_screen
        if main is not None:
            self.call_later(main.run_action, action)

    # ------------------------------------------------------------ app-wide keys
    def action_help(self) -> None:
        from .screens.help_screen import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_search(self) -> None:
        from .screens.search_screen import SearchScreen

        if self.reader is not None and not isinstance(self.screen, SearchScreen):
            self.push_screen(SearchScreen(), self.open_nav_target)

    def action_copy(self) -> None:
        screen = self.screen
        text = screen.copy_text() if hasattr(screen, "copy_text") else None
        if text:
            self._copy(text)
        elif isinstance(screen, MainScreen) and screen.current_article_id():
            self._copy_article(screen.current_article_id())

    @work(thread=True, group="copy", exit_on_error=False)
    def _copy_article(self, article_id: str) -> None:
        from store.db import queries

        art = self.reader.run(queries.article, article_id)
        if art:
            meta = " · ".join(x for x in (art["date"], art["source"], art["url"]) if x)
            text = f"{art['title']}\n{meta}\n\n{art['body']}"
            self.call_from_thread(self._copy, text)

    def _copy(self, text: str) -> None:
        self.copy_to_clipboard(text)
        first = text.splitlines()[0] if text else ""
        self.notify(f"Copied: {first[:60]}", markup=False)  # two lines of a toast at 80 columns, not three

    def on_export_list(self, message: ExportList) -> None:
        """`e` on the lists, a file named: write the list (CSV, or JSON for .json/.jsonl) in a worker."""
        # absolute, so the notice says which folder a bare name went to
        self._confirm_then_export(message.kind, message.source, Path(message.out).expanduser().absolute())

    def _confirm_then_export(self, kind: str, source, out: Path) -> None:
        """Export at once to a new file; ask first before replacing one."""
        from store.ingest import is_store_file

        from .screens.confirm_screen import ConfirmScreen

        if out.is_dir():
            self.notify(f"Export failed: {display_name(out)} is a folder", severity="error", markup=False)
        elif is_store_file(out, self.reader.path):  # «Replace it?» then y wrote a CSV over the open store (qa73)
            self.notify(f"Not exported: {display_name(out)} is the store itself", severity="error", markup=False)
        elif out.exists():

            def answered(yes: bool | None) -> None:
                if yes:
                    self._export(kind, source, out)
                else:
                    self.notify(f"Not exported: {display_name(out)} left as it was", markup=False)

            self.push_screen(ConfirmScreen(f"{display_name(out)} exists. Replace it?"), answered)
        else:
            self._export(kind, source, out)

    @work(thread=True, group="export", exit_on_error=False)
    def _export(self, kind: str, source, out: Path) -> None:
        import sqlite3

        from store.db.connection import StoreError
        from store.db.opening import describe_error

        from .export import export_list

        try:
            n = export_list(self.reader.path, out, kind, source)
        except OSError as e:
            self.call_from_thread(
                self.notify, f"Export failed: {display_name(out)}: {e.strerror}", severity="error", markup=False
            )
            return
        except (StoreError, sqlite3.Error) as e:
            reason = str(e) if isinstance(e, StoreError) else describe_error(self.reader.path, e)
            self.call_from_thread(self.notify, f"Export failed: {one_line(reason)}", severity="error", markup=False)
            return
        self.last_export = out
        told = f"{n:,} {kind}" if n != 1 else f"1 {ONE_OF.get(kind, kind)}"  # «1 entity», not «1 entities»
        self.call_from_thread(self.notify, f"Exported {told} to {display_name(out)}", markup=False)


# a list's name (its tab) for one of its rows
ONE_OF = {
    "articles": "article",
    "entities": "entity",
    "checkpoints": "checkpoint",
    "directives": "directive",
    "facts": "fact",
}


def _articles(conn) -> int:
    return conn.execute("SELECT count(*) FROM articles").fetchone()[0]

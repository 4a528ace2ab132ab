"""`/`: search as you type across entities and articles.

Each keystroke is searched at once and painted once when its whole results (entities
and articles) come within EARLY_PAINT_S of the key event, as they mostly do (the
engine keeps recent searches and an entity's articles; the search thread reads ahead
while idle). Else, at EARLY_PAINT_S, what is ready is painted (the engine's entity hits,
which the search thread keeps for that paint instead of posting them, or the entity
hits on screen that the new text still names: «kho» → «khor» keeps Хоргос,
searching.narrow), with the article rows on screen kept under them when one of their
entity rows is among these (_kept_articles: drawn alone, they blanked the articles for a
frame), and the whole results replace them when they come (never the rows of a newer
keystroke). One frame a key, not three: a frame costs the UI thread
3–6 ms, and the search thread waited for each.
The searching runs on one background thread per screen (tui.search_runner) that
always takes the newest query: keys typed meanwhile are never searched one by one,
and a running article query is interrupted by the next key. Results are grouped by
type, each with its article count («0 articles» for a knowledge-base row no article
names yet) or an article's date and outlet. Enter opens the highlighted hit (or the
first one, from the input); ctrl+l filters the Articles pane to the highlighted
entity's articles, or, from an article hit or the input, to the article hits (or,
when there are none, to the first entity's articles); escape closes.

`shown_seq` / `full_seq` say which keystroke's first and whole results are on screen
(tests wait on them); bench/search_tui_probe.py times the frames themselves.
"""

from __future__ import annotations

import asyncio
import time
from bisect import bisect_right

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.css.query import NoMatches
from textual.geometry import Size
from textual.message import Message
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Static

from .. import searching
from ..messages import ShowArticleHits, ShowEntityArticles
from ..navigation import NavTarget
from ..search_runner import SearchRunner
from ..text import TYPE_PLURAL, TYPE_STYLE, line, quantity
from ..widgets.result_rows import HitSnippet, ResultRows
from ..widgets.typed_input import TypedInput, TypedOrder
from .search_keys import taken

KEY_FRESH_S = 1.0  # a key event older than this did not cause the change (a paste, a set value)
# A keystroke's rows are painted once if its whole results come within this of its key
# event; else at this point what is ready (the engine's entity hits, or the hits on screen
# the new text still names), and the whole results when they come.
EARLY_PAINT_S = 0.016
# ↓ and enter typed before the query's results are on screen wait for them (and the keys
# behind them), at most this long: they are meant for those results.
HOLDING_KEYS = frozenset({"down", "enter"})
HOLD_MAX_S = 2.0
# what the search's keys do, as its frame shows them (fits the frame at 60 columns)
SEARCH_KEYS = "esc close · ↓ results · ⏎ open · ctrl+l to Articles"
# What a hit's row is made of (_prompt and searching.about read these and nothing else),
# and how many drawn rows are kept (a screen's searches rarely show a few hundred).
_ROW_FIELDS = ("kind", "type", "name", "matched", "articles", "kb_id", "date", "source")
HIT_ROWS_KEPT = 2_000


class SearchInput(TypedInput):
    """The query box. Every edit (a typed character, backspace and the other delete
    keys, a paste) goes through Input.replace; the search starts from there, inside
    the key's own handling (before Input.Changed comes round a message later, so no
    frame and no other message is handled in between), with the key event's time
    (Textual stamps each event with time.monotonic() when the driver reads the key).
    A value set from code comes through Input.Changed."""

    key_time: float | None = None

    def _watch_value(self, value: str) -> None:
        """Input's own watcher sets the virtual size (one cell per character, for the
        horizontal scroll), and that reactive asks for a layout of the whole screen on
        every key. This box has a fixed size, so the new width is stored without one
        (as Textual's ScrollView keeps it: layout never overwrites it) and the box
        alone is repainted; the inherited watcher then finds the size unchanged."""
        width = Size(self.content_width, 1)
        if width != self.virtual_size:
            self.set_reactive(Widget.virtual_size, width)
            self.refresh()
        super()._watch_value(value)

    async def _on_key(self, event: events.Key) -> None:
        screen = self.screen
        if isinstance(screen, SearchScreen) and (isinstance(screen.focused, ResultRows) or screen.holds_keys()):
            return  # queued here before ↓ moved the focus, or behind a held key: the screen's (_on_screen_key)
        self.key_time = event.time
        await super()._on_key(event)  # a letter at the end goes where it was typed (TypedInput)

    def replace(self, text: str, start: int, end: int) -> None:
        """An edit: search the new text now (Input.Changed for it is then skipped)."""
        before = self.value
        super().replace(text, start, end)
        screen = self.screen
        if self.value != before and isinstance(screen, SearchScreen):
            now = time.monotonic()
            key_time = self.key_time
            screen.typed(self.value, key_time if key_time is not None and now - key_time < KEY_FRESH_S else now)


class SearchScreen(ModalScreen[NavTarget | None]):
    """Dismisses with the chosen target (a tui.navigation target), or None."""

    BINDINGS = [
        Binding("escape", "close", "Close", id="search.close"),
        Binding("down", "to_results", "Results", show=False, id="search.results"),
        Binding("ctrl+l", "to_articles", "To Articles", priority=True, id="search.to_articles"),
    ]

    class Hits(Message, bubble=False):
        """One phase of a query's results, posted by the search thread. Handled here
        only: bubbled on, each woke the app's message loop too (twice a key)."""

        def __init__(self, seq: int, query: str, phase: str, results: list[dict]) -> None:
            super().__init__()
            self.seq, self.query, self.phase, self.results = seq, query, phase, results

    class Failed(Message, bubble=False):
        """A query failed (one line for the status)."""

        def __init__(self, seq: int, error: str) -> None:
            super().__init__()
            self.seq, self.error = seq, error

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query
        self.last_results: list[dict] = []
        self._entity_hits: list[dict] = []  # the engine's entity hits last painted (what narrowing filters)
        self._row_results: dict[int, dict] = {}  # row index -> its hit
        self._rows_drawn: list = []  # what the rows on screen say (to skip painting the same again)
        self._rows_items: list = []  # ... and the items they were set from (_kept_articles)
        self.rows_changed = False  # the last _show changed the rows (the bench reads it)
        self.articles_kept = False  # the article rows on screen are the previous key's (_keeps_articles)
        self._seq = 0
        self._searched: str | None = None  # the text last searched
        self._started: dict[int, float] = {}  # seq -> its key event's time (monotonic)
        self.shown_seq = 0  # the keystroke whose first results are on screen (the bench waits on it)
        self.full_seq = 0  # the keystroke whose whole results (articles too) are on screen
        self.last_latency_s = 0.0  # key to the first paint of the last keystroke's hits
        self.last_full_latency_s = 0.0  # ... to the paint of its whole results
        self._runner: SearchRunner | None = None
        self._box_widgets: tuple[Widget, ...] | None = None  # _painted_widgets
        self._owed: set[Widget] = set()  # box widgets whose repaint waits for the key's rows
        self._hit_rows: dict[tuple, tuple[Text, int]] = {}  # _drawn_hit
        self._held: list[tuple[str, str | None]] = []  # keys waiting for the query's whole results (_hold)
        self._held_times: list[float] = []  # when each held key was typed (its events.Key.time)
        self._letters = TypedOrder()  # when the query's last letters were typed (type_letter)
        self._failed_seq = 0  # the keystroke whose search failed (its results will not come)
        self._hold_timer: Timer | None = None  # releases held keys after HOLD_MAX_S
        self._behind_enter = False  # a held enter acted: the keys behind it are for what it opens (_open)
        self._early_timer: Timer | None = None  # the newest key's _paint_early
        self._status = ""  # what the status line says (_say)
        self._composed_box: SearchInput | None = None  # made, maybe not mounted yet (type_letter)

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box") as box:
            # the screen has no footer: its keys, the way out first, in the frame's bottom
            # edge (set once; nothing of a keystroke's path draws it) (tui71)
            box.border_subtitle = SEARCH_KEYS
            # select_on_focus off: letters typed behind `/` before the box was up (take_queued_key)
            # are the query's start, not a selection the next key replaces
            self._composed_box = SearchInput(
                self.initial,
                placeholder="search names, places, checkpoints, titles…",
                id="search-input",
                select_on_focus=False,
                order=self._letters,  # the box's own letters and those handed to the screen, one order
            )
            yield self._composed_box
            yield Static(Text("type to search (any script: khorgos, Қорғас, Хоргос)"), id="search-status")
            yield ResultRows(id="search-results")

    def on_mount(self) -> None:
        box = self.query_one(SearchInput)
        box.focus()
        self._runner = SearchRunner(self.app.reader, self._deliver, self._failed)
        self._runner.start()  # warms the engine while the user starts typing
        if box.value:  # the initial query (or text typed before the search thread was up)
            self.run_search(box.value)
        else:
            self.call_later(self._release_held)  # ↓ or enter behind `/` alone
        self._arm_hold_timer()

    def on_resize(self) -> None:
        self.call_after_refresh(self._size_snippets)

    def _size_snippets(self) -> None:
        """The article hits whose snippets the search cuts: those in the rows' lines from
        the top (searching.shown_articles)."""
        height = self.query_one(ResultRows).size.height
        if self._runner is not None and height:
            self._runner.rows = height

    def on_unmount(self) -> None:
        if self._runner is not None:
            self._runner.stop()

    def _deliver(self, seq: int, query: str, phase: str, results: list[dict]) -> None:
        self.post_message(self.Hits(seq, query, phase, results))  # thread-safe

    def _failed(self, seq: int, error: str) -> None:
        self.post_message(self.Failed(seq, error))

    def typed(self, value: str, key_time: float) -> None:
        """The box was edited: search now (Input.Changed for this value is then skipped)."""
        self.run_search(value, key_time)

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        box = self.query_one(SearchInput)
        if event.value == self._searched or event.value != box.value:
            return  # searched from the key handler already, or a newer edit came since

        key_time, box.key_time = box.key_time, None
        now = time.monotonic()
        fresh = key_time is not None and now - key_time < KEY_FRESH_S
        self.run_search(event.value, key_time if fresh else now)

    def run_search(self, query: str, started: float | None = None) -> None:
        """A new query: searched at once; its rows painted once when the whole results
        come within EARLY_PAINT_S of the key, else what is ready then (_paint_early)."""
        same_words = self._whole_results_of(query)
        self._seq += 1
        seq = self._seq
        self._searched = query
        started = started if started is not None else time.monotonic()
        self._started = {seq: started}
        text = query if query.strip() else ""
        self._stop_early_timer()
        if not text:
            self._show(seq, query, [], "whole")
        elif same_words:  # a space typed or taken back: the rows on screen are this text's
            self._show(seq, query, self.last_results, "whole")
            return
        else:
            self._hold_repaints()
            left = started + EARLY_PAINT_S - time.monotonic()
            if left > 0.001:  # (Textual's timer divides by its delay)
                self._early_timer = self.set_timer(left, lambda: self._paint_early(seq))
            else:  # a key handled late: what is ready now
                self.call_later(self._paint_early, seq)
        if self._runner is not None:
            self._runner.submit(seq, text, started + EARLY_PAINT_S)

    def _whole_results_of(self, query: str) -> bool:
        """Are the whole results on screen those of `query`? They are when they are the
        newest key's and its text has the same words (searching.search searches the words
        alone): a space between words, or a trailing one taken back. Such a key was searched
        anew, and behind the search thread's read-ahead of the name just typed it waited
        up to 11 ms (tui62: the first key after «khorgos» on the 100k store)."""
        return (
            bool(query.strip())
            and self.full_seq == self._seq
            and self._failed_seq != self._seq
            and query.split() == (self._searched or "").split()
        )

    def _stop_early_timer(self) -> None:
        """An earlier key's early paint is not wanted (a newer key came, or the whole
        results are painted): its timer would still wake the UI thread, in the middle
        of the next key's search (tui61: 0.1-0.4 ms a key, and a wait for the GIL)."""
        if self._early_timer is not None:
            self._early_timer.stop()
            self._early_timer = None

    def _paint_early(self, seq: int) -> None:
        """EARLY_PAINT_S after the key, its whole results not in: paint the engine's
        entity hits if they came, else the hits on screen the new text still names
        («kho» → «khor» keeps Хоргос: searching.narrow)."""
        if seq != self._seq or self.shown_seq == seq:
            return  # a newer key, or this one's rows are on screen
        early = self._runner.take_early(seq) if self._runner is not None else None
        if early is not None:  # kept by the search thread for this paint
            self._entity_hits = early
            self._show(seq, self._searched or "", early, "entities")
            return
        narrowed = searching.narrow(self._entity_hits, self._searched or "")
        if narrowed:
            self._show(seq, self._searched or "", narrowed, "narrowed")
        else:
            self._paint_now()  # the typed text at least

    def _hold_repaints(self) -> None:
        """The box's widgets the edit asked to repaint are drawn with the key's rows (one
        frame, by EARLY_PAINT_S), not first by Textual's tick: that frame took the UI
        thread while the search ran."""
        for widget in self._painted_widgets():
            if widget._repaint_required and not (widget._layout_required or widget._refresh_styles_required):
                widget._repaint_required = False  # its Idle handler then posts no Update
                self._owed.add(widget)

    def on_search_screen_hits(self, message: Hits) -> None:
        if message.seq != self._seq or (message.phase == "entities" and self.full_seq == message.seq):
            self._frame_done()  # a newer keystroke is on its way, or the whole results are on screen
            return
        if message.phase == "entities":
            self._entity_hits = message.results
        else:  # the entity hits kept for the early paint, if it never ran: the next key narrows them
            kept = self._runner.entity_hits(message.seq) if self._runner is not None else None
            self._entity_hits = self._entity_hits if kept is None else kept
        self._show(message.seq, message.query, message.results, message.phase)

    def on_search_screen_failed(self, message: Failed) -> None:
        if message.seq == self._seq:
            self._say(message.error)
            self._failed_seq = message.seq
            self.call_later(self._release_held)

    def _show(self, seq: int, query: str, results: list[dict], phase: str) -> None:
        self.last_results = results
        items, row_results = self._items(results)
        kept = self._kept_articles(results, items, row_results) if phase != "whole" else None
        self.articles_kept = kept is not None
        if kept is not None:  # the articles on screen stay under this key's entity hits
            items, row_results = kept
        self._row_results = row_results
        drawn = self._drawn(items)
        self.rows_changed = drawn != self._rows_drawn
        if self.rows_changed:  # the same rows again (the engine agreed with the narrowing): no repaint
            self.query_one(ResultRows).set_rows(items)  # a repaint, never a layout
            self._rows_drawn, self._rows_items = drawn, items
        status = quantity(len(results), "result") if query.strip() else "type to search"  # «1 result»
        if self.articles_kept:
            status = quantity(len(self._row_results), "result") + " · articles not yet updated…"
        elif phase != "whole":
            status += " · articles…"
        elif searching.only_guesses(results):
            status += " · none scores 75: near spellings, not matches"
        self._say(status)
        if self._paint_now():
            self._painted(seq, phase)
        else:
            self.call_after_refresh(self._painted, seq, phase)

    def _kept_articles(
        self, results: list[dict], items: list, row_results: dict[int, dict]
    ) -> tuple[list, dict[int, dict]] | None:
        """The rows of a key's early paint (its entity hits, before its articles) with the
        article rows on screen kept under them, and which hit each row is; None when the
        entity rows are painted alone. Kept when the rows on screen have articles and one
        of their entity rows is among these hits, as drawn (the same name still searched):
        painted alone, the entity rows took the articles away for a frame or two, and most
        came back with the whole results («khorgos о» → «khorgos оч» on the 100k store:
        the same three Хоргос rows, an organization the entity step swaps, the same
        articles mostly). Those article rows are an earlier key's until the whole results
        replace them; the status line says so (_show)."""
        if any(r.get("kind") == "article" for r in results):
            return None  # (an early phase carries entity hits only)
        firsts = [i for i, r in self._row_results.items() if r.get("kind") == "article"]
        if not firsts:
            return None  # nothing the early rows would take away
        start = min(firsts) - 1  # the articles' heading
        early = [d for d in self._drawn(items) if _is_hit(d)]
        if not any(d in early for d in self._rows_drawn[:start] if _is_hit(d)):
            return None  # another name's entities: the articles on screen are not this key's
        rows = [*items, *self._rows_items[start:]]
        rows_results = dict(row_results)
        rows_results.update((i - start + len(items), r) for i, r in self._row_results.items() if i >= start)
        return rows, rows_results

    def _items(self, results: list[dict]) -> tuple[list, dict[int, dict]]:
        """The rows of these results (headings, hits, an article hit's snippet line under
        it when its snippet was cut), and which result each hit row is. The search thread
        cuts the snippets of the first screen by this layout (searching.shown_articles)."""
        items: list = []
        row_results: dict[int, dict] = {}
        for kind, rows in searching.group(results).items():
            items.append(f"{TYPE_PLURAL.get(kind, kind)} ({len(rows)})")
            for r in rows:
                row_results[len(items)] = r
                prompt, kept = self._drawn_hit(r)
                items.append((prompt, searching.target(r), kept))
                if r.get("kind") == "article" and r.get("matched"):
                    items.append(HitSnippet(r["matched"], _hit(r.get("hit"))))
        return items, row_results

    @on(ResultRows.Scrolled)
    def _rows_scrolled(self, event: ResultRows.Scrolled) -> None:
        """Article hits scrolled into view whose snippets the search did not cut (it cuts
        those of the first screen only, _size_snippets): cut in a worker, then shown."""
        if self.articles_kept:
            return  # the previous key's articles, replaced when this key's whole results come
        due = [r for i in event.rows.in_view() if (r := self._row_results.get(i)) and searching.snippet_due(r)]
        if due:
            self._cut_snippets(self.last_results, due)

    @work(thread=True, group="search-snippets", exit_on_error=False)
    def _cut_snippets(self, results: list[dict], due: list[dict]) -> None:
        self.app.reader.run(searching.cut_snippets, due)
        self.app.call_from_thread(self._snippets_cut, results)

    def _snippets_cut(self, results: list[dict]) -> None:
        if results is not self.last_results:  # a newer keystroke's rows are on screen
            return
        items, self._row_results = self._items(results)
        self.query_one(ResultRows).keep_place(items)
        self._rows_drawn, self._rows_items = self._drawn(items), items

    def _say(self, status: str) -> None:
        """The status line, redrawn only when it says something else: most keys of a
        name and topic words give «30 results» again, and drawing the same line anew
        was a tenth of the key's frame (0.3 ms of 2.3, tui61). One line of fixed
        height (app.tcss): no layout pass for it either way."""
        if status != self._status:
            self._status = status
            self.query_one("#search-status", Static).update(Text(status, style="dim"), layout=False)

    def _paint_now(self) -> bool:
        """Draw what changed now, not at the screen's next tick. Textual draws a
        refreshed widget only after a round of messages (Textual 8.2): `refresh()` marks
        it, its Idle handler posts Update to the screen, the screen's handler adds it to
        `_dirty_widgets` and resumes the 60-a-second `_update_timer`, whose tick draws.
        So a key's rows waited for that round and then up to 16.7 ms for the tick, and
        calling the tick's `_on_timer_update` at once found nothing dirty. Here this
        box's widgets that asked for a repaint (and for nothing more: a layout or a
        restyle takes Textual's own path) are handed to the screen as their Update
        would, then `_on_timer_update` draws them (and pauses the timer). A frame per
        key or per search phase is far below the pace the timer guards against. False:
        another screen is on top, nothing drawn; the timer draws it later."""
        if not self.is_current:
            return False
        self._hold_repaints()
        owed, self._owed = self._owed, set()
        self._dirty_widgets.update(w for w in owed if w.display)
        self._on_timer_update()
        return True

    def _painted_widgets(self) -> tuple[Widget, ...]:
        """The widgets a keystroke or a search step repaints (kept: a query per frame costs)."""
        if self._box_widgets is None:
            self._box_widgets = (
                self.query_one(SearchInput),
                self.query_one("#search-status", Static),
                self.query_one(ResultRows),
            )
        return self._box_widgets

    @staticmethod
    def _drawn(items: list) -> list:
        """What these rows say and open, to compare with the rows on screen."""
        return [i if isinstance(i, str | HitSnippet) else (i[0].plain, *i[1:]) for i in items]

    def _drawn_hit(self, r: dict) -> tuple[Text, int]:
        """A hit's row and how much of it stays when cut, kept by what they are made of:
        most rows of a keystroke are the previous keystroke's (the name's entity, the same
        articles under a longer topic word), and building each again was a quarter of the
        UI thread's `_show` (tui52, 2026-12-05). The row's Text is never changed in place
        (ResultRows.fit cuts a copy)."""
        key = tuple(r.get(k) for k in _ROW_FIELDS)
        try:
            drawn = self._hit_rows.get(key)
        except TypeError:  # a field that is no plain value: built each time
            return self._row_of(r)
        if drawn is None:
            if len(self._hit_rows) >= HIT_ROWS_KEPT:
                self._hit_rows.clear()
            drawn = self._hit_rows[key] = self._row_of(r)
        return drawn

    @classmethod
    def _row_of(cls, r: dict) -> tuple[Text, int]:
        """_prompt and _kept of one hit, its «about» worked out once for both."""
        about = searching.about(r)
        return cls._prompt(r, about), cls._kept(r, about)

    @staticmethod
    def _prompt(r: dict, about: str | None = None) -> Text:
        """A hit's row: its name (in its type's style), the alias it matched by, and
        what it is about (`about`, worked out when not given: article count, or date and
        outlet). All store text goes through tui.text.line: never markup."""
        about = searching.about(r) if about is None else about
        prompt = line(searching.shown_name(r), style=TYPE_STYLE.get(r.get("type"), ""))  # «Хоргос (CN)»
        if r.get("matched") and r.get("kind") != "article" and not _shown_in(r["matched"], r["name"]):
            prompt.append("  ← ", style="dim")
            prompt.append(line(r["matched"], style="dim"))
        if about:
            prompt.append("  · ", style="dim")
            prompt.append(line(about, style="dim"))
        return prompt

    @staticmethod
    def _kept(r: dict, about: str | None = None) -> int:
        """How much of a hit's row stays when it is cut: «  · date outlet» of an article,
        «  · 0 articles · mixed, Китай's post» of an entity (whose post it is)."""
        about = searching.about(r) if about is None else about
        return len("  · " + line(about).plain) if about else 0

    def _painted(self, seq: int, phase: str) -> None:
        """After the refresh Textual schedules next (usually the frame with these rows):
        which keystroke's results are on screen, and its latency from its key event."""
        self._frame_done()
        started = self._started.get(seq)
        if started is None:
            return
        took = time.monotonic() - started
        if self.shown_seq != seq:
            self.last_latency_s, self.shown_seq = took, seq
        if phase == "whole":
            if seq == self._seq:
                self._stop_early_timer()
            self.last_full_latency_s, self.full_seq = took, seq
            if self._held:
                self.call_later(self._release_held)

    def _frame_done(self) -> None:
        """The search thread may run Python again (it waits while a frame is drawn)."""
        if self._runner is not None:
            self._runner.painted()

    async def action_to_articles(self) -> None:
        """ctrl+l: the Articles pane filtered to the highlighted entity hit's articles,
        else to every article hit of the query as a set (not only the 30 results shown),
        else to the first entity hit's articles."""
        rows = self.query_one(ResultRows)
        highlighted = None
        if rows.highlighted is not None and rows.has_focus:
            highlighted = self._row_results.get(rows.highlighted)
        entity = searching.filter_entity(self.last_results, highlighted)
        on_entity = highlighted is not None and entity is highlighted
        hits = searching.article_ids(self.last_results)
        if hits and not on_entity:
            query = self.query_one(Input).value.strip()
            try:
                reader = self.app.reader
                hits = await asyncio.to_thread(reader.run, searching.all_article_ids, query, reader) or hits
            except Exception:  # noqa: BLE001  (the shown hits are a set still)
                pass
            self.post_message(ShowArticleHits(hits, query))
        elif entity is not None:
            self.post_message(ShowEntityArticles(entity["id"], entity["name"]))
        else:
            self._say("no article or entity with articles among these hits for the Articles pane")

    @on(events.Key)
    async def _on_screen_key(self, event: events.Key) -> None:
        """A key on its way up from the box or the results: held while the query's results
        are on their way (_hold), else a letter or backspace typed on the results (_type_on_results).
        A letter here off the results is one the app sent to the screen itself (no widget
        had the focus yet: the box takes it a message round after mount; the box types the
        letters it gets, or holds them, so none comes up from it): it goes into the box as
        one typed behind `/`; it was lost, even when the box had the focus by the time the
        screen read it («/Достык» in one burst searched «Досты» under random delays, race65)."""
        if event.is_printable and not isinstance(self.focused, ResultRows) and self.take_queued_key(event):
            return
        if self._hold(event.key, event.character, event.time):
            taken(event)
        elif self._type_on_results((event.key, *event.aliases), event.character):
            taken(event)

    def _type_on_results(self, keys: tuple[str, ...], character: str | None) -> bool:
        """On the results, a letter no key of theirs takes goes on at the query's end, and
        backspace takes the last one off, in the box, which has the focus again: both did
        nothing (`/kara`, ↓ to look, then `z` or backspace to change the query)."""
        if not isinstance(self.focused, ResultRows):
            return False
        box = self.query_one(SearchInput)
        if keys[0] == "backspace":
            box.value = box.value[:-1]
        elif not (character and character.isprintable()) or character.isspace():
            return False
        elif any(k in self.active_bindings for k in keys):
            return False
        else:
            box.value += character
        box.cursor_position = len(box.value)
        self.set_focus(box)  # at once: the next key of a burst is the box's (focus() waits a message round)
        return True

    def action_to_results(self) -> None:
        """↓ from the box: the results take the focus at once, so the next key of a burst
        (↓↓, ↓ enter: a fast typist over SSH, a paste) is theirs; Widget.focus() moved it a
        message round later, and the second ↓ reached the box and was lost."""
        self.set_focus(self.query_one(ResultRows))

    # ------------------------------------------------------------ keys ahead of the results
    def holds_keys(self) -> bool:
        """Keys are waiting for the query's results: a key now joins them (order is kept)."""
        return bool(self._held)

    def _results_pending(self) -> bool:
        """The box's text was searched and its whole results are not on screen yet."""
        try:
            text = self.query_one(SearchInput).value
        except NoMatches:  # not yet composed: the box is made with what was typed ahead
            return True
        if text != (self._searched or ""):
            return bool(text.strip())  # typed, its search about to start
        return bool(text.strip()) and self._seq not in (self.full_seq, self._failed_seq)

    def _hold(self, key: str, character: str | None, when: float) -> bool:
        """↓ or enter typed before the query's whole results are on screen («kara» ↓ enter
        in one burst) waits for them, and so does every key behind it: the ↓ went to the
        rows of «kar» and enter opened one of them, or nothing. Released, in order, when
        the results are painted (_release_held), or after HOLD_MAX_S whatever came. An
        enter acting at once (the results are there) holds what follows for the hit it
        opens (_open): escape behind it closed the search, not the page. A key joins them
        where it was typed (`when`, its events.Key.time): one still climbing the list under
        the search (TypedOrder) comes after keys typed behind it."""
        if not self._held and not self._behind_enter and not (key in HOLDING_KEYS and self._results_pending()):
            self._behind_enter = self._enter_opens(key)
            return False
        i = bisect_right(self._held_times, when)
        self._held.insert(i, (key, character))
        self._held_times.insert(i, when)
        self._arm_hold_timer()
        return True

    def _enter_opens(self, key: str) -> bool:
        """Whether `key` is an enter with a row highlighted, which opens a hit (or says why
        it cannot) a message round later. With none (↓ to the results of a query nothing
        matched) enter does nothing, and the keys behind it were held HOLD_MAX_S for it."""
        if key != "enter":
            return False
        try:
            return self.query_one(ResultRows).highlighted is not None
        except NoMatches:  # not yet composed: its results will be the first rows
            return True

    def _arm_hold_timer(self) -> None:
        if self._hold_timer is None and self._held and self.is_mounted:
            self._hold_timer = self.set_timer(HOLD_MAX_S, self._release_late)

    async def _release_late(self) -> None:
        """HOLD_MAX_S passed with keys held: they act on what is on screen."""
        self._hold_timer = None
        self._behind_enter = False
        if self._held:
            self._failed_seq = self._seq
            await self._release_held()

    async def _release_held(self) -> None:
        """The held keys, in order, each as if typed now; one that starts a new search (a
        letter on the results) holds the rest again until its results come."""
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None
        while self._held and not self._behind_enter and not self._results_pending() and self.is_current:
            key, character = self._held.pop(0)
            self._held_times.pop(0)
            opens = self._enter_opens(key)  # asked before it acts: the cursor is where enter finds it
            await self._act(key, character)
            # the enter's hit opens a message round later: what follows waits for it (_open)
            self._behind_enter = opens and bool(self._held)
        self._arm_hold_timer()

    async def _act(self, key: str, character: str | None) -> None:
        """What `key` does where the focus is now: a binding of the box, the results or the
        screen, a letter or backspace on the results (_type_on_results), or an edit of the box."""
        if self._type_on_results((key,), character):
            return
        box = self.query_one(SearchInput)
        if self.focused is box and character and character.isprintable():
            box.insert_text_at_cursor(character)
            return
        # the bindings of the focus chain as the app checks them for a key: the first whose
        # action runs (the box's inherited scroll_down skips, then the screen's ↓ acts)
        await self.app._check_bindings(key)

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        results = self.query_one(ResultRows)
        if results.current is not None:
            self._open(results.current)
        else:
            self._say_not_stored(results.highlighted)

    def on_result_rows_selected(self, event: ResultRows.Selected) -> None:
        if event.payload:
            self._open(event.payload)
        else:
            self._say_not_stored(event.rows.highlighted)

    def _open(self, target: NavTarget) -> None:
        """Close on a hit, which the app opens. Keys still held behind the enter that chose
        it (a burst over SSH: «/khorgos ↓ ⏎ 4 escape») go to the main screen's hold, which
        sends them on to the page once it is on top, as if typed after it; they acted on
        this screen before (`4` into the box) or were dropped with it (escape). The main
        screen holds even with none held here: a key of the burst that reaches the app
        after this dismiss goes to the main screen, and was lost there (tui71)."""
        keys, self._held, self._held_times, self._behind_enter = self._held, [], [], False
        main = getattr(self.app, "main_screen", None)
        if main is not None:
            main.hold_for_page(keys)
        self.dismiss(target)

    def _say_not_stored(self, index: int | None) -> None:
        """Enter on a knowledge-base row no stored article names opens nothing; say why
        (it did nothing at all), with the posts that put a person there («аким ВКО»)."""
        hit = self._row_results.get(index) if index is not None else None
        if hit is not None and searching.is_kb_only(hit):
            self.notify(searching.not_stored(hit), markup=False)
        if self._behind_enter:  # the keys behind that enter act here, as typed after it
            self._behind_enter = False
            self.call_later(self._release_held)

    def action_close(self) -> None:
        self.dismiss(None)

    def take_queued_key(self, event: events.Key) -> bool:
        """A key the screen under this one was handed after `/` opened the search: the
        app forwards each key to the widget focused when it reads it, so the keys of one
        burst (a fast typist over SSH, a paste) all went to the list under the box before
        it took the focus, and were lost there («/khorgos» searched «» or «horgos»). A
        letter goes on at the box's end (into the query the box starts with while it is
        not yet built), enter submits, escape closes. False: a key this does not take."""
        try:
            box = self.query_one(SearchInput)
        except NoMatches:  # not yet composed: the box is made with this text
            box = None
        if event.key == "escape" and not self._held and not self._behind_enter:
            self.action_close()
        elif self._hold(event.key, event.character, event.time):
            pass  # ↓ or enter (and what follows) wait for the query's results
        elif event.key == "enter" and box is not None:
            self.call_later(box.action_submit)
        elif event.is_printable and event.character:
            self.type_letter(event.character, event.time)
        else:
            return False
        return taken(event)

    def type_letter(self, letter: str, when: float) -> None:
        """A letter typed at `when` (its key's events.Key.time) at the query's end, from
        any path a key of a burst takes (the box, the screen, the list under it): among the
        letters at the end typed after it, if any came first (TypedOrder: «/Достык» in one
        burst searched «Дотсык»). The box searches the new text (SearchInput.replace).
        Before the box can be queried the letter goes into the text it is made with, and
        into the box itself when compose has made it but it is not mounted yet (query_one
        does not find it then): the letter went to `initial` after the box had read it, and
        was lost («/Достык» in one burst searched «Дык» under random 0-30 ms delays, race65)."""
        try:
            box: SearchInput | None = self.query_one(SearchInput)
        except NoMatches:  # not yet composed: the box is made with this text
            box = None
        if box is not None:
            self._letters.type_into(box, letter, when)
            return
        self.initial = self._letters.insert(self.initial, letter, when)
        composed = self._composed_box
        if composed is not None and composed.value != self.initial:
            composed.value = self.initial
            composed.cursor_position = len(composed.value)


def _hit(span: object) -> tuple[int, int] | None:
    """The search's `hit` ([start, end] in the snippet) as a pair, None when it is none."""
    if isinstance(span, list | tuple) and len(span) == 2 and all(isinstance(n, int) for n in span):
        return (span[0], span[1])
    return None


def _is_hit(drawn: object) -> bool:
    """A hit's row among SearchScreen._drawn's (not a heading, not a snippet line)."""
    return isinstance(drawn, tuple) and not isinstance(drawn, HitSnippet)


def _shown_in(matched: str, name: str) -> bool:
    """Whether the words a hit was found by are its name's own («Бектенов» of «Олжас
    Бектенов», «KTZE-Khorgos Gateway» of «ТОО KTZE-Khorgos Gateway»): «← Бектенов» after
    the name repeats it, where «← председатель КГД» says why a person was found."""
    return " ".join(matched.casefold().split()) in " ".join(name.casefold().split())

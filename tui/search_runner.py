"""The search screen's background thread: one per screen, always on the newest query.

A Textual thread worker per keystroke costs a thread start and its bookkeeping at
every key, and a cancelled worker still finishes the store query it is in, holding
the store's lock while the next key waits. Here one thread serves the screen: a
keystroke replaces the pending query (keys typed while the engine warms up or while
a search runs are never searched one by one, only the newest), each phase (the
entity hits, then the whole search with articles) is skipped once a newer query has
come, and an article query already running in SQLite is interrupted (a progress
handler on the store's connection) instead of run to its end.

Entity hits found before the UI's early paint (EARLY_PAINT_S after the key) are kept
here for it to take (take_early), not posted: the whole results mostly come first and
replace them, and a post woke the UI thread in the middle of the whole search.

While the UI thread owes the screen a frame (the narrowed rows it painted at the key,
or the entity hits it was just given), the thread waits for that frame before it runs
Python again, up to FRAME_WAIT_S: two threads that both run Python share one GIL, so
a search running beside the frame doubled the frame's time on the screen.

The thread warms the engine first (the alias index, the knowledge base, then the
lemmatizer and the knowledge base's matcher, then the parser behind the lemmatizer's
table), so the first query typed pays at most what is left of that. A query typed
before the warm-up ran comes first with its entity hits; the warm-up steps left run
before its whole search, never after it (run after it, the
entity step held the GIL for tens of milliseconds at a million aliases, and the matcher
30-40 ms at 100,000 articles, just as the next key was being drawn).

The screen's first whole results wait for the read of the articles of the entity they name
(_read_named_first), as for the warm-up: a topic word begun at once after a pasted name no
longer waits for the rest of that read. Once a query's whole results are painted and no newer
key waits, the thread reads
ahead for the next keys (searching.read_ahead: the articles of the entity the results
name, which a topic word typed after the name ranks); any key stops it between its
steps (a few ms each), so a key typed meanwhile is searched within a frame — but a key
that types on a word after the query lets the read of the name's articles finish (or
begin, when it came before the read-ahead did), which the topic word it begins needs at
its next letters. Then, once neither a key nor
results have come for IDLE_AFTER_S, it builds the tables other query shapes build on
their first key (store.search.first_use: the stored roles, a body's heads, a road's ends,
an abbreviation), one table a step, going back to the queries between two steps: a fast
typist's keys never meet one, and a user who pauses to read the results finds the next
shape's tables built.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable

from . import heap, searching

# SQLite virtual machine steps between two looks at whether a newer query came
# (about a millisecond of an FTS query)
PROGRESS_STEPS = 2_000
# the longest the thread waits for the UI's frame before searching anyway
FRAME_WAIT_S = 0.05
# the quiet after the last key and the last results before the thread builds the next shapes' tables (a typist's
# keys come 80-200 ms apart; a table is 2-45 ms of CPU that a key arriving meanwhile waits for)
IDLE_AFTER_S = 0.4

ROWS_BEFORE_SIZED = 24  # the result list's lines before the screen says how many it has (80x24: 20)

Deliver = Callable[[int, str, str, list[dict]], None]  # (seq, query, phase, results)
Failed = Callable[[int, str], None]  # (seq, one line)


class SearchRunner:
    """Runs the newest submitted query on its own thread; `deliver` is called from
    that thread with each phase's results ("entities", then "whole") and must be
    thread-safe (the screen posts a message)."""

    def __init__(self, reader, deliver: Deliver, failed: Failed) -> None:
        self.reader = reader
        self.deliver = deliver
        self.failed = failed
        self._wake = threading.Condition()
        self._pending: tuple[int, str, float | None] | None = None
        self._newest = 0
        self._stopped = False
        self._frame_due = False  # the UI thread is drawing a frame the search should not slow
        self._thread = threading.Thread(target=self._loop, name="search", daemon=True)
        # the warm-up steps not run yet (dropped once a whole search has run)
        self._warm: list[Callable] = [searching.warm_entities, searching.warm_articles, searching.warm_parser]
        self._ahead: tuple[int, str, list[dict]] | None = None  # the last whole results (and query), to read ahead for
        # the tables other query shapes build on first use (None: not listed yet, listed once the
        # first whole results are painted: before then the first query's import would pay it)
        self._idle: list[Callable[[], object]] | None = None
        self._frozen = False  # what the first whole search loaded is out of the collector's walks (heap)
        self._first_whole = True  # the screen's first whole results are not delivered yet (_read_named_first)
        self._active_at = time.monotonic()
        # the newest query's entity hits, kept here for the UI's early paint (take_early)
        self._entities: tuple[int, list[dict]] | None = None
        self._parked = False  # ... and not delivered: the UI has not asked for them yet
        self._early_taken = 0  # the newest query whose early paint has looked for its hits
        # the result list's lines: the whole search cuts the snippets of the article hits in
        # them (set by the screen as it is sized; searching.cut_snippets)
        self.rows = ROWS_BEFORE_SIZED

    def start(self) -> None:
        self._thread.start()

    def submit(self, seq: int, query: str, quiet_until: float | None = None) -> None:
        """Search `query` next (a query still waiting is dropped; a running one stops
        at its next phase or SQLite progress check). `quiet_until` (time.monotonic()):
        the UI draws none of this query's steps before then (it waits for the whole
        results), so entity hits found earlier are kept for its early paint (take_early),
        neither posted nor waited for."""
        with self._wake:
            self._pending, self._newest = (seq, query, quiet_until), seq
            self._active_at = time.monotonic()
            self._wake.notify_all()

    def stop(self) -> None:
        with self._wake:
            self._stopped = True
            self._wake.notify_all()

    def hold(self) -> None:
        """The UI thread has rows to draw: the search waits for painted() (or FRAME_WAIT_S)."""
        with self._wake:
            self._frame_due = True

    def painted(self) -> None:
        """The UI thread drew its frame (or has none to draw): the search goes on."""
        with self._wake:
            self._frame_due = False
            self._wake.notify_all()

    def take_early(self, seq: int) -> list[dict] | None:
        """The UI's early paint of query `seq`: its entity hits if they came (parked here
        instead of posted to the UI thread, which a post woke in the middle of the whole
        search: one thread switch a key, 12 ms late under load, tui61), else None, and
        then they are delivered when they come."""
        with self._wake:
            self._early_taken = seq
            kept, parked, self._parked = self._entities, self._parked, False
        return kept[1] if parked and kept is not None and kept[0] == seq else None

    def entity_hits(self, seq: int) -> list[dict] | None:
        """Query `seq`'s entity hits, delivered or parked (None when it has none yet):
        what the screen narrows at the next key when the whole results came first."""
        with self._wake:
            kept = self._entities
        return kept[1] if kept is not None and kept[0] == seq else None

    def superseded(self, seq: int) -> bool:
        """A newer query was submitted since `seq` (or the screen closed)."""
        return self._stopped or self._newest != seq

    # ---- the thread

    def _loop(self) -> None:
        while True:
            with self._wake:
                while self._pending is None and not self._stopped and not self._warm and self._ahead is None:
                    quiet = self._idle_in()
                    if quiet is not None and quiet <= 0:
                        break
                    self._wake.wait(quiet)
                if self._stopped:
                    return
                ahead = self._ahead if not self._warm and self._reads_ahead_first() else None
                job, self._pending = (None, self._pending) if ahead else (self._pending, None)
                self._ahead = None if ahead else self._ahead
            if job is not None:
                self._run(*job)
            elif ahead is not None:
                self._read_ahead(*ahead)
            elif self._warm:
                self._run_quietly(self._warm.pop(0))
            else:
                self._build_idle()

    def _reads_ahead_first(self) -> bool:
        """Is the read-ahead of the last whole results next (under the lock)? When no key
        waits, and when the key waiting types on after those results' query: the read of
        the name's articles, which that key's topic word needs at its next letters, is
        then done before its search (the read-ahead's later steps wait: _key_waits), not
        left to the key after it (a typist's next key came before the read-ahead after
        this one's results began, and a read not begun landed whole on it: tui76)."""
        if self._ahead is None:
            return False
        return self._pending is None or _types_on(self._pending[1], self._ahead[1])

    def _idle_in(self) -> float | None:
        """Seconds until the next first-use table may be built (<= 0: now), None when
        none is left to build or the first whole results have not come yet."""
        if not self._idle:
            return None
        return self._active_at + IDLE_AFTER_S - time.monotonic()

    def _build_idle(self) -> None:
        """One first-use table (best effort: a query that needs it builds it anyway)."""
        if self._idle:
            try:
                self._idle.pop(0)()
            except Exception:  # noqa: BLE001 - see the docstring
                pass
            if not self._idle:
                heap.keep_loaded()  # the last first-use table: kept to the end too

    def _run_quietly(self, step: Callable) -> None:
        """A warm-up step: best effort, the real query reports its own errors."""
        try:
            self.reader.run(step, self.reader)
        except Exception:  # noqa: BLE001 - see the docstring
            pass

    def _run(self, seq: int, query: str, quiet_until: float | None = None) -> None:
        """The phases of one query, each skipped when a newer query came."""
        try:
            self._after_frame(seq)  # the narrowed rows painted at the key
            entities = self.reader.run(searching.search, query, self.reader, entities_only=True)
            if self.superseded(seq):
                return
            if not self._park(seq, entities, quiet_until):
                self.hold()
                self.deliver(seq, query, "entities", entities)
                self._after_frame(seq)
            if query and self._warm:
                self._warm_before_results(seq)
            if self.superseded(seq):
                return
            results = self.reader.run(self._interruptible, seq, query)
        except sqlite3.OperationalError as e:
            if not self.superseded(seq):
                self.failed(seq, f"search failed: {e}")
            return
        except Exception as e:  # noqa: BLE001 - one line on the screen, the TUI goes on
            self.failed(seq, f"search failed: {type(e).__name__}: {e}")
            return
        if results is not None:
            if query:
                self._warm.clear()  # the whole search loaded what the warm-up would have
                if not self._frozen:
                    heap.keep_loaded()
                    self._frozen = True
            if query and self._first_whole and not self.superseded(seq):
                self._first_whole = False
                self._read_named_first(seq, query, results)
            if not self.superseded(seq):
                with self._wake:
                    self._ahead = (seq, query, results)
                    if self._idle is None and query:
                        self._idle = searching.first_use_steps(self.reader)
                    self._active_at = time.monotonic()  # the quiet counts from the results painted
                self.hold()  # the read-ahead waits for this frame
                self.deliver(seq, query, "whole", results)

    def _park(self, seq: int, entities: list[dict], quiet_until: float | None) -> bool:
        """Keep the entity hits for the UI's early paint (take_early) when they came
        before it: the UI draws none of them before then and mostly draws the whole
        results instead, so they are neither posted (a message wakes the UI thread in the
        middle of the whole search) nor waited for (two thread switches a key, each a
        wait for a core on a loaded machine). False: the early paint has looked already
        (or its time is past), so they are delivered and drawn now."""
        with self._wake:
            self._entities = (seq, entities)
            self._parked = quiet_until is not None and self._early_taken != seq and time.monotonic() < quiet_until
            return self._parked

    def _warm_before_results(self, seq: int) -> None:
        """The first query's whole results wait for the warm-up steps left (its entity hits
        are painted meanwhile when they take longer than the screen's early paint). Run
        after those results, as the read-ahead did, they held the GIL just as the next
        key came: the knowledge base's matcher alone, which a name + topic word needs, is
        30-40 ms of CPU at 100,000 articles (80 ms under load), and a typist's first key
        after the results waited for it (its keystroke 40-290 ms, 2026-12-05, tui52)."""
        while self._warm and not self.superseded(seq):
            self._run_quietly(self._warm.pop(0))

    def _read_named_first(self, seq: int, query: str, results: list[dict]) -> None:
        """The screen's first whole results wait for the read of the articles of the entity
        they name (searching.read_named_articles: ~6 ms of CPU for a name in 12,500 of
        100,000 articles), as they wait for the warm-up steps left (_warm_before_results).
        Left to the read-ahead after them, the read raced the next key: a topic word begun
        at once after a pasted name («khorgos» then « о») types on, so its search waited
        for the rest of the read, 0.5 ms or 5-30 ms by when the first frame let the read
        begin (bench/README.md «Stop 47, tui86»). A first query is mostly pasted or typed
        before the warm-up ends, and is 0.3-0.5 s already; a newer key stops the read
        between its pieces (what was read is kept, the key's search reads the rest)."""
        try:
            self.reader.run(searching.read_named_articles, results, stop=lambda: self.superseded(seq))
        except Exception:  # noqa: BLE001 - best effort, as the read-ahead: a search needing it reads it
            pass
        if not self.superseded(seq):
            self._look_up_name(query, results)

    def _look_up_name(self, query: str, results: list[dict]) -> None:
        """Look up the name's run of words that a topic word typed after `query` is split
        on (searching.look_up_name_ahead: ~0.7-2 ms once a name at 100,000 articles,
        ~0.05 ms when kept), after the first results' read and, once a word is begun
        after the text (_word_begun), before the read-ahead's steps: the word's second
        letter asks it, as it asks the name's articles (bench/README.md «Stop 47, tui87»)."""
        try:
            self.reader.run(searching.look_up_name_ahead, query, results, self.reader)
        except Exception:  # noqa: BLE001 - best effort: the split looks it up itself
            pass

    def _read_ahead(self, seq: int, query: str, results: list[dict]) -> None:
        """Once the whole results are painted and no key waits: what the next keys will
        likely need after them (searching.read_ahead: at most one entity's articles,
        MAX_FOCUS_ARTICLES, ~6 ms of CPU at 100,000 articles, once per name, then its
        spellings ranked for a topic word of each script, 1-3 ms each). Any key that comes
        meanwhile stops it after the step in progress (_key_waits), a key that types on
        after `query` («khorgos о» after «khorgos») too: what was read stays in the
        engine's memos and its whole search reads the rest it needs itself, while its
        search no longer waits for every step (the spellings after the articles: 0.3-2 ms
        at 100,000 articles; the articles' read itself, 5-7 ms, is asked too between its
        pieces of ~1,000 articles, ≤1.4 ms each, and a search that needs it goes on from
        there: bench/README.md «Stop 42, tui73», «tui74»), except by a key that types on,
        which lets the articles' read finish (_other_key_waits, «Stop 43, tui76»). Its
        SQL is not interrupted: a progress handler takes the GIL every PROGRESS_STEPS
        steps, where the read otherwise runs beside the UI thread drawing the key (with
        one, «khorgos о» was slower in the probe, bench/README.md «Stop 39, tui67»)."""
        self._after_frame(seq)
        if self._other_key_waits(query)():
            return
        if _word_begun(query):
            self._look_up_name(query, results)
        try:
            self.reader.run(
                searching.read_ahead,
                results,
                self.reader,
                stop=self._key_waits,
                stop_articles=self._other_key_waits(query),
            )
        except Exception:  # noqa: BLE001 - best effort: the next query reports its own errors
            pass

    def _key_waits(self) -> bool:
        """Has a key come since the read-ahead began (or the screen closed)? Read without
        the lock: a stale answer only reads on a step."""
        return self._stopped or self._pending is not None

    def _other_key_waits(self, query: str) -> Callable[[], bool]:
        """What the read of the named entity's articles asks between its pieces: has a key
        come that does not type on after `query` (or the screen closed)? A key that types on
        («khorgos о» after «khorgos», «khorgos оч» after «khorgos о») lets the read finish
        first: the topic word it begins needs the articles at its next letters, if not at
        this one (a one-letter word is not searched as a topic), and the typist's next key
        came at once after this one's results, before the read-ahead after them had read a
        piece. Stopped there, the read landed whole on that next key («khorgos оч»: 15-22 ms
        at 100,000 articles, stop 42's slowest key); finished here, the key that types on
        waits for what is left of it (bench/README.md «Stop 43, tui76»)."""

        def other_key_waits() -> bool:
            pending = self._pending
            return self._stopped or (pending is not None and not _types_on(pending[1], query))

        return other_key_waits

    def _after_frame(self, seq: int) -> None:
        """Wait, at most FRAME_WAIT_S, for the frame the UI thread owes (or a newer query)."""
        deadline = time.monotonic() + FRAME_WAIT_S
        with self._wake:
            while self._frame_due and not self.superseded(seq):
                left = deadline - time.monotonic()
                if left <= 0:
                    return
                self._wake.wait(left)

    def _interruptible(self, store, seq: int, query: str) -> list[dict] | None:
        """The whole search, its SQLite queries stopped as soon as a newer query is
        submitted (None then). Runs under the reader's lock: the handler is set on
        the shared connection only for this call."""
        conn = store.conn
        conn.set_progress_handler(lambda: 1 if self.superseded(seq) else 0, PROGRESS_STEPS)
        try:
            results = searching.search(store, query, self.reader)
            searching.cut_snippets(store, results, self.rows)
            return results
        except sqlite3.OperationalError:
            if self.superseded(seq):
                return None  # interrupted: the newer query is next
            raise
        finally:
            conn.set_progress_handler(None, 0)


def _word_begun(query: str) -> bool:
    """Is a word begun after the text's others («khorgos » or «khorgos о»)? Then the next
    letters split it off the name before it, and the read-ahead looks that name up; while
    the name itself is typed («khorgo») its read-ahead does not (1-2 ms a key for a
    prefix no split asks; a pasted name is looked up with the first results)."""
    words = query.split()
    return bool(words) and (query.endswith(" ") or len(words) > 1 and len(words[-1]) == 1)


def _types_on(text: str, query: str) -> bool:
    """Is `text` `query` with a word begun after its first («khorgos о» after «khorgos»,
    «khorgos оч» after «khorgos о»)? A name still being typed letter by letter («khor»
    after «kho») is not: its next letters may name another entity, whose articles the
    read-ahead of this one's would not have read."""
    return bool(query.strip()) and len(text) > len(query) and text.startswith(query) and len(text.split()) > 1

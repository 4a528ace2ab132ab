"""One TUI process for bench/search_cold.py: open the store, then time the search
screen from key events to the frames that show their results.

- first search: "/" and the query's keys sent at once (a fast typist, or a paste)
  as soon as the main screen's lists are in, to the repaint with the query's whole
  results (the engine warmed, the index mapped, keys typed meanwhile coalesced), and
  the process's CPU time over it (all threads; read when the probe sees that frame);
- then KEYS typed one at a time (each waits for the previous one's whole results):
  from the key event (made by the probe, as the terminal driver makes it) to the end
  of the repaint that shows that keystroke's hits: `keystrokes_ms` the first such
  frame (the narrowed earlier hits, or the engine's entity hits, or everything if
  that came first), `keystrokes_entities_ms` the frame with the engine's entity hits
  (or everything), `keystrokes_whole_ms` the frame with the whole results, and
  `keystrokes_ui_cpu_ms` the UI thread's CPU time from the key to its first frame
  (the probe's own polling included): what the keystroke costs the UI thread
  without the wait for a core on a loaded machine (the search thread's CPU aside);
  `keystrokes_ui_whole_cpu_ms` the same to the frame with the whole results, and
  `keystrokes_search_cpu_ms` the search thread's CPU from the key to that frame (its
  clock read by the frame: the thread then waits for the frame to be drawn), and
  `between_keys_search_cpu_ms` its CPU from that frame to the next key (the read-ahead
  and idle work a key left; with PAUSE_S 0 mostly none). The two threads' CPU say what
  a key costs whatever the machine's load (bench/tui_keystroke.py alternates checkouts
  on these figures).

A step's time is the end of the frame that first draws its rows (see _record_frames). Textual's Pilot waits for the
process to go idle after a key; the times here do not include that wait. Prints one
JSON line.

    python bench/search_tui_probe.py STORE QUERY [PAUSE_S]

PAUSE_S (default 0): a typist's pause before each of KEYS, after the previous key's
whole results are painted. Without it every key follows the last frame at once, so
nothing the search thread does while idle (its read-ahead) ever runs.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# typed after the query, one search each: a topic word, taken back, another
KEYS = [*" очередь", *["backspace"] * 8, *" railway"]

FIRST_TIMEOUT_S = 600.0
# (seq, phase, time.monotonic(), UI thread CPU, search thread CPU) at the frame
PAINTS: list[tuple[int, str, float, float, float]] = []
SEARCH_CPU: list = [lambda: float("nan")]  # the search thread's CPU clock, once its thread is up (_search_clock)


def _record_frames(screen_class, list_class) -> None:
    """Stamp each result step with the end of the frame that first draws it: the
    screen's `_show` marks a step (seq, phase) as shown once it changed the rows; the
    result list's `render_lines` (called while a frame is composed) moves the marks
    shown so far into that frame; the screen's compositor refresh, after writing the
    frame, stamps them. Wrapping, not editing, the screen: the same probe times an
    older one. A phase is "narrowed", "entities" or "whole" (older screens pass
    whether the results were whole). `list_class` is Textual's Widget: the result list
    is an OptionList in older screens, a ResultRows now, and both draw through it."""
    shown: list[tuple[int, str]] = []
    in_frame: list[tuple[int, str]] = []
    real_show, real_render, real_refresh = screen_class._show, list_class.render_lines, screen_class._compositor_refresh

    def _show(self, seq, query, results, *args):
        last = args[-1]
        mark = (seq, last if isinstance(last, str) else ("whole" if last else "entities"))
        shown.append(mark)  # already, for a screen that draws its frame inside _show
        real_show(self, seq, query, results, *args)
        if mark not in shown:
            return  # drawn (and stamped) inside
        shown.remove(mark)
        if self.last_results is results:  # shown (an older screen drops stale steps inside)
            if getattr(self, "rows_changed", True):
                shown.append(mark)
            else:  # the rows on screen already say this: no frame to wait for
                PAINTS.append((*mark, time.monotonic(), time.thread_time(), SEARCH_CPU[0]()))

    def render_lines(self, crop):
        if self.id == "search-results":
            in_frame.extend(shown)
            shown.clear()
        return real_render(self, crop)

    def _compositor_refresh(self):
        real_refresh(self)
        now, cpu = time.monotonic(), time.thread_time()  # the UI thread's CPU (frames are written there)
        search_cpu = SEARCH_CPU[0]()
        PAINTS.extend((seq, phase, now, cpu, search_cpu) for seq, phase in in_frame)
        in_frame.clear()

    screen_class._show, list_class.render_lines, screen_class._compositor_refresh = (
        _show,
        render_lines,
        _compositor_refresh,
    )


def _send(app, key: str) -> float:
    """Post one key event as Pilot.press makes it (without its wait for the process
    to go idle); the event's time (time.monotonic() at its making)."""
    import unicodedata

    from textual import events
    from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    try:
        char = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        char = key if len(key) == 1 else None
    event = events.Key(key, char)
    event.set_sender(app)
    app._driver.send_message(event)
    return event.time


async def _until(condition, timeout: float = 60.0) -> None:
    t0 = time.monotonic()
    while not condition() and time.monotonic() - t0 < timeout:
        await asyncio.sleep(0.002)


def _first(seq: int, phases: tuple[str, ...], cpu: bool = False, search_cpu: bool = False) -> float | None:
    """The earliest frame of step `seq` in one of `phases`: its time, or the UI thread's
    (`cpu`) or the search thread's (`search_cpu`) CPU clock then."""
    times = [(sc if search_cpu else c if cpu else t) for s, p, t, c, sc in PAINTS if s == seq and p in phases]
    return min(times) if times else None


def _search_clock(screen) -> None:
    """Read the search thread's CPU from now on (SEARCH_CPU): the thread of the screen's
    SearchRunner (made in the screen's on_mount, after the box has the focus, so looked
    up at each read until it is there; Linux's per-thread clock); NaN without one."""
    clocks: list[int] = []

    def read() -> float:
        if not clocks:
            thread = getattr(getattr(screen, "_runner", None), "_thread", None)
            if thread is None or thread.ident is None:
                return float("nan")
            clocks.append(time.pthread_getcpuclockid(thread.ident))
        try:
            return time.clock_gettime(clocks[0])
        except OSError:  # the thread ended (the screen closed)
            return float("nan")

    SEARCH_CPU[0] = read


async def probe(db: str, query: str, pause_s: float = 0.0) -> dict:
    from textual.widget import Widget
    from textual.widgets import Input

    from tui.cli import build_app
    from tui.screens.search_screen import SearchScreen

    _record_frames(SearchScreen, Widget)
    app = build_app(["--db", db])
    try:  # the explorer's own process keeps its first search's tables out of the collector's walks
        from tui import heap

        heap.own_process()
    except ImportError:  # a checkout from before tui/heap.py (stop 38)
        pass
    async with app.run_test(size=(100, 30)):
        await app.workers.wait_for_complete()
        cpu_first = time.process_time()
        t0 = _send(app, "slash")
        # keys sent before the search box was up once failed a run at load 20 (the screen's
        # on_mount found no Input); a user types once the box is there, so the probe waits for it
        await _until(lambda: isinstance(app.screen, SearchScreen) and isinstance(app.focused, Input))
        screen = app.screen
        _search_clock(screen)
        for ch in query:
            _send(app, ch)
        box = screen.query_one("#search-input")
        # up to FIRST_TIMEOUT_S: with the index built in the process this takes 15-60 s under load
        await _until(lambda: box.value == query and _first(screen._seq, ("whole",)) is not None, FIRST_TIMEOUT_S)
        if _first(screen._seq, ("whole",)) is None:
            raise SystemExit(f"search_tui_probe: no frame with the whole results of {query!r} in {FIRST_TIMEOUT_S} s")
        first = _first(screen._seq, ("whole",)) - t0
        cpu_first = time.process_time() - cpu_first  # all threads, to about that frame
        keys, entities, whole, cpus, narrowed = [], [], [], [], 0
        whole_cpus, search_cpus, between, seqs, first_seq = [], [], [], [], screen._seq
        last_search = _first(screen._seq, ("whole",), search_cpu=True)
        for key in KEYS:
            if pause_s:
                await asyncio.sleep(pause_s)
            seq = screen._seq + 1
            seqs.append(seq)
            search0 = SEARCH_CPU[0]()
            between.append(round((search0 - last_search) * 1000, 2))
            cpu0 = time.thread_time()
            sent = _send(app, key)
            await _until(lambda s=seq: _first(s, ("whole",)) is not None)
            keys.append(round((_first(seq, ("narrowed", "entities", "whole")) - sent) * 1000, 1))
            entities.append(round((_first(seq, ("entities", "whole")) - sent) * 1000, 1))
            whole.append(round((_first(seq, ("whole",)) - sent) * 1000, 1))
            cpus.append(round((_first(seq, ("narrowed", "entities", "whole"), cpu=True) - cpu0) * 1000, 1))
            whole_cpus.append(round((_first(seq, ("whole",), cpu=True) - cpu0) * 1000, 2))
            last_search = _first(seq, ("whole",), search_cpu=True)
            search_cpus.append(round((last_search - search0) * 1000, 2))
            narrowed += _first(seq, ("narrowed",)) is not None
        return {
            "first_search_s": round(first, 3),
            "first_search_cpu_s": round(cpu_first, 3),
            "keystrokes_ms": keys,
            "keystrokes_entities_ms": entities,
            "keystrokes_whole_ms": whole,
            "keystrokes_ui_cpu_ms": cpus,
            "keystrokes_ui_whole_cpu_ms": whole_cpus,
            "keystrokes_search_cpu_ms": search_cpus,
            "between_keys_search_cpu_ms": between,
            "first_search_seq": first_seq,
            "key_seqs": seqs,
            "narrowed_keys": narrowed,
        }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(probe(sys.argv[1], sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 0.0))))

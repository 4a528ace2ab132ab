"""One TUI process for bench/search_cold.py: open the store, `/`, type a query and
time the first search (first key to the repaint with its whole results), then type
more keys and time each. A keystroke's time runs from Input.Changed (the screen's
handler, just after the key reached the input) to the end of the repaint that shows
its results: `keystrokes_ms` to the first results painted (the entity hits: alias
index and knowledge base), `keystrokes_whole_ms` to the whole results (articles too),
and `entity_cpu_ms` the search worker thread's CPU time for the entity hits (what a
keystroke costs without the wait for a core on a loaded machine).
Textual's Pilot delivers the key itself, so the time from a real key press to
Input.Changed is not counted. Prints one JSON line.

    python bench/search_tui_probe.py STORE QUERY
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MORE = " очередь"  # typed after the query: each key a search of its own


async def probe(db: str, query: str) -> dict:
    from tui.cli import build_app
    from tui.screens.search_screen import SearchScreen

    app = build_app(["--db", db])
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        t0 = time.perf_counter()
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        for ch in query:
            await pilot.press(ch)
        await _painted(screen)
        first = time.perf_counter() - t0
        keys, whole, cpu = [], [], []
        for ch in MORE:
            await pilot.press("space" if ch == " " else ch)
            await _painted(screen)
            keys.append(round(screen.last_latency_s * 1000, 1))  # from Input.Changed to the first repaint
            whole.append(round(screen.last_full_latency_s * 1000, 1))  # ... to the repaint with articles
            cpu.append(round(screen.last_worker_cpu_s * 1000, 1))  # the worker thread's CPU for the entity hits
        return {
            "first_search_s": round(first, 3),
            "keystrokes_ms": keys,
            "keystrokes_whole_ms": whole,
            "entity_cpu_ms": cpu,
        }


async def _painted(screen, timeout: float = 60.0) -> None:
    """Until the last keystroke's whole results are painted (its first ones came before)."""
    t0 = time.perf_counter()
    while screen.full_seq != screen._seq and time.perf_counter() - t0 < timeout:
        await asyncio.sleep(0.001)


if __name__ == "__main__":
    print(json.dumps(asyncio.run(probe(sys.argv[1], sys.argv[2]))))

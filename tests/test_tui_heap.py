"""The explorer keeps what its first search loaded out of the collector's walks (tui/heap.py)."""

from __future__ import annotations

import subprocess
import sys
import time

from tests.test_search_first_use import _runner, _until


def test_the_runner_freezes_after_the_first_whole_results_and_the_last_table(monkeypatch):
    from tui import heap

    events: list[str] = []
    monkeypatch.setattr(heap, "keep_loaded", lambda: events.append("freeze"))
    runner = _runner(monkeypatch, [lambda: events.append("table 1"), lambda: events.append("table 2")], events)
    runner.start()
    try:
        runner.submit(1, "khorgos")
        _until(lambda: "table 2" in events)
        time.sleep(0.1)
        runner.submit(2, "khorgos о")
        _until(lambda: "search khorgos о" in events)
        time.sleep(0.1)
    finally:
        runner.stop()
    assert events.count("freeze") == 2  # once after the first whole results, once after the last table
    assert events.index("freeze") > events.index("search khorgos")
    assert events.index("freeze", events.index("table 2")) > events.index("table 2")


_FREEZE = """
import gc
from tui import heap
{enable}
gc.collect()
heap.keep_loaded()
print(gc.get_freeze_count())
"""


def _freeze_count(enable: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", _FREEZE.format(enable=enable)], capture_output=True, text=True, check=True
    )
    return int(out.stdout)


def test_only_the_explorers_own_process_is_frozen():
    assert _freeze_count("") == 0  # a caller's process (a test, an embedding) keeps its collector
    assert _freeze_count("heap.own_process()") > 1000

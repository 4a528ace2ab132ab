"""bench/search_cold.py --tui prints, beside the p95 over every key of every run, the p95
of each keystroke's least time over the runs (perf75): one slow moment of a shared
machine moves the first by a key's worth, the second only when every run met it."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import search_cold  # noqa: E402


def test_each_keystroke_keeps_its_least_time_over_the_runs():
    runs = [[2.0, 30.0, 9.0, 4.0], [2.5, 8.0, 40.0, 3.0], [3.0, 7.5, 10.0, 5.0]]
    line = search_cold._least_of_runs(runs)
    assert "least of 3 runs per keystroke" in line
    assert "p95 9.0 ms" in line  # least times 2.0, 7.5, 9.0, 3.0: of four keys the p95 is the slowest
    assert "slowest key #3 9.0 ms" in line


def test_one_run_or_runs_of_other_lengths_give_no_least_figure():
    assert search_cold._least_of_runs([[1.0, 2.0]]) == ""
    assert search_cold._least_of_runs([[1.0, 2.0], [1.0]]) == ""
    assert search_cold._least_of_runs([[], []]) == ""

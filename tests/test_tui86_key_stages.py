"""bench/tui_key_stages.py: a keystroke's stages, each read from the stamps of its own
key (tui86). The stages are what the README's breakdown of the slow keys rests on, so
they are checked on made-up stamps where every figure is known, and once end to end on
the sample store (the explorer under Textual's Pilot, as the probe runs it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import tui_key_stages as ks  # noqa: E402


def _ev(ms: float, cpu_ms: float, thread: str, tag: str, detail=None):
    return (100.0 + ms / 1000, cpu_ms / 1000, thread, tag, detail)


def _two_keys() -> list:
    ui, search = "MainThread", "search"
    return sorted(
        [
            _ev(0.0, 0, "probe", "key", "a"),
            _ev(0.4, 10.0, ui, "edit>"),
            _ev(0.6, 10.1, ui, "edit<"),
            _ev(0.2, 50.0, search, "ahead>"),  # the last results' read-ahead, finished before the key's query
            _ev(1.5, 51.2, search, "ahead<"),
            _ev(1.6, 51.3, search, "start>", 7),
            _ev(1.7, 51.4, search, "search>", "entities"),
            _ev(2.0, 51.6, search, "sql.entities_named>", ""),
            _ev(2.9, 52.4, search, "sql.entities_named<", ""),
            _ev(5.7, 55.0, search, "search<", "entities"),
            _ev(5.8, 55.1, search, "search>", "whole"),
            _ev(6.0, 55.2, search, "sql.fts_scored_listed>", '"rail"'),
            _ev(8.5, 57.5, search, "sql.fts_scored_listed<", '"rail"'),
            _ev(8.6, 57.6, search, "sql.change_marks>", ""),
            _ev(8.7, 57.7, search, "sql.change_marks<", ""),
            _ev(8.8, 57.8, search, "search<", "whole"),
            _ev(8.9, 57.9, search, "snippets>"),
            _ev(9.9, 58.8, search, "snippets<"),
            _ev(3.0, 11.0, ui, "sql.article_heads_by_rowid>", ""),  # the UI thread's own read: not the key's search
            _ev(4.0, 12.0, ui, "sql.article_heads_by_rowid<", ""),
            _ev(10.3, 13.0, ui, "hits>", [7, "whole"]),
            _ev(10.4, 13.1, ui, "rows>"),
            _ev(11.0, 13.6, ui, "rows<"),
            _ev(11.1, 13.7, ui, "paint>"),
            _ev(14.6, 17.0, ui, "paint<"),
            _ev(14.7, 17.1, ui, "hits<", [7, "whole"]),
            _ev(20.0, 0, "probe", "key", "b"),
            _ev(20.3, 20.0, ui, "edit>"),
            _ev(20.5, 20.2, ui, "edit<"),
        ],
        key=lambda e: e[0],
    )


def test_each_stage_is_read_from_its_key_stamps():
    first, second = ks.key_stages(_two_keys(), [100.0, 100.02], [7, 8], {7: 100.0148, 8: 100.0222})
    assert first["key"] == 1 and second["key"] == 2
    assert first["edit"] == pytest.approx(0.4)
    assert first["start"] == pytest.approx(1.6)
    assert first["ahead"] == pytest.approx(1.3)  # wall of the read-ahead before the key's query began
    assert first["entities"] == pytest.approx([4.0, 3.6])  # [wall, CPU] of the search thread
    assert first["search"] == pytest.approx([3.0, 2.7])
    assert first["snippets"] == pytest.approx([1.0, 0.9])
    assert first["hits"] == pytest.approx(10.3)
    assert first["rows"] == pytest.approx(0.5)  # the UI thread's CPU
    assert first["paint"] == pytest.approx(3.3)
    assert first["whole"] == pytest.approx(14.8)
    names = [s[0] for s in first["sql"]]
    assert names == ["fts_scored_listed", "entities_named", "change_marks"]  # slowest first
    assert first["sql"][0][1:] == pytest.approx([6.0, 2.5])  # from the key, and its wall
    assert "article_heads_by_rowid" not in names  # another thread's read
    # the second key searched nothing (a space between words): its stages are empty, not the first key's
    assert second["edit"] == pytest.approx(0.3)
    assert second["start"] is None and second["entities"] is None and second["hits"] is None
    assert second["sql"] == [] and second["whole"] == pytest.approx(2.2)


def test_a_newer_querys_stamps_are_not_the_keys():
    events = _two_keys()
    # the same key's window also holds a query of another seq (a key typed meanwhile)
    events = sorted(
        [*events, _ev(1.0, 51.0, "search", "start>", 6), _ev(1.1, 51.05, "search", "start<", 6)], key=lambda e: e[0]
    )
    first = ks.key_stages(events, [100.0, 100.02], [7, 8], {7: 100.0148, 8: 100.0222})[0]
    assert first["start"] == pytest.approx(1.6)  # seq 7's, not seq 6's
    assert ks.key_stages(events, [100.0], [9], {})[0]["hits"] is None  # no Hits of seq 9


def test_medians_take_each_stage_and_each_half_of_a_pair():
    runs = [
        [{"key": 1, "edit": 1.0, "entities": [4.0, 3.0], "whole": 10.0}],
        [{"key": 1, "edit": 3.0, "entities": [6.0, 5.0], "whole": 30.0}],
        [{"key": 1, "edit": 2.0, "entities": None, "whole": 20.0}],
    ]
    for run in runs:
        for stage in ks.STAGES:
            run[0].setdefault(stage, None)
    row = ks.medians(runs)[0]
    assert row["edit"] == 2.0 and row["whole"] == 20.0
    assert row["entities"] == [5.0, 4.0]  # the runs that had the stage
    assert row["search"] is None
    assert "#1" in ks.table([row])


def test_a_run_on_the_sample_store_stamps_every_searched_key(sample_store_path):
    env = {**os.environ, "PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1"}
    cmd = [sys.executable, str(REPO / "bench" / "tui_key_stages.py"), "--child", str(REPO)]
    proc = subprocess.run(
        [*cmd, "--db", str(sample_store_path), "--query", "khorgos"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    stages = json.loads(proc.stdout.strip().splitlines()[-1])["stages"]
    assert len(stages) == 24
    searched = [s for s in stages if s["start"] is not None]
    assert len(searched) >= 15  # the topic letters and backspaces (a space alone searches nothing)
    for s in searched:
        assert s["edit"] is not None and s["edit"] <= s["start"] <= s["whole"]
        assert s["entities"] and s["search"] and s["hits"] is not None and s["hits"] <= s["whole"] + 0.01
        assert s["paint"] is not None and s["paint"] >= 0
    assert any(s["sql"] for s in searched)


def test_a_read_ahead_begun_before_the_key_counts_from_the_key():
    """Key 2 of the probe: the read-ahead of the name's articles began after the first
    search's frame, before the key, and the key's query waited for its end."""
    events = [e for e in _two_keys() if e[3] not in ("ahead>", "ahead<")]
    events = sorted(
        [*events, _ev(-3.0, 49.0, "search", "ahead>"), _ev(1.2, 51.1, "search", "ahead<")], key=lambda e: e[0]
    )
    first = ks.key_stages(events, [100.0, 100.02], [7, 8], {7: 100.0148, 8: 100.0222})[0]
    assert first["ahead"] == pytest.approx(1.2)

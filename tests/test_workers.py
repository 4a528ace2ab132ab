"""The worker pool hands the rest of a task behind a slow unit to an idle worker, and
every unit's result and every task's end is reported exactly once."""

from __future__ import annotations

import os
import time
from pathlib import Path

from store.workers import WorkerPool


def split(task):
    return list(task)


def label(unit):
    return str(unit)


def process(unit):
    if unit.startswith("slow"):
        time.sleep(6)
    return unit


DONE_DIR = "BORDERDOCS_TEST_DONE_DIR"  # where units leave a mark once done (workers are spawned with it)


def busy_until_the_rest_is_done(unit, others: int = 5, longest: float = 30.0):
    """The slow unit stays busy until the `others` units left their mark, or `longest` s
    at most: it still holds its worker while the rest goes through, and a pool that kept
    the rest behind it still gives them after it, failing the test; the test takes the
    time the rest take. `longest` is only reached by a failing pool, so it is generous:
    at 6 s a loaded machine (load 8-9, the other worker still spawning) ran out of it
    with a correct pool."""
    marks = Path(os.environ[DONE_DIR])
    if unit.startswith("slow"):
        deadline = time.monotonic() + longest
        while len(list(marks.iterdir())) < others and time.monotonic() < deadline:
            time.sleep(0.02)
    else:
        (marks / unit).touch()
    return unit


def test_units_behind_a_slow_one_go_to_an_idle_worker(tmp_path, monkeypatch):
    monkeypatch.setenv(DONE_DIR, str(tmp_path))
    tasks = [("slow", "a1", "a2", "a3", "a4"), ("b1",)]
    pool = WorkerPool(2, split=split, label=label, process=busy_until_the_rest_is_done, timeout=60)
    events = list(pool.run(iter(tasks)))
    items = [e[2] for e in events if e[0] == "item"]
    assert sorted(items) == sorted(["slow", "a1", "a2", "a3", "a4", "b1"])
    # a1..a4 were done by the other worker while the slow unit slept
    assert items.index("a4") < items.index("slow")
    done = [e[1] for e in events if e[0] == "done"]
    assert sorted(done) == sorted(tasks)


def test_a_timed_out_unit_in_a_cut_task_is_reported_once():
    tasks = [("slow-x", "c1", "c2"), ("d1",)]
    pool = WorkerPool(2, split=split, label=label, process=process, timeout=4)
    events = list(pool.run(iter(tasks)))
    assert [e[2] for e in events if e[0] == "timeout"] == ["slow-x"]
    assert sorted(e[2] for e in events if e[0] == "item") == ["c1", "c2", "d1"]
    assert sorted(e[1] for e in events if e[0] == "done") == sorted(tasks)


def split_reading(task):
    """Reading a task: one containing «hang» takes longer than any budget."""
    if "hang" in task:
        time.sleep(30)
    return list(task)


def divide(task):
    return [(one,) for one in task] if len(task) > 1 else []


def test_a_hanging_read_in_a_task_of_several_files_loses_only_itself():
    tasks = [("e1", "hang", "e2")]
    pool = WorkerPool(2, split=split_reading, label=label, process=process, timeout=3, divide=divide)
    events = list(pool.run(iter(tasks)))
    assert sorted(e[2] for e in events if e[0] == "item") == ["e1", "e2"]
    assert [e[1] for e in events if e[0] == "timeout"] == [("hang",)]
    assert sorted(e[1] for e in events if e[0] == "done") == [("e1",), ("e2",), ("hang",)]


def test_in_one_process_too_a_hanging_read_loses_only_itself():
    from store.workers import run_inline

    events = list(
        run_inline(
            iter([("f1", "hang", "f2")]), split=split_reading, label=label, process=process, timeout=2, divide=divide
        )
    )
    assert sorted(e[2] for e in events if e[0] == "item") == ["f1", "f2"]
    assert [e[1] for e in events if e[0] == "timeout"] == [("hang",)]

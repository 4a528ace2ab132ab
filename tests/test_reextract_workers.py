"""`reextract --jobs N` runs its workers in ingest's pool (store.workers.WorkerPool).

multiprocessing.Pool's terminate, which reextract used before, waits for its task
handler and idle workers through a queue lock; after an ingest in the same process had
started the fork server, it waited forever once and CI's suite never finished. The
pool of store.workers stops its workers by killing them. These tests run a whole ingest
and reextract in a child process with a time limit, so a hang fails here instead of
stopping the suite, and check that results come back in storage order whatever order
the workers finish in.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from store.ingest import reextract as rx

from .test_rex56_reextract import corpus  # noqa: F401 - a fixture

ROOT = Path(__file__).resolve().parents[1]

_SCRIPT = """
import sys
from store.ingest import ingest
from store.ingest.reextract import reextract

corpus, path = sys.argv[1], sys.argv[2]
ingest([corpus], path, jobs=2)

def stop_after_one(done, total, file):
    if done == 1:
        raise KeyboardInterrupt

first = reextract(path, everything=True, jobs=2, progress=stop_after_one)
second = reextract(path, everything=True, jobs=2)
print(first.interrupted, first.done, first.total, second.interrupted, second.done + second.resumed, second.failed)
"""


def test_an_interrupted_run_and_a_whole_one_after_an_ingest_end(corpus, tmp_path):  # noqa: F811
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(corpus), str(tmp_path / "s.db")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    interrupted, first_done, total, again_interrupted, covered, failed = done.stdout.split()
    assert (interrupted, first_done, total) == ("True", "1", "3")  # the article read before the stop is kept (ui64)
    assert (again_interrupted, covered, failed) == ("False", "3", "0")


class _Shuffling:
    """A stand-in for WorkerPool: takes every task, then reports them last first; the
    second task's worker crashes, and the first task gets no event at all."""

    def __init__(self, jobs, **_):
        self.jobs = jobs

    def run(self, tasks):
        taken = list(tasks)
        for index, row in reversed(taken):
            if index == 1:
                yield ("crash", (index, row), row[2], "worker process was killed (SIGKILL)")
            elif index != 0:
                yield ("item", (index, row), (index, (row[1], "extraction", ())))
            yield ("done", (index, row))


def test_results_come_back_in_storage_order_and_none_is_lost(monkeypatch):
    import store.workers

    monkeypatch.setattr(store.workers, "WorkerPool", _Shuffling)
    rows = [(rowid, f"id{rowid}", f"f{rowid}.txt") for rowid in range(4)]
    got = list(rx._in_workers(iter(rows), 2, None))
    assert [row for row, _ in got] == rows
    assert [result for _, result in got] == [
        ("id0", None, ()),  # no event: counted failed, never dropped
        ("id1", None, ()),  # its worker crashed: keeps its stored extraction
        ("id2", "extraction", ()),
        ("id3", "extraction", ()),
    ]

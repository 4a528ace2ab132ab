"""The end of a run with several workers: once a worker is idle with no task left, the
pool says so once ("drained"), and the writer commits what it holds then and after every
task from there on, so the last transaction holds one task's articles, not seconds of them.
Sentences here are made up."""

from __future__ import annotations

from store.db import store as db
from store.ingest import ingest
from store.ingest.worker import Result
from store.ingest.writer import Summary, Writer
from store.workers import WorkerPool
from tests.test_workers import DONE_DIR, busy_until_the_rest_is_done


def split(task):
    return list(task)


def label(unit):
    return str(unit)


def process(unit):
    return unit


def test_the_pool_says_once_that_a_worker_is_idle_for_good():
    tasks = [("a1", "a2"), ("b1",), ("c1", "c2", "c3")]
    events = list(WorkerPool(2, split=split, label=label, process=process, timeout=60).run(iter(tasks)))
    kinds = [e[0] for e in events]
    assert kinds.count("drained") == 1
    # every task was handed out before it: at most the tasks still on a worker end after it
    assert kinds.index("drained") > kinds.index("done")
    assert sorted(e[2] for e in events if e[0] == "item") == ["a1", "a2", "b1", "c1", "c2", "c3"]
    assert sorted(e[1] for e in events if e[0] == "done") == sorted(tasks)


def _rejected(name: str) -> Result:
    return Result(f"/made/up/{name}", name, "rejected", "made-up reason")


def test_after_finish_soon_every_task_end_commits(tmp_path):
    store = db.open_store(tmp_path / "s.db", write=True, create=True)
    summary = Summary()
    writer = Writer(store, summary, None, None)
    try:
        writer.add(_rejected("one.txt"))
        writer.task_done()  # before the end: the batch goes on (COMMIT_SECONDS, COMMIT_EVERY)
        assert len(writer.pending) == 1 and not summary.rejected
        writer.finish_soon()  # what is pending is written at once
        assert not writer.pending and [f for f, _ in summary.rejected] == ["one.txt"]
        writer.add(_rejected("two.txt"))
        writer.task_done()  # and from now on at every task's end
        assert not writer.pending and [f for f, _ in summary.rejected] == ["one.txt", "two.txt"]
    finally:
        store.close()


def test_two_workers_store_what_one_stores(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for k in range(20):
        (corpus / f"n{k:02d}.txt").write_text(
            f"Очередь на посту номер {k}\n\nВодители грузовиков ждали у пункта пропуска «Хоргос» "
            f"{k + 2} часа, сообщил аким района Серик Жумабаев.\n",
            encoding="utf-8",
        )
    counts = []
    for jobs in (1, 2):
        path = tmp_path / f"j{jobs}.db"
        summary = ingest([corpus], path, jobs=jobs)
        store = db.open_store(path)
        try:
            rows = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            logged = store.conn.execute("SELECT count(*) FROM ingest_log").fetchone()[0]
        finally:
            store.close()
        counts.append((summary.ingested, rows, logged))
    assert counts[0] == counts[1] == (20, 20, 20)


def slow_first(unit):
    """«slow» busy until the seven other units are done, 5 s at most (the fixed sleep it was)."""
    return busy_until_the_rest_is_done(unit, others=7, longest=5.0)


def test_a_task_sent_ahead_to_a_worker_stuck_on_a_slow_unit_goes_to_the_idle_one(tmp_path, monkeypatch):
    # 2 workers: "slow" and "a" go first, then each is sent its next task ahead ("b" to
    # the one on "slow") while more than AHEAD_MARGIN x 2 tasks are left
    monkeypatch.setenv(DONE_DIR, str(tmp_path))
    tasks = [("slow",), ("a",), ("b",), ("c",), ("d",), ("e",), ("f",), ("g",)]
    pool = WorkerPool(2, split=split, label=label, process=slow_first, timeout=60)
    events = list(pool.run(iter(tasks)))
    items = [e[2] for e in events if e[0] == "item"]
    assert sorted(items) == sorted(t[0] for t in tasks)  # each unit once
    assert items.index("b") < items.index("slow")  # not held behind the slow unit
    done = [e[1] for e in events if e[0] == "done"]
    assert sorted(done) == sorted(tasks)  # each task's end once


def test_many_tasks_sent_ahead_are_each_reported_once():
    tasks = [(f"t{k}u0", f"t{k}u1") for k in range(40)]
    events = list(WorkerPool(2, split=split, label=label, process=process, timeout=60).run(iter(tasks)))
    assert sorted(e[2] for e in events if e[0] == "item") == sorted(u for t in tasks for u in t)
    assert sorted(e[1] for e in events if e[0] == "done") == sorted(tasks)

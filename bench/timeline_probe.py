"""Probes for bench/ingest_timeline.py: when each process of an ingest did what, and its CPU.

Imported by the benchmark's ingest process (`install_parent()`) and, by name, first in the
workers' fork server (bench/ingest_timeline.py puts it at the head of the server's preload
list; the server gets the parent's sys.path, so this folder is on it). On import inside
the server it wraps, in that process's modules, what workers forked from it will run:
warm() and the model's load (the server's own events), worker_main, init_worker and
_run_task (a worker's life: forked, ready, each task received and finished, its results
sent). Nothing is wrapped unless TIMELINE_ENV names a folder.

Each process appends lines `pid role event boottime cpu extra` to TIMELINE_ENV/PID.tsv:
boottime is CLOCK_BOOTTIME (comparable across processes and with /proc's start times),
cpu the process's own CPU seconds (every thread) at that moment. Workers keep theirs in
memory and write them before they exit (store/workers/child.py ends with os._exit after
_save_caches, which is wrapped); the server and the parent write as they go.
"""

from __future__ import annotations

import functools
import os
import time

TIMELINE_ENV = "BENCH_INGEST_TIMELINE"
_lines: list[str] = []
_role = ["?"]


def now() -> float:
    return time.clock_gettime(time.CLOCK_BOOTTIME)


def process_start(pid: int | None = None) -> float:
    """When a process started, in CLOCK_BOOTTIME seconds (from /proc: 10 ms steps)."""
    with open(f"/proc/{pid or os.getpid()}/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[19]) / os.sysconf("SC_CLK_TCK")


def mark(event: str, extra: str = "", flush: bool = True) -> None:
    """One event of this process (written at once with `flush`, else at flush())."""
    _lines.append(f"{os.getpid()}\t{_role[0]}\t{event}\t{now():.6f}\t{time.process_time():.6f}\t{extra}\n")
    if flush:
        write()


def write() -> None:
    folder = os.environ.get(TIMELINE_ENV)
    if not folder or not _lines:
        return
    with open(os.path.join(folder, f"{os.getpid()}.tsv"), "a", encoding="utf-8") as f:
        f.writelines(_lines)
    _lines.clear()


def _around(module, name: str, before: str | None, after: str | None, flush: bool = True) -> None:
    original = getattr(module, name)

    @functools.wraps(original)
    def wrapped(*args, **kwargs):
        if before:
            mark(before, flush=flush)
        try:
            return original(*args, **kwargs)
        finally:
            if after:
                mark(after, flush=flush)

    setattr(module, name, wrapped)


class _CountingConn:
    """A worker's pipe end that adds up the time and bytes its results take to send."""

    def __init__(self, conn):
        self._conn = conn
        self.seconds = 0.0
        self.sent = 0

    def send(self, obj) -> None:
        started = time.perf_counter()
        self._conn.send(obj)
        if obj and obj[0] == "item":
            self.seconds += time.perf_counter() - started
            self.sent += 1

    def __getattr__(self, name):
        return getattr(self._conn, name)


def install_server() -> None:
    """The fork server's loads and, in the workers it forks, their lives."""
    import store.ingest.warm as warm_module
    import store.ingest.worker as worker_module
    import store.workers.child as child

    _role[0] = "server"
    mark("server_imported_probe", f"start={process_start():.3f}")
    _around(warm_module, "warm", "warm_begin", "warm_end")
    _around(worker_module, "preload_model", "model_begin", "model_end")

    main = child.worker_main

    @functools.wraps(main)
    def worker_main(conn, *args, **kwargs):
        _lines.clear()  # the server's lines are the server's
        _role[0] = "worker"
        mark("forked", flush=False)
        return main(conn, *args, **kwargs)

    child.worker_main = worker_main
    _around(worker_module, "init_worker", None, "ready", flush=False)

    run_task = child._run_task

    @functools.wraps(run_task)
    def _run_task(conn, task_id, task, *args, **kwargs):
        counting = _CountingConn(conn)
        mark("task_begin", str(len(task[1])), flush=False)
        try:
            return run_task(counting, task_id, task, *args, **kwargs)
        finally:
            mark("task_end", f"{counting.sent} {counting.seconds:.6f}", flush=False)

    child._run_task = _run_task
    save = child._save_caches

    def _save_caches():
        mark("exit", flush=False)
        write()
        save()

    child._save_caches = _save_caches


def install_parent() -> None:
    """The ingest process's own steps: files found, pool up, results and commits."""
    import atexit

    import store.ingest as ingest_module
    import store.ingest.writer as writer_module
    import store.workers.pool as pool_module

    _role[0] = "parent"
    mark("probe_installed", f"start={process_start():.3f}")
    _around(ingest_module, "_run", "run_begin", None)
    _around(pool_module.WorkerPool, "__post_init__", "pool_begin", "pool_ready")
    add = writer_module.Writer.add
    seen = [0]

    def counted_add(self, result, *rest, **named):
        seen[0] += 1
        if seen[0] == 1:
            mark("first_result")
        add(self, result, *rest, **named)
        mark("result", flush=False)

    writer_module.Writer.add = counted_add
    _around(writer_module.Writer, "_transaction", "commit_begin", "commit_end", flush=False)
    atexit.register(lambda: (mark("exit", flush=False), write()))


def _in_fork_server() -> bool:
    """multiprocessing starts its fork server as `python -c 'from multiprocessing.forkserver
    import main; ...'` and imports the preload list there: argv is ['-c']."""
    import sys

    return sys.argv[:1] == ["-c"] and "multiprocessing.forkserver" in sys.modules


if os.environ.get(TIMELINE_ENV) and _in_fork_server():
    install_server()

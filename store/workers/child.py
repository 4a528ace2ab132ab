"""A worker process's life: tasks received, units announced and processed, results sent."""

from __future__ import annotations

import functools
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable

from store.workers import budget

PARENT_POLL_SECONDS = 0.5
_PR_SET_PDEATHSIG = 1
# Tasks the parent sent ahead, read while the one before them ran (_cut), and cuts sent for
# tasks not begun yet: task id -> the unit they stop before (pool.py: _Slot.queued).
_waiting: deque = deque()
_cuts: dict[int, int] = {}


def worker_main(
    conn,
    parent_pid: int,
    split: Callable,
    label: Callable,
    process: Callable,
    initializer: Callable | None,
    initargs: tuple,
) -> None:
    """A worker's whole life; any failure ends it silently (the parent reports it)."""
    try:
        _ignore_terminal_signals()
        _die_with_parent(parent_pid)
        if initializer:
            initializer(*initargs)
        conn.send(("ready", None))
        while True:
            message = _waiting.popleft() if _waiting else conn.recv()
            if message is None:
                return
            if message[0] == "cut":  # for a task that ended before it came: nothing to stop
                continue
            _run_task(conn, *message, split=split, label=label, process=process)
    except BaseException:  # noqa: BLE001 - EOF when the parent is gone, or a kill: nothing to say
        pass
    finally:
        _save_caches()
        os._exit(0)


def _run_task(conn, task_id: int, task, skip: int, stop: int | None, careful: bool, *, split, label, process) -> None:
    """Units skip.. of the task (up to `stop`, or an earlier cut the parent sends while
    this runs: the rest was handed to an idle worker). `careful`: the task's worker was
    stopped before (see resumed_after_failure)."""
    budget._careful = careful
    if task_id in _cuts:  # cut before it began: the parent gave the rest to an idle worker
        cut = _cuts.pop(task_id)
        stop = cut if stop is None else min(stop, cut)
    units = split(task)
    for index, unit in enumerate(units):
        if index < skip:
            continue
        stop = _cut(conn, task_id, stop)
        if stop is not None and index >= stop:
            break
        begin = ("begin", task_id, index, label(unit))
        conn.send(begin)
        # the parent gives the startup budget on "startup", and the unit's again on "begin"
        budget._clock = (functools.partial(conn.send, ("startup", task_id)), functools.partial(conn.send, begin))
        try:
            item = process(unit)
        finally:
            budget._clock = None
        conn.send(("item", task_id, index, item))
    conn.send(("done", task_id))


def _cut(conn, task_id: int, stop: int | None) -> int | None:
    """Where the current task now stops: the earliest ("cut", task_id, index) the parent
    sent. A None (stop working) ends the process: the parent is closing the pool. A task
    sent ahead waits its turn, and so does a cut of it."""
    while conn.poll():
        message = conn.recv()
        if message is None:
            raise SystemExit(0)
        if message[0] != "cut":
            _waiting.append(message)
        elif message[1] == task_id:
            stop = message[2] if stop is None else min(stop, message[2])
        elif any(waiting[0] == message[1] for waiting in _waiting):
            _cuts[message[1]] = min(message[2], _cuts.get(message[1], message[2]))
    return stop


def _save_caches() -> None:
    """What the process cached for the next ones (store/regex_cache.py): os._exit below
    runs no atexit handler. Never an error: the worker is ending anyway."""
    try:
        from store import regex_cache

        regex_cache.save()
    except BaseException:  # noqa: BLE001
        pass


def _ignore_terminal_signals() -> None:
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)


def _die_with_parent(parent_pid: int) -> None:
    """End this process when the pool's process dies, even by SIGKILL (which runs no
    cleanup). A worker forked by the fork server is that server's child, not the pool's:
    the kernel's signal comes when the server dies (it ends with the pool's process),
    and the watching thread asks whether the pool's process itself is still there."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except Exception:  # not Linux: the polling thread is enough
        pass

    def watch() -> None:
        while _alive(parent_pid):
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(0)

    if not _alive(parent_pid):
        os._exit(0)
    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _alive(pid: int) -> bool:
    """Is process `pid` still running? A spawned worker's parent is it; a forked one's is
    the fork server, so the pid itself is asked (a zombie left unreaped counts as gone)."""
    if os.getppid() == pid:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return stat.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except OSError:
        return True  # no /proc (not Linux): kill(pid, 0) answered

"""The parent's side of the worker pool: tasks handed out, workers timed, replaced, relieved."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Any

from store.workers.budget import STARTUP_SECONDS
from store.workers.child import worker_main

# With no task left to hand out, an idle worker takes the rest of a task whose worker has
# been on one unit this long (one slow document holds up nothing after it).
STEAL_AFTER_SECONDS = 2.0
# A worker is sent its next task while it works on the current one, so it does not wait for
# the parent between tasks (the caller's commit, another process on the parent's core:
# 0.15-0.5 core-seconds of a two-job run of 326 texts, 2026-12-04), as long as more than
# AHEAD_MARGIN × jobs tasks are left: the last ones still go to whichever worker is idle.
AHEAD_MARGIN = 2


@dataclass(eq=False)
class _Slot:
    """One worker process and what it is doing."""

    process: mp.process.BaseProcess
    conn: object
    task: object = None
    task_id: int = -1
    current: int | None = None  # the unit being processed
    current_label: str | None = None
    next_index: int = 0  # units before this one are finished
    stop: int | None = None  # units from here on are not this worker's (a retry's end, or a cut)
    began: float = 0.0  # when the current unit began
    deadline: float = float("inf")
    ready: bool = False  # the initializer has finished
    queued: tuple | None = None  # (task id, task, skip, stop, careful): sent ahead, not begun


@dataclass
class WorkerPool:
    """`jobs` worker processes; `run(tasks)` yields events as they happen."""

    jobs: int
    split: Callable
    label: Callable
    process: Callable
    timeout: float
    initializer: Callable | None = None
    initargs: tuple = ()
    divide: Callable[[Any], list] | None = None  # a task whose reading timed out → smaller tasks to try
    preload: tuple[str, ...] = ()  # modules the fork server imports before forking workers
    slots: list[_Slot] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._ctx = _context(self.preload)
        self._ids = 0
        self._retry: deque = deque()  # (task, skip, stop, careful): units of a task to hand out again
        self._ahead: deque = deque()  # tasks taken from the caller's iterator, not handed out yet
        self.slots = [self._start() for _ in range(self.jobs)]

    def _start(self) -> _Slot:
        mine, theirs = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(
            target=worker_main,
            daemon=True,
            name="borderdocs-worker",
            args=(theirs, os.getpid(), self.split, self.label, self.process, self.initializer, self.initargs),
        )
        proc.start()
        theirs.close()
        return _Slot(proc, mine)

    def run(self, tasks: Iterator) -> Iterator[tuple]:
        """Events for every task, as they happen; the workers are stopped when this ends,
        however it ends (a KeyboardInterrupt from a signal handler kills them at once)."""
        tasks = iter(tasks)
        finished = drained = False
        try:
            while True:
                more = self._feed(tasks)
                if not more and not drained:
                    drained = True
                    yield ("drained", None)  # a worker is idle, nothing left for it: its core is free
                busy = [s for s in self.slots if s.task is not None]
                if not busy and not more:
                    break
                yield from self._events(busy)
            finished = True
        finally:
            self.close(kill=not finished)

    def _feed(self, tasks: Iterator) -> bool:
        """Give every idle worker a task; False when no task is left."""
        for slot in self.slots:
            if slot.task is not None:
                continue
            if not self._retry:
                task = self._ahead.popleft() if self._ahead else next(tasks, None)
                if task is not None:
                    self._retry.append((task, 0, None, False))
                elif not self._steal():
                    return False
            task, skip, stop, careful = self._retry.popleft()
            self._ids += 1
            self._begin(slot, (self._ids, task, skip, stop, careful))
            slot.conn.send((slot.task_id, task, skip, stop, careful))
        self._send_ahead(tasks)
        return True

    def _begin(self, slot: _Slot, message: tuple) -> None:
        """The slot's worker is on this task now (just sent, or sent ahead and begun)."""
        slot.task_id, slot.task, slot.next_index, slot.stop, _ = message
        slot.current, slot.current_label = None, None
        slot.deadline = time.monotonic() + (self.timeout if slot.ready else max(STARTUP_SECONDS, self.timeout))

    def _send_ahead(self, tasks: Iterator) -> None:
        """Each busy worker without one gets its next task now, while more than
        AHEAD_MARGIN × jobs are left (looked ahead in the caller's iterator)."""
        margin = AHEAD_MARGIN * self.jobs
        for slot in self.slots:
            if slot.task is None or slot.queued is not None:
                continue
            while len(self._ahead) <= margin and (task := next(tasks, None)) is not None:
                self._ahead.append(task)
            if len(self._ahead) <= margin:
                return
            self._ids += 1
            queued = (self._ids, self._ahead[0], 0, None, False)
            try:
                slot.conn.send(queued)
            except OSError:  # the worker is gone: its death is seen by _events, the task stays here
                continue
            self._ahead.popleft()
            slot.queued = queued

    def _steal(self) -> bool:
        """A task sent ahead to a busy worker, or else the rest of the task of the worker
        longest on one unit (over STEAL_AFTER_SECONDS) after that unit, cut off and queued
        for an idle worker; False when there is none."""
        if self._steal_queued():
            return True
        now = time.monotonic()
        slow = [
            s
            for s in self.slots
            if s.task is not None
            and s.current is not None
            and now - s.began > STEAL_AFTER_SECONDS
            and (s.stop is None or s.stop > s.current + 1)
        ]
        if not slow:
            return False
        victim = min(slow, key=lambda s: s.began)
        cut = victim.current + 1
        try:
            victim.conn.send(("cut", victim.task_id, cut))
        except OSError:
            return False
        self._retry.append((victim.task, cut, victim.stop, False))
        victim.stop = cut
        return True

    def _steal_queued(self) -> bool:
        """A task sent ahead and not begun, cut at its start (the worker skips it, or stops
        after a unit it had begun: that copy is dropped) and queued for an idle worker."""
        for slot in self.slots:
            if slot.queued is None:
                continue
            task_id, task, skip, stop, careful = slot.queued
            if stop is not None and stop <= skip:
                continue  # taken already
            try:
                slot.conn.send(("cut", task_id, skip))
            except OSError:
                continue
            slot.queued = (task_id, task, skip, skip, careful)
            self._retry.append((task, skip, stop, careful))
            return True
        return False

    def _events(self, busy: list[_Slot]) -> Iterator[tuple]:
        now = time.monotonic()
        soonest = min(s.deadline for s in busy)
        ready = wait([s.conn for s in busy], timeout=max(0.0, min(soonest - now, 1.0)))
        if not ready:
            yield ("tick", None)  # time passes: the caller may commit what it holds
        for slot in busy:
            if slot.conn in ready:
                yield from self._receive(slot)
        now = time.monotonic()
        for slot in busy:
            if slot.task is not None and now > slot.deadline:
                yield from self._replace(slot, "timeout")

    def _receive(self, slot: _Slot) -> Iterator[tuple]:
        try:
            message = slot.conn.recv()
        except (EOFError, OSError):
            yield from self._replace(slot, "crash")
            return
        kind, task_id = message[0], message[1]
        if kind == "ready":
            slot.ready = True
            slot.deadline = time.monotonic() + self.timeout
            return
        if task_id != slot.task_id:
            return
        if kind == "begin":
            if message[2] != slot.current:
                slot.began = time.monotonic()
            slot.current, slot.current_label = message[2], message[3]
            slot.deadline = time.monotonic() + self.timeout
        elif kind == "startup":
            slot.deadline = time.monotonic() + max(STARTUP_SECONDS, self.timeout)
        elif kind == "item":
            slot.current, slot.next_index = None, message[2] + 1
            if not self._handed_on(slot, message[2]):
                yield ("item", slot.task, message[3])
        elif kind == "done":
            task, slot.task = slot.task, None
            handed_on = self._handed_on(slot, slot.next_index)
            if slot.queued is not None:  # the worker goes on with the task sent ahead
                self._begin(slot, slot.queued)
                slot.queued = None
            if not handed_on:
                yield ("done", task)  # else the worker given the rest says it

    @staticmethod
    def _handed_on(slot: _Slot, index: int) -> bool:
        """Is unit `index` of the slot's task another worker's now (the task was cut
        before it; a unit begun before the cut reached the worker is done twice, and
        this copy is dropped)?"""
        return slot.stop is not None and index >= slot.stop

    def _replace(self, slot: _Slot, why: str) -> Iterator[tuple]:
        """Kill the worker, start another in its slot, report the unit it was on and
        queue the rest of its task (the units after that one)."""
        task, label, current = slot.task, slot.current_label, slot.current
        slot.task = None
        if slot.queued is not None:  # sent ahead, never begun: handed out again as it was
            _, ahead, skip, stop, careful = slot.queued
            if stop is None or stop > skip:
                self._retry.append((ahead, skip, stop, careful))
        exitcode = _kill(slot)
        self.slots[next(i for i, s in enumerate(self.slots) if s is slot)] = self._start()
        if current is not None and self._handed_on(slot, current):
            return  # a unit another worker has too: it reports it, and the task's end
        if current is not None and (slot.stop is None or current + 1 < slot.stop):
            self._retry.append((task, current + 1, slot.stop, True))
        parts = self.divide(task) if current is None and self.divide else []
        if parts:  # reading several files took too long: each alone, so a hanging one loses only itself
            self._retry.extend((part, 0, None, False) for part in parts)
            return
        if why == "timeout":
            yield ("timeout", task, label if current is not None else None)
        else:
            yield ("crash", task, label if current is not None else None, _death(exitcode))
        if current is None:
            yield ("done", task)

    def close(self, kill: bool = False) -> None:
        """Stop every worker: politely when all went well, at once otherwise."""
        for slot in self.slots:
            if kill:
                _kill(slot)
                continue
            try:
                slot.conn.send(None)
            except OSError:
                pass
        for slot in self.slots:
            slot.process.join(timeout=5)
            if slot.process.is_alive():
                _kill(slot)
            slot.conn.close()
        self.slots = []


def _context(preload: tuple[str, ...]):
    """How workers start. Not by forking this process: fork after threads (the TUI) is
    unsafe. With modules to preload and a platform that has one, a fork server: a fresh,
    single-threaded process imports them once and forks each worker from itself, so every
    worker starts with them loaded (and shares their pages); else a fresh interpreter
    per worker ("spawn"). The server is one per process: the first pool's preload holds."""
    if preload and "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(list(preload))
        return ctx
    return mp.get_context("spawn")


def _kill(slot: _Slot) -> int | None:
    if slot.process.is_alive():
        slot.process.kill()
    slot.process.join(timeout=10)
    try:
        slot.conn.close()
    except OSError:
        pass
    return slot.process.exitcode


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"worker process was killed ({signal.Signals(-exitcode).name})"
        except ValueError:
            return f"worker process was killed (signal {-exitcode})"
    return f"worker process ended unexpectedly (exit status {exitcode})"

"""One job in this process: the pool's events, each unit timed with SIGALRM."""

from __future__ import annotations

import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from store.workers.budget import TimeUp, unit_budget


def run_inline(
    tasks: Iterator,
    *,
    split: Callable,
    label: Callable,
    process: Callable,
    timeout: float,
    divide: Callable[[Any], list] | None = None,
) -> Iterator[tuple]:
    """The same events, computed in this process (one job). The time budget is kept
    with SIGALRM, which only the main thread can receive; elsewhere (a TUI thread)
    units run without a budget."""
    timed = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    again: deque = deque()
    tasks = iter(tasks)
    while (task := again.popleft() if again else next(tasks, None)) is not None:
        try:
            with unit_budget(timed, timeout):
                units = split(task)
        except TimeUp:
            parts = divide(task) if divide else []
            if parts:  # several files read together: each alone, so a hanging one loses only itself
                again.extend(parts)
                continue
            yield ("timeout", task, None)
            yield ("done", task)
            continue
        for unit in units:
            try:
                with unit_budget(timed, timeout):
                    item = process(unit)
            except TimeUp:
                yield ("timeout", task, label(unit))
                continue
            yield ("item", task, item)
        yield ("done", task)

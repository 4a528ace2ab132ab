"""The time budget of the unit being processed, and the process's one-time costs outside it.

Shared by a worker process (store/workers/child.py, whose parent keeps the clock) and
by one job run in this process (store/workers/inline.py, where SIGALRM keeps it).
"""

from __future__ import annotations

import functools
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager

STARTUP_SECONDS = 300.0  # loading the model; the time budget per unit starts after it

_careful = False


def resumed_after_failure() -> bool:
    """Is the task being split the rest of one whose worker was stopped (a unit over its
    time budget, or a crash)? Then work on a unit should not reach into the next ones."""
    return _careful


# How the unit being processed pauses and restarts its time budget (see startup_cost):
# (pause, restart), set while a unit runs.
_clock: tuple[Callable[[], object], Callable[[], object]] | None = None


@contextmanager
def startup_cost() -> Iterator[None]:
    """A block that is the process's one-time cost, not the current unit's (loading the
    model on first use): it runs under the startup budget (STARTUP_SECONDS), and the
    unit's own budget starts again after it. Outside a unit it changes nothing."""
    clock = _clock
    if clock is not None:
        clock[0]()
    try:
        yield
    finally:
        if clock is not None:
            clock[1]()


class TimeUp(Exception):
    pass


class unit_budget:
    """Raise TimeUp in the block after `seconds` (when `on`)."""

    def __init__(self, on: bool, seconds: float):
        self.on, self.seconds = on, seconds

    def __enter__(self):
        global _clock
        if self.on:
            self.previous = signal.signal(signal.SIGALRM, self._expired)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            startup = max(STARTUP_SECONDS, self.seconds)
            _clock = (
                functools.partial(signal.setitimer, signal.ITIMER_REAL, startup),
                functools.partial(signal.setitimer, signal.ITIMER_REAL, self.seconds),
            )

    def __exit__(self, *exc):
        global _clock
        if self.on:
            _clock = None
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False

    @staticmethod
    def _expired(signum, frame):
        raise TimeUp()

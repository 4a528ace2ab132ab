"""Ending the explorer when its terminal goes away.

An SSH connection that drops without a hangup signal (a NAT timeout, a killed tmux
server, a laptop lid) leaves the explorer with a terminal that is no longer one: every
read of it returns nothing at once. Textual's input thread reads it again straight away
(Textualize/textual PR #6690, open at the time of writing), so an orphaned explorer spun
one core for hours — one left by a test session did so for an hour on this machine. The
app asks, once every WATCH_EVERY_S, whether its input is still a terminal and leaves when
it is not: an ioctl a second, nothing that a key waits on.

A hang-up that does come as a signal (SIGHUP), or a request to end (SIGTERM), ended the
process at once by default: no atexit, so the regular expressions it compiled
(store/regex_cache.py: Textual's and Rich's 22, 6-8 ms at every launch) were never saved
and the store was not closed (stop 47, perf72). The app now leaves on them as `q` does
(`end_on_signals`), with the grace below."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable

WATCH_EVERY_S = 1.0
EXIT_TERMINAL_GONE = 129  # 128 + SIGHUP: what a shell reports for a process the hangup ended
GRACE_S = 3.0  # what an orderly exit gets before the process ends without one


def watched_terminal() -> int | None:
    """The file descriptor of the terminal the app reads keys from, or None when it reads
    none (a test's headless run, input from a pipe): only a terminal can go away."""
    stream = sys.__stdin__
    try:
        fd = stream.fileno() if stream is not None else None
    except (OSError, ValueError):
        return None
    return fd if fd is not None and os.isatty(fd) else None


def terminal_gone(fd: int) -> bool:
    """True once the terminal behind fd has hung up: a hung-up terminal is no longer a
    terminal to isatty (its ioctls fail with EIO)."""
    return not os.isatty(fd)


def end_soon(grace: float = GRACE_S, code: int = EXIT_TERMINAL_GONE) -> threading.Timer:
    """End the process after `grace` seconds unless it has ended by then. Textual writes its
    screen to stderr; with that a hung-up terminal, the app's orderly exit can wait for a write
    that never completes (measured: a TUI whose terminal hung up was still alive 15 s after its
    exit began). SQLite keeps what was committed; an ingest's open batch is rolled back, as
    after a kill; the regular expressions compiled are saved first (`_end_now`)."""
    timer = threading.Timer(grace, _end_now, (code,))
    timer.daemon = True
    timer.start()
    return timer


def _end_now(code: int) -> None:
    """os._exit, after saving what the regex cache would have saved at exit (os._exit runs
    no atexit; its lock is only held for a dict update, so a stuck main thread does not hold it)."""
    try:
        from store import regex_cache

        regex_cache.save()
    except Exception:  # noqa: BLE001 - best effort: the process ends either way
        pass
    finally:
        os._exit(code)


ENDING_SIGNALS = ("SIGHUP", "SIGTERM")


def end_on_signals(loop, leave: Callable[[int], None]) -> list[int]:
    """Have `loop` call `leave(128 + signal number)` (what a shell reports for a process the
    signal ended) on a hang-up or a termination request, instead of the process ending
    where it stands. A signal ignored when the app starts (`nohup`) stays ignored. The
    signals handled."""
    handled = []
    for name in ENDING_SIGNALS:
        signum = getattr(signal, name, None)
        if signum is None or signal.getsignal(signum) == signal.SIG_IGN:
            continue
        try:
            loop.add_signal_handler(signum, leave, 128 + signum)
        except (NotImplementedError, RuntimeError, ValueError):  # no such handlers on this loop/thread
            continue
        handled.append(signum)
    return handled

"""Ending the explorer when its terminal goes away.

An SSH connection that drops without a hangup signal (a NAT timeout, a killed tmux
server, a laptop lid) leaves the explorer with a terminal that is no longer one: every
read of it returns nothing at once. Textual's input thread reads it again straight away
(Textualize/textual PR #6690, open at the time of writing), so an orphaned explorer spun
one core for hours — one left by a test session did so for an hour on this machine. The
app asks, once every WATCH_EVERY_S, whether its input is still a terminal and leaves when
it is not: an ioctl a second, nothing that a key waits on."""

from __future__ import annotations

import os
import sys
import threading

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


def end_soon(grace: float = GRACE_S) -> threading.Timer:
    """End the process after `grace` seconds unless it has ended by then. Textual writes its
    screen to stderr; with that a hung-up terminal, the app's orderly exit can wait for a write
    that never completes (measured: a TUI whose terminal hung up was still alive 15 s after its
    exit began). SQLite keeps what was committed; an ingest's open batch is rolled back, as
    after a kill."""
    timer = threading.Timer(grace, os._exit, (EXIT_TERMINAL_GONE,))
    timer.daemon = True
    timer.start()
    return timer

"""The explorer ends when its terminal hangs up without a signal (tui.terminal_watch).

An SSH connection that drops without SIGHUP left the explorer reading a dead terminal in
a loop at one core's full speed. Here the explorer runs on a real pseudo-terminal with
SIGHUP ignored (the hangup arrives as no signal at all), the terminal's far side is
closed, and the process must end by itself with status 129."""

from __future__ import annotations

import os
import select
import signal
import struct
import sys
import time

import pytest

from tui import terminal_watch

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="pseudo-terminals as Linux has them")


def test_a_hung_up_terminal_is_no_terminal():
    import pty

    master, slave = pty.openpty()
    try:
        assert not terminal_watch.terminal_gone(slave)
        os.close(master)
        assert terminal_watch.terminal_gone(slave)
    finally:
        os.close(slave)


def test_no_terminal_is_watched_without_one(monkeypatch):
    read, write = os.pipe()
    try:
        with open(read, closefd=False) as pipe:
            monkeypatch.setattr(sys, "__stdin__", pipe)
            assert terminal_watch.watched_terminal() is None
    finally:
        os.close(read)
        os.close(write)


def _drain_until(master: int, needle: bytes, seconds: float) -> bool:
    seen = b""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if select.select([master], [], [], 0.2)[0]:
            try:
                seen = (seen + os.read(master, 65536))[-200_000:]
            except OSError:
                return False
            if needle in seen:
                return True
    return False


def test_the_explorer_ends_when_its_terminal_hangs_up(tmp_path):
    import fcntl
    import pty
    import termios

    from tests.test_tui_helpers import sample_articles, write_store

    db = write_store(tmp_path / "s.db", sample_articles())
    pid, master = pty.fork()
    if pid == 0:  # the child: the explorer on the terminal's near side
        try:
            signal.signal(signal.SIGHUP, signal.SIG_IGN)
            os.environ["TERM"] = "xterm-256color"
            code = "import sys; from tui.cli import main; sys.exit(main())"
            os.execv(sys.executable, [sys.executable, "-c", code, "--db", str(db)])
        finally:
            os._exit(127)
    try:
        fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        assert _drain_until(master, b"Articles", 60), "the explorer never drew its first screen"
        os.close(master)
        master = -1
        end = time.monotonic() + 30
        while time.monotonic() < end:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                assert os.waitstatus_to_exitcode(status) == terminal_watch.EXIT_TERMINAL_GONE
                return
            time.sleep(0.1)
        pytest.fail("the explorer was still running 30 s after its terminal hung up")
    finally:
        if master >= 0:
            os.close(master)
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


# perf72: SIGHUP and SIGTERM ended the explorer where it stood (no atexit): the regular
# expressions it compiled were never saved (store/regex_cache.py), every launch compiled them again.


def _default_signal_dispositions() -> None:
    """The child starts with SIGHUP and SIGTERM at their defaults, as a terminal session
    gives them: a suite run under `nohup` (its workers inherit SIGHUP ignored) would
    otherwise start an explorer that rightly keeps ignoring the hang-up (the test below)."""
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM])
def test_a_hangup_or_termination_signal_ends_the_explorer_as_quitting_does(tmp_path, signum):
    import fcntl
    import pty
    import subprocess
    import termios

    from store import regex_cache
    from tests.test_tui_helpers import sample_articles, write_store

    db = write_store(tmp_path / "s.db", sample_articles())
    cache = tmp_path / "cache"
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "BORDERDOCS_CACHE_DIR": str(cache)}
    code = "import sys; from tui.cli import main; sys.exit(main())"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "--db", str(db)],
        stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
        preexec_fn=_default_signal_dispositions,
    )  # fmt: skip
    os.close(slave)
    try:
        assert _drain_until(master, b"Articles", 60), "the explorer never drew its first screen"
        assert not list(cache.glob("regex-*"))
        os.killpg(proc.pid, signum)
        end = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < end:
            _drain_until(master, b"\0never", 0.2)
        assert proc.returncode == 128 + signum  # as a shell reports a process the signal ended
        [saved] = cache.glob("regex-*.marshal")
        assert len(regex_cache._read(str(saved))) > 20  # what it compiled, for the next launch
    finally:
        os.close(master)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_a_signal_ignored_at_start_stays_ignored(monkeypatch):
    """`nohup borderdocs-tui`: SIGHUP was ignored when the app started, and is left so."""

    class Loop:
        def __init__(self):
            self.handled = {}

        def add_signal_handler(self, signum, callback, *args):
            self.handled[signum] = (callback, args)

    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        loop, left = Loop(), []
        assert terminal_watch.end_on_signals(loop, left.append) == [signal.SIGTERM]
        callback, args = loop.handled[signal.SIGTERM]
        callback(*args)
        assert left == [128 + signal.SIGTERM]
    finally:
        signal.signal(signal.SIGHUP, previous)

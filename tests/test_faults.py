"""Faults lose nothing: kill -9 mid-ingest, a reader during a write, a read-only
store, an old or foreign schema, a full disk. Small sizes; the same paths run at
scale in bench/."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from store.db import store as db
from store.ingest.writer import TEST_COMMIT_EVERY_ENV

from .conftest import SAMPLE_DATA, copy_store

BORDERDOCS = [sys.executable, "-m", "store.cli"]

# The writer's batch in the tests that stop an ingest mid-way (kill -9, Ctrl+C, SIGTERM,
# SIGHUP), set through its test hook: the corpora below are sized in batches, so they keep
# the commits and kill points the default batch of 200 gave with four times the articles.
FAULT_BATCH = 50
FAULT_ENV = {**os.environ, TEST_COMMIT_EVERY_ENV: str(FAULT_BATCH)}


def make_corpus(directory: Path, n: int) -> Path:
    """n distinct articles: the sample's texts, each made unique by a numbered line."""
    directory.mkdir(parents=True, exist_ok=True)
    seeds = sorted(SAMPLE_DATA.glob("*.txt"))
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        # a unique paragraph after the lead keeps each article distinct
        head, sep, tail = text.partition("\n\n")
        extra = f"\n\nСовещание номер {i} прошло в Астане, сообщили в пресс-службе.\n\n"
        (directory / f"a{i:04d}.txt").write_text(head + sep + tail.replace("\n\n", extra, 1), encoding="utf-8")
    return directory


def count_articles(path: Path) -> int:
    with closing(sqlite3.connect(path)) as c, c:
        return c.execute("SELECT count(*) FROM articles").fetchone()[0]


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as c, c:
        return c.execute("PRAGMA integrity_check").fetchone()[0]


def test_kill_9_mid_ingest_then_resume(tmp_path):
    # twice the writer's batch: its first commit (FAULT_BATCH results, or COMMIT_SECONDS
    # after it opened) comes before the end however fast the machine reads the corpus
    total = 2 * FAULT_BATCH
    corpus = make_corpus(tmp_path / "corpus", total)
    store = tmp_path / "s.db"
    proc = subprocess.Popen([*BORDERDOCS, "ingest", str(corpus), "--db", str(store), "-j", "1", "-q"], env=FAULT_ENV)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if store.exists() and proc.poll() is None:
            try:
                if count_articles(store) > 0:
                    break
            except sqlite3.OperationalError:
                pass
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed; enlarge the corpus"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = count_articles(store)
    assert 0 < partial < total
    assert integrity(store) == "ok"
    again = subprocess.run(
        [*BORDERDOCS, "ingest", str(corpus), "--db", str(store), "-q"], capture_output=True, text=True, env=FAULT_ENV
    )
    assert again.returncode == 0, again.stderr
    assert count_articles(store) == total
    assert integrity(store) == "ok"
    with closing(sqlite3.connect(store)) as c, c:
        files = [r[0] for r in c.execute("SELECT file FROM articles")]
    assert len(files) == len(set(files)) == total


def test_reader_sees_committed_data_while_ingest_writes(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 60)
    store = tmp_path / "s.db"
    db.open_store(store, write=True, create=True).close()
    proc = subprocess.Popen([*BORDERDOCS, "ingest", str(corpus), "--db", str(store), "-j", "1", "-q"])
    seen = []
    try:
        while proc.poll() is None:
            reader = db.open_store(store)  # the TUI's and `search`'s way of opening
            seen.append(reader.conn.execute("SELECT count(*) FROM articles").fetchone()[0])
            reader.conn.execute("SELECT count(*) FROM mentions").fetchone()
            reader.close()
            time.sleep(0.02)
    finally:
        proc.wait()
    assert proc.returncode == 0
    assert seen == sorted(seen), "a reader saw the count go back"
    assert count_articles(store) == 60


@contextlib.contextmanager
def mounted(kind: str, target: Path, *options: str, source: str = "tmpfs"):
    """Mount for the length of a test; skip when this machine does not let us."""
    cmd = ["mount", "-t", kind, *options, source, str(target)] if kind else ["mount", *options, source, str(target)]
    if os.geteuid() != 0 or subprocess.run(cmd, capture_output=True).returncode != 0:
        pytest.skip("needs permission to mount a filesystem")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture
def readonly_store(sample_store_path, tmp_path):
    """A copy of the sample store in a directory bind-mounted read-only."""
    d = tmp_path / "ro"
    d.mkdir()
    copy_store(sample_store_path, d / "ro.db")
    with mounted("", d, "--bind", source=str(d)):
        if subprocess.run(["mount", "-o", "remount,ro,bind", str(d)], capture_output=True).returncode != 0:
            pytest.skip("cannot remount read-only")
        yield d / "ro.db"


def test_readonly_store_is_searched_and_ingest_says_why(readonly_store):
    found = subprocess.run(
        [*BORDERDOCS, "search", "khorgos", "--db", str(readonly_store), "--json"], capture_output=True, text=True
    )
    assert found.returncode == 0, found.stderr
    assert "Хоргос" in found.stdout
    assert "read-only" in found.stderr
    refused = subprocess.run(
        [*BORDERDOCS, "ingest", str(SAMPLE_DATA), "--db", str(readonly_store)], capture_output=True, text=True
    )
    assert refused.returncode == 2
    assert "read-only" in refused.stderr and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_full_disk_is_a_clear_error_and_the_store_stays_consistent(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 60)
    disk = tmp_path / "disk"
    disk.mkdir()
    with mounted("tmpfs", disk, "-o", "size=400k"):
        store = disk / "s.db"
        proc = subprocess.run(
            [*BORDERDOCS, "ingest", str(corpus), "--db", str(store), "-j", "1", "-q"], capture_output=True, text=True
        )
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr
        assert "full" in proc.stderr.lower()
        assert integrity(store) == "ok"
        partial = count_articles(store)
        # with room again, the same command finishes the work
        subprocess.run(["mount", "-o", "remount,size=64m", str(disk)], check=True)
        again = subprocess.run(
            [*BORDERDOCS, "ingest", str(corpus), "--db", str(store), "-q"], capture_output=True, text=True
        )
        assert again.returncode == 0, again.stderr
        assert count_articles(store) == 60 >= partial


async def test_tui_opens_a_readonly_store_with_a_notice(readonly_store):
    from tui.cli import build_app

    app = build_app(["--db", str(readonly_store)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.reader.readonly
        notice = app.session_notices["Read-only store"]  # the notice line (tui74), its detail in the help (tui75)
        assert notice.line == "browsing only" and readonly_store.name in notice.detail


N_INTERRUPTED = 3 * FAULT_BATCH // 2  # one and a half batches, as 300 was of the default 200


def test_ctrl_c_keeps_what_is_committed_and_the_next_run_finishes(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", N_INTERRUPTED)
    store = tmp_path / "s.db"
    # a terminal's Ctrl+C reaches the whole process group: parent and workers
    # a shell running this suite in the background (`cmd &`) ignores SIGINT, and a child would
    # inherit that: give the ingest the default disposition a terminal gives it
    proc = subprocess.Popen(
        [*BORDERDOCS, "ingest", str(corpus), "--db", str(store), "-j", "2"],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        env=FAULT_ENV,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if store.exists() and count_articles(store) > 0:
                break
        except sqlite3.OperationalError:
            pass
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before Ctrl+C; enlarge the corpus"
    os.killpg(proc.pid, signal.SIGINT)
    err = proc.communicate(timeout=60)[1]
    assert proc.returncode == 130
    assert "interrupted" in err and "Traceback" not in err and "Process SpawnPoolWorker" not in err
    assert integrity(store) == "ok"
    assert 0 < count_articles(store) < N_INTERRUPTED
    again = subprocess.run(
        [*BORDERDOCS, "ingest", str(corpus), "--db", str(store), "-q"], capture_output=True, text=True, env=FAULT_ENV
    )
    assert again.returncode == 0, again.stderr
    assert count_articles(store) == N_INTERRUPTED

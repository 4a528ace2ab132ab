"""Store files in bad states: damaged in the middle, foreign, or read-only with a
write-ahead log not yet applied. Writes are refused before they start, reads end
in one line (exit 2), and a read-only store is read with its log, never stale."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from store import cli
from store.db import opening
from store.db import store as db

from .conftest import SAMPLE_DATA, copy_store
from .test_cli_errors import assert_one_line_error, run

BORDERDOCS = [sys.executable, "-m", "store.cli"]


def schema_pages(path: Path, page: int = 4096) -> set[int]:
    """The pages holding the schema (sqlite_schema's b-tree): page 1 and, once the
    schema outgrows it, page 1's children (an interior page, type 5, lists them)."""
    data = path.read_bytes()
    pages = {1}
    if data[100] == 0x05:
        cells = int.from_bytes(data[103:105], "big")
        pages.add(int.from_bytes(data[108:112], "big"))
        for i in range(cells):
            at = int.from_bytes(data[112 + 2 * i : 114 + 2 * i], "big")
            pages.add(int.from_bytes(data[at : at + 4], "big"))
    return pages


def damage(path: Path, first: float = 1 / 3, last: float = 2 / 3, seed: int = 1, spare_schema: bool = True) -> None:
    """Overwrite the pages from `first` to `last` of the file with seeded garbage; the
    schema's own pages are spared unless asked (a damaged schema is its own test)."""
    size, page = path.stat().st_size, 4096
    spared = schema_pages(path) if spare_schema else set()
    rng = random.Random(seed)
    with open(path, "r+b") as f:
        for start in range(int(size * first) // page * page, int(size * last) // page * page, page):
            garbage = rng.randbytes(page)
            if start // page + 1 not in spared:
                f.seek(start)
                f.write(garbage)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged_store(sample_store_path, tmp_path) -> Path:
    path = copy_store(sample_store_path, tmp_path / "damaged.db")
    store = db.open_store(path)
    assert db.damage(store) is None  # sound before
    store.close()
    damage(path)
    return path


# ---------------------------------------------------------------- damaged in the middle


def test_ingest_refuses_a_damaged_store_and_writes_nothing(damaged_store, capsys):
    before = sha(damaged_store)
    code, _, err = run(capsys, "ingest", SAMPLE_DATA, "--db", damaged_store, "-j", "1")
    assert_one_line_error(code, err, "damaged", "quick_check", f"sqlite3 {damaged_store} .recover")
    assert sha(damaged_store) == before


def test_open_for_writing_refuses(damaged_store):
    with pytest.raises(db.StoreError, match="damaged"):
        db.open_store(damaged_store, write=True)


@pytest.mark.parametrize(
    "command", [["stats"], ["stats", "--json"], ["export"], ["export", "-f", "csv"], ["export", "-f", "jsonl"]]
)
def test_read_commands_say_damaged_in_one_line(damaged_store, capsys, command):
    code, _, err = run(capsys, *command, "--db", damaged_store)
    assert_one_line_error(code, err, "damaged", ".recover")


@pytest.mark.parametrize("query", ["khorgos", "бектенов", "пункт пропуска", "граница"])
def test_search_on_a_damaged_store_answers_or_says_why(damaged_store, capsys, query):
    """A search may not touch the damaged pages (then it answers); when it does, one line."""
    for kind in (None, "article"):
        code, _, err = run(capsys, "search", query, "--db", damaged_store, *(["--type", kind] if kind else []))
        if code == 2:
            assert_one_line_error(code, err, "damaged")
        else:
            assert code in (0, 1) and "Traceback" not in err


def test_export_to_a_file_from_a_damaged_store_leaves_no_file(damaged_store, tmp_path, capsys):
    out = tmp_path / "out.json"
    code, _, err = run(capsys, "export", "--db", damaged_store, "--output", out)
    assert_one_line_error(code, err, "damaged")
    assert not out.exists() and not list(tmp_path.glob(".out.json*"))


def test_damage_check_names_the_problem(damaged_store, sample_store_path):
    store = db.open_store(damaged_store)
    try:
        problem = db.damage(store)
    finally:
        store.close()
    assert problem and "\n" not in problem and ".recover" in problem
    sound = db.open_store(sample_store_path)
    try:
        assert db.damage(sound) is None
    finally:
        sound.close()


def test_a_damaged_first_page_is_one_line_everywhere(sample_store_path, tmp_path, capsys):
    path = copy_store(sample_store_path, tmp_path / "head.db")
    damage(path, 0, 0.1, spare_schema=False)
    for command in (["stats"], ["search", "x"], ["export"], ["ingest", SAMPLE_DATA, "-j", "1"]):
        code, _, err = run(capsys, *command, "--db", path)
        assert_one_line_error(code, err, str(path))
    from tui.cli import main

    assert main(["--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_damaged_schema_page_is_one_line(sample_store_path, tmp_path, capsys):
    """The schema outgrew page 1 (schema 6): garbage on its other pages is refused in one
    line too, pointing at the rescue."""
    path = copy_store(sample_store_path, tmp_path / "schema.db")
    leaves = schema_pages(path) - {1}
    assert leaves, "the sample store's schema fits on page 1: damage page 1 instead"
    with open(path, "r+b") as f:
        for n in leaves:
            f.seek((n - 1) * 4096)
            f.write(random.Random(n).randbytes(4096))
    for command in (["stats"], ["export"], ["ingest", SAMPLE_DATA, "-j", "1"]):
        code, _, err = run(capsys, *command, "--db", path)
        assert_one_line_error(code, err, str(path), ".recover")


@pytest.fixture
def checks(monkeypatch) -> list:
    """The TUI's damage check starts almost at once, and each run of it is recorded."""
    import tui.app

    monkeypatch.setattr(tui.app, "HEALTH_CHECK_DELAY_S", 0.05)
    seen: list = []
    real = opening.damage

    def recorded(store, **kwargs):
        seen.append(real(store, **kwargs))
        return seen[-1]

    monkeypatch.setattr(opening, "damage", recorded)  # where the TUI takes it from
    return seen


async def settle_after_the_check(app, pilot, checks: list) -> None:
    """Let the first screen load, the delayed damage check run, and every worker end."""
    for _ in range(50):
        await pilot.pause(0.05)
        if checks:
            break
    assert checks, "the damage check never ran"
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_tui_says_damaged_in_one_line(damaged_store, checks):
    from tui.cli import build_app

    app = build_app(["--db", str(damaged_store)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_after_the_check(app, pilot, checks)
        notice = app.session_notices["Damaged store"]  # the notice line (tui74), its detail in the help (tui75)
        said = notice.detail
        assert "damaged" in said and ".recover" in said and "\n" not in said, app.session_notices
        assert notice.line == "f1 tells how to rescue it"


async def test_tui_says_nothing_about_a_sound_store(sample_store_path, tmp_path, checks):
    from tui.cli import build_app

    app = build_app(["--db", str(copy_store(sample_store_path, tmp_path / "ok.db"))])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_after_the_check(app, pilot, checks)
        assert checks == [None]
        assert not [n for n in app._notifications if "damaged" in str(n.message)]
        assert "Damaged store" not in app.session_notices


# ---------------------------------------------------------------- read-only with a pending log

CHANGED = "A title changed in the log"


@pytest.fixture
def pending_log(sample_store_path, tmp_path) -> Path:
    """The sample store as a folder would hold it after a writer stopped before
    checkpointing: the main file without the change, the -wal holding it, no -shm."""
    work = copy_store(sample_store_path, tmp_path / "work.db")
    conn = sqlite3.connect(work)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    with conn:
        conn.execute("UPDATE articles SET title=? WHERE rowid=(SELECT min(rowid) FROM articles)", (CHANGED,))
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copyfile(work, folder / "w.db")
    shutil.copyfile(work.with_name("work.db-wal"), folder / "w.db-wal")
    conn.close()
    assert (folder / "w.db-wal").stat().st_size > 0
    return folder / "w.db"


def titles(store: db.Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT title FROM articles")]


def unopenable_shm(store_path: Path) -> None:
    """Make SQLite unable to open or create the -shm file, as in a read-only folder:
    root ignores permission bits, but not a dangling symlink into a missing folder."""
    store_path.with_name(store_path.name + "-shm").symlink_to("/nonexistent-borderdocs-folder/shm")


def test_immutable_open_misses_the_log(pending_log):
    """Why a plain fallback to immutable=1 is wrong: the committed change is not seen."""
    conn = sqlite3.connect(f"{pending_log.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    assert CHANGED not in [r[0] for r in conn.execute("SELECT title FROM articles")]
    conn.close()


def test_readonly_store_is_read_with_its_log(pending_log, monkeypatch):
    """The open-for-write path is made to fail (the folder counts as read-only, the
    -shm cannot be created): the store is read from a temporary copy with the log applied."""
    unopenable_shm(pending_log)
    monkeypatch.setattr(opening, "_writable", lambda path: False)
    before = {p.name: sha(p) for p in pending_log.parent.iterdir() if p.is_file()}
    store = db.open_store(pending_log)
    copy = store.copy
    try:
        assert store.readonly and copy is not None and copy.is_dir()
        assert CHANGED in titles(store)
        with pytest.raises(sqlite3.OperationalError):  # the copy is query-only
            store.conn.execute("DELETE FROM articles")
    finally:
        store.close()
    assert not copy.exists()
    assert {p.name: sha(p) for p in pending_log.parent.iterdir() if p.is_file()} == before


def test_a_readonly_store_too_big_to_copy_is_refused_with_the_reason(pending_log, monkeypatch):
    unopenable_shm(pending_log)
    monkeypatch.setattr(opening, "_writable", lambda path: False)
    monkeypatch.setattr(opening, "READONLY_COPY_LIMIT", 1000)
    with pytest.raises(db.StoreError, match="w.db-wal holds changes not yet in the store") as e:
        db.open_store(pending_log)
    assert "\n" not in str(e.value)


def test_an_empty_log_needs_no_copy(pending_log, monkeypatch):
    """Without pending changes the main file alone is the store: opened immutable, no copy."""
    log = pending_log.with_name("w.db-wal")
    log.write_bytes(b"")
    unopenable_shm(pending_log)
    monkeypatch.setattr(opening, "_writable", lambda path: False)
    store = db.open_store(pending_log)
    try:
        assert store.copy is None and store.readonly and CHANGED not in titles(store)
    finally:
        store.close()


def test_readonly_mount_with_a_pending_log(pending_log):
    """The real thing: the folder bind-mounted read-only (needs permission to mount)."""
    folder = pending_log.parent
    if subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True).returncode != 0:
        pytest.skip("needs permission to mount a filesystem")
    try:
        if subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("cannot remount read-only")
        proc = subprocess.run(
            [*BORDERDOCS, "export", "-f", "jsonl", "--db", str(pending_log)], capture_output=True, text=True
        )
        assert proc.returncode == 0, proc.stderr
        assert CHANGED in [json.loads(line)["title"] for line in proc.stdout.splitlines()]
        assert "temporary copy" in proc.stderr and proc.stderr.count("\n") == 1
        refused = subprocess.run(
            [*BORDERDOCS, "ingest", str(SAMPLE_DATA), "--db", str(pending_log)], capture_output=True, text=True
        )
        assert_one_line_error(refused.returncode, refused.stderr, "read-only")
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
    assert sorted(p.name for p in folder.iterdir()) == ["w.db", "w.db-wal"]


def test_cli_notes_the_copy(pending_log, monkeypatch, capsys):
    unopenable_shm(pending_log)
    monkeypatch.setattr(opening, "_writable", lambda path: False)
    code, out, err = run(capsys, "stats", "--json", "--db", pending_log)
    assert code == 0 and json.loads(out)["articles"] == 5
    assert "temporary copy" in err and err.count("\n") == 1
    assert cli.EXIT_OK == 0

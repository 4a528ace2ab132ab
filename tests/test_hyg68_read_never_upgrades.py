"""A read never changes a store (hyg68): `search`, `show`, `stats`, `board`, `facts`,
`directives`, `export` and the explorer read a store written by an older borderdocs as it is
when its tables allow (schema 11 on), and otherwise refuse in one line naming
`borderdocs upgrade` (exit 2) with the file left byte for byte as it was; a read-only store
of such a schema is read too. `borderdocs upgrade` (and `ingest`, `reextract`) upgrade it."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from store import cli
from store.db import opening, schema
from store.db import store as db
from tests.conftest import copy_store

READS = [
    ["search", "khorgos"],
    ["search", "khorgos", "--json"],
    ["show", "Хоргос"],
    ["stats"],
    ["stats", "--json"],
    ["board"],
    ["facts"],
    ["directives"],
    ["export", "--format", "jsonl"],
]


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _digest(path: Path) -> str:
    """The store's bytes and its log's (an empty log and none are the same: the last
    connection closing deletes an empty one)."""
    h = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    h.update(wal.read_bytes() if wal.exists() else b"")
    return h.hexdigest()


def _version(path: Path) -> int:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as c:
        return int(c.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0])


def _checkpointed(path: Path) -> Path:
    """Fold the log into the file (as the last connection closing does), so the digest
    compares the store itself."""
    with closing(sqlite3.connect(path)) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def v12_store(sample_store_path, tmp_path) -> Path:
    """The sample store stamped schema 12: its tables are 13's (13 only rebuilt the
    full-text index of Kazakh text), so every read can read it as it is."""
    path = copy_store(sample_store_path, tmp_path / "v12.db")
    with closing(sqlite3.connect(path)) as c, c:
        c.execute("UPDATE meta SET value='12' WHERE key='schema_version'")
    return _checkpointed(path)


@pytest.fixture
def v10_store(sample_store_path, tmp_path) -> Path:
    """The sample store taken back to schema 10 (no near-duplicate links), as
    test_qa46_duplicates does: the lists read `articles.dup_of`, which it lacks."""
    path = copy_store(sample_store_path, tmp_path / "v10.db")
    with closing(sqlite3.connect(path)) as c, c:
        c.execute("DROP INDEX articles_dup_of")
        c.execute("DROP TABLE article_anchors")
        c.execute("ALTER TABLE articles DROP COLUMN dup_of")
        c.execute("UPDATE meta SET value='10' WHERE key='schema_version'")
    with closing(sqlite3.connect(path)) as c:
        c.execute("VACUUM")
    return _checkpointed(path)


@pytest.mark.parametrize("argv", READS, ids=lambda a: " ".join(a))
def test_a_read_of_an_older_readable_store_reads_it_as_it_is(v12_store, capsys, argv):
    before = _digest(v12_store)
    code, out, err = _run(capsys, *argv, "--db", v12_store)
    assert code == 0, err
    assert out.strip()
    assert "upgrading" not in err
    assert _version(v12_store) == 12
    assert _digest(_checkpointed(v12_store)) == before


def test_stats_names_the_older_schema_and_the_command_that_upgrades_it(v12_store, capsys):
    code, out, _ = _run(capsys, "stats", "--db", v12_store)
    assert code == 0
    first = out.splitlines()[0]
    assert "schema 12" in first and "`borderdocs upgrade`" in first
    code, out, _ = _run(capsys, "stats", "--db", v12_store, "--json")
    assert json.loads(out)["schema_version"] == 12  # the JSON contract's key, unchanged


@pytest.mark.parametrize("argv", READS, ids=lambda a: " ".join(a))
def test_a_read_of_a_store_too_old_to_read_refuses_in_one_line_and_changes_nothing(v10_store, capsys, argv):
    before = _digest(v10_store)
    code, out, err = _run(capsys, *argv, "--db", v10_store)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "schema version 10" in lines[0] and f"`borderdocs upgrade --db {v10_store}`" in lines[0]
    assert _version(v10_store) == 10
    assert _digest(v10_store) == before


def test_the_explorer_reads_an_older_readable_store_and_refuses_one_too_old(v10_store, v12_store):
    from tui.cli import build_app

    before = _digest(v10_store)
    refused = build_app(["--db", str(v10_store)])
    assert isinstance(refused, str) and "borderdocs upgrade" in refused and "\n" not in refused
    assert _digest(v10_store) == before and _version(v10_store) == 10


async def test_the_explorer_reads_an_older_store_with_a_notice_and_leaves_it_as_it_was(v12_store):
    from tui.cli import build_app

    before = _digest(v12_store)
    app = build_app(["--db", str(v12_store)])
    assert not isinstance(app, str), app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        notice = app.session_notices["Older store"]  # the notice line, its detail in the help
        assert notice.line == "run borderdocs upgrade"
        assert "schema 12" in notice.detail and "borderdocs upgrade" in notice.detail
    assert _version(v12_store) == 12
    assert _digest(_checkpointed(v12_store)) == before


def test_every_reading_command_notes_an_older_store_on_stderr_only(v12_store, capsys):
    code, out, err = _run(capsys, "search", "khorgos", "--db", v12_store, "--json")
    assert code == 0 and json.loads(out)  # stdout is the JSON contract alone
    notes = [line for line in err.splitlines() if "older borderdocs" in line]
    assert len(notes) == 1 and "schema 12" in notes[0] and f"`borderdocs upgrade --db {v12_store}`" in notes[0]


def test_a_read_only_store_of_an_older_readable_schema_is_read(v12_store, capsys, monkeypatch):
    """A colleague's store, read-only to us: read as it is (it was refused: «needs migrating,
    and the store is read-only»)."""
    monkeypatch.setattr(opening, "_writable", lambda path: False)
    code, out, err = _run(capsys, "search", "khorgos", "--db", v12_store, "--json")
    assert code == 0 and json.loads(out), err
    assert "read-only" in err


def test_a_read_only_store_too_old_to_read_says_how_to_upgrade_a_copy(v10_store, capsys, monkeypatch):
    monkeypatch.setattr(opening, "_writable", lambda path: False)
    code, _, err = _run(capsys, "stats", "--db", v10_store)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "read-only" in err and "borderdocs upgrade" in err


def test_upgrade_brings_an_older_store_up_and_reads_then_work(v10_store, capsys):
    code, out, err = _run(capsys, "upgrade", "--db", v10_store)
    assert code == 0, err
    assert f"schema 10 -> {schema.SCHEMA_VERSION}" in out
    assert _version(v10_store) == schema.SCHEMA_VERSION
    code, out, _ = _run(capsys, "search", "khorgos", "--db", v10_store, "--json")
    assert code == 0 and json.loads(out)
    code, out, _ = _run(capsys, "upgrade", "--db", v10_store)  # again: nothing to do, said so
    assert code == 0 and "already" in out


def test_upgrade_of_a_missing_or_read_only_store_is_one_line(tmp_path, v10_store, capsys, monkeypatch):
    code, _, err = _run(capsys, "upgrade", "--db", tmp_path / "none.db")
    assert code == 2 and "no store here" in err and not (tmp_path / "none.db").exists()
    monkeypatch.setattr(opening, "_writable", lambda path: False)
    code, _, err = _run(capsys, "upgrade", "--db", v10_store)
    assert code == 2 and "read-only" in err and len(err.strip().splitlines()) == 1
    assert _version(v10_store) == 10


def test_the_library_opens_for_reading_without_upgrading(v12_store, v10_store):
    s = db.open_store(v12_store)
    try:
        assert db.schema_version(s) == 12
    finally:
        s.close()
    with pytest.raises(db.StoreError, match="borderdocs upgrade"):
        db.open_store(v10_store)
    s = db.open_store(v10_store, write=True)  # a writer upgrades, as ingest always did
    try:
        assert db.schema_version(s) == schema.SCHEMA_VERSION
    finally:
        s.close()


def test_a_read_leaves_the_files_journal_mode_as_it_found_it(sample_store_path, tmp_path, capsys):
    """A store a user switched out of WAL (`PRAGMA journal_mode=DELETE`, a copy's tool) stays
    so after a read: the reader used to set WAL, rewriting the file's header."""
    path = copy_store(sample_store_path, tmp_path / "delete.db")
    with closing(sqlite3.connect(path)) as c:
        assert c.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    before = _digest(path)
    code, _, err = _run(capsys, "stats", "--db", path)
    assert code == 0, err
    assert _digest(path) == before
    with closing(sqlite3.connect(path)) as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_store_too_old_for_any_migration_says_to_ingest_again(v10_store, capsys):
    with closing(sqlite3.connect(v10_store)) as c, c:
        c.execute("UPDATE meta SET value='0' WHERE key='schema_version'")
    code, _, err = _run(capsys, "search", "khorgos", "--db", v10_store)
    assert code == 2 and "cannot be migrated" in err and "borderdocs upgrade" not in err
    code, _, err = _run(capsys, "upgrade", "--db", v10_store)  # the writer's line says the same
    assert code == 2 and "cannot be migrated" in err

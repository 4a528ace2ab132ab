"""Every way a command can be misused or fail ends in one line on stderr and exit
status 2, never a traceback, and is checked before any work is done."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from store import cli

BORDERDOCS = [sys.executable, "-m", "store.cli"]


def run(capsys, *argv) -> tuple[int, str, str]:
    """cli.main in this process; argparse's exits count as a return code."""
    try:
        code = cli.main([str(a) for a in argv])
    except SystemExit as e:
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code, err, *words):
    assert code == 2, err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err
    for w in words:
        assert w in err, err


@pytest.mark.parametrize(
    "limit, words",
    [
        ("99999999999999999999", ["out of range", "1 to 10000"]),
        ("-1", ["out of range"]),
        ("0", ["out of range"]),
        ("ten", ["not a whole number"]),
    ],
)
def test_limit_is_range_checked(sample_store_path, capsys, limit, words):
    code, out, err = run(capsys, "search", "khorgos", "--db", sample_store_path, "--limit", limit)
    assert_one_line_error(code, err, "--limit", *words)
    assert out == ""


def test_jobs_is_range_checked(tmp_path, capsys):
    code, _, err = run(capsys, "ingest", tmp_path, "--db", tmp_path / "s.db", "--jobs", "0")
    assert_one_line_error(code, err, "--jobs", "out of range")
    assert not (tmp_path / "s.db").exists()


def test_the_largest_limit_works(sample_store_path, capsys):
    code, out, _ = run(capsys, "search", "khorgos", "--db", sample_store_path, "--limit", cli.MAX_LIMIT, "--json")
    assert code == 0 and json.loads(out)


@pytest.mark.parametrize("what", ["missing", "folder"])
def test_batch_file_must_be_a_file(sample_store_path, tmp_path, capsys, what):
    batch = tmp_path / "queries.txt" if what == "missing" else tmp_path
    code, out, err = run(capsys, "search", "--batch", batch, "--db", sample_store_path)
    assert_one_line_error(code, err, "--batch", "no such file" if what == "missing" else "is a folder")
    assert out == ""


def test_batch_file_not_utf8(sample_store_path, tmp_path, capsys):
    batch = tmp_path / "queries.txt"
    batch.write_bytes("хоргос\n".encode() + "бектенов\n".encode("cp1251"))
    code, out, err = run(capsys, "search", "--batch", batch, "--db", sample_store_path)
    assert_one_line_error(code, err, "line 2", "not UTF-8")
    assert json.loads(out.splitlines()[0])["query"] == "хоргос"  # what came before was answered


@pytest.mark.parametrize(
    "where, words",
    [
        ("missing/out.json", ["does not exist"]),
        (".", ["is a folder"]),
    ],
)
def test_export_output_is_checked_before_work(sample_store_path, tmp_path, capsys, where, words):
    code, out, err = run(capsys, "export", "--db", sample_store_path, "--output", tmp_path / where)
    assert_one_line_error(code, err, "--output", *words)
    assert out == "" and list(tmp_path.iterdir()) == []


def test_export_onto_a_full_disk(sample_store_path, capsys):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    code, _, err = run(capsys, "export", "--db", sample_store_path, "--output", "/dev/full")
    assert_one_line_error(code, err, "cannot write /dev/full", "No space left on device")


def test_export_to_stdout_on_a_full_disk(sample_store_path):
    """`borderdocs export > /dev/full`: the failing stdout is one line, and the
    interpreter's final flush adds nothing."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [*BORDERDOCS, "export", "--db", str(sample_store_path)], stdout=full, stderr=subprocess.PIPE, text=True
        )
    assert_one_line_error(proc.returncode, proc.stderr, "No space left on device")


def test_a_failed_export_leaves_the_earlier_file_alone(sample_store_path, tmp_path, capsys, monkeypatch):
    """The export goes to a temporary name and replaces the file only when complete."""
    from store.db import export

    out = tmp_path / "out.json"
    out.write_text("earlier export\n")

    def fail(store, fmt, stream):
        stream.write("{partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "write", fail)
    code, _, err = run(capsys, "export", "--db", sample_store_path, "--output", out)
    assert_one_line_error(code, err, "cannot write", "No space left on device")
    assert out.read_text() == "earlier export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_a_successful_export_replaces_the_file(sample_store_path, tmp_path, capsys):
    out = tmp_path / "out.json"
    out.write_text("earlier export\n")
    code, _, err = run(capsys, "export", "--db", sample_store_path, "--output", out)
    assert code == 0, err
    assert len(json.loads(out.read_text())["articles"]) == 5
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_store_path_is_a_folder(tmp_path, capsys):
    for command in (["stats"], ["search", "x"], ["export"], ["ingest", tmp_path]):
        code, _, err = run(capsys, *command, "--db", tmp_path)
        assert_one_line_error(code, err, "is a directory")


def test_a_foreign_file_is_not_a_store(tmp_path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    for command in (["stats"], ["search", "x"], ["export"]):
        code, _, err = run(capsys, *command, "--db", junk)
        assert_one_line_error(code, err, "not a borderdocs store")


def test_usage_errors_are_one_line(capsys):
    for argv in (
        ["search", "--type", "bogus", "x"],
        ["export", "--format", "xml"],
        ["frobnicate"],
        ["search", "--nope"],
    ):
        code, _, err = run(capsys, *argv)
        assert_one_line_error(code, err, "--help")


def test_file_names_in_errors_are_escaped(tmp_path, capsys):
    code, _, err = run(capsys, "search", "--batch", tmp_path / "q\u202e\x1b[2J.txt", "--db", tmp_path / "s.db")
    assert_one_line_error(code, err, "q\\u202e\\x1b[2J.txt")


def test_an_unexpected_error_is_one_line(sample_store_path, capsys, monkeypatch):
    from store.search import search

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(search, "search", broken)
    monkeypatch.delenv("BORDERDOCS_DEBUG", raising=False)
    code, _, err = run(capsys, "search", "x", "--db", sample_store_path)
    assert_one_line_error(code, err, "internal error: RuntimeError: a bug", "BORDERDOCS_DEBUG")

"""ui63: on a terminal of 80 columns every message of `borderdocs` fits (a usage error,
an error, reextract's last line and its «interrupted» line), wrapped at words with its
next lines indented and a command in backticks kept whole; into a pipe each stays one
line, as scripts read it. The progress bar leaves room for the «^C» a terminal echoes."""

from __future__ import annotations

import io
import os

import pytest

from store.cli import common
from store.cli.progress import ProgressBar
from tests.test_cli_errors import run

REEXTRACT_STOPPED = (
    "interrupted by SIGINT: 100 of 249 articles brought up to date and kept;"
    " `borderdocs reextract --all` goes on with the other 149"
)


@pytest.fixture
def terminal(monkeypatch):
    monkeypatch.setattr(common, "_stderr_columns", lambda: 80)


def test_a_long_message_wraps_at_words_with_its_command_whole():
    lines = common.fit(REEXTRACT_STOPPED, 80).splitlines()
    assert lines == [
        "interrupted by SIGINT: 100 of 249 articles brought up to date and kept;",
        "  `borderdocs reextract --all` goes on with the other 149",
    ]
    assert common.fit("short enough", 80) == "short enough"


def test_into_a_pipe_a_message_stays_one_line(capsys, tmp_path):
    code, _, err = run(capsys, "board", "--kind", "zzz", "--db", tmp_path / "x.db")
    assert code == 2 and err.count("\n") == 1 and len(err) > 80


def test_on_a_terminal_a_usage_error_fits_80_columns(capsys, terminal, tmp_path):
    code, _, err = run(capsys, "facts", "--kind", "zzz", "--db", tmp_path / "x.db")
    lines = err.splitlines()
    assert code == 2 and len(lines) > 1
    assert all(len(line) < 80 for line in lines) and all(line.startswith("  ") for line in lines[1:])
    assert lines[-1].endswith("(see `borderdocs facts --help`)")


def test_on_a_terminal_a_missing_store_fits_80_columns(capsys, monkeypatch, terminal, tmp_path):
    monkeypatch.chdir(tmp_path)  # a path shorter than a line: a longer one is not cut
    code, _, err = run(capsys, "stats", "--db", "missing/store.db")
    assert code == 2 and all(len(line) < 80 for line in err.splitlines())
    assert "`borderdocs ingest PATH --db " in err  # the command to run, whole


def test_the_bar_leaves_room_for_the_echoed_interrupt(monkeypatch):
    monkeypatch.setattr("shutil.get_terminal_size", lambda fallback=(80, 24): os.terminal_size((80, 24)))
    out = io.StringIO()
    monkeypatch.setattr("sys.stderr", out)
    bar = ProgressBar(enabled=True, unit="articles")
    bar.update(49, 249, "a-rather-long-file-name-of-a-saved-page-from-somewhere.html")
    drawn = out.getvalue().lstrip("\r")
    assert len(drawn) + len("^C") < 80
    bar.clear()
    assert len(out.getvalue().split("\r")[-2]) >= 79  # the clearing blanks the «^C» too

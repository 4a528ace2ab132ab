"""qa61: the help after facts61 added a status label («limited») and a fact kind
(«alternative»). `board --help` still said «one of seven labels», and the TUI's help
listed nine fact kinds for `k`, which cycles through ten. The lists in the help are
checked against the ones the code uses, so the next label or kind cannot be left out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from store import cli
from store.db.fact_reads import FACT_KINDS
from store.lang.statuses import STATUS_LABELS

NUMBERS = {7: "seven", 8: "eight", 9: "nine", 10: "ten"}


def _board_help(capsys, monkeypatch) -> str:
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit):
        cli.main(["board", "--help"])
    return " ".join(capsys.readouterr().out.split())


def test_board_help_names_every_status_label_and_counts_them(capsys, monkeypatch):
    text = _board_help(capsys, monkeypatch)
    assert f"one of {NUMBERS[len(STATUS_LABELS)]} labels" in text
    for label in STATUS_LABELS:
        assert label in text


def test_the_tui_help_lists_every_fact_kind_k_cycles_through():
    help_md = (Path(__file__).parents[1] / "tui" / "help.md").read_text(encoding="utf-8")
    row = next(line for line in help_md.splitlines() if line.startswith("| `k` |"))
    listed = re.search(r"facts: next fact kind \(([^)]*)\)", row)
    assert listed is not None
    assert tuple(k.strip() for k in listed.group(1).split(",")) == FACT_KINDS

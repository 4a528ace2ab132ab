"""qa45: `facts --help` says what `--border` does since facts cover both sides' posts."""

from __future__ import annotations

import pytest

from store.cli import main


def test_facts_border_help_says_both_sides(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit):
        main(["facts", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "both sides'" in out and "«Маштаково (RU)»" in out

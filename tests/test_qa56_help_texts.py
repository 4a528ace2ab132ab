"""qa56: the help a new user reads. `ingest --help` said «Files already stored are
skipped» and nothing of a store built by an older version (qa52's: same schema, older
rules), whose articles an ingest never reads again; `export --help` and `stats --help`
said nothing of what they print; `show --help` gave no default for --limit."""

from __future__ import annotations

import pytest

from store import cli


def _help(capsys, monkeypatch, command: str) -> str:
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit) as done:
        cli.main([command, "--help"])
    assert done.value.code == 0
    return " ".join(capsys.readouterr().out.split())


def test_ingest_help_says_an_older_store_is_not_read_again(capsys, monkeypatch):
    text = _help(capsys, monkeypatch, "ingest")
    # rex56: the advice is now `borderdocs reextract` (it was «ingest into a new store»)
    assert "skipped, not read again" in text and "`borderdocs reextract` reads its stored articles again" in text


@pytest.mark.parametrize(
    ("command", "words"), [("export", "near-duplicate copies too"), ("stats", "What the store holds")]
)
def test_export_and_stats_say_what_they_print(capsys, monkeypatch, command, words):
    assert words in _help(capsys, monkeypatch, command)


def test_show_help_gives_the_default_limit(capsys, monkeypatch):
    assert "newest N of each list, 1 to 10000 (default 10)" in _help(capsys, monkeypatch, "show")

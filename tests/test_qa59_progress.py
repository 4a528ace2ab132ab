"""qa59: the progress bar's first line said «0.0/s ETA 0:00» (reextract's, drawn before its
first article was done): no rate yet, and an end that was not near. It now says the
count alone until one is done, then the rate and the time left."""

from __future__ import annotations

from store.cli.progress import ProgressBar


def test_no_rate_or_eta_before_the_first_is_done(capsys):
    bar = ProgressBar(enabled=True, unit="articles")
    bar.update(0, 40, "")
    first = capsys.readouterr().err
    assert "0/40 articles" in first
    assert "/s" not in first and "ETA" not in first


def test_the_rate_and_eta_once_some_are_done(capsys):
    bar = ProgressBar(enabled=True, unit="articles")
    bar.update(0, 40, "")
    bar.update(40, 40, "")  # the last one is drawn whatever the time since the line before
    last = capsys.readouterr().err.split("\r")[-1]
    assert "40/40 articles" in last and "/s ETA 0:00" in last


def test_the_ingest_summary_puts_the_store_on_its_own_line_where_it_would_wrap(monkeypatch):
    """At 80 columns «… (15.5 articles/s) -> STORE» wrapped mid-word; into a pipe it stays one line."""
    import io
    import os
    import shutil
    import sys

    from store.cli.commands import _to_store

    told = "84 files, 89 articles: 89 ingested, 0 duplicates, 0 rejected in 5.8 s (15.5 articles/s)"

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((80, 24)))
    monkeypatch.setattr(sys, "stderr", Terminal())
    assert _to_store(told, "/tmp/s.db") == f"{told}\n-> /tmp/s.db"
    assert _to_store("3 files: 3 ingested", "/tmp/s.db") == "3 files: 3 ingested -> /tmp/s.db"
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert _to_store(told, "/tmp/s.db") == f"{told} -> /tmp/s.db"

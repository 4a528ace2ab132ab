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

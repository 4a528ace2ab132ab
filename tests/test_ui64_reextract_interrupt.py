"""ui64: `reextract` stopped mid-batch. The bar had counted articles read, but the batch
(50 a transaction) was not written, and the line said «0 of 3 … kept». The articles read
are now written on the way out, and the line's figures are what the store holds."""

from __future__ import annotations

from store import cli
from store.cli import progress
from store.ingest import reextract as rx

from .test_rex56_reextract import _consistent, _old_store, _stats, corpus  # noqa: F401 - a fixture


class _StoppedAtTwo(progress.ProgressLines):
    """Log lines, and a Ctrl+C once two articles are read (inside the first batch of 50)."""

    def update(self, done, total, file=""):
        if done == 2:
            raise KeyboardInterrupt
        super().update(done, total, file)


def test_the_interrupt_line_says_what_was_kept(corpus, tmp_path, monkeypatch, capsys):  # noqa: F811
    old = _old_store(corpus, tmp_path / "old.db", monkeypatch)
    monkeypatch.setattr("store.cli.commands.progress_for", lambda quiet, unit="files": _StoppedAtTwo(unit=unit))
    assert rx.BATCH == 50
    capsys.readouterr()
    assert cli.main(["reextract", "--db", str(old)]) == 130
    err = " ".join(capsys.readouterr().err.split())
    assert "interrupted by SIGINT: 2 of 3 articles brought up to date and kept;" in err
    assert "`borderdocs reextract` goes on with the other 1" in err
    _consistent(old)
    assert "1 of 3 articles extracted by older rules" in _stats(capsys, old)
    assert cli.main(["reextract", "--db", str(old)]) == 0
    assert "1 of 1 articles extracted again" in capsys.readouterr().err

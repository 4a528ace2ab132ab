"""qa58: `borderdocs reextract` as a user meets it.

- A store already extracted by these rules said «0 of 0 articles extracted again», read as
  a store with no articles: it now says there is nothing to do, and of how many articles.
- Ctrl-C in a `--all` run said «run the same command again to finish», but the same
  command started over from the first article: it now goes on after the last batch the
  interrupted run committed, and says so.
- The progress bar counted «files» and moved once a batch of 50 (first after the model's
  load and 50 articles): it counts articles, from 0 at once, one by one.
- `--max-article-size` (ingest's) is taken, so a store ingested with 1M is not read again
  cut at 200,000 characters; `--jobs 2` (worker processes) ends as one job does.
The articles are the made-up ones of test_rex56_reextract."""

from __future__ import annotations

import sqlite3

from store import cli
from store.ingest import ingest
from store.ingest import reextract as rx

from .test_rex56_reextract import _consistent, _export, _old_store, corpus  # noqa: F401 - a fixture


def test_a_store_of_these_rules_has_nothing_to_do(corpus, tmp_path, capsys):  # noqa: F811
    path = tmp_path / "s.db"
    ingest([corpus], path, jobs=1)
    capsys.readouterr()
    assert cli.main(["reextract", "--db", str(path)]) == 0
    err = capsys.readouterr().err
    assert "nothing to do: the 3 articles" in err and "--all" in err
    assert "0 of 0" not in err


def test_an_interrupted_all_goes_on_where_it_stopped(corpus, tmp_path, monkeypatch, capsys):  # noqa: F811
    fresh = tmp_path / "fresh.db"
    ingest([corpus], fresh, jobs=1)
    old = _old_store(corpus, tmp_path / "old.db", monkeypatch)
    monkeypatch.setattr(rx, "BATCH", 1)
    real, calls = rx._replace, []

    def stopped_in_the_second(store, results, upto=0):
        calls.append(upto)
        real(store, results, upto)
        if len(calls) == 2:
            raise KeyboardInterrupt  # before the second batch's commit: rolled back

    monkeypatch.setattr(rx, "_replace", stopped_in_the_second)
    first = rx.reextract(old, everything=True)  # the batch rolled back is written on the way out (ui64)
    assert first.interrupted and first.done == 2 and first.total == 3
    _consistent(old)

    monkeypatch.setattr(rx, "_replace", real)
    capsys.readouterr()
    assert cli.main(["reextract", "--all", "--db", str(old)]) == 0
    err = capsys.readouterr().err
    assert "3 of 3 articles extracted again (the first 2 by the run interrupted before)" in err
    _consistent(old)
    assert _export(capsys, old) == _export(capsys, fresh)
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT count(*) FROM meta WHERE key = ?", (rx.ALL_DONE_UPTO,)).fetchone() == (0,)
    conn.close()
    assert rx.reextract(old, everything=True).done == 3  # finished: the next --all is a whole run


def test_progress_counts_articles_one_by_one_and_the_size_is_passed(corpus, tmp_path, monkeypatch):  # noqa: F811
    from store.ingest import worker

    path = tmp_path / "s.db"
    ingest([corpus], path, jobs=1)
    seen, real = [], worker._extract

    def extract(extractor, article, limit):
        seen.append(limit)
        return real(extractor, article, limit)

    monkeypatch.setattr(worker, "_extract", extract)
    steps: list[tuple[int, int]] = []
    rx.reextract(path, everything=True, progress=lambda done, total, _: steps.append((done, total)), limit=1_000_000)
    assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert seen == [1_000_000] * 3


def test_two_jobs_end_as_one_does(corpus, tmp_path, monkeypatch, capsys):  # noqa: F811
    fresh = tmp_path / "fresh.db"
    ingest([corpus], fresh, jobs=1)
    old = _old_store(corpus, tmp_path / "old.db", monkeypatch)
    capsys.readouterr()
    assert cli.main(["reextract", "--db", str(old), "--jobs", "2"]) == 0
    assert "3 of 3 articles extracted again" in capsys.readouterr().err
    _consistent(old)
    assert _export(capsys, old) == _export(capsys, fresh)

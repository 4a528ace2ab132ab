"""A store written by older rules says so (`stats`), and `borderdocs reextract` brings
it up to date from the text it keeps: the same export as a fresh ingest of the same
files, and an interrupted run leaves every article old or new."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import subprocess
import sys

import pytest

from store import cli
from store.db import rules_stamp
from store.ingest import ingest
from store.ingest import reextract as rx

from .conftest import ROOT
from .test_damaged_store import checks, settle_after_the_check  # noqa: F401 - a fixture

# Made-up articles in the shape of the corpus: a minister at a border post, a body.
ARTICLES = {
    "a.txt": "Премьер-министр Олжас Бектенов посетил пункт пропуска «Хоргос»\n\n"
    "Премьер-министр Олжас Бектенов осмотрел пункт пропуска «Хоргос» в Жетысуской области. "
    "Бектенов поручил Комитету государственных доходов сократить очереди грузовиков.\n",
    "b.txt": "Очередь на посту «Нур Жолы» выросла\n\n"
    "На пункте пропуска «Нур Жолы» скопились грузовики. Комитет государственных доходов "
    "сообщил, что пропуск будет ускорен до 1 марта.\n",
    "c.txt": "Пограничники провели учения в Алматы\n\n"
    "Пограничная служба КНБ провела учения вблизи Алматы. Олжас Бектенов отметил работу "
    "пограничников на пункте пропуска «Достык».\n",
}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _old_store(corpus, path, monkeypatch):
    """The files ingested by "older rules": ones that read no organization, no directive,
    and spelt every person in capitals (the entity's name comes from its spellings)."""
    from store.extract.extractor import Extractor

    today = Extractor.extract

    def older(self, article, *args, **kwargs):
        got = today(self, article, *args, **kwargs)
        mentions = [
            dataclasses.replace(m, name=m.name.upper()) if m.type == "person" else m
            for m in got.mentions
            if m.type != "organization"
        ]
        return dataclasses.replace(got, mentions=mentions, directives=[])

    with monkeypatch.context() as mp:
        mp.setenv(rules_stamp.RULES_ENV, "older0rules0")
        mp.setattr(Extractor, "extract", older)
        ingest([corpus], path, jobs=1)
    return path


def _export(capsys, path) -> str:
    capsys.readouterr()
    assert cli.main(["export", "--db", str(path), "--format", "json"]) == 0
    return capsys.readouterr().out.replace(str(path), "STORE")


def _stats(capsys, path) -> str:
    capsys.readouterr()
    assert cli.main(["stats", "--db", str(path)]) == 0
    return capsys.readouterr().out


def _consistent(path) -> None:
    """Every article's rows are of one run; counts follow the mentions; no entity without one."""
    conn = sqlite3.connect(path)
    assert conn.execute(
        "SELECT count(*) FROM entities e WHERE mention_count != (SELECT count(*) FROM mentions m"
        " WHERE m.entity_id = e.id) OR article_count != (SELECT count(DISTINCT article_id) FROM mentions m"
        " WHERE m.entity_id = e.id)"
    ).fetchone() == (0,)
    assert conn.execute(
        "SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)"
    ).fetchone() == (0,)
    assert conn.execute(
        "SELECT count(*) FROM mentions WHERE entity_id NOT IN (SELECT id FROM entities)"
    ).fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (len(ARTICLES),)
    conn.close()


def test_an_older_store_is_reported_and_brought_up_to_date(corpus, tmp_path, monkeypatch, capsys):
    fresh = tmp_path / "fresh.db"
    ingest([corpus], fresh, jobs=1)
    old = _old_store(corpus, tmp_path / "old.db", monkeypatch)
    assert _export(capsys, old) != _export(capsys, fresh)  # the older rules read less
    assert "3 of 3 articles extracted by older rules — `borderdocs reextract`" in _stats(capsys, old)
    assert "older rules" not in _stats(capsys, fresh)

    _entities(capsys, old, "бектенов")  # the alias index is written beside the store
    conn = sqlite3.connect(old)  # an older reader found no outlet or dateline in a.txt
    conn.execute("UPDATE articles SET source=NULL, dateline=NULL WHERE file='a.txt'")
    conn.commit()
    conn.close()
    assert cli.main(["reextract", "--db", str(old)]) == 0
    assert "3 of 3 articles extracted again" in capsys.readouterr().err
    for query in ("бектенов", "bektenov", "комитет государственных доходов", "хоргос"):
        assert _entities(capsys, old, query) == _entities(capsys, fresh, query)
    assert "older rules" not in _stats(capsys, old)
    assert _export(capsys, old) == _export(capsys, fresh)
    _consistent(old)
    # Nothing left to do: a second run changes nothing.
    assert cli.main(["reextract", "--db", str(old), "--quiet"]) == 0
    assert _export(capsys, old) == _export(capsys, fresh)


def test_a_store_without_fingerprints_counts_as_older(corpus, tmp_path, capsys):
    path = tmp_path / "s.db"
    ingest([corpus], path, jobs=1)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE article_rules")  # as a store written before the fingerprint existed
    conn.commit()
    conn.close()
    assert "3 of 3 articles extracted by older rules" in _stats(capsys, path)
    assert cli.main(["reextract", "--db", str(path), "-q"]) == 0
    assert "older rules" not in _stats(capsys, path)


def test_an_interrupted_reextract_leaves_every_article_old_or_new(corpus, tmp_path, monkeypatch, capsys):
    fresh = tmp_path / "fresh.db"
    ingest([corpus], fresh, jobs=1)
    old = _old_store(corpus, tmp_path / "old.db", monkeypatch)
    monkeypatch.setattr(rx, "BATCH", 1)
    real, calls = rx._replace, []

    def stopped_in_the_second(store, results, upto=0):
        calls.append(1)
        real(store, results, upto)  # written, then stopped before its commit: rolled back
        if len(calls) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(rx, "_replace", stopped_in_the_second)
    summary = rx.reextract(old)  # the batch rolled back is written again on the way out (ui64)
    assert summary.interrupted and summary.done == 2 and len(calls) == 3
    _consistent(old)
    assert "1 of 3 articles extracted by older rules" in _stats(capsys, old)
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT value FROM meta WHERE key='fts_stale'").fetchone() == ("1",)
    conn.close()

    monkeypatch.setattr(rx, "_replace", real)
    assert rx.reextract(old).done == 1
    _consistent(old)
    assert _export(capsys, old) == _export(capsys, fresh)
    capsys.readouterr()
    assert cli.main(["search", "--db", str(old), "--type", "article", "грузовик", "--json"]) == 0
    assert capsys.readouterr().out == _search(capsys, fresh)


def _entities(capsys, path, query) -> list:
    """The entities a search finds, without their row ids (another store numbers them
    otherwise), as a user's next `borderdocs search` finds them: in a process of its own
    (this one's index cache is keyed by the store's path and the changes it saw)."""
    done = subprocess.run(
        [sys.executable, "-m", "store.cli", "search", "--db", str(path), query, "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    hits = json.loads(done.stdout)
    return [{k: v for k, v in h.items() if k != "id"} for h in hits if h["kind"] == "entity"]


def _search(capsys, path) -> str:
    capsys.readouterr()
    assert cli.main(["search", "--db", str(path), "--type", "article", "грузовик", "--json"]) == 0
    return capsys.readouterr().out


def test_reextract_help_says_what_it_does(capsys):
    with pytest.raises(SystemExit):
        cli.main(["reextract", "--help"])
    out = capsys.readouterr().out
    assert "--all" in out and "--jobs" in out
    assert "older rules" in out and "interrupted run" in out
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "reextract" in capsys.readouterr().out


def test_the_fingerprint_is_stable_and_short():
    assert rules_stamp._computed() == rules_stamp._computed()
    assert len(rules_stamp.current()) == 12


async def test_the_tui_says_so_in_one_line(corpus, tmp_path, monkeypatch, checks):
    from tui.cli import build_app

    old = _old_store(corpus, tmp_path / "old.db", monkeypatch)
    app = build_app(["--db", str(old)])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_after_the_check(app, pilot, checks)
        notice = app.session_notices["Older rules"]  # the notice line (tui74), its detail in the help (tui75)
    assert notice.line == "run borderdocs reextract"
    assert "3 of 3 articles extracted by older rules — `borderdocs reextract` brings them up to date" in notice.detail

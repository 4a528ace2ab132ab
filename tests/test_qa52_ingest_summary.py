"""qa52: an ingest of the evaluation's dev folder and 409 saved pages ended «496 files:
493 ingested, 8 duplicates, 0 rejected»: 501 of what, from 496? A JSON-lines file holds
several articles and the counts after the colon are of articles; the line now says so
(«2 files, 3 articles: …») when they differ. The articles here are made up."""

from __future__ import annotations

import json

from store import cli

RECORDS = [
    {"title": "Первая", "text": "На придуманном переходе очередь из сорока машин.", "date": "2025-01-01"},
    {"title": "Вторая", "text": "Придуманный переход закрыт на ремонт до конца года.", "date": "2025-01-02"},
]


def test_the_summary_counts_files_and_the_articles_in_them(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "dump.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS), encoding="utf-8")
    (src / "one.txt").write_text("Третья\n\nНа придуманном переходе тихо.\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert cli.main(["ingest", str(src), "--db", db, "-j", "1"]) == 0
    assert capsys.readouterr().err.startswith("2 files, 3 articles: 3 ingested, 0 duplicates, 0 rejected in ")
    assert cli.main(["ingest", str(src / "one.txt"), "--db", db, "-j", "1"]) == 0
    assert capsys.readouterr().err.startswith("1 file: 0 ingested, 1 already stored, 0 duplicates, 0 rejected in ")

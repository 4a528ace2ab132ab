"""read71: `reextract --all` reads a dump record's and a feed item's stored record again as
ingest read it. Since qa70 renamed the record reader's arguments, the re-read failed and
was passed over silently: a record's source credit («Источник: Министерство …») was lost
from its organizations. The records here were written for this test."""

from __future__ import annotations

import json

from store import cli


def _export(capsys, db) -> dict:
    capsys.readouterr()
    assert cli.main(["export", "--db", str(db), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    arts = out["articles"] if isinstance(out, dict) else out
    return {
        a["title"]: sorted(json.dumps(e, sort_keys=True, ensure_ascii=False) for e in a.get("entities", []))
        for a in arts
    }


def test_reextract_all_reads_records_and_feed_items_as_ingest_did(tmp_path, capsys):
    story = (
        "На пункте пропуска «Алтынколь» открыли новый склад временного хранения.\n\n"
        "Склад рассчитан на 300 контейнеров, его построили за восемь месяцев.\n\n"
        "Источник: Министерство транспорта Республики Казахстан"
    )
    (tmp_path / "dump.jsonl").write_text(
        json.dumps({"title": "Склад на «Алтынколе»", "date": "2026-12-01", "text": story}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in story.split("\n\n"))
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Хоргос Ньюс</title><item>'
        "<title>Новый склад открыт на «Алтынколе»</title><pubDate>Tue, 01 Dec 2026 09:00:00 +0500</pubDate>"
        f"<description><![CDATA[{paragraphs}]]></description></item></channel></rss>",
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    assert cli.main(["ingest", str(tmp_path), "--db", str(db), "--jobs", "1", "--quiet"]) == 0
    fresh = _export(capsys, db)
    assert len(fresh) == 2
    assert all(any("Министерство транспорта" in e for e in ents) for ents in fresh.values()), fresh
    assert cli.main(["reextract", "--all", "--db", str(db), "--jobs", "1", "--quiet"]) == 0
    assert _export(capsys, db) == fresh

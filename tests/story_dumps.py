"""A store ingested through the CLI from a JSON-lines dump of short stories, and the
titles an article search finds in it: the setting of the Kazakh word-form tests
(qa70's voiced stems, search70's plural and case stems)."""

from __future__ import annotations

import json
from pathlib import Path

from store.cli import main


def ingest_stories(folder: Path, stories: list[dict]) -> Path:
    """The store at folder/s.db, ingested from the stories as one dump."""
    dump = folder / "kk.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in stories), encoding="utf-8")
    db = folder / "s.db"
    assert main(["ingest", str(dump), "--db", str(db), "--quiet", "--jobs", "1"]) == 0
    return db


def ingest_texts(folder: Path, texts: dict[str, str], db: Path) -> Path:
    """The store at `db`, ingested through the CLI from `folder` holding one file per text
    (file name → text)."""
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert main(["ingest", str(folder), "--db", str(db), "--quiet"]) == 0
    return db


def search_json(capsys, db: Path, query: str, *args: str) -> list[dict]:
    """What `borderdocs search QUERY --json` lists (20 at most), `args` added to the command."""
    capsys.readouterr()
    main(["search", query, "--json", "--db", str(db), "--limit", "20", *args])
    out = capsys.readouterr().out
    return json.loads(out) if out.strip() else []


def article_titles(capsys, db: Path, query: str) -> set[str]:
    """The titles of the articles `borderdocs search QUERY --type article` lists (20 at most)."""
    return {r["name"] for r in search_json(capsys, db, query, "-t", "article")}

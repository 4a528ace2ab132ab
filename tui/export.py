"""Write the list on screen (articles under the current filter, or entities) to
CSV or JSON, chosen by the file's extension. Runs in a worker with its own
connection, so a long export never holds the lock the UI pages through."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from store import queries
from store.db import open_store

ARTICLE_FIELDS = ["id", "date", "source", "title", "language"]
ENTITY_FIELDS = ["id", "type", "name", "latin", "roles", "article_count", "mention_count"]


def rows_for(store, kind: str, source) -> tuple[list[str], list[dict]]:
    if kind == "articles":
        return ARTICLE_FIELDS, [{k: r[k] for k in ARTICLE_FIELDS} for r in queries.article_rows(store, source.filter)]
    rows = []
    offset = 0
    while True:
        page = queries.entity_page(store, source.text, source.type, offset=offset, limit=1000)
        rows += [{k: r[k] for k in ENTITY_FIELDS} for r in page]
        if len(page) < 1000:
            return ENTITY_FIELDS, rows
        offset += 1000


def export_list(store_path: Path, out: Path, kind: str, source) -> int:
    """Write the rows; returns how many. JSON for .json/.jsonl, CSV otherwise."""
    store = open_store(store_path)
    try:
        fields, rows = rows_for(store, kind, source)
    finally:
        store.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".jsonl":
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    elif out.suffix.lower() == ".json":
        out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        with out.open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=fields)
            w.writeheader()
            for r in rows:
                w.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in r.items()})
    return len(rows)

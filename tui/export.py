"""Write the list on screen (articles under the current filter, or entities) to
CSV or JSON, chosen by the file's extension. Runs in a worker with its own
connection, so a long export never holds the lock the UI pages through."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from store.db import board, directive_reads, fact_reads
from store.db import rows as store_rows
from store.db.opening import open_store
from store.sanitize import spreadsheet_cell


def rows_for(store, kind: str, source) -> tuple[list[str], list[dict]]:
    """The columns and rows of the list on screen: `source` is its row source (ArticleSource,
    EntitySource, BoardSource, DirectiveSource or FactSource), holding its filter and sort."""
    if kind == "articles":
        return store_rows.ARTICLE_FIELDS, store_rows.article_export_rows(store, source.filter)
    if kind == "checkpoints":
        rows = board.board_rows(store, source.sort, source.reverse, source.border, source.kind, status=source.status)
        return board.BOARD_FIELDS, [{k: r[k] for k in board.BOARD_FIELDS} for r in rows]
    if kind == "directives":
        return directive_reads.DIRECTIVE_FIELDS, directive_reads.directive_export_rows(
            store,
            source.match,
            source.sort,
            source.reverse,  # the words, or the name they were read as
        )
    if kind == "facts":
        return fact_reads.FACT_FIELDS, fact_reads.fact_export_rows(store, source.kind, source.border)
    return store_rows.ENTITY_FIELDS, store_rows.entity_export_rows(store, source.text, source.type)


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
                w.writerow({k: _csv_cell(v) for k, v in r.items()})
    return len(rows)


def _csv_cell(value):
    """A list joins with «; »; a cell an article wrote that opens like a formula («=HYPERLINK(…)»)
    gets a «'» so a spreadsheet shows it instead of running it — the CLI's CSV does the same."""
    return spreadsheet_cell("; ".join(map(str, value)) if isinstance(value, list) else value)

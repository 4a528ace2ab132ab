#!/usr/bin/env python3
"""org103: the name a knowledge-base row's entity is shown by after an ingest, when one of the
article's mentions of it is misspelt (linked by likeness, store.lang.kb_likeness).

    python bench/org103_shown.py [--data bench/data/org103_fresh.json] [--show] [--json OUT]

Each item of the data file that has `shown` (the names the row's entity may carry) is written
as one .txt file (title «Новости», the text its body) and ingested alone into a fresh store
(one job); the item counts as «shown» when the entity keyed by its reference row is named by
one of `shown`. Figures per shape, worked and held out apart; only worked items are printed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
import fresh_sets  # noqa: E402 - a sibling module of this script


def entity_name(text: str, row_id: str) -> str | None:
    """The name the entity of `row_id` carries once `text` is ingested alone (None: no such entity)."""
    from store.db import store as db
    from store.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.txt").write_text(f"Новости\n\n{text}\n", encoding="utf-8")
        store_path = Path(tmp) / "s.db"
        ingest([Path(tmp) / "a.txt"], store_path, jobs=1)
        st = db.open_store(store_path)
        try:
            row = st.conn.execute("SELECT name FROM entities WHERE key=?", (f"kb:{row_id}",)).fetchone()
        finally:
            st.close()
    return row[0] if row else None


def main() -> int:
    a = fresh_sets.arguments("org103_fresh.json", "entity name").parse_args()
    totals, per = fresh_sets.new_totals(), {}
    for item in fresh_sets.items_of(a):
        if "shown" not in item:
            continue
        name = entity_name(item["text"], item["orgs"][0]["kb"])
        r = {"items": 1, "shown": int(name in item["shown"])}
        per[item["id"]] = {**r, "name": name}
        fresh_sets.tally(totals, item, r)
        if a.show and not item["held"]:  # the held-out half is counted, never read
            print(item["id"], name, "| want", item["shown"])
    fresh_sets.report(totals, lambda k, t: f"shape {k[0]} {k[1]:<7} shown {t['shown']}/{t['items']}", per, a.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

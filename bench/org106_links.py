#!/usr/bin/env python3
"""org106's probe: does a firm that shares a word with a knowledge-base row take that row?

    python bench/org106_links.py [--data bench/data/org106_links.json] [--show] [--json OUT]

Each item is one or two sentences of its own run through the real Extractor (title «Новости»).
The rows an item's mentions carry are gathered: an organization's linked row, else the row its
printed name is a form of (what the store files it under, as tests/notes.body_organizations
reads it), and the row of every other mention that has one (a checkpoint read inside a firm's
name). Group «not» (a firm sharing a word with `row`) is right with `row` absent; group «is»
(a row's short or inflected form) is right with `row` present. Counts are printed per group,
worked and held out apart; --show prints the worked half only (the held-out half is counted,
never read).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def rows_of(extractor, text: str) -> list[tuple[str, str, str | None]]:
    """(type, name, row) of each body mention of the text; row None when it has none."""
    from store.lang import kb
    from tests.notes import titled_mentions

    out = []
    for m in titled_mentions(extractor, text, "Новости"):
        if m.field != "body":
            continue
        ref = m.ref
        if not ref and m.type == "organization":
            row = kb.row_of_printed(m.type, m.name)
            ref = row.id if row else None
        if ref:
            ref = ref.removeprefix("kb:").split("@")[0].split(":")[0]
        out.append((m.type, m.name, ref))
    return out


def verdict(item: dict, found: list[tuple[str, str, str | None]]) -> str:
    """right / none / wrong for an item: «not» is right with its row absent (none counts as
    right for it), «is» right with its row present, wrong with another row and not its own."""
    refs = {r for _, _, r in found if r}
    if item["group"] == "not":
        return "wrong" if item["row"] in refs else "right"
    if item["row"] in refs:
        return "right"
    return "wrong" if any(t == "organization" and r for t, _, r in found) else "none"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(REPO / "bench" / "data" / "org106_links.json"))
    ap.add_argument("--show", action="store_true", help="print the worked items' mentions")
    ap.add_argument("--json", help="write each item's verdict and mentions here")
    a = ap.parse_args()
    from store.extract.extractor import Extractor

    ex = Extractor(disabled=())
    items = json.loads(Path(a.data).read_text(encoding="utf-8"))["items"]
    totals: dict[tuple[str, str], dict[str, int]] = {}
    per = {}
    for item in items:
        found = rows_of(ex, item["text"])
        v = verdict(item, found)
        half = "held" if item["held"] else "worked"
        t = totals.setdefault((item["group"], half), {"right": 0, "none": 0, "wrong": 0, "n": 0})
        t[v] += 1
        t["n"] += 1
        per[item["id"]] = {"verdict": v, "found": found}
        if a.show and not item["held"] and v != "right":
            print(item["id"], v, item["name"], "→", item["row"], "|", found)
    for (group, half), t in sorted(totals.items()):
        print(f"{group:<4} {half:<7} right {t['right']}/{t['n']}  none {t['none']}  wrong {t['wrong']}")
    if a.json:
        Path(a.json).write_text(json.dumps(per, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""cp105's fresh checkpoint sentences scored in process: posts found / extra / missed, kind, border.

    python bench/cp105_fresh.py [--data bench/data/cp105_fresh.json] [--show] [--json OUT]

Each item is one short article (title «Новости») with the posts it names (issue 15's shapes:
a spelling variants of gazetteer posts, b kind abbreviations glued or spaced, c foreign posts
with their country, d no post). A found post is a checkpoint mention of the body, printed as
the export prints it; it is matched one to one to the item's posts with the shared scorer's
`same`, as bench/evaluate.py matches them. «kind» and «border» count matched posts whose
kind (the text's, else the row's, as the export gives it) agrees by the evaluation's
`kind_agrees` and whose border (a foreign post's is Казахстан) is the reference's. Figures
are printed per shape, worked and held out apart: `--show` prints worked items only.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
import fresh_sets  # noqa: E402 - a sibling module of this script
from evaluate import kind_agrees  # noqa: E402  (the evaluation's own kind rule)
from org98_fresh import _scorer  # noqa: E402  (the shared scorer, loaded the same way)


def found_posts(extractor, text: str) -> list[dict]:
    """The body's posts in order of first mention with the export's kind and border: the
    commonest kind the text gives a post, else its row's (store/db/export.py's rule)."""
    from store.lang import gazetteer
    from tests.notes import titled_mentions

    kinds: dict[str, list[str]] = {}
    first: dict[str, str] = {}
    for m in titled_mentions(extractor, text, "Новости"):
        if m.type == "checkpoint" and m.field == "body":
            first.setdefault(m.ref or m.name, m.name)
            if m.kind:
                kinds.setdefault(m.ref or m.name, []).append(m.kind)
    out = []
    for ref, name in first.items():
        row = gazetteer.get(ref)
        said = Counter(kinds.get(ref, [])).most_common(1)
        kind = said[0][0] if said else (row.kind if row else None)
        out.append({"name": name, "kind": kind, "border": row.border if row else None})
    return out


def score_item(item: dict, found: list[dict], same, canon) -> dict:
    """Counts for one item: matched, extra, missed, kind and border right, and names for --show."""
    posts = item["checkpoints"]
    free = list(range(len(posts)))
    hit, extra, kind_ok, border_ok = 0, [], 0, 0
    for cp in found:
        j = next((i for i in free if any(same(cp["name"], g, "checkpoint") for g in posts[i]["names"])), None)
        if j is not None:
            free.remove(j)
            hit += 1
            kind_ok += kind_agrees(cp["kind"], posts[j]["kind"]) is not None
            border_ok += bool(cp["border"]) and canon(cp["border"]) == canon(posts[j]["border"])
        elif not any(same(cp["name"], g, "checkpoint") for p in posts for g in p["names"]) and not any(
            same(cp["name"], t, "checkpoint") for t in item.get("tolerate", [])
        ):
            extra.append(cp["name"])
    return {
        "tp": hit,
        "fp": len(extra),
        "fn": len(free),
        "kind": kind_ok,
        "border": border_ok,
        "extra": extra,
        "missed": [posts[i]["names"][0] for i in free],
    }


def main() -> int:
    a = fresh_sets.arguments("cp105_fresh.json", "found posts").parse_args()
    from store.extract.extractor import Extractor

    scorer = _scorer()
    ex = Extractor(disabled=())
    totals, per = fresh_sets.new_totals(), {}
    for item in fresh_sets.items_of(a):
        found = found_posts(ex, item["text"])
        r = score_item(item, found, scorer.same, scorer.canon)
        per[item["id"]] = {**r, "found": found}
        fresh_sets.tally(totals, item, r, ("tp", "fp", "fn", "kind", "border"))
        if a.show and not item["held"]:  # the held-out half is counted, never read
            print(
                item["id"],
                [(f["name"], f["kind"], f["border"]) for f in found],
                "| extra",
                r["extra"],
                "| missed",
                r["missed"],
            )
    fresh_sets.report(totals, _line, per, a.json)
    return 0


def _line(key: tuple, t: dict) -> str:
    return (
        f"shape {key[0]} {key[1]:<7} found/extra/missed {t['tp']}/{t['fp']}/{t['fn']}"
        f"  kind {t['kind']}/{t['tp']}  border {t['border']}/{t['tp']}"
    )


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""plc100's fresh place sentences scored in process: locations found / extra / missed.

    python bench/place_fresh.py [--data bench/data/plc100_fresh.json] [--batch N] [--show] [--json OUT]

Each item is one short article (title «Новости»). A found location is the extractor's
mention name, the name the export prints and the scorer reads («Жетісу» for «области Жетісу»
misses «область Жетісу», as it would on dev); «linked» counts found places whose name is a
printed form of a knowledge-base row. Found printed names are matched one to one to the item's places with the shared scorer's `same`; a name that matches
an already matched place or a `tolerate` name is no extra (as the scorer's match_sets does).
Figures are printed per shape, worked and held out apart: the held-out half is only run,
never read while tuning, so `--show` prints worked items only.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
import fresh_sets  # noqa: E402 - a sibling module of this script
from org98_fresh import _scorer  # noqa: E402  (the shared scorer, loaded the same way)


def found_places(extractor, text: str) -> list[tuple[str, ...]]:
    """Each location mention's name, as a one-name tuple (score_item reads names a place may go by)."""
    from tests.notes import titled_mentions

    return list(dict.fromkeys((m.name,) for m in titled_mentions(extractor, text, "Новости") if m.type == "location"))


def linked(found: list[tuple[str, ...]]) -> int:
    """How many found names are a printed form of a knowledge-base row."""
    from store.lang import kb

    return sum(kb.row_of_printed("location", f[0]) is not None for f in found)


def score_item(item: dict, found: list[tuple[str, ...]], same, canon) -> dict:
    """Counts for one item: matched, extra, missed, and the names for --show. «exact» counts
    matched places whose found name is one of the label's names (the scorer's `same` also
    takes a near spelling, «Форте-Шевченко» for «Форт-Шевченко»)."""

    def hits(names: tuple[str, ...], labels: list[str]) -> bool:
        return any(same(n, g, "location") for n in names for g in labels)

    places = item["places"]
    free = list(range(len(places)))
    hit, exact, extra = 0, 0, []
    for names in found:
        j = next((i for i in free if hits(names, places[i]["names"])), None)
        if j is not None:
            free.remove(j)
            hit += 1
            exact += any(canon(n) == canon(g) for n in names for g in places[j]["names"])
        elif not any(hits(names, p["names"]) for p in places) and not hits(names, item.get("tolerate", [])):
            extra.append(names[0])
    return {
        "tp": hit,
        "exact": exact,
        "fp": len(extra),
        "fn": len(free),
        "extra": extra,
        "missed": [places[i]["names"][0] for i in free],
    }


def main() -> int:
    a = fresh_sets.arguments("plc100_fresh.json", "found names").parse_args()
    from store.extract.extractor import Extractor

    scorer = _scorer()
    ex = Extractor(disabled=())
    totals, per = fresh_sets.new_totals(), {}
    for item in fresh_sets.items_of(a):
        found = found_places(ex, item["text"])
        r = {**score_item(item, found, scorer.same, scorer.canon), "linked": linked(found)}
        per[item["id"]] = {**r, "found": found}
        fresh_sets.tally(totals, item, r, ("tp", "fp", "fn", "exact", "linked"))
        if a.show and not item["held"]:
            print(
                item["id"], [f[0] for f in found], "| extra", r["extra"], "| missed", r["missed"], "| exact", r["exact"]
            )
    fresh_sets.report(totals, _line, per, a.json)
    return 0


def _line(key: tuple, t: dict) -> str:
    return (
        f"shape {key[0]} {key[1]:<7} found/extra/missed {t['tp']}/{t['fp']}/{t['fn']}"
        f"  exact {t['exact']}  linked {t['linked']}"
    )


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""org98's fresh sentences scored in process: organizations found / extra / missed and linked.

    python bench/org98_fresh.py [--data bench/data/org98_fresh.json] [--batch N] [--show] [--json OUT] [--types]

Each item of the data file is one short article (title «Новости»); its organizations are
matched one to one to the reference's with the shared scorer's `same` (names it may go by),
names in `tolerate` are not counted as extras. «linked» counts reference bodies whose matched
mention carries the reference's knowledge-base row (the row id, or the row id before «:»/«@»
of a territorial unit). Figures are printed per shape, worked and held out apart, because
the held-out half is only run, never tuned to.

Two stricter counts (org99), because `same` forgives a cut name («Управление … транспорта г»
is found): «exact» counts matched mentions whose name, quotes and spaces aside, is one of the
reference's names; «country» counts reference bodies with a `country` whose matched
mention's row lies in that country (the row's `country` column).

`--types` (org105) also scores the items' `places` and `persons`: a reference name found as a
mention of its type, and «typed» extras — a place or person mention whose name is the item's
reference name of another type (an organization or a person taken for a place, …), the type
confusions an organization's count alone hides.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
import fresh_sets  # noqa: E402 - a sibling module of this script

SCORER = REPO.parent.parent / "shared" / "eval" / "score.py"


def _scorer():
    """The shared scorer, loaded from beside the checkout (/work/shared/eval/score.py)."""
    path = SCORER if SCORER.exists() else Path("/work/shared/eval/score.py")
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _row_of(ref: str | None) -> str | None:
    """The knowledge-base row id a mention's ref names, whatever territorial tail it has."""
    if not ref:
        return None
    ref = ref.removeprefix("kb:")
    for sep in ("@", ":", "/"):
        ref = ref.split(sep)[0]
    return ref


def _plain(name: str) -> str:
    """A name without quotes, its spaces single and its case folded: what «exact» compares."""
    return re.sub(r"\s+", " ", re.sub(r"[«»\"“”„]", "", name)).strip().casefold()


def _country_of(ref: str | None) -> str | None:
    """The country column of the bodies.csv row a mention's ref names (None without a row)."""
    with (REPO / "store" / "data" / "bodies.csv").open(encoding="utf-8") as f:
        countries = {r["id"]: r["country"] for r in csv.DictReader(f)}
    return countries.get(_row_of(ref) or "")


def score_item(item: dict, found: list[tuple[str, str | None]], same) -> dict:
    """Counts for one article: matched, extra, missed, linked, exact, country, and the names for --show."""
    free = list(range(len(item["orgs"])))
    hit, extra, linked, exact, country = 0, [], 0, 0, 0
    for name, ref in dict.fromkeys(found):
        j = next((i for i in free if any(same(name, g, "organization") for g in item["orgs"][i]["names"])), None)
        if j is not None:
            free.remove(j)
            hit += 1
            linked += bool(item["orgs"][j].get("kb")) and _row_of(ref) == item["orgs"][j]["kb"]
            exact += _plain(name) in {_plain(g) for g in item["orgs"][j]["names"]}
            want = item["orgs"][j].get("country")
            country += bool(want) and _country_of(ref) == want
        elif not any(same(name, g, "organization") for o in item["orgs"] for g in o["names"]) and not any(
            same(name, t, "organization") for t in item.get("tolerate", [])
        ):
            extra.append(name)
    wanted_links = sum(1 for o in item["orgs"] if o.get("kb"))
    return {
        "tp": hit,
        "fp": len(extra),
        "fn": len(free),
        "linked": linked,
        "links": wanted_links,
        "exact": exact,
        "country": country,
        "countries": sum(1 for o in item["orgs"] if o.get("country")),
        "extra": extra,
        "missed": [item["orgs"][i]["names"][0] for i in free],
    }


_KINDS = {"places": "location", "persons": "person"}


def score_types(item: dict, mentions: list, same) -> dict:
    """Places and persons of one item: each kind's reference names found as that kind, and its
    mentions that are the item's reference name of another kind (orgs included)."""
    out: dict = {}
    for key, kind in _KINDS.items():
        names = [m.name for m in mentions if m.type == kind and m.field == "body"]
        refs = item.get(key, [])
        found = sum(any(same(n, g, kind) for n in names for g in r["names"]) for r in refs)
        others = [g for k in ("orgs", *_KINDS) if k != key for r in item.get(k, []) for g in r["names"]]
        typed = [n for n in dict.fromkeys(names) if any(same(n, g, kind) for g in others)]
        out |= {f"{key}_tp": found, f"{key}_ref": len(refs), f"{key}_typed": len(typed), f"{key}_as": typed}
    return out


def main() -> int:
    ap = fresh_sets.arguments("org98_fresh.json", "found names and refs")
    ap.add_argument("--types", action="store_true", help="also score the items' places and persons (org105)")
    a = ap.parse_args()
    from store.extract.extractor import Extractor
    from tests.notes import body_organizations, titled_mentions

    same = _scorer().same
    ex = Extractor(disabled=())
    totals, per = fresh_sets.new_totals(), {}
    for item in fresh_sets.items_of(a):
        found = body_organizations(ex, item["text"], "Новости")
        r = score_item(item, found, same)
        if a.types:
            r |= score_types(item, titled_mentions(ex, item["text"], "Новости"), same)
        per[item["id"]] = {**r, "found": found}
        fresh_sets.tally(totals, item, r, [k for k in r if isinstance(r[k], int)])
        if a.show and not item["held"]:  # the held-out half is counted, never read
            print(item["id"], "H" if item["held"] else "W", found, "| extra", r["extra"], "| missed", r["missed"])
            if a.types:
                print("   ", {k: r[k] for k in r if k.endswith(("_as", "_tp", "_ref"))})
    fresh_sets.report(totals, _line, per, a.json)
    return 0


def _line(key: tuple, t: dict) -> str:
    return (
        f"shape {key[0]} {key[1]:<7} found/extra/missed {t['tp']}/{t['fp']}/{t['fn']}  linked {t['linked']}/{t['links']}"
        f"  exact {t['exact']}/{t['tp']}  country {t['country']}/{t['countries']}"
        + "".join(f"  {k} {t[k + '_tp']}/{t[k + '_ref']} typed+{t[k + '_typed']}" for k in _KINDS if k + "_ref" in t)
    )


if __name__ == "__main__":
    raise SystemExit(main())

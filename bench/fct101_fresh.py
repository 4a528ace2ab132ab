#!/usr/bin/env python3
"""fct101's fresh sentences scored in process: checkpoint facts found / unmatched / missed, and dated.

    python bench/fct101_fresh.py [--data bench/data/fct102_fresh.json] [--batch N] [--show] [--json OUT]

Each item of the data file is one short article (title «Новости», the item's date, its language as
parsing would tell it) run through the project's extractor. Its facts are grouped by checkpoint id
and compared with the item's reference facts of that checkpoint by bench/fact_agreement.py's
`match_facts` and evaluate.py's `what_stems` — the very rule `bench/evaluate.py` prints — so
«found» and «unmatched» mean what they mean on dev. A checkpoint the extraction does not name
costs its facts (missed). «phrase» is the stricter count: reference facts found by the exported
phrases alone, their sentences left out (the metric forgives a bare «закрыт» whose sentence says
until when; the board shows the phrase). «exact» is stricter still: reference facts whose words
hold an exported phrase's whole, or are held by it (fact_agreement's own containment test), so
«более 500 машин» against «не более 500 машин» is found but not exact. «dated» counts found reference facts that carry a `date` whose
checkpoint has an exported fact of that date (deadlines: what the facts view sorts by).
«told» (fct102) is the status detail the board shows: reference facts every content word and
number of which the checkpoint's exported phrases hold together (their dates' numbers too,
sentences left out), so a bare «закрыт» does not tell «закрыт до особого распоряжения», nor a
status without its day «возобновил работу 15 февраля». «clean» counts the other way: exported
phrases of a named checkpoint whose content words all stand in its reference facts (a Kazakh
cause that keeps the post's name, «Қорғас бекеті қатты боранға байланысты», is not clean).

Figures are printed per shape, worked and held out apart: the held-out half (even-numbered
items) is run and counted, never printed, because nothing may be tuned to it.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
import fresh_sets  # noqa: E402 - a sibling module of this script
from fact_agreement import _contains, match_facts, numbers  # noqa: E402 - a sibling module of this script
from matching import one_to_one  # noqa: E402 - a sibling module of this script


def exported_facts(extractor, item: dict) -> dict[str, list[dict]]:
    """The item's facts as the export prints them, by checkpoint id."""
    article = fresh_sets.article_of(item)
    out: dict[str, list[dict]] = defaultdict(list)
    for f in extractor.extract(article).facts:
        out[f.checkpoint].append({"kind": f.kind, "text": f.text, "sentence": f.sentence, "date": f.date})
    return out


def _told(pred: list[dict], gold: str, stems) -> bool:
    """The checkpoint's exported phrases, with their dates, hold all of a reference fact's words and numbers."""
    phrases = " ".join(p["text"] for p in pred)
    held = {n.lstrip("0") for n in numbers(phrases + " " + " ".join(p["date"] or "" for p in pred))}
    return bool(pred) and stems(gold) <= stems(phrases) and {n.lstrip("0") for n in numbers(gold)} <= held


def score_item(item: dict, found: dict[str, list[dict]], stems) -> dict:
    """Counts for one article: reference facts found, exported facts unmatched, missed, dated."""
    r = {
        "tp": 0,
        "fp": 0,
        "fn": 0,
        "phrase": 0,
        "exact": 0,
        "dated": 0,
        "dates": 0,
        "told": 0,
        "clean": 0,
        "phrases": 0,
        "missed": [],
        "extra": [],
    }
    wanted = {cp["ref"]: cp for cp in item["checkpoints"]}
    for ref, cp in wanted.items():
        pred = found.get(ref, [])
        hit, unmatched = match_facts(pred, cp["facts"], stems)
        r["tp"] += hit
        r["fp"] += unmatched
        r["fn"] += len(cp["facts"]) - hit
        r["phrase"] += match_facts([{**p, "sentence": ""} for p in pred], cp["facts"], stems)[0]
        ref_words = stems(" ".join(cp["facts"]))
        r["clean"] += sum(stems(p["text"]) <= ref_words for p in pred)
        r["phrases"] += len(pred)
        r["told"] += sum(_told(pred, g, stems) for g in cp["facts"])
        r["exact"] += one_to_one(pred, cp["facts"], lambda p, g: int(_contains(p["text"], g)))[0]
        if hit < len(cp["facts"]):
            r["missed"].append((ref, cp["facts"]))
        if "date" in cp:
            r["dates"] += 1
            r["dated"] += hit > 0 and any(p["date"] == cp["date"] for p in pred)
    for ref, pred in found.items():  # facts given to a post the item does not name: unmatched
        if ref not in wanted:
            r["fp"] += len(pred)
            r["extra"] += [(ref, p["kind"], p["text"]) for p in pred]
    return r


def main() -> int:
    a = fresh_sets.arguments("fct101_fresh.json", "facts").parse_args()
    from evaluate import what_stems

    from store.extract.extractor import Extractor

    ex = Extractor(disabled=())
    totals, per = fresh_sets.new_totals(), {}
    for item in fresh_sets.items_of(a):
        found = exported_facts(ex, item)
        r = score_item(item, found, what_stems)
        fresh_sets.tally(
            totals, item, r, ("tp", "fp", "fn", "phrase", "exact", "told", "clean", "phrases", "dated", "dates")
        )
        if item["held"]:
            continue  # the held-out half is counted, never read
        per[item["id"]] = {**r, "found": found}
        if a.show:
            facts = [(ref, f["kind"], f["text"], f["date"]) for ref, fs in found.items() for f in fs]
            print(item["id"], facts, "| missed", r["missed"], "| extra", r["extra"])
    fresh_sets.report(totals, _line, per, a.json)
    return 0


def _line(key: tuple, t: dict) -> str:
    refs = t["tp"] + t["fn"]
    return (
        f"shape {key[0]} {key[1]:<7} found/unmatched/missed {t['tp']}/{t['fp']}/{t['fn']}"
        f"  phrase {t['phrase']}/{refs}  exact {t['exact']}/{refs}  told {t['told']}/{refs}"
        f"  clean {t['clean']}/{t['phrases']}  dated {t['dated']}/{t['dates']}"
    )


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""dir103's fresh directive sentences scored in process: found / extra / missed, and by, to, when.

    python bench/dir103_fresh.py [--data bench/data/dir103_fresh.json] [--batch N] [--show] [--json OUT] [--kb-names]

Each item of the data file is one short article (title «Новости», the item's date, its language
as parsing tells it) run through the project's extractor. Its directives are compared with the
item's reference directives by bench/evaluate.py's own `match_directives` (a directive matches
when its `by` is the reference's person by the shared scorer's `same` and their `what` share a
stem), so «found» and «extra» mean what they mean on dev. For the pairs found, three stricter
counts say whether the fields a reader sees are right: `by` the same person (always, by the
match), `to` the same addressee and `when` the same time: none on both sides, or the words of
one held by the other's (four-letter stems, prepositions and conjunctions left out), so
«Правительству» is «Правительство РК» while «к 1 декабря» is not «до 1 октября».

Figures are printed per shape, worked and held out apart: the held-out half (even-numbered
items) is run and counted, never printed, because nothing may be tuned to it.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
import fresh_sets  # noqa: E402 - a sibling module of this script

SCORER = Path("/work/shared/eval/score.py")

from evaluate import directive_matches, match_directives  # noqa: E402 - a sibling module of this script

NO_ADDRESSEE = "не указано"
_SMALL = {"до", "в", "к", "с", "по", "на", "и", "течение", "ішінде", "дейін", "мен", "және"}


def scorer_same():
    """The shared scorer's `same`, loaded from /work/shared/eval/score.py (evaluate.py's own)."""
    spec = importlib.util.spec_from_file_location("score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.same


def exported_directives(extractor, item: dict) -> list[dict]:
    """The item's directives as the export prints their fields."""
    article = fresh_sets.article_of(item)
    return [{"by": d.by, "to": d.to, "what": d.what, "when": d.when} for d in extractor.extract(article).directives]


def _words(text: str | None) -> set[str]:
    """A field's words cut to four letters, prepositions and conjunctions left out: the case
    endings go («Министерству транспорта» is «Министерство транспорта»), the words stay."""
    words = re.findall(r"\w+", (text or "").lower().replace("ё", "е"))
    return {w[:4] for w in words if w not in _SMALL}


def field_right(pred: str | None, ref: str | None, empty: str | None = None, names=None) -> bool:
    """Whether an exported field says what the reference's does: both empty, or the words of
    one all among the other's (a shorter addressee or time is right, a different one is not).
    `names` (--kb-names): both sides' abbreviated bodies written out first, so «МВД» is
    «Министерство внутренних дел» whichever side abbreviates."""
    ref = None if ref == empty else ref
    if names:
        pred, ref = names(pred), names(ref)
    if not pred or not ref:
        return not pred and not ref
    a, b = _words(pred), _words(ref)
    return bool(a and b) and (a <= b or b <= a)


def pairs(pred: list[dict], gold: list[dict], same) -> list[tuple[dict, dict]]:
    """The (exported, reference) pairs match_directives counts as found, in its own greedy order."""
    free, out = list(range(len(pred))), []
    for g in gold:
        best = max(free, key=lambda i: directive_matches(pred[i], g, same), default=None)
        if best is not None and directive_matches(pred[best], g, same) > 0:
            free.remove(best)
            out.append((pred[best], g))
    return out


def score_item(item: dict, pred: list[dict], same, names=None) -> dict:
    """Counts for one article: found, extra (matching no reference), missed, and the fields right."""
    gold = item["directives"]
    found, extra = match_directives(pred, gold, same)
    hit = pairs(pred, gold, same)
    assert len(hit) == found  # the pairing is the evaluation's own
    return {
        "found": found,
        "extra": extra,
        "missed": len(gold) - found,
        "to": sum(field_right(p["to"], g["to"], NO_ADDRESSEE, names) for p, g in hit),
        "when": sum(field_right(p["when"], g.get("when")) for p, g in hit),
    }


def main() -> int:
    ap = fresh_sets.arguments("dir103_fresh.json", "directives")
    ap.add_argument(
        "--kb-names", action="store_true", help="`to` compared with abbreviated bodies written out (dir104)"
    )
    a = ap.parse_args()
    from store.extract.extractor import Extractor

    same, ex = scorer_same(), Extractor(disabled=())
    names = None
    if a.kb_names:
        from store.extract.directives.addressee_names import body_names as names
    totals, per = fresh_sets.new_totals(), {}
    for item in fresh_sets.items_of(a):
        pred = exported_directives(ex, item)
        r = score_item(item, pred, same, names)
        fresh_sets.tally(totals, item, r)
        if item["held"]:
            continue  # the held-out half is counted, never read
        per[item["id"]] = {**r, "exported": pred}
        if a.show and (r["missed"] or r["extra"] or r["to"] < r["found"] or r["when"] < r["found"]):
            print(item["id"], r, json.dumps(pred, ensure_ascii=False))
    fresh_sets.report(totals, _line, per, a.json)
    return 0


def _line(key: tuple, t: dict) -> str:
    return (
        f"shape {key[0]:<3} {key[1]:<7} found/extra/missed {t['found']}/{t['extra']}/{t['missed']}"
        f"  by {t['found']}/{t['found']}  to {t['to']}/{t['found']}  when {t['when']}/{t['found']}"
    )


if __name__ == "__main__":
    raise SystemExit(main())

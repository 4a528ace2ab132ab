#!/usr/bin/env python3
"""factRu's organizations in two halves: a worked half A and a held-out half B.

    python bench/factru_halves.py [--export FILE] [--keep FILE] [--list] [--jobs N]

factRu's 100 texts are general Russian news no rule here was written for: the nearest
thing the project has to test's shape of error. To work on it and still measure honestly,
its texts are split by a stable hash of the file name (sha1 of the name, first byte even:
half A, odd: half B), so the split never moves when texts are added or the code changes.
A rule may be written from half A's errors; half B is only scored. A rule that gains on A
and not on B is dropped.

The set is built and exported by the project's own command line, as bench/evaluate.py does
(`--export FILE` scores an export made before, `--keep FILE` saves this run's), and each
half is scored with the shared scorer (score.py) on its half of factru_gold.json, the way
evaluate scores the whole set. Printed: organizations TP/FP/FN and P/R/F1 per half, then
evaluate's error shapes per half (counts only). `--list` adds half A's missed and extra
organizations by file; half B's names are never printed. `--fates` traces the set in this
process (bench/body_fates.py, store/extract/span_trace.py) and prints, per half, the missed
bodies by fate (no span, kept named otherwise, dropped by a pass …), the extras by the step
that proposed them and the body spans each pass dropped for good — counts for both halves, the
rows behind them for half A only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate  # noqa: E402 - a sibling module of this script
from error_shapes import error_shapes, format_shapes  # noqa: E402 - a sibling module of this script

ORG = "organization"


def half(file_name: str) -> str:
    """«A» or «B» for one of factRu's file names, from a hash that never depends on the run."""
    return "A" if hashlib.sha1(file_name.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def split_gold(gold: dict) -> dict[str, dict]:
    """The reference in two, each a reference of the scorer's format."""
    halves: dict[str, dict] = {"A": {"articles": {}}, "B": {"articles": {}}}
    for name, ref in gold["articles"].items():
        halves[half(name)]["articles"][name] = ref
    return halves


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def half_figures(export: dict, gold: dict, scorer) -> dict:
    """Organizations TP/FP/FN, P/R/F1 and error shapes of one half."""
    scored = scorer.score(gold, export)
    t = scored["per_type"][ORG]
    p, r, f = prf(t["tp"], t["fp"], t["fn"])
    shapes = error_shapes(export, gold, scorer, (ORG,))
    return {
        "articles": len(gold["articles"]),
        "tp": t["tp"],
        "fp": t["fp"],
        "fn": t["fn"],
        "p": p,
        "r": r,
        "f1": f,
        "shapes": shapes,
        "micro_f1": scored["micro"]["f1"],
    }


def errors_of(export: dict, gold: dict, scorer) -> list[tuple[str, str, str]]:
    """(file, «missed»/«extra», name) for every organization error of the given reference."""
    articles = {evaluate._file_key(a): a for a in export.get("articles", [])}
    rows = []
    for fname, ref in sorted(gold["articles"].items()):
        a = articles.get(fname)
        if a is None:
            continue
        pred = [e.get("name", "") for e in a.get("entities", []) if e.get("type") == ORG]
        refs = [(o,) for o in ref.get("organizations", [])]
        *_, fps, fns = scorer.match_sets(pred, refs, list(ref.get("accept_extra", [])), ORG)
        rows += [(fname, "missed", n) for n in fns] + [(fname, "extra", n) for n in fps]
    return rows


def fates_by_half(scorer) -> list[str]:
    """body_fates' trace of factRu, its counts split by half; the rows of half A listed."""
    import collections

    import body_fates

    spec = evaluate.set_specs(evaluate.REPO / "eval", evaluate.find_shared())["factru"]
    rows = body_fates.trace_set(spec, scorer)["rows"]
    counts: dict[str, collections.Counter] = {"A": collections.Counter(), "B": collections.Counter()}
    for side, fname, _name, what in rows:
        if side == "missed":
            what = what.split(" (")[0]
        elif side == "dropped":
            what = what.replace(": reference has ", ", reference has ")
        counts[half(fname)][(side, what)] += 1
    lines = []
    for h in ("A", "B"):
        lines.append(f"fates, half {h}")
        lines += [f"   {side:8s} {n:3d}  {what}" for (side, what), n in sorted(counts[h].items())]
    lines += ["\t".join(("A", *row)).replace("\n", " ") for row in rows if half(row[1]) == "A"]
    return lines


def build_export(jobs: int | None, keep: Path | None) -> dict:
    shared = evaluate.find_shared()
    spec = evaluate.set_specs(evaluate.REPO / "eval", shared)["factru"]
    why = evaluate.missing_material(spec)
    if why:
        raise SystemExit(f"factRu: {why}")
    workdir = Path(tempfile.mkdtemp(prefix="borderdocs-factru-halves-"))
    try:
        opts = evaluate.Options(jobs=jobs)
        evaluate.build_store(spec.corpus, workdir / "store.db", opts)
        export = evaluate.export_store(workdir / "store.db", workdir / "export.json", opts)
        if keep:
            shutil.copyfile(workdir / "export.json", keep)
        return export
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--export", type=Path, help="score this export of factRu instead of building one")
    ap.add_argument("--keep", type=Path, help="save the export built here to this file")
    ap.add_argument("--list", action="store_true", help="half A's missed and extra organizations (never B's)")
    ap.add_argument("--fates", action="store_true", help="per-pass fates by half (rows of half A only)")
    ap.add_argument("--jobs", "-j", type=int, default=None)
    ap.add_argument("--json", action="store_true", help="the figures as one JSON line at the end")
    args = ap.parse_args(argv)
    shared = evaluate.find_shared()
    scorer = evaluate.load_scorer((shared or Path("/nonexistent")) / "score.py")
    if scorer is None or shared is None:
        ap.error("the shared scorer and factRu (../shared/eval) are not there")
    gold = evaluate.load_gold(shared / "factru" / "factru_gold.json")
    export = json.loads(args.export.read_text(encoding="utf-8")) if args.export else build_export(args.jobs, args.keep)
    halves = split_gold(gold)
    figures = {}
    for name, ref in halves.items():
        fig = figures[name] = half_figures(export, ref, scorer)
        print(
            f"half {name} ({fig['articles']} texts): orgs {fig['tp']}/{fig['fp']}/{fig['fn']}  "
            f"P {fig['p']:.3f} R {fig['r']:.3f} F1 {fig['f1']:.3f}  (all types F1 {fig['micro_f1']:.3f})"
        )
        print("\n".join(format_shapes(fig["shapes"])))
    if args.list:
        for fname, side, n in errors_of(export, halves["A"], scorer):
            print(f"A\t{fname}\t{side}\t{n}")
    if args.fates:
        print("\n".join(fates_by_half(scorer)))
    if args.json:
        print(json.dumps({k: {x: v[x] for x in ("tp", "fp", "fn", "f1")} for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

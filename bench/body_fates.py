"""Where a set's missed organizations are lost and which step made its extra ones: the
organization path traced span by span (store.extract.span_trace).

    python bench/body_fates.py [--splits dev,factru] [--list]

Each set is ingested in this process with a traced extractor and exported as `borderdocs
export` writes it; the shared scorer's matching then says which reference bodies were
missed and which extracted ones are extra. A missed name is found in the article's text
(word by word, by its first five letters, so case endings do not hide it) and gets its
fate: `no span` (nothing was ever proposed on it; «location inside» when only a place in
its words was), `tagged location/person` (the model or a pass typed most of it so),
`dropped by P` / `retyped T by P` (a body span on it, thrown away or retyped by pass P),
`partial` (a body span overlaps it at the end, not all of it), `kept inside a longer span`,
`kept, named otherwise` (the span is there; the store names it by another form: a
clipped ministry spelled out, letters named by their body, two reference forms merged),
`not located` (the reference spells it in words the text does not have). An extra
gets the steps that proposed its spans. Last, each drop step's precision: the body spans
it dropped with no body over their words at the end, split by what the reference has
there (a body, a place/person/post, nothing).

Names are printed with --list: a set scored here is studied, so test is refused
(bench/README.md: its names are never read).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import evaluate  # noqa: E402 - a sibling module of this script

from store.extract.extractor import Extractor  # noqa: E402
from store.extract.span_trace import ORG, TextTrace, fate, trace_spans  # noqa: E402

_WORD = re.compile(r"\w+")
# Best first: an occurrence of the name that was kept says more than one that was not.
_RANK = ("kept", "partial", "retyped", "dropped", "tagged", "no span", "not located")
STUDIED = ("dev", "seeds", "factru")


def same_word(a: str, b: str) -> bool:
    """One word in two case forms: equal, or sharing five letters (fewer in short words)."""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    n = min(len(a), len(b))
    common = next((i for i in range(n) if a[i] != b[i]), n)
    return a == b or (n >= 3 and common >= min(5, n - 1))


def locate(name: str, text: str) -> list[tuple[int, int]]:
    """Where the name's words stand one after another in `text`, any case form."""
    words = _WORD.findall(name)
    toks = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    if not words:
        return []
    return [
        (toks[i][1], toks[i + len(words) - 1][2])
        for i in range(len(toks) - len(words) + 1)
        if all(same_word(w, toks[i + j][0]) for j, w in enumerate(words))
    ]


def best(fates: list[str]) -> str:
    return min(fates, key=lambda f: next(i for i, r in enumerate(_RANK) if f.startswith(r)))


def missed_fate(name: str, article) -> str:
    """The fate of a missed reference name in one traced article (see the module doc)."""
    spots = [(t, s, e) for t in article.texts for s, e in locate(name, t.text)]
    if not spots:
        return "not located"
    found = best([fate(t, s, e) for t, s, e in spots])
    if not found.startswith("kept"):
        return found
    wider = any(
        m.type == ORG
        and m.start <= s
        and e <= m.end
        and m.end - m.start > e - s + 3
        and t.text[m.start : m.end] == m.surface
        for m in article.mentions
        for t, s, e in spots
    )
    return "kept inside a longer span" if wider else "kept, named otherwise"


def extra_steps(name: str, article, canon) -> str:
    """The steps that proposed the body spans of an extra name."""
    steps = set()
    for m in article.mentions:
        if m.type != ORG or canon(m.name) != name:
            continue
        for t in article.texts:
            if t.text[m.start : m.end] == m.surface:
                steps |= {
                    e.step
                    for e in t.events
                    if e.type == ORG and e.action != "dropped" and (e.start, e.end) == (m.start, m.end)
                }
    return "/".join(sorted(steps)) or "?"


def what_the_reference_has(start: int, end: int, text: str, ref: dict) -> str:
    """«body» when a reference body stands on at least half of the span, «other type» for a
    person, place or post, else «none»."""
    others = [p["name"] for p in ref.get("persons", [])] + list(ref.get("locations", []))
    others += [c["name"] for c in ref.get("checkpoints", [])]
    for verdict, names in (("body", ref.get("organizations", [])), ("other type", others)):
        for name in names:
            for s, e in locate(name, text):
                if min(e, end) - max(s, start) >= 0.5 * max(e - s, end - start):
                    return verdict
    return "none"


def net_drops(trace: TextTrace) -> list:
    """Body spans a step dropped with no body span over any of their letters at the end."""
    alive: set[tuple[str, int, int]] = set()
    for e in trace.events:
        (alive.discard if e.action == "dropped" else alive.add)((e.type, e.start, e.end))
    bodies = [(s, e) for t, s, e in alive if t == ORG]
    return [
        e
        for e in trace.events
        if e.type == ORG and e.action == "dropped" and not any(s < e.end and e.start < en for s, en in bodies)
    ]


def trace_set(spec, scorer) -> dict:
    """Missed fates, extras' steps and drop precision of one set, with the names behind them."""
    extractor = Extractor()
    with trace_spans(extractor) as tracer, tempfile.TemporaryDirectory() as workdir:
        export = evaluate.ingest_and_export(spec.corpus, extractor, Path(workdir))
    articles = {evaluate._file_key(a): a for a in export.get("articles", [])}
    gold = evaluate.load_gold(spec.gold)["articles"]
    out = {"missed": collections.Counter(), "extra": collections.Counter(), "drops": {}, "rows": []}
    drops: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for fname, ref in gold.items():
        exported, traced = articles.get(fname), tracer.articles.get(fname)
        if exported is None or traced is None:
            continue
        pred = [e.get("name", "") for e in exported.get("entities", []) if e.get("type") == ORG]
        refs = [(o,) for o in ref.get("organizations", [])]
        *_, fps, fns = scorer.match_sets(pred, refs, list(ref.get("accept_extra", [])), ORG)
        for name in fns:
            f = missed_fate(name, traced)
            out["missed"][f] += 1
            out["rows"].append(("missed", fname, name, f))
        for name in fps:
            steps = extra_steps(name, traced, scorer.canon)
            out["extra"][steps] += 1
            out["rows"].append(("extra", fname, name, steps))
        for t in traced.texts:
            for e in net_drops(t):
                verdict = what_the_reference_has(e.start, e.end, t.text, ref)
                drops[e.step][verdict] += 1
                out["rows"].append(("dropped", fname, e.text, f"{e.step}: reference has {verdict}"))
    out["drops"] = {step: dict(c) for step, c in drops.items()}
    return out


def report(name: str, r: dict, listing: bool) -> list[str]:
    lines = [f"== {name}: organizations missed {sum(r['missed'].values())}, extra {sum(r['extra'].values())}"]
    lines += ["   missed by fate"] + [f"     {n:4d}  {k}" for k, n in r["missed"].most_common()]
    lines += ["   extras by the step that proposed them"] + [f"     {n:4d}  {k}" for k, n in r["extra"].most_common()]
    lines.append("   body spans dropped for good, by step: dropped (reference has there: body / other type / none)")
    for step, c in sorted(r["drops"].items(), key=lambda kv: -sum(kv[1].values())):
        lines.append(
            f"     {sum(c.values()):4d}  {step} ({c.get('body', 0)} / {c.get('other type', 0)} / {c.get('none', 0)})"
        )
    if listing:
        lines += ["     " + "\t".join(row).replace("\n", " ") for row in r["rows"]]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--splits", default="dev,factru", help=f"comma-separated, of {', '.join(STUDIED)}")
    ap.add_argument("--list", action="store_true", help="every missed, extra and dropped name")
    args = ap.parse_args(argv)
    names = [s for s in args.splits.split(",") if s]
    refused = [s for s in names if s not in STUDIED]
    if refused:
        ap.error(f"{', '.join(refused)}: only {', '.join(STUDIED)} may be traced (test's names are never read)")
    shared = evaluate.find_shared()
    scorer = evaluate.load_scorer((shared or Path("/nonexistent")) / "score.py")
    if scorer is None:
        ap.error("the shared scorer (../shared/eval/score.py) is not there")
    specs = evaluate.set_specs(evaluate.REPO / "eval", shared)
    summary = {}
    for name in names:
        result = trace_set(specs[name], scorer)
        print("\n".join(report(name, result, args.list)))
        summary[name] = {k: dict(result[k]) for k in ("missed", "extra", "drops")}
    print(json.dumps(summary, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())

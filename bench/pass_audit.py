"""Which extraction passes change any export: each pass switched off alone, compared text by text.

    python bench/pass_audit.py [--passes a,b,...] [--gen DIR] [--sweeps N] [--json OUT]

The ablation (`bench/evaluate.py --ablate`) scores F1: a pass can change what is exported and
still earn 0. This audit asks the stricter question a removal needs: does switching the pass
off change *anything* the extractor returns — mentions (type, name, surface, offsets, field,
reference, role, kind), checkpoint facts, directives — on any text of dev, factRu, the seeds,
a generated corpus (bench/make_corpus.py) and the two form sweeps (bench/place_forms.py,
bench/kb_body_forms.py with its guard phrases)? An identical extraction gives an identical
export.

One process, one NER model whose spans are cached per text (the model is what costs time,
and every variant reads the same model output). First every text with all passes on, with
each span pass watched: the texts where its output differs from its input (spans, the names
rules gave, the rule spans, the held places) are where it acts. Then each pass is switched
off and only the texts where it acted are extracted again — except the passes whose switch is
read outside the span chain (the posts' cues, lone_word_persons, centres_as_posts,
link_people, surname_not_place, kazakh_joined_fields), which read every text again. Printed
per pass: texts where it acted and texts whose extraction changed, per set, and its ms a text.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from store.extract.extractor import CUE_POST_PASSES  # noqa: E402 - after the path insert

# Passes whose switch is read outside Extractor.run_passes: a watch of their span function
# sees nothing, so every text is extracted again without them.
OUTSIDE = CUE_POST_PASSES | {
    "airport_posts",
    "seaport_posts",
    "lone_word_persons",
    "centres_as_posts",
    "link_people",
    "surname_not_place",
    "kazakh_joined_fields",
    "kazakh_body_chains",
}


def _articles_in(folder: Path) -> list:
    from store.model import RawDoc
    from store.reading.parse import parse
    from store.reading.read import discover, read_path

    out = []
    for path in discover([folder]):
        for doc in read_path(path):
            if isinstance(doc, RawDoc):
                try:
                    a = parse(doc)
                except Exception:
                    continue
                if a.body.strip():
                    out.append(a)
    return out


def _sweep_articles(limit: int, languages: bool = False) -> list:
    """The sweeps' texts as the sweeps read them (no language), or (`languages`) only those
    the reader would give a language other than Russian, with that language, as ingest does."""
    import dataclasses

    import kb_body_forms as kbf
    import place_forms as pf

    from store.model import Article
    from store.reading.language import article_language

    arts = []
    for c in pf.make_cases(pf.read_rows(None)):
        arts.append(Article(file="probe.txt", path="probe.txt", title="", body=c.body, raw=c.body))
    for _family, c in kbf.make_cases(kbf.read_rows(0, 86), 86) + kbf.guard_cases(86):
        arts.append(Article(file="probe.txt", path="probe.txt", title=c.title, body=c.body, raw=c.body))
    seen, out = set(), []
    for a in arts:  # one text once
        k = (a.title, a.body)
        if k not in seen:
            seen.add(k)
            out.append(a)
    if languages:
        out = [
            dataclasses.replace(a, language=lang)
            for a in out
            if (lang := article_language(a.body.split("\n\n"))) not in (None, "ru")
        ]
    return out[:limit] if limit else out


def _test_articles(path: Path) -> tuple[list, list]:
    """The articles a test run handed the extractor (one each, the first test that did) and
    that test's id."""
    import pickle

    arts, ids, seen = [], [], set()
    with path.open("rb") as fh:
        while True:
            try:
                test, article, _a, _k = pickle.load(fh)
            except EOFError:
                break
            key = repr(article)
            if key not in seen:
                seen.add(key)
                arts.append(article)
                ids.append(test)
    return arts, ids


def fingerprint(ex) -> tuple:
    ms = tuple(
        (m.type, m.name, m.surface, m.start, m.end, m.field, m.ref, getattr(m, "role", None), getattr(m, "kind", None))
        for m in ex.mentions
    )
    return (ms, repr(ex.facts), repr(ex.directives))


def _snap(spans, ctx) -> tuple:
    return (
        repr(spans),
        repr(sorted(ctx.names.items())),
        repr(ctx.rule_spans),
        repr(ctx.held),
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", help="comma-separated passes (default: every pass that can be switched off)")
    ap.add_argument("--gen", default="/work/scratch/passes69/gen400", help="a make_corpus.py folder")
    ap.add_argument("--factru", default=str(REPO.parent.parent / "shared" / "eval" / "factru" / "texts"))
    ap.add_argument("--sweeps", type=int, default=0, help="sweep texts kept (0: all)")
    ap.add_argument("--sets", default="dev,factru,seeds,gen,sweeps,sweeps_lang")
    ap.add_argument(
        "--tests", help="a pickle stream of (test id, article, args, kwargs) a test run handed the extractor"
    )
    ap.add_argument(
        "--outside-every",
        type=int,
        default=10,
        help="a pass read outside the span chain reads every Nth sweep text again",
    )
    ap.add_argument("--json")
    args = ap.parse_args()

    import evaluate

    from store.extract import extractor as exmod

    makers = {
        "dev": lambda: _articles_in(REPO / "eval" / "corpus" / "dev"),
        "factru": lambda: _articles_in(Path(args.factru)),
        "seeds": lambda: _articles_in(REPO / "sample_data"),
        "gen": lambda: _articles_in(Path(args.gen)),
        "sweeps": lambda: _sweep_articles(args.sweeps),
        "sweeps_lang": lambda: _sweep_articles(args.sweeps, languages=True),
    }
    sets = {k: makers[k]() for k in args.sets.split(",")}
    test_ids: list = []
    if args.tests:
        sets["tests"], test_ids = _test_articles(Path(args.tests))
    print({k: len(v) for k, v in sets.items()}, flush=True)
    names = args.passes.split(",") if args.passes else exmod.pass_names()

    ex = exmod.Extractor(disabled=())
    ex.ner = evaluate.CachedNer(ex.ner)
    acted: dict[str, set] = defaultdict(set)
    current: list = [None]

    def watched(name, fn):
        def run(text, spans, ctx):
            before = _snap(spans, ctx)
            out = fn(text, spans, ctx)
            if _snap(out, ctx) != before:
                acted[name].add(current[0])
            return out

        return run

    ex.passes = tuple(exmod.Pass(p.name, watched(p.name, p.function), p.required) for p in ex.passes)
    base: dict = {}
    t0 = time.perf_counter()
    for s, arts in sets.items():
        for i, a in enumerate(arts):
            current[0] = (s, i)
            base[(s, i)] = fingerprint(ex.extract(a))
    print(f"all on (with the NER and the watch): {time.perf_counter() - t0:.1f} s", flush=True)

    # ms a text per pass, all on, no watch (dev+factru+seeds+gen)
    ex.set_disabled(())
    ex.timings.clear()
    n = 0
    t0 = time.perf_counter()
    for s in ("dev", "factru", "seeds", "gen"):
        for a in sets.get(s, ()):
            ex.extract(a)
            n += 1
    n = max(n, 1)
    print(f"all on, NER cached: {(time.perf_counter() - t0) / n * 1000:.2f} ms a text over {n}", flush=True)
    ms = {p: ex.timings.get(p, 0.0) / n * 1000 for p in names}

    rows = []
    for p in names:
        ex.set_disabled((p,))
        keys = (
            {k for k in base if not k[0].startswith("sweeps") or k[1] % args.outside_every == 0}
            if p in OUTSIDE
            else acted[p]
        )
        changed: dict[str, int] = defaultdict(int)
        examples = []
        for key in sorted(keys):
            s, i = key
            if fingerprint(ex.extract(sets[s][i])) != base[key]:
                changed[s] += 1
                if s == "tests":
                    examples.append(test_ids[i].split("::")[0].removeprefix("tests/"))
                elif len(examples) < 3:
                    examples.append(f"{s}:{i}")
        act = defaultdict(int)
        for s, _ in acted[p]:
            act[s] += 1
        examples = sorted(set(examples), key=examples.index)
        row = {"pass": p, "ms": ms[p], "acted": dict(act), "changed": dict(changed), "examples": examples}
        rows.append(row)
        print(
            f"{p:<28} ms {ms[p]:.3f}  acted {sum(act.values()):>5} {dict(act)}  changed {sum(changed.values()):>5} "
            f"{dict(changed)} {examples}",
            flush=True,
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

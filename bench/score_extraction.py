#!/usr/bin/env python3
"""Dev harness: read → parse → Extractor over a directory, export-shaped JSON, scored.

    bench/score_extraction.py DIR --gold GOLD.json [--out export.json] [--unmerged]

Uses store.reading.parse.parse on store.reading.read.read_path documents when they import, else the
raw text as body and its first line as title. Prints per-stage milliseconds per
article and the scorer's summary (../shared/eval/score.py). `--unmerged` lists each
mention's own nominative form instead of the merged name (to see what merging does
to a reference that counts short forms as separate names, like factRu's).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.model import Article  # noqa: E402

# The shared evaluation material sits beside the checkout.
SCORER = str(Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py")


def load_articles(directory: str) -> list[Article]:
    files = sorted(p for p in Path(directory).iterdir() if p.is_file())
    try:
        from store.reading.parse import parse
        from store.reading.read import read_path
    except ImportError:
        parse = read_path = None
    out = []
    for p in files:
        if parse:
            out += [parse(d) for d in read_path(p) if hasattr(d, "text")]
        else:
            text = p.read_text(encoding="utf-8", errors="replace")
            title, _, body = text.partition("\n")
            out.append(Article(file=p.name, path=str(p), title=title.strip(), body=body, raw=text))
    return out


def export_record(a: Article, ex, unmerged: bool, gazetteer_get) -> dict:
    ents, seen = [], set()
    for m in ex.mentions:
        if m.type == "checkpoint":
            continue
        name = _own_form(m) if unmerged else m.name
        if (m.type, name.lower()) not in seen:
            seen.add((m.type, name.lower()))
            ents.append({"type": m.type, "name": name, "role": m.role})
    cps = {}
    for m in ex.mentions:
        if m.type == "checkpoint" and m.ref not in cps:
            cp = gazetteer_get(m.ref) if gazetteer_get else None
            cps[m.ref] = {
                "name": m.name,
                "kind": getattr(cp, "kind", None),
                "border": getattr(cp, "border", None),
                "facts": [{"text": f.text, "date": f.date} for f in ex.facts if f.checkpoint == m.ref],
            }
    return {
        "file": a.file,
        "title": a.title,
        "date": a.date,
        "source": a.source,
        "language": a.language,
        "body": a.body,
        "entities": ents,
        "checkpoints": list(cps.values()),
        "directives": [d.__dict__ for d in ex.directives],
    }


def _own_form(m) -> str:
    from store.extract.extractor import normalized_name
    from store.extract.ner import NerSpan

    return normalized_name(NerSpan(m.type, m.start, m.end, m.surface), None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("directory")
    ap.add_argument("--gold")
    ap.add_argument("--out", default="/tmp/score_extraction_export.json")
    ap.add_argument("--unmerged", action="store_true")
    args = ap.parse_args()
    from store.extract.extractor import Extractor

    t0 = time.perf_counter()
    extractor = Extractor()
    load = time.perf_counter() - t0
    articles = load_articles(args.directory)
    # warm the caches the way a long ingest would have them, then time a second pass
    t0 = time.perf_counter()
    results = [extractor.extract(a) for a in articles]
    first = time.perf_counter() - t0
    extractor.timings.clear()
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    results = [extractor.extract(a) for a in articles]
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    n = max(1, len(articles))
    kb = sum(len(a.body or "") for a in articles) / n / 1024
    print(
        f"{len(articles)} articles, {kb:.1f} KB body avg; model load {load:.2f}s; first pass {first / n * 1000:.1f} ms/article"
    )
    print(
        f"warm pass {wall / n * 1000:.1f} ms/article wall, {cpu / n * 1000:.1f} ms CPU: "
        + ", ".join(f"{k} {v / n * 1000:.1f}" for k, v in extractor.timings.items())
    )
    export = {
        "articles": [
            export_record(a, ex, args.unmerged, extractor.gazetteer_get)
            for a, ex in zip(articles, results, strict=False)
        ]
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(export, f, ensure_ascii=False, indent=1)
    if args.gold:
        return subprocess.call([sys.executable, SCORER, "--gold", args.gold, "--export", args.out], env=os.environ)
    return 0


if __name__ == "__main__":
    sys.exit(main())

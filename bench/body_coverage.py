#!/usr/bin/env python3
"""Reader coverage: how much of each article's real text reaches the clean body.

    python bench/body_coverage.py [--split dev] [--show] [--json]

Extraction only sees the clean body the reader (store.reading) leaves of a page, so a
paragraph the reader drops hides its names whatever the extraction does. For every
article of an evaluation split this script reads the file with the project's reader,
parses it, and compares three texts: the raw page (a .txt as it is; an HTML page's
visible text, one block element a line), the reader's text (trafilatura's main text for
HTML, the file for .txt) and the parsed body. It counts:

- **entities lost by the reader**: gold persons, organizations, locations and checkpoints
  (each with its canonical name and aliases) whose text occurs in the raw page but not in
  the body or the title (extraction reads both). Names are compared folded (case, «ё»/«е», quotes) and loosely stemmed (a word
  of seven letters or more may change its last two letters, of five or six its last one), so «Пограничной службы
  КНБ» finds «Пограничная служба КНБ». Names the gold lists as `not_entities` (only in
  navigation, tags or teasers) are not counted: the reader should drop those; instead
  the script counts how many of them reach the title or body (the precision side).
- **long paragraphs lost**: raw lines of eight words or more whose text is not in the
  body, with the rule that dropped each (`--show` lists them all; the lines that hold a
  lost entity are always listed).

Dev only while writing rules (bench/README.md: never read test texts). Last line:
`entities_lost=… entities=… long_lines_lost=… long_lines=… not_entities_in_body=… not_entities=…`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.model import RawDoc  # noqa: E402
from store.reading import furniture as fu  # noqa: E402
from store.reading import parse as pa  # noqa: E402
from store.reading.credits import author_line  # noqa: E402
from store.reading.html_page import fragment_text  # noqa: E402
from store.reading.read import read_path  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
_LONG = 8


def fold(text: str) -> str:
    """Lower case, «ё» as «е», quotes and dashes as spaces, spaces collapsed."""
    s = unicodedata.normalize("NFC", text or "").lower().replace("ё", "е")
    s = re.sub(r"[«»\"'“”„()\-–—]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def name_pattern(name: str) -> re.Pattern | None:
    """A folded name whose long words may end in any case ending (a loose stem, two letters)."""
    parts = []
    for w in fold(name).split():
        cut = 2 if len(w) >= 7 else 1 if len(w) >= 5 else 0  # «Ресей» must not find «ресми»
        stem = re.escape(w[: len(w) - cut]) + (r"\w{0,4}" if cut else "")
        parts.append(stem)
    if not parts:
        return None
    return re.compile(r"(?<!\w)" + r"\W+".join(parts) + r"(?!\w)")


def gold_entities(g: dict) -> list[tuple[str, list[str]]]:
    """(kind:name, forms) for each entity of one gold article."""
    out = []
    for p in g.get("persons", []):
        out.append(("per:" + p["name"], [p["name"]]))
    for o in g.get("organizations", []):
        out.append(("org:" + o, [o]))
    for loc in g.get("locations", []):
        out.append(("loc:" + loc, [loc]))
    for c in g.get("checkpoints", []):
        forms = [c["name"], *([c["canonical"]] if c.get("canonical") else []), *c.get("aliases", [])]
        out.append(("cp:" + c["name"], forms))
    return out


def raw_lines(doc: RawDoc) -> list[str]:
    """The page as a reader would see it in a browser: visible text, one block a line."""
    if doc.format == "html":
        text = fragment_text(doc.raw)
    else:  # a JSON record's text field; a .txt file as it is
        text = doc.text if doc.format in ("json", "jsonl") else doc.raw
    return pa.paragraphs(text)


def why_dropped(doc: RawDoc, body_keys: set[str]) -> dict[str, str]:
    """For each parsed line that is not in the body, the rule that left it out."""
    lines = pa.paragraphs(doc.text)
    lay = pa._layout(list(lines), (doc.meta or {}).get("title"))
    reasons: dict[str, str] = {}
    for i, ln in enumerate(lay.lines):
        key = pa._norm(ln)
        if key in body_keys or key in reasons:
            continue
        if i < lay.start:
            reasons[key] = "header (above the lead)"
        elif i > lay.end:
            reasons[key] = "after the body's end"
        elif fu.classify(ln):
            reasons[key] = "furniture: " + fu.classify(ln)
        elif fu.is_nav_row(ln):
            reasons[key] = "nav row"
        elif author_line(ln):
            reasons[key] = "author line"
        elif pa._link_teaser(ln, lay.lines[i + 1] if i + 1 < len(lay.lines) else ""):
            reasons[key] = "link teaser"
        else:
            reasons[key] = "other (repeat, foreign headline)"
    return reasons


def reason_for(line: str, doc: RawDoc, reasons: dict[str, str]) -> str:
    key = pa._norm(line)
    if key in reasons:
        return reasons[key]
    if doc.format == "html" and fold(line)[:60] not in fold(doc.text):
        return "html: not in trafilatura's main text"
    return "partly kept / joined"


def check_article(doc: RawDoc, gold: dict) -> dict:
    art = pa.parse(doc)
    body_lines = [p for p in art.body.split("\n\n") if p]
    body_keys = {pa._norm(p) for p in body_lines}
    fbody = fold((art.title or "") + "\n" + art.body)  # extraction reads the title and the body
    lines = raw_lines(doc)
    flines = [fold(ln) for ln in lines]
    fraw = "\n".join(flines)
    reasons = why_dropped(doc, body_keys)
    lost = []
    for ent, forms in gold_entities(gold):
        pats = [p for p in map(name_pattern, forms) if p]
        if any(p.search(fraw) for p in pats) and not any(p.search(fbody) for p in pats):
            where = [ln for ln, f in zip(lines, flines, strict=True) if any(p.search(f) for p in pats)]
            lost.append((ent, where))
    leaked = [n for n in gold.get("not_entities", []) if (p := name_pattern(n)) and p.search(fbody)]
    long_lost = [
        ln
        for ln, f in zip(lines, flines, strict=True)
        if fu.word_count(ln) >= _LONG and f not in fbody and f[:80] not in fbody
    ]
    return {
        "entities": len(gold_entities(gold)),
        "lost": [(e, [(ln, reason_for(ln, doc, reasons)) for ln in where]) for e, where in lost],
        "not_entities": len(gold.get("not_entities", [])),
        "leaked": leaked,
        "long": sum(1 for ln in lines if fu.word_count(ln) >= _LONG),
        "long_lost": [(ln, reason_for(ln, doc, reasons)) for ln in long_lost],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--eval-dir", default=str(REPO / "eval"))
    ap.add_argument("--show", action="store_true", help="list every long raw line that is lost")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.split == "test":
        print("body_coverage lists article text: it is for dev only", file=sys.stderr)
        return 2
    ev = Path(args.eval_dir)
    gold = json.loads((ev / "gold" / f"{args.split}.json").read_text(encoding="utf-8"))["articles"]
    totals, reasons, per = Counter(), Counter(), {}
    for path in sorted((ev / "corpus" / args.split).iterdir()):
        for doc in read_path(path):
            if not isinstance(doc, RawDoc) or doc.file not in gold:
                continue
            r = check_article(doc, gold[doc.file])
            per[doc.file] = r
            totals.update(entities=r["entities"], lost=len(r["lost"]), long=r["long"], long_lost=len(r["long_lost"]))
            totals.update(not_entities=r["not_entities"], leaked=len(r["leaked"]))
            reasons.update(why for _, why in r["long_lost"])
            _report(doc.file, r, args.show)
    print("\nwhy long lines were dropped:")
    for why, n in reasons.most_common():
        print(f"  {n:4d}  {why}")
    print(f"\nentities lost by the reader: {totals['lost']} / {totals['entities']}")
    print(f"long raw lines (>= {_LONG} words) not in the body: {totals['long_lost']} / {totals['long']}")
    print(f"furniture-only names (not_entities) in the title or body: {totals['leaked']} / {totals['not_entities']}")
    if args.json:
        print(json.dumps({"articles": per}, ensure_ascii=False))
    print(
        f"entities_lost={totals['lost']} entities={totals['entities']} "
        f"long_lines_lost={totals['long_lost']} long_lines={totals['long']} "
        f"not_entities_in_body={totals['leaked']} not_entities={totals['not_entities']}"
    )
    return 0


def _report(name: str, r: dict, show: bool) -> None:
    if not r["lost"] and not r["leaked"] and not (show and r["long_lost"]):
        return
    print(f"\n== {name}: {len(r['lost'])} entities lost, {len(r['long_lost'])}/{r['long']} long lines lost")
    for n in r["leaked"]:
        print(f"  IN BODY, furniture-only name: {n}")
    for ent, where in r["lost"]:
        print(f"  LOST {ent}")
        for ln, why in where[:3]:
            print(f"      [{why}] {ln[:160]}")
    if show:
        for ln, why in r["long_lost"]:
            print(f"  - [{why}] {ln[:160]}")


if __name__ == "__main__":
    sys.exit(main())

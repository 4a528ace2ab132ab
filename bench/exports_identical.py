"""Are two runs' exports the same article by article? For a change that must not change any
output (a speed-up): the `bench/evaluate.py --keep DIR` exports of dev, seeds and factRu, and a
`fresh.json` export of any other corpus, before and after.

    python bench/exports_identical.py BEFORE_DIR AFTER_DIR [CHECKOUT_PREFIX ...]

Each of dev/export.json, seeds/export.json, factru/export.json and fresh.json present in both
dirs is compared as bytes, after each CHECKOUT_PREFIX (the checkouts the sets were read from,
which the export's `path` holds) is cut out. Where the bytes differ, the articles are compared
by id: an article whose title, entities, checkpoints (their facts) and directives are equal and
that differs only in `file`/`path` is the same text stored under another duplicate's name (an
ingest with --jobs 2 keeps whichever copy it wrote first); any other difference is listed.
Last line: ALL IDENTICAL, or SOME DIFFER (exit 1).
"""

import hashlib
import json
import sys
from pathlib import Path

EXPORTS = ["dev/export.json", "seeds/export.json", "factru/export.json", "fresh.json"]


def cut(data: bytes, prefixes: list[bytes]) -> bytes:
    """The export with each checkout prefix replaced: the sets' paths differ by checkout only."""
    for p in prefixes:
        data = data.replace(p, b"CHECKOUT")
    return data


def same_articles(x: bytes, y: bytes) -> bool:
    """Print how two exports differ article by article; True when only duplicates' names do."""
    ok = True
    ax = {r["id"]: r for r in json.loads(x)["articles"]}
    bx = {r["id"]: r for r in json.loads(y)["articles"]}
    for k in sorted(set(ax) | set(bx)):
        ra, rb = ax.get(k), bx.get(k)
        if ra == rb:
            continue
        keys = [f for f in (ra or rb) if (ra or {}).get(f) != (rb or {}).get(f)]
        if ra and rb and set(keys) <= {"file", "path"}:
            print(f"   the same text under another duplicate's file name: {ra['file']} / {rb['file']}")
            continue
        print("   differs:", (ra or rb)["file"], keys)
        ok = False
    return ok


def summary(data: bytes) -> str:
    articles = json.loads(data)["articles"]
    entities = sum(len(r["entities"]) for r in articles)
    facts = sum(len(c.get("facts", [])) for r in articles for c in r["checkpoints"])
    return f"{len(articles)} articles, {entities} entities, {facts} checkpoint facts"


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] in ("-h", "--help"):
        print(__doc__.split("\n\n")[1])
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    before, after = Path(argv[0]), Path(argv[1])
    if not before.is_dir() or not after.is_dir():
        print(f"exports_identical: not a folder: {before if not before.is_dir() else after}", file=sys.stderr)
        return 2
    prefixes = [p.encode() for p in argv[2:]]
    ok = True
    for rel in EXPORTS:
        if not (before / rel).is_file() or not (after / rel).is_file():
            continue
        x, y = cut((before / rel).read_bytes(), prefixes), cut((after / rel).read_bytes(), prefixes)
        sha = f"sha1 {hashlib.sha1(x).hexdigest()[:12]} / {hashlib.sha1(y).hexdigest()[:12]}"
        print(f"{rel:20s} {'identical' if x == y else 'bytes differ'}  {len(x)} bytes  {sha}  {summary(x)}")
        if x != y:
            ok = same_articles(x, y) and ok
    print("ALL IDENTICAL" if ok else "SOME DIFFER")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Outlet harness: read a folder of saved pages and compare the outlet the parser finds
with the outlet each page is known to come from.

    python bench/outlet_check.py DIR EXPECTED.tsv [--show] [--json OUT]

EXPECTED.tsv has one line per page: the file name, a tab, then the names the outlet goes
by, separated by «|» (the site's own name, its domain, its other spellings), e.g.
`012_lada_kz.txt<TAB>Lada.kz|lada.kz|Лада`. A page counts as right when the parser's
`source` equals one of them once case, quotes, «ё» and a trailing «.kz» are folded away
(the same folding as the evaluation's scorer). Pages that are not in the TSV are skipped.

The pages themselves stay outside the repository (they are other sites' text); this script
only reads them. `--show` prints every page's title, date and outlet, for checking by eye.
Prints one line per miss, the share right, and ends with a machine-readable JSON line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.reading.parse import parse  # noqa: E402
from store.reading.read import read_path  # noqa: E402


def fold(name: str) -> str:
    """The scorer's comparison key: lower case, «ё» as «е», no quotes or edge punctuation, no «.kz»."""
    s = unicodedata.normalize("NFC", name or "").lower().replace("ё", "е")
    s = re.sub(r"[«»\"'“”„()]", " ", s)
    s = re.sub(r"[\s\u00a0]+", " ", s).strip(" .,;:-–—")
    return s.replace(".kz", "")


def read_expected(path: Path) -> dict[str, list[str]]:
    """file name → the names its outlet goes by."""
    out: dict[str, list[str]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, sep, names = line.partition("\t")
        if not sep or not names.strip():
            raise SystemExit(f"{path}:{n}: expected «file<TAB>name|name…»")
        out[name.strip()] = [x.strip() for x in names.split("|") if x.strip()]
    return out


def check(folder: Path, expected: dict[str, list[str]]) -> list[dict]:
    """One row per page in the TSV: what the parser read and whether the outlet is right."""
    rows = []
    for name, names in sorted(expected.items()):
        path = folder / name
        docs = [d for d in read_path(path) if hasattr(d, "text")] if path.is_file() else []
        if not docs:
            rows.append({"file": name, "missing": True, "ok": False, "want": names})
            continue
        art = parse(docs[0])
        got = art.source or ""
        ok = bool(got) and fold(got) in {fold(x) for x in names}
        rows.append({"file": name, "ok": ok, "source": got, "want": names, "title": art.title, "date": art.date})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("expected", type=Path)
    ap.add_argument("--show", action="store_true", help="print title, date and outlet of every page")
    ap.add_argument("--json", type=Path, help="write the rows as JSON here")
    args = ap.parse_args(argv)
    rows = check(args.folder, read_expected(args.expected))
    for r in rows:
        if r.get("missing"):
            print(f"MISSING {r['file']}")
        elif args.show or not r["ok"]:
            mark = "ok  " if r["ok"] else "MISS"
            print(f"{mark} {r['file']}: source={r['source']!r} want={r['want'][0]!r}")
            if args.show:
                print(f"       title={r['title']!r} date={r['date']!r}")
    right = sum(r["ok"] for r in rows)
    print(f"outlet right on {right}/{len(rows)} = {right / max(1, len(rows)):.3f}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps({"outlet_right": right, "pages": len(rows)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

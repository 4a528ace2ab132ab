#!/usr/bin/env python3
"""Page-metadata harness: read a folder of saved pages and compare the outlet, title and
date the parser finds with what each page is known to carry.

    python bench/outlet_check.py DIR EXPECTED.tsv [--show] [--json OUT]

EXPECTED.tsv has one line per page: the file name, a tab, then the names the outlet goes
by, separated by «|» (the site's own name, its domain, its other spellings), e.g.
`012_lada_kz.txt<TAB>Lada.kz|lada.kz|Лада`. A page counts as right when the parser's
`source` equals one of them once case, quotes, «ё» and a trailing «.kz» are folded away
(the same folding as the evaluation's scorer). Pages that are not in the TSV are skipped.

Three more columns are optional: the headline (alternatives separated by «|»), the
publication date as YYYY-MM-DD, and «y»/«n»: whether the saved text prints the outlet's own
name anywhere (missing means «y»). «-» (or a missing column) means the page prints no
headline or date, so that field is not scored for it. A page marked «n» is not scored for its
outlet (nothing on it can say whose it is); instead the script counts how often the parser
names some other outlet for it, usually one the story only quotes.

The pages themselves stay outside the repository (they are other sites' text); this script
only reads them. bench/data/outlet_pages.tsv lists the addresses of the pages already used, so
a later set can be drawn from other ones. `--show` prints every page's title, date and outlet, for checking by eye.

EXPECTED may also be an evaluation gold file (eval/gold/dev.json): its articles' source,
accept_sources, title and date are read instead (records of a .jsonl dump are skipped).

`--drop-own` parses each page with its own outlet's rows taken out of store/data/outlets.csv
(every row one of the page's names spells): how often the parser would still name a site the
table has never heard of, which is the case on any outlet not yet in the table.
Prints one line per miss, the share right, and ends with a machine-readable JSON line.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from importlib import resources
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


def title_key(title: str) -> str:
    """Headlines compare without case, quotes, dashes or spacing, which sites print differently."""
    s = unicodedata.normalize("NFC", title or "").lower().replace("ё", "е")
    return re.sub(r"[\W_]+", "", s)


def _alternatives(cell: str) -> list[str]:
    """«a|b» → [a, b]; «-» or an empty cell → [] (not printed, not scored)."""
    cell = cell.strip()
    return [] if cell in ("", "-") else [x.strip() for x in cell.split("|") if x.strip()]


def read_expected(path: Path) -> dict[str, dict[str, list[str]]]:
    """file name → {"source": names, "title": headlines, "date": [YYYY-MM-DD], "prints": ["y"] or []}."""
    if path.suffix == ".json":
        return _read_gold(path)
    out: dict[str, dict[str, list[str]]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or not cells[1].strip():
            raise SystemExit(f"{path}:{n}: expected «file<TAB>name|name…[<TAB>title[<TAB>date]]»")
        cells += [""] * (5 - len(cells))
        out[cells[0].strip()] = {
            "source": _alternatives(cells[1]),
            "title": _alternatives(cells[2]),
            "date": _alternatives(cells[3]),
            "prints": [] if cells[4].strip().lower() == "n" else ["y"],
        }
    return out


def _read_gold(path: Path) -> dict[str, dict[str, list[str]]]:
    """The same fields from an evaluation gold file; a null source means the page prints none."""
    out: dict[str, dict[str, list[str]]] = {}
    for name, art in json.loads(path.read_text(encoding="utf-8"))["articles"].items():
        if ":" in name:
            continue  # a record of a .jsonl dump: not a page of its own
        names = [art["source"], *art.get("accept_sources", [])] if art.get("source") else []
        out[name] = {
            "source": names,
            "title": [art["title"]] if art.get("title") else [],
            "date": [art["date"], *art.get("accept_dates", [])] if art.get("date") else [],
            "prints": ["y"] if names else [],
        }
    return out


class _OwnRowsDropped:
    """While active, store/data/outlets.csv reads without the rows any of `names` spells."""

    def __init__(self, names: list[str]):
        self.names = names

    def __enter__(self):
        from store.reading import outlets

        keys = {outlets.fold(n) for n in self.names}
        text = resources.files("store").joinpath("data/outlets.csv").read_text(encoding="utf-8")
        rows = list(csv.DictReader(io.StringIO(text)))
        kept = [r for r in rows if not any(s.strip() and outlets.fold(s) in keys for s in _spellings(r))]
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(kept)
        self._saved = outlets.resources
        outlets.resources = _OneFile(buf.getvalue())
        _clear_caches()
        return self

    def __exit__(self, *exc):
        from store.reading import outlets

        outlets.resources = self._saved
        _clear_caches()


def _spellings(row: dict) -> list[str]:
    return [row["name"], *row["domains"].split("|"), *row["aliases"].split("|")]


class _OneFile:
    """Stands in for importlib.resources: every file it is asked for has `text`."""

    def __init__(self, text: str):
        self.text = text

    def files(self, _package):
        return self

    def joinpath(self, _path):
        return self

    def read_text(self, encoding=None):
        return self.text


def _clear_caches() -> None:
    from store.reading import outlets

    for fn in (outlets._table, outlets._by_domain, outlets._channels, outlets.known, outlets.fold):
        if hasattr(fn, "cache_clear"):  # an older checkout may not cache every one
            fn.cache_clear()


def _judge(got: str, wanted: list[str], key) -> bool | None:
    """True/False when the page prints the field, None when it is not scored."""
    if not wanted:
        return None
    return bool(got) and key(got) in {key(x) for x in wanted}


def check(folder: Path, expected: dict[str, dict[str, list[str]]], drop_own: bool = False) -> list[dict]:
    """One row per page in the TSV: what the parser read and whether outlet, title and date are right.
    With `drop_own`, each page is parsed as if outlets.csv did not know its outlet."""
    rows = []
    for name, want in sorted(expected.items()):
        path = folder / name
        docs = [d for d in read_path(path) if hasattr(d, "text")] if path.is_file() else []
        if not docs:
            rows.append({"file": name, "missing": True, "ok": False, "want": want["source"]})
            continue
        if drop_own and want["source"]:
            with _OwnRowsDropped(want["source"]):
                art = parse(docs[0])
        else:
            art = parse(docs[0])
        got = art.source or ""
        rows.append(
            {
                "file": name,
                "ok": bool(_judge(got, want["source"], fold)),
                "prints": bool(want["prints"]),
                "source": got,
                "want": want["source"],
                "title": art.title,
                "title_ok": _judge(art.title or "", want["title"], title_key),
                "want_title": want["title"],
                "date": art.date,
                "date_ok": _judge(str(art.date or ""), want["date"], str.strip),
                "want_date": want["date"],
            }
        )
    return rows


def _tally(rows: list[dict], field: str) -> tuple[int, int]:
    """(right, scored) for title_ok or date_ok."""
    scored = [r[field] for r in rows if r.get(field) is not None]
    return sum(scored), len(scored)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("expected", type=Path)
    ap.add_argument("--show", action="store_true", help="print title, date and outlet of every page")
    ap.add_argument("--json", type=Path, help="write the rows as JSON here")
    ap.add_argument("--drop-own", action="store_true", help="parse each page without its outlet's rows in outlets.csv")
    args = ap.parse_args(argv)
    rows = check(args.folder, read_expected(args.expected), args.drop_own)
    for r in rows:
        if r.get("missing"):
            print(f"MISSING {r['file']}")
            continue
        if not r["prints"]:
            if r["source"] and not r["ok"]:
                print(f"OTHER {r['file']}: source={r['source']!r} (the page prints no name of its own)")
        elif args.show or not r["ok"]:
            mark = "ok  " if r["ok"] else "MISS"
            print(f"{mark} {r['file']}: source={r['source']!r} want={r['want'][0]!r}")
        if r["title_ok"] is False:
            print(f"TITLE {r['file']}: {r['title']!r} want={r['want_title'][0]!r}")
        if r["date_ok"] is False:
            print(f"DATE  {r['file']}: {r['date']!r} want={r['want_date'][0]!r}")
        if args.show:
            print(f"       title={r['title']!r} date={r['date']!r}")
    printing = [r for r in rows if r.get("prints", True)]
    silent = [r for r in rows if not r.get("prints", True) and not r.get("missing")]
    right = sum(r["ok"] for r in printing)
    other = sum(1 for r in silent if r["source"] and not r["ok"])
    titles, titled = _tally(rows, "title_ok")
    dates, dated = _tally(rows, "date_ok")
    print(f"outlet right on {right}/{len(printing)} = {right / max(1, len(printing)):.3f} (pages that print it)")
    if silent:
        print(f"another outlet named on {other}/{len(silent)} pages that print none of their own")
    print(f"title right on {titles}/{titled}; date right on {dates}/{dated}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    summary = {"outlet_right": right, "pages": len(printing), "other_named": other, "silent": len(silent)}
    summary |= {"title_right": titles, "titled": titled}
    print(json.dumps({**summary, "date_right": dates, "dated": dated}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Every name of every post, printed in an article and typed into the search.

    python bench/post_aliases.py [--code CHECKOUT] [--keep DIR] [--json OUT]

For every row of store/data/checkpoints.csv and foreign_posts.csv and each of its names
(gazetteer.Checkpoint.all_names: Russian, Kazakh, Latin, former names, variants), one short
article names the post by that name in a sentence of the name's script (fixed templates
written for this probe); all go through the real ingest of CHECKOUT into one store. Then:

(a) which entity the post's mention became: `row` (the row's own entity, the one the
    store's `checkpoints` table links to the row), `other` (another checkpoint), `none`;
(b) a search by the name, as printed and in lower case: the rank of the row's entity
    among the results (any name), and the rank of an entity result whose name the harness
    (bench/evaluate.py) would accept for a query expecting that very name — its folded name
    the name searched; `alias only` counts where the entity is in the top 5 but named
    otherwise than the name the query was written from (the shape of «stored as an alias
    only» in evaluate's report: a query whose reference lists only the article's spelling).

A name two rows share is counted apart (`shared`): either row's entity is a hit.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

KAZAKH = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
TEMPLATES = {
    "ru": "Через пункт пропуска «{X}» за сутки прошли более трехсот грузовиков, очередь на выезд сократилась.",
    "kk": "«{X}» өткізу пункті арқылы бір тәулікте үш жүзден астам жүк көлігі өтті.",
    "en": "More than three hundred trucks crossed the border at the {X} checkpoint on Monday.",
}
CONTEXT = {
    "ru": "Водители жалуются на долгое оформление. Пограничники обещают открыть дополнительные полосы.",
    "kk": "Жүргізушілер ұзақ рәсімдеуге шағымданады. Шекарашылар қосымша жолақтар ашуға уәде берді.",
    "en": "Drivers complain about slow clearance. Border guards promise to open more lanes.",
}


def fold_name(name: str) -> str:
    s = unicodedata.normalize("NFC", name or "").lower().replace("ё", "е")
    return " ".join(s.split())


def script(name: str) -> str:
    if name.isascii():
        return "en"
    return "kk" if KAZAKH.search(name) else "ru"


def cases(gazetteer) -> list[tuple[str, str, str]]:
    """(row id, name, language) for every name of every row, own posts and foreign ones."""
    out = []
    for cp in [*gazetteer.all(), *gazetteer.foreign()]:
        for name in cp.all_names():
            if "{" not in name and len(name) > 2:
                out.append((cp.id, name, script(name)))
    return out


def build(code: Path, items: list[tuple[str, str, str]], workdir: Path) -> Path:
    bodies = [TEMPLATES[lang].replace("{X}", name) + "\n\n" + CONTEXT[lang] for _row, name, lang in items]
    return ingest_bodies(code, bodies, workdir)


def ingest_bodies(code: Path, bodies: list[str], workdir: Path) -> Path:
    """A store of one probe article per body, ingested by `code`'s CLI (one JSON-lines
    dump, so article i is body i); bench/post_shapes.py builds its store the same way."""
    src = workdir / "articles"
    src.mkdir(parents=True, exist_ok=True)
    with open(src / "posts.jsonl", "w", encoding="utf-8") as f:
        for i, body in enumerate(bodies):
            rec = {"title": f"Probe {i}", "text": body, "date": "2024-06-01", "url": f"https://probe.invalid/{i}"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    db = workdir / "posts.db"
    db.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "store.cli", "ingest", str(src), "--db", str(db), "--quiet", "--jobs", "2"]
    subprocess.run(cmd, cwd=code, check=True, stdout=subprocess.DEVNULL)
    return db


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", default=str(REPO))
    ap.add_argument("--keep", help="build the store in this directory (else a temporary one)")
    ap.add_argument("--json", help="every verdict here, one JSON object a line")
    args = ap.parse_args()
    code = Path(args.code).resolve()
    sys.path.insert(0, str(code))
    import sqlite3

    from store.db import store as dbs
    from store.lang import gazetteer
    from store.search.alias_index import AliasIndex
    from store.search.search import search

    items = cases(gazetteer)
    owners: dict[str, set[str]] = defaultdict(set)
    for row, name, _ in items:
        owners[fold_name(name)].add(row)
    with tempfile.TemporaryDirectory() as tmp:
        db = build(code, items, Path(args.keep or tmp))
        con = sqlite3.connect(db)
        entity_of = dict(con.execute("SELECT id, entity_id FROM checkpoints"))
        found: dict[int, set[int]] = defaultdict(set)
        for url, eid in con.execute(
            "SELECT a.url, m.entity_id FROM mentions m JOIN articles a ON a.id=m.article_id"
            " JOIN entities e ON e.id=m.entity_id WHERE e.type='checkpoint'"
        ):
            found[int(url.rsplit("/", 1)[1])].add(eid)
        st = dbs.open_store(str(db))
        index = AliasIndex.for_store(st)
        done = []
        for i, (row, name, lang) in enumerate(items):
            rows = owners[fold_name(name)]
            wanted = {entity_of.get(r) for r in rows} - {None}
            mention = "row" if found[i] & wanted else "other" if found[i] else "none"
            accept = {fold_name(name)}
            for typed, query in (("printed", name), ("lower", name.lower())):
                results = search(st, query, limit=20, index=index)
                ent = [r for r in results if r.get("kind") == "entity"]
                rank = next(
                    (k for k, r in enumerate(results, 1) if r.get("kind") == "entity" and r.get("id") in wanted), None
                )
                named = next(
                    (
                        k
                        for k, r in enumerate(results, 1)
                        if r.get("kind") == "entity" and fold_name(r.get("name", "")) in accept
                    ),
                    None,
                )
                done.append({"row": row, "name": name, "lang": lang, "typed": typed, "shared": len(rows) > 1,
                             "mention": mention, "rank": rank, "named_rank": named,
                             "first": f"{ent[0]['name']} ({ent[0]['type']})" if ent else "no entity"})  # fmt: skip
    if args.json:
        Path(args.json).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in done), encoding="utf-8")
    report(done)


def report(done: list[dict]) -> None:
    print("(a) the mention's entity, by the name's script:   n   row other none")
    per: dict[str, Counter] = defaultdict(Counter)
    for d in done:
        if d["typed"] == "printed":
            per[d["lang"]][d["mention"]] += 1
    for lang, c in sorted(per.items()):
        print(f"  {lang:<6} {sum(c.values()):>5} {c['row']:>5} {c['other']:>5} {c['none']:>5}")
    print("(b) search by the name: lang typed       n   r@1   r@5  named@5  alias only")
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for d in done:
        groups[(d["lang"], d["typed"], "shared" if d["shared"] else "own")].append(d)
    for key, items in sorted(groups.items()):
        r1 = sum(1 for d in items if d["rank"] == 1)
        r5 = sum(1 for d in items if d["rank"] and d["rank"] <= 5)
        n5 = sum(1 for d in items if d["named_rank"] and d["named_rank"] <= 5)
        alias_only = sum(
            1 for d in items if d["rank"] and d["rank"] <= 5 and not (d["named_rank"] and d["named_rank"] <= 5)
        )
        print(f"  {' '.join(key):<22} {len(items):>5} {r1:>5} {r5:>5} {n5:>7} {alias_only:>10}")
    for d in done:
        if d["typed"] == "printed" and (d["mention"] != "row" or not (d["rank"] and d["rank"] <= 5)):
            print(f"    {d['row']:<22} {d['name']!r:<28} mention {d['mention']:<5} rank {d['rank']} first {d['first']}")
    n = len(done)
    r5 = sum(1 for d in done if d["rank"] and d["rank"] <= 5)
    n5 = sum(1 for d in done if d["named_rank"] and d["named_rank"] <= 5)
    rows = sum(1 for d in done if d["typed"] == "printed" and d["mention"] == "row")
    print(
        f"names {n // 2}: mention on the row's entity {rows}; searches {n}: entity r@5 {r5}, an entity named as searched @5 {n5}"
    )


if __name__ == "__main__":
    main()

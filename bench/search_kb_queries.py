"""Search recall on queries generated from the knowledge base, not written by hand.

    python bench/search_kb_queries.py STORE [--build] [--code CHECKOUT] [--seed 16]
        [--kinds K1,K2] [--rows N] [--worst 15] [--json OUT]

From every row of store/data/{checkpoints,foreign_posts,regions,places,bodies}.csv the
queries people type for it are made by rule (bench/kb_query_forms.py, a fixed seed):
each name in each script; Russian case forms and Kazakh case endings; the parts of a
name written apart, hyphened or glued; Latin spellings (English press, informal, the
2021 Kazakh alphabet and its ASCII shorthand) and Kazakh letters typed as Russian
ones; one typo of each kind; the name typed in the wrong keyboard layout; a prefix while typing; the name with a topic word; the
abbreviations in other scripts. Each query goes through the real `search()` (limit
20) over STORE, best built from sample_data and eval/corpus/dev (`--build` ingests
them; never the test split). A result is a hit when it is the row (its `kb_id`) or a
stored entity of the row's type named by one of the row's names (a body's name with
or without its legal form and country); a query from a name two rows share accepts
either. Prints recall@1/@5 per kind of variation, per row type and overall, the CPU
per query, and the rows with the most misses. `--code` imports the store package
from another checkout (A/B: give it its own copy of the store).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import kb_query_forms as forms  # noqa: E402

FILES = (  # file, row type shown, entity type of its stored entities
    ("checkpoints.csv", "checkpoint", "checkpoint"),
    ("foreign_posts.csv", "foreign_post", "checkpoint"),
    ("regions.csv", "region", "location"),
    ("places.csv", "place", "location"),
    ("bodies.csv", "body", "organization"),
)
LATIN_COLUMNS = ("names_latin", "name_latin_official", "names_en", "name_en")
TOPICS = {  # row type → (Russian topic words, Kazakh, English)
    "checkpoint": (("очередь", "реконструкция", "грузовики"), "кезек", "queue"),
    "foreign_post": (("очередь", "реконструкция", "грузовики"), "кезек", "queue"),
    "region": (("граница", "аким", "дороги"), "шекара", "border"),
    "place": (("граница", "губернатор", "дороги"), "шекара", "border"),
    "body": (("проверка", "поручение", "заявление"), "тексеру", "statement"),
}
LIMIT = 20
KS = (1, 5)


@dataclass(frozen=True)
class Row:
    id: str
    kind: str  # checkpoint, foreign_post, region, place, body
    entity_type: str
    ru: str
    kk: str
    latin: tuple[str, ...]
    variants: tuple[str, ...]
    local: str
    abbreviations: tuple[str, ...]

    @property
    def ru_typed(self) -> str:
        return forms.typed(self.ru)

    @property
    def kk_typed(self) -> str:
        return forms.typed(self.kk)

    @property
    def all_names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.ru, self.kk, *self.latin, *self.variants, self.local, *self.abbreviations) if n)


@dataclass(frozen=True)
class Query:
    text: str
    kind: str
    row: str
    source: str  # the listed name the query was made from


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (cell or "").split("|") if v.strip() and "{" not in v)


def read_rows(data: Path = REPO / "store" / "data") -> list[Row]:
    """Every row of the five files, with its names by column (template rows left out)."""
    rows = []
    for file, kind, entity_type in FILES:
        with open(data / file, encoding="utf-8", newline="") as f:
            for rec in csv.DictReader(f):
                if "{" in (rec.get("name_ru") or ""):
                    continue  # a template («… по {region}»): search never indexes it
                latin = tuple(n for col in LATIN_COLUMNS for n in _split(rec.get(col)))
                rows.append(
                    Row(
                        id=rec["id"],
                        kind=kind,
                        entity_type=entity_type,
                        ru=(rec.get("name_ru") or "").strip(),
                        kk=(rec.get("name_kk") or "").strip(),
                        latin=tuple(dict.fromkeys(latin)),
                        variants=_split(rec.get("variants")),
                        local=(rec.get("name_local") or "").strip(),
                        abbreviations=_split(rec.get("abbreviations")),
                    )
                )
    return rows


# ------------------------------------------------------------------ generation


def row_queries(row: Row, seed: int) -> list[Query]:
    """The queries made for one row, each text once (the first kind that made it)."""
    rng = random.Random(f"{seed}:{row.id}")
    out: list[Query] = []

    def add(kind: str, text: str | None, source: str) -> None:
        if text and text.strip():
            out.append(Query(" ".join(text.split()), kind, row.id, source))

    _names(row, add)
    _cases(row, add)
    _joins(row, add)
    _latin(row, add)
    _typos(row, add, rng)
    _layouts(row, add)
    _prefixes(row, add)
    _topics(row, add, rng)
    _abbreviations(row, add)
    seen: set[str] = set()
    unique = []
    for q in out:  # case kept: an abbreviation typed in lower case («вко») is a query of its own
        if q.text not in seen:
            seen.add(q.text)
            unique.append(q)
    return unique


def _first_latin(row: Row) -> str:
    return forms.typed(row.latin[0]) if row.latin else forms.to_latin(row.ru_typed, "ru_press")


def _names(row: Row, add) -> None:
    add("name_ru", row.ru, row.ru)
    add("name_kk", row.kk, row.kk)
    for name in row.latin[:2]:
        add("name_latin", name, name)
    for name in row.variants[:2]:
        add("name_variant", name, name)
    if row.local and row.local != row.ru:
        add("name_local", row.local, row.local)


def _cases(row: Row, add) -> None:
    for case in forms.RU_CASES:
        add(f"case_ru_{case}", forms.russian_case(row.ru_typed, case), row.ru_typed)
    if row.kk_typed and row.kk_typed != row.ru_typed:
        for case in forms.KK_CASES:
            add(f"case_kk_{case}", forms.kazakh_case(row.kk_typed, case), row.kk_typed)


def _joins(row: Row, add) -> None:
    for name in dict.fromkeys([row.ru_typed, row.kk_typed, _first_latin(row)]):
        for kind, text in forms.rejoined(name).items():
            add(kind, text, name)


def _latin(row: Row, add) -> None:
    add("latin_ru_press", forms.to_latin(row.ru_typed, "ru_press"), row.ru_typed)
    add("latin_ru_informal", forms.to_latin(row.ru_typed, "ru_informal").lower(), row.ru_typed)
    if row.kk_typed:
        add("latin_kk_official", forms.to_latin(row.kk_typed, "kk_official"), row.kk_typed)
        add("latin_kk_ascii", forms.to_latin(row.kk_typed, "kk_ascii").lower(), row.kk_typed)
        plain = forms.kazakh_as_russian(row.kk_typed)
        if plain != row.kk_typed:
            add("kk_as_ru", plain, row.kk_typed)


def _typos(row: Row, add, rng: random.Random) -> None:
    latin = _first_latin(row)
    for kind in forms.TYPO_KINDS:
        add(f"typo_{kind}_ru", forms.typo(row.ru_typed, kind, rng), row.ru_typed)
        add(f"typo_{kind}_lat", forms.typo(latin, kind, rng), latin)


def _layouts(row: Row, add) -> None:
    add("layout_ru", forms.wrong_layout(row.ru_typed), row.ru_typed)
    add("layout_lat", forms.wrong_layout(_first_latin(row)), _first_latin(row))


def _prefixes(row: Row, add) -> None:
    add("prefix_ru", forms.typing_prefix(row.ru_typed), row.ru_typed)
    add("prefix_lat", forms.typing_prefix(_first_latin(row)), _first_latin(row))


def _topics(row: Row, add, rng: random.Random) -> None:
    ru_words, kk_word, en_word = TOPICS[row.kind]
    word = rng.choice(ru_words)
    add("topic_ru", f"{row.ru_typed} {word}", row.ru_typed)
    add("topic_ru_first", f"{word} {row.ru_typed}", row.ru_typed)
    genitive = forms.russian_case(row.ru_typed, "gen")
    add("topic_ru_gen", f"{word} {genitive}" if genitive else None, row.ru_typed)
    if row.kk_typed:
        add("topic_kk", f"{row.kk_typed} {kk_word}", row.kk_typed)
    add("topic_lat", f"{_first_latin(row)} {en_word}", _first_latin(row))


def _abbreviations(row: Row, add) -> None:
    for abbr in row.abbreviations[:3]:
        if " " in abbr or len(abbr) > 6:
            continue
        add("abbr", abbr, abbr)
        add("abbr_lower", abbr.lower(), abbr)
        if not abbr.isascii():
            scheme = "kk_ascii" if set(abbr.lower()) & set("әғқңөұүһі") else "ru_press"
            add("abbr_latin", forms.to_latin(abbr, scheme).upper(), abbr)
            add("abbr_kk_as_ru", forms.kazakh_as_russian(abbr), abbr)


# ------------------------------------------------------------------ judging


class Judge:
    """Whether a result is the row a query was made for (or a row with the same name)."""

    def __init__(self, rows: list[Row], fold, body_keys) -> None:
        self.fold = fold
        self.rows = {r.id: r for r in rows}
        self.named: dict[str, set[str]] = defaultdict(set)
        self.keys: dict[str, set[str]] = {}
        for r in rows:
            keys = {fold(n) for n in r.all_names} - {""}
            if r.kind == "body":
                keys = {k for key in keys for k in body_keys(key)}
            self.keys[r.id] = keys
            for n in r.all_names:
                self.named[fold(n)].add(r.id)

    def accepted(self, q: Query) -> set[str]:
        return {q.row} | self.named.get(self.fold(q.source), set())

    def rank(self, q: Query, results: list[dict]) -> int | None:
        """1-based rank of the first result that is an accepted row."""
        rows = self.accepted(q)
        for rank, r in enumerate(results, 1):
            if r.get("kind") != "entity":
                continue
            if r.get("kb_id") in rows:
                return rank
            key = self.fold(str(r.get("name", "")))
            if any(self.rows[i].entity_type == r.get("type") and key in self.keys[i] for i in rows):
                return rank
        return None


# ------------------------------------------------------------------ running


def build_store(db: Path, code: Path) -> None:
    """Ingest sample_data and the dev corpus (never test) into a new store at `db`."""
    corpus = [str(REPO / "sample_data"), str(REPO / "eval" / "corpus" / "dev")]
    env_path = str(code)
    subprocess.run(
        [sys.executable, "-m", "store.cli", "ingest", *corpus, "--db", str(db), "--quiet"],
        cwd=code,
        env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"},
        check=False,
    )


def run(store_path: str, queries: list[Query], judge: Judge) -> list[dict]:
    """Each query searched once; its rank, what came first and the CPU it took."""
    from store.db import store as db
    from store.search import entities as ents
    from store.search.alias_index import AliasIndex
    from store.search.search import search

    st = db.open_store(store_path)
    index = AliasIndex.for_store(st)
    search(st, "warm up пункт", limit=LIMIT, index=index)
    out = []
    for q in queries:
        if hasattr(ents, "clear_memo"):
            ents.clear_memo()
        t0 = time.process_time()
        results = search(st, q.text, limit=LIMIT, index=index)
        cpu = time.process_time() - t0
        first = f"{results[0]['name']} ({results[0]['type']})" if results else "no results"
        out.append({**q.__dict__, "rank": judge.rank(q, results), "first": first, "cpu_ms": round(cpu * 1000, 2)})
    return out


def recall_table(done: list[dict], key: str) -> list[str]:
    """recall@1/@5 grouped by `key` (kind, row type), worst recall@5 first."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for d in done:
        groups[d[key]].append(d)
    lines = [f"{key:<22} {'n':>5} {'r@1':>7} {'r@5':>7}"]
    stats = []
    for name, items in groups.items():
        hits = [sum(1 for d in items if d["rank"] is not None and d["rank"] <= k) for k in KS]
        stats.append((hits[1] / len(items), name, len(items), hits))
    for share, name, n, hits in sorted(stats):
        lines.append(f"{name:<22} {n:>5} {hits[0] / n:>7.3f} {share:>7.3f}")
    return lines


def overall(done: list[dict]) -> str:
    n = len(done)
    hits = [sum(1 for d in done if d["rank"] is not None and d["rank"] <= k) for k in KS]
    cpu = sorted(d["cpu_ms"] for d in done)
    p95 = cpu[int(0.95 * (n - 1))] if cpu else 0.0
    mean = sum(cpu) / n if n else 0.0
    return (
        f"all {n} queries: r@1 {hits[0]}/{n} {hits[0] / n:.3f}  r@5 {hits[1]}/{n} {hits[1] / n:.3f}"
        f"  CPU ms per query mean {mean:.1f} p95 {p95:.1f}"
    )


def worst_rows(done: list[dict], most: int) -> list[str]:
    """The rows with the most queries missed at 5, each with a few of its misses."""
    by_row: dict[str, list[dict]] = defaultdict(list)
    for d in done:
        by_row[d["row"]].append(d)
    ranked = sorted(by_row.items(), key=lambda kv: -sum(d["rank"] is None or d["rank"] > 5 for d in kv[1]))
    lines = []
    for row, items in ranked[:most]:
        missed = [d for d in items if d["rank"] is None or d["rank"] > 5]
        if not missed:
            break
        lines.append(f"{row}: missed {len(missed)}/{len(items)}")
        for d in missed[:6]:
            lines.append(f"    {d['text']!r} ({d['kind']}) → {d['first']}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--build", action="store_true", help="ingest sample_data and eval/corpus/dev if STORE is missing")
    ap.add_argument("--code", default=str(REPO), help="the checkout whose store package searches")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--kinds", help="only these kinds (comma-separated prefixes: typo_,case_kk)")
    ap.add_argument("--rows", type=int, help="only this many rows, drawn with the seed")
    ap.add_argument("--worst", type=int, default=15, help="rows with the most misses shown")
    ap.add_argument("--json", help="write every query's result here (one JSON object a line)")
    args = ap.parse_args()
    code = Path(args.code).resolve()
    if args.build and not Path(args.store).exists():
        build_store(Path(args.store), code)
    sys.path.insert(0, str(code))
    from store.lang import names
    from store.search.search_kb import body_name_keys

    rows = read_rows()
    if args.rows:
        rows = random.Random(args.seed).sample(rows, min(args.rows, len(rows)))
    queries = [q for r in rows for q in row_queries(r, args.seed)]
    if args.kinds:
        wanted = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
        queries = [q for q in queries if q.kind.startswith(wanted)]
    judge = Judge(read_rows(), names.fold, body_name_keys)
    kinds = {r.id: r.kind for r in rows}
    done = [{**d, "row_type": kinds[d["row"]]} for d in run(args.store, queries, judge)]
    if args.json:
        Path(args.json).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in done), encoding="utf-8")
    print("\n".join(recall_table(done, "kind")))
    print()
    print("\n".join(recall_table(done, "row_type")))
    print()
    print("\n".join(worst_rows(done, args.worst)))
    print()
    print(f"{code} seed {args.seed}: " + overall(done))


if __name__ == "__main__":
    main()

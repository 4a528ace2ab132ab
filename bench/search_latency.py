"""Search latency at scale: this engine against plain rapidfuzz WRatio, same aliases.

    python bench/search_latency.py --aliases 1000000

Builds N realistic aliases in a temporary store (people combined from real Kazakh
and Russian first names in store/lang/lexicon and surnames in bench/data, with inflected, surname-only and
Latin forms as ingest stores them; the gazetteer's checkpoint names when it exists;
the sample's entities), builds the AliasIndex (time, RSS delta), runs a fixed mixed
query set (Latin, Cyrillic, Kazakh, typos, inflected, pinyin) through search(), and
in the same run the baseline `process.extract(q, aliases, scorer=WRatio)` on a sample
of the queries. Recall: on a few queries the index's top 10 scores are compared with
scoring every key (exhaustive). Last line: `p50_ms=… p95_ms=… baseline_p95_ms=…`.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import psutil  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

from store.db import store as db  # noqa: E402
from store.lang import names  # noqa: E402
from store.search.search import AliasIndex, search  # noqa: E402

DATA = Path(names.__file__).with_name("lexicon")
BENCH_DATA = Path(__file__).resolve().with_name("data")

# Entities the queries look for (the sample's people and places), planted among the generated ones.
PLANTED = [
    ("person", "Олжас Бектенов", ["Бектеновым", "Олжаса Бектенова"]),
    ("person", "Касым-Жомарт Токаев", ["Токаев", "Токаева"]),
    ("person", "Серик Жумангарин", ["Жумангарина"]),
    ("person", "Канат Бозумбаев", ["Каната Бозумбаева"]),
    ("person", "Максат Калиакпаров", ["Максата Калиакпарова"]),
    ("person", "Сунь Хунмэй", []),
    ("checkpoint", "Хоргос", ["Хоргосское", "Қорғас"]),
    ("checkpoint", "Нур жолы", ["Нұр жолы"]),
    ("checkpoint", "Достык", ["Достыкское", "Достық"]),
    ("checkpoint", "Кольжат", ["Калжат"]),
    ("location", "Жетісу", ["области Жетісу"]),
]

QUERIES = [
    # Latin press spellings
    "bektenov",
    "Olzhas Bektenov",
    "Tokayev",
    "Kassym-Jomart Tokayev",
    "zhumangarin",
    "bozumbayev",
    "khorgos",
    "Horgos",
    "nur zholy",
    "Nurzholy",
    "dostyk",
    "zhetysu",
    "Almaty",
    "Serik Akhmetov",
    "Nurlan Abenov",
    "Yerlan Karimov",
    "Aigerim",
    "Dmitriy Ivanov",
    "Zhandos",
    "Aidar Kenzhebaev",
    # Kazakh Latin and Cyrillic
    "Qorgas",
    "Dostyq",
    "Jetisu",
    "Қорғас",
    "Нұр жолы",
    "Қасым-Жомарт Тоқаев",
    "Қанат Оспанов",
    "Ғалымжан Әбішев",
    "Nūrlan Qasymov",
    "Álihan Smaıylov",
    # Cyrillic, inflected
    "Бектенова",
    "Хоргосское",
    "Калиакпарова",
    "Жумангарина",
    "Ахметова",
    "Нурланом Абеновым",
    "Сергея Иванова",
    "Айгерим Садыкова",
    "Достыкское",
    # typos
    "bektenof",
    "tokaiev",
    "khorgoss",
    "zhumangrin",
    "Kaliakparof",
    "Ahmetov",
    "Suleymenov",
    "Nazarbaev Nursultan",
    "Kuanysh Zhusupov",
    # pinyin and short
    "Sun Hongmei",
    "Li",
    "Kan",
    "Ma",
    "Ivanov",
    "Serik",
]


def read_list(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [x.strip() for x in lines if x.strip() and not x.startswith("#")]


def first_names() -> tuple[list[str], list[str]]:
    """(male, female) first names from the sectioned list."""
    sections: dict[str, list[str]] = {"male": [], "female": []}
    current = "male"
    for line in (DATA / "first_names.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
        elif line.strip() and not line.startswith("#"):
            sections[current].append(line.strip())
    return sections["male"], sections["female"]


def feminine(surname: str) -> str:
    return surname + "а" if surname.endswith(("ов", "ев", "ин", "ын")) else surname


def genitive(word: str) -> str:
    """Rough Russian genitive of a male name part (as text writes «Олжаса Бектенова»)."""
    if word.endswith("й"):
        return word[:-1] + "я"
    if word.endswith("ь"):
        return word[:-1] + "я"
    if word[-1] in "аяоеиуыюэ":
        return word
    return word + "а"


def person_aliases(
    rng: random.Random, males: list[str], females: list[str], surnames: list[str]
) -> tuple[str, list[str]]:
    is_female = rng.random() < 0.3
    first, surname = rng.choice(females if is_female else males), rng.choice(surnames)
    if is_female:
        surname = feminine(surname)
        name = f"{first} {surname}"
        forms = [surname, names.to_latin(name)]
    else:
        name = f"{first} {surname}"
        forms = [
            f"{genitive(first)} {genitive(surname)}",
            surname,
            surname + "ым" if surname.endswith(("ов", "ев", "ин")) else surname,
            names.to_latin(name),
        ]
    if rng.random() < 0.5:  # a patronymic, as official bios give it
        father = rng.choice(males)
        patr = father + ("ович" if rng.random() < 0.5 else ("қызы" if is_female else "улы"))
        forms.append(f"{first} {patr} {surname}")
    return name, forms


def gazetteer_names() -> list[tuple[str, list[str]]]:
    try:
        from store.lang import gazetteer
    except ImportError:
        return []
    return [(cp.name_ru, list(cp.all_names())) for cp in gazetteer.all()]


def build_store(path: Path, n_aliases: int, seed: int = 7) -> list[str]:
    """Write about n_aliases aliases straight into entities/aliases (same keys as ingest)."""
    rng = random.Random(seed)
    (males, females), surnames = first_names(), read_list(BENCH_DATA / "surnames_search.txt")
    store = db.open_store(path, write=True, create=True)
    conn = store.conn
    entities: list[tuple[str, str, list[str]]] = [(t, n, forms) for t, n, forms in PLANTED]
    entities += [("checkpoint", n, forms) for n, forms in gazetteer_names()]
    count = sum(1 + len(f) for _, _, f in entities)
    while count < n_aliases * 1.01:  # a little over: the store drops duplicate (entity, alias) pairs
        name, forms = person_aliases(rng, males, females, surnames)
        entities.append(("person", name, forms))
        count += 1 + len(forms)
    ent_rows, alias_rows = [], []
    seen_keys: set[tuple[str, str]] = set()
    eid = 0
    for type_, name, forms in entities:
        key = " ".join(name.lower().split())
        if (type_, key) in seen_keys:  # namesakes: the store keeps one row per (type, key)
            key = f"{key} #{eid}"
        seen_keys.add((type_, key))
        eid += 1
        ent_rows.append((eid, type_, name, key, names.to_latin(name), rng.randint(0, 40)))
        for alias in dict.fromkeys([name, *forms]):
            alias_rows.append((eid, alias, names.fold(alias), "text"))
    alias_rows = list({(a[0], a[1]): a for a in alias_rows}.values())[:n_aliases]
    with conn:
        conn.executemany(
            "INSERT INTO entities(id, type, name, key, latin, article_count) VALUES (?,?,?,?,?,?)", ent_rows
        )
        conn.executemany("INSERT OR IGNORE INTO aliases(entity_id, alias, key, origin) VALUES (?,?,?,?)", alias_rows)
    store.close()
    return [a[1] for a in alias_rows]


def percentile(values: list[float], p: float) -> float:
    return float(np.percentile(np.array(values), p))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--aliases", type=int, default=100_000)
    ap.add_argument("--baseline-queries", type=int, default=20)
    ap.add_argument("--recall-queries", type=int, default=6)
    ap.add_argument("--db", help="keep the generated store here (default: a temporary file)")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory()
    path = Path(args.db) if args.db else Path(tmp.name) / "bench.db"
    if path.exists():
        os.remove(path)
    t0 = time.perf_counter()
    alias_strings = build_store(path, args.aliases)
    print(f"store: {len(alias_strings):,} aliases written in {time.perf_counter() - t0:.1f} s ({path})")

    store = db.open_store(path)
    proc = psutil.Process()
    gc.collect()
    rss0 = proc.memory_info().rss
    t0 = time.perf_counter()
    index = AliasIndex.for_store(store)
    build_s = time.perf_counter() - t0
    gc.collect()
    rss_mb = (proc.memory_info().rss - rss0) / 2**20
    print(
        f"index: {index.n_aliases:,} aliases, {index.n_keys:,} unique keys, built in {build_s:.2f} s, "
        f"arrays {index.nbytes() / 2**20:.0f} MB, RSS delta {rss_mb:.0f} MB"
    )

    search(store, "warm up пункт", limit=20, index=index)  # loads the morphology analyzer once
    times, found = [], {}
    for q in QUERIES:
        t0 = time.perf_counter()
        res = search(store, q, limit=20, index=index)
        times.append((time.perf_counter() - t0) * 1000)
        found[q] = res[0]["name"] if res else None
    p50, p95 = percentile(times, 50), percentile(times, 95)
    print(f"engine:   {len(QUERIES)} queries  p50 {p50:.1f} ms  p95 {p95:.1f} ms  max {max(times):.1f} ms")
    for q in ("bektenov", "Qorgas", "Бектенова", "Хоргосское", "Sun Hongmei", "bektenof", "Nurzholy"):
        print(f"    {q!r:16} -> {found[q]}")

    strong_ok = full_ok = 0
    recall_qs = QUERIES[:: max(1, len(QUERIES) // max(1, args.recall_queries))][: args.recall_queries]
    for q in recall_qs:
        fast = [s for _, _, s in index.match(q, limit=10)]
        full = [s for _, _, s in index.match(q, limit=10, exhaustive=True)]
        full_ok += fast == full
        strong_ok += [s for s in fast if s >= 80] == [s for s in full if s >= 80]
        if fast != full:
            print(f"    tail differs for {q!r}: index {fast} vs exhaustive {full}")
    print(
        f"recall vs scoring every key: top-10 scores >= 80 equal on {strong_ok}/{len(recall_qs)} queries, "
        f"whole top-10 (weak tail too) on {full_ok}/{len(recall_qs)}"
    )

    base_qs = QUERIES[:: max(1, len(QUERIES) // max(1, args.baseline_queries))][: args.baseline_queries]
    base_times = []
    for q in base_qs:
        t0 = time.perf_counter()
        process.extract(q, alias_strings, scorer=fuzz.WRatio, limit=20)
        base_times.append((time.perf_counter() - t0) * 1000)
    b50, b95 = percentile(base_times, 50), percentile(base_times, 95)
    print(f"baseline: {len(base_qs)} queries  p50 {b50:.1f} ms  p95 {b95:.1f} ms  (process.extract, WRatio)")
    store.close()
    tmp.cleanup()
    print(f"p50_ms={p50:.2f} p95_ms={p95:.2f} baseline_p95_ms={b95:.2f}")


if __name__ == "__main__":
    main()

"""Search latency at scale: this engine against two plain rapidfuzz baselines, same aliases.

    python bench/search_latency.py --aliases 1000000 [--db PATH --reuse] [--runs 3]

Writes about N aliases into a store through the project's write path (db.write_article:
articles naming people combined from the Kazakh and Russian first names in
store/lang/lexicon and the surnames in bench/data, by their names or inflected, surname-only, Latin and patronymic
forms; the gazetteer's checkpoints; the sample's entities), builds the AliasIndex (time,
RSS), writes it beside the store and maps it as a fresh process does (time). Then, in
process and warm, alternated for --runs runs: the engine's search() over the mixed
query set (Latin, Cyrillic, Kazakh, typos, inflected, pinyin, prefixes while typing, a
name with topic words) against (A) `process.extract(q, aliases, scorer=WRatio)` over
the raw alias strings, what a user of rapidfuzz would write first, and (B)
`process.extract(fold(q), keys, scorer=fuzz.ratio)` over the same folded keys the
engine scores, the honest brute force. The baselines do less (no articles, no
knowledge base), so they are a floor on what scoring every string costs, not the same
work. Recall: on a few queries the index's top 10 against scoring every key.

Each query is timed --repeat times a run (default 5, in as many passes over the set, the
memos cleared each time): the first pass gives the figure printed before stop 41 (one
sample a query, which on a shared machine moves ±3 ms between runs), the least of the
repeats the repeatable one;
both are printed, then the engine's least times by kind of query (QUERY_KINDS). --code
CHECKOUT times another checkout's store package with this bench (run the two in turn).
Last line: `p95_ms=… cpu_p95_ms=… least_p95_ms=… least_cpu_p95_ms=… repeat=N
wratio_p95_ms=… ratio_folded_p95_ms=… wratio_least_p95_ms=… ratio_folded_least_p95_ms=…`
(medians over the runs of each run's p95).
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


def _checkout() -> str:
    """The checkout whose store package is timed: `--code CHECKOUT` when run as a script
    (read here, before the imports below load the package), else this bench's own; the
    same bench then times two checkouts side by side (bench/README «Stop 41, perf76»)."""
    if __name__ == "__main__" and "--code" in sys.argv[:-1]:
        return str(Path(sys.argv[sys.argv.index("--code") + 1]).resolve())
    return str(Path(__file__).resolve().parent.parent)


sys.path.insert(0, _checkout())

import numpy as np  # noqa: E402
import psutil  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

from store.db import store as db  # noqa: E402
from store.lang import names  # noqa: E402
from store.search import index_cache, index_file  # noqa: E402
from store.search.entities import search_entities  # noqa: E402
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

# The mixed query set by kind (the comment each group had), so a run can say which kind sets the p95.
QUERY_KINDS: dict[str, list[str]] = {
    "Latin press spellings": [
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
    ],
    "Kazakh, Latin and Cyrillic": [
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
    ],
    "Cyrillic, inflected": [
        "Бектенова",
        "Хоргосское",
        "Калиакпарова",
        "Жумангарина",
        "Ахметова",
        "Нурланом Абеновым",
        "Сергея Иванова",
        "Айгерим Садыкова",
        "Достыкское",
    ],
    "typos": [
        "bektenof",
        "tokaiev",
        "khorgoss",
        "zhumangrin",
        "Kaliakparof",
        "Ahmetov",
        "Suleymenov",
        "Nazarbaev Nursultan",
        "Kuanysh Zhusupov",
    ],
    "pinyin and short": [
        "Sun Hongmei",
        "Li",
        "Kan",
        "Ma",
        "Ivanov",
        "Serik",
    ],
    "prefixes while typing": [
        "Бек",
        "khor",
        "Al",
        "То",
        "zh",
    ],
    "a name and topic words": [
        "Хоргос очередь",
        "bektenov поручение",
        "nur zholy грузовик",
        "Достык вагон",
    ],
}
QUERIES = [q for queries in QUERY_KINDS.values() for q in queries]


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


TOPICS = ["очередь", "граница", "пункт", "пропуск", "грузовик", "ремонт", "вагон", "зерно", "таможня", "поручение"]
MENTIONS_PER_ARTICLE = 8
NEW_PER_ARTICLE = (
    3  # entities an article names first (by all their forms): ~20 aliases an article, as real ingest gives
)


def build_store(path: Path, n_aliases: int, seed: int = 7) -> list[str]:
    """About n_aliases aliases written through the project's own write path
    (db.write_article: each article's mentions become entities, their generated aliases
    and the surfaces seen in text, as ingest stores them; no NER, so a million aliases
    take minutes, not hours). A store already at `path` is topped up (its articles kept).
    Returns the alias strings, for the baselines."""
    rng = random.Random(seed)
    (males, females), surnames = first_names(), read_list(BENCH_DATA / "surnames_search.txt")
    entities: list[tuple[str, str, list[str]]] = [(t, n, forms) for t, n, forms in PLANTED]
    entities += [("checkpoint", n, forms[:3]) for n, forms in gazetteer_names()]
    store = db.open_store(path, write=True, create=True)
    conn = store.conn
    n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    count = conn.execute("SELECT max(id) FROM aliases").fetchone()[0] or 0
    queue = [] if n else list(entities)
    seen = {r[0] for r in conn.execute("SELECT key FROM entities WHERE type='person'")}
    conn.execute("BEGIN")
    while count < n_aliases:
        fresh = [
            queue.pop() if queue else new_person(rng, males, females, surnames, seen) for _ in range(NEW_PER_ARTICLE)
        ]
        picks = fresh + [rng.choice(entities) for _ in range(MENTIONS_PER_ARTICLE - NEW_PER_ARTICLE)]
        entities.extend(p for p in fresh if p[0] == "person")
        n += 1
        db.write_article(store, *_article(rng, n, picks))
        if n % 500 == 0:
            conn.execute("COMMIT")
            count = conn.execute("SELECT max(id) FROM aliases").fetchone()[0] or 0
            conn.execute("BEGIN")
    conn.execute("COMMIT")
    aliases = [r[0] for r in conn.execute("SELECT alias FROM aliases")]
    store.close()
    return aliases


def new_person(rng: random.Random, males, females, surnames, seen: set[str]) -> tuple[str, str, list[str]]:
    """A person not in the store yet: a namesake gets a patronymic (as bios tell
    namesakes apart), so the store grows by a whole person's aliases each time."""
    name, forms = person_aliases(rng, males, females, surnames)
    while name.lower() in seen:
        first, *_, last = name.split()
        name = f"{first} {rng.choice(males)}{rng.choice(['ович', 'улы', 'евич'])} {last}"
    seen.add(name.lower())
    return "person", name, forms


def _article(rng: random.Random, n: int, picks: list[tuple[str, str, list[str]]]):
    """An article naming these entities (each by its name or one of its forms), with a
    few topic words; its FTS lemmas are its lower-cased words (no lemmatizer at this scale)."""
    from store.model import Article, Extraction, Mention

    parts, mentions = [], []
    for i, (type_, name, forms) in enumerate(picks):
        # an entity named here for the first time by its name and each of its forms, as an
        # article writes «Олжас Бектенов … Бектенова … Bektenov»; the others by one of them
        surfaces = [name, *forms] if i < NEW_PER_ARTICLE else [rng.choice([name, *forms])]
        for surface in surfaces:
            start = sum(len(p) + 1 for p in parts)
            mentions.append(Mention(type=type_, name=name, surface=surface, start=start, end=start + len(surface)))
            parts.append(surface)
    body = " ".join(parts) + ". " + " ".join(rng.sample(TOPICS, 3)) + "."
    title = f"Новость {n}: {rng.choice(TOPICS)}"
    art = Article(file=f"{n}.txt", path=f"/bench/{n}.txt", title=title, body=body, raw=body)
    return art, Extraction(mentions=mentions, lemmas=title.lower() + "\n" + body.lower())


def percentile(values: list[float], p: float) -> float:
    return float(np.percentile(np.array(values), p))


class Timings:
    """Each query's times in one run: the first of its `repeat` timings (wall and CPU ms:
    the figure printed since stop 19, one sample a query) and the least of them. On a
    shared machine one sample also holds the wait for a core and whatever else ran
    then (±3 ms p95 between runs of the same code); the least of several is what the
    query costs when nothing interrupts it, the repeatable figure."""

    def __init__(self) -> None:
        self.first_wall: list[float] = []
        self.first_cpu: list[float] = []
        self.least_wall: list[float] = []
        self.least_cpu: list[float] = []


def timed_ms(fn, queries: list[str], repeat: int = 1) -> Timings:
    """Each query timed `repeat` times, in `repeat` passes over the whole set (the search
    memos cleared before each search): a query's samples are spread over the run, so a
    burst of another job's work spoils one of them, not all (timed back to back, the
    repeats of a query fell in the same burst). The first pass is the one-sample figure."""
    walls: list[list[float]] = [[] for _ in queries]
    cpus: list[list[float]] = [[] for _ in queries]
    for _ in range(repeat):
        for i, q in enumerate(queries):
            _forget()  # a query asked again would be answered from the search memos
            t0, c0 = time.perf_counter(), time.process_time()
            fn(q)
            cpus[i].append((time.process_time() - c0) * 1000)
            walls[i].append((time.perf_counter() - t0) * 1000)
    out = Timings()
    out.first_wall, out.first_cpu = [w[0] for w in walls], [c[0] for c in cpus]
    out.least_wall, out.least_cpu = [min(w) for w in walls], [min(c) for c in cpus]
    return out


def _forget() -> None:
    """Clear the search memos (store.search.entities.clear_memo), when this checkout has them."""
    from store.search import entities

    if hasattr(entities, "clear_memo"):
        entities.clear_memo()


def open_index(store, path: Path) -> AliasIndex:
    """Build the index (today's cold start: time, RSS delta), write it beside the store,
    then map it as a fresh process would (time): the index the queries run on."""
    proc = psutil.Process()
    gc.collect()
    rss0 = proc.memory_info().rss
    t0 = time.perf_counter()
    built = AliasIndex.build(store)
    build_s = time.perf_counter() - t0
    rss_mb = (proc.memory_info().rss - rss0) / 2**20
    index_file.path_for(path).unlink(missing_ok=True)
    index_cache.load_or_build(store)  # writes the file
    t0 = time.perf_counter()
    mapped = index_cache.load_or_build(store)
    map_s = time.perf_counter() - t0
    print(
        f"index: {built.n_aliases:,} aliases, {built.n_keys:,} unique keys; built in {build_s:.2f} s "
        f"(arrays {built.nbytes() / 2**20:.0f} MB, RSS delta {rss_mb:.0f} MB); "
        f"mapped from {index_file.path_for(path).name} in {map_s * 1000:.0f} ms"
    )
    del built
    gc.collect()
    return mapped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--aliases", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3, help="alternated runs of each side (min and median printed)")
    ap.add_argument("--baseline-queries", type=int, default=20)
    ap.add_argument("--recall-queries", type=int, default=6)
    ap.add_argument("--db", help="keep the generated store here (default: a temporary file)")
    ap.add_argument("--reuse", action="store_true", help="use the store at --db as it is, if there is one")
    ap.add_argument(
        "--repeat", type=int, default=5, help="timings of each query a run; the least is kept beside the first"
    )
    ap.add_argument("--code", help="the checkout whose store package is timed (default: this bench's own)")
    args = ap.parse_args()
    if not Path(db.__file__).resolve().is_relative_to(_checkout()):
        sys.exit(f"store was imported from {db.__file__}, not from {_checkout()}")

    tmp = tempfile.TemporaryDirectory()
    path = Path(args.db) if args.db else Path(tmp.name) / "bench.db"
    if not (args.reuse and path.exists()):
        for old in (path, index_file.path_for(path)):
            old.unlink(missing_ok=True)
        t0 = time.perf_counter()
        build_store(path, args.aliases)
        print(f"store: written through db.write_article in {time.perf_counter() - t0:.1f} s ({path})")
    store = db.open_store(path)
    alias_strings = [r[0] for r in store.conn.execute("SELECT alias FROM aliases")]
    print(
        f"store: {len(alias_strings):,} aliases, {store.conn.execute('SELECT count(*) FROM articles').fetchone()[0]:,} articles"
    )
    index = open_index(store, path)
    keys = [index.key(k) for k in range(index.n_keys)]

    search(store, "warm up пункт", limit=20, index=index)  # loads the morphology analyzer once
    found = {q: (search(store, q, limit=20, index=index) or [{"name": None}])[0]["name"] for q in QUERIES}
    for q in (
        "bektenov",
        "Qorgas",
        "Бектенова",
        "Хоргосское",
        "Sun Hongmei",
        "bektenof",
        "Nurzholy",
        "Хоргос очередь",
        "Бек",
    ):
        print(f"    {q!r:18} -> {found[q]}")
    recall(index, args.recall_queries)

    base_qs = QUERIES[:: max(1, len(QUERIES) // max(1, args.baseline_queries))][: args.baseline_queries]
    sides = {
        "engine (search(), whole mixed set)": lambda q: search(store, q, limit=20, index=index),
        "engine part: the alias index alone (index.match)": lambda q: index.match(q, limit=20),
        "engine part: entities + knowledge base (search_entities)": lambda q: search_entities(
            store, q, None, 20, index
        ),
        "baseline A: process.extract WRatio over the raw aliases": lambda q: process.extract(
            q, alias_strings, scorer=fuzz.WRatio, limit=20
        ),
        "baseline B: process.extract ratio over the folded keys": lambda q: process.extract(
            names.fold(q), keys, scorer=fuzz.ratio, limit=20
        ),
    }
    runs: dict[str, list[Timings]] = {name: [] for name in sides}
    for run in range(args.runs):  # alternated: each run times every side once
        for name, fn in sides.items():
            t = timed_ms(fn, base_qs if name.startswith("baseline") else QUERIES, args.repeat)
            runs[name].append(t)
            print(
                f"run {run + 1}  {name:58} {len(t.first_wall)} queries  p50 {percentile(t.first_wall, 50):8.1f} ms"
                f"  p95 {percentile(t.first_wall, 95):8.1f} ms  (CPU p95 {percentile(t.first_cpu, 95):8.1f} ms)"
                f"  least of {args.repeat}: p95 {percentile(t.least_wall, 95):8.1f} ms"
                f" (CPU {percentile(t.least_cpu, 95):8.1f} ms)"
            )
    summary = print_summary(runs, args)
    by_kind(runs["engine (search(), whole mixed set)"])
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (1 min)")
    store.close()
    tmp.cleanup()
    eng, base_a, base_b = (summary[name] for name in list(sides)[:1] + list(sides)[3:])
    print(
        f"p95_ms={eng[0]:.2f} cpu_p95_ms={eng[1]:.2f} least_p95_ms={eng[2]:.2f} least_cpu_p95_ms={eng[3]:.2f}"
        f" repeat={args.repeat} wratio_p95_ms={base_a[0]:.2f} ratio_folded_p95_ms={base_b[0]:.2f}"
        f" wratio_least_p95_ms={base_a[2]:.2f} ratio_folded_least_p95_ms={base_b[2]:.2f}"
        f" aliases={len(alias_strings)} code={_checkout()}"
    )


def print_summary(runs: dict[str, list[Timings]], args) -> dict[str, tuple[float, float, float, float]]:
    """Per side, the p95 of each run, min and median over the runs: of the first timing of
    each query (wall, CPU) as printed before stop 41, and of the least of `repeat`. Returns
    each side's medians (first wall, first CPU, least wall, least CPU)."""
    print(
        f"in process, warm, one thread; {args.runs} alternated runs, each query timed {args.repeat} times a run;"
        " p95 per run, min / median:"
    )
    out = {}
    for name, timings in runs.items():
        figures = [
            [percentile(getattr(t, field), 95) for t in timings]
            for field in ("first_wall", "first_cpu", "least_wall", "least_cpu")
        ]
        out[name] = tuple(float(np.median(f)) for f in figures)
        (fw, fc, lw, lc), (mfw, mfc, mlw, mlc) = (min(f) for f in figures), out[name]
        print(
            f"    {name:58} one sample: p95 min {fw:6.1f} median {mfw:6.1f} ms (CPU {fc:5.1f} / {mfc:5.1f})"
            f"  least of {args.repeat}: p95 min {lw:6.1f} median {mlw:6.1f} ms (CPU {lc:5.1f} / {mlc:5.1f})"
        )
    return out


def by_kind(timings: list[Timings]) -> None:
    """The engine's least time per query (over every run, wall and CPU) by kind of query:
    which kinds hold the slowest tenth of the set (by CPU, the load's least), where a cut pays."""
    wall = [min(values) for values in zip(*(t.least_wall for t in timings), strict=True)]
    cpu = [min(values) for values in zip(*(t.least_cpu for t in timings), strict=True)]
    slow = percentile(cpu, 90)
    print(f"engine by kind of query, least ms over all runs (slowest tenth by CPU: >= {slow:.1f} ms):")
    pos = 0
    for kind, queries in QUERY_KINDS.items():
        w, c = wall[pos : pos + len(queries)], cpu[pos : pos + len(queries)]
        pos += len(queries)
        print(
            f"    {kind:28} {len(c):3} queries  wall mean {float(np.mean(w)):6.2f} max {max(w):6.2f}"
            f"  CPU mean {float(np.mean(c)):6.2f} max {max(c):6.2f} ms  in the slowest tenth {sum(x >= slow for x in c)}"
        )


def recall(index: AliasIndex, n: int) -> None:
    """On a few queries, the index's top 10 against scoring every key (exhaustive)."""
    strong_ok = full_ok = 0
    qs = QUERIES[:: max(1, len(QUERIES) // max(1, n))][:n]
    for q in qs:
        fast = [s for _, _, s in index.match(q, limit=10)]
        full = [s for _, _, s in index.match(q, limit=10, exhaustive=True)]
        full_ok += fast == full
        strong_ok += [s for s in fast if s >= 80] == [s for s in full if s >= 80]
        if fast != full:
            print(f"    tail differs for {q!r}: index {fast} vs exhaustive {full}")
    print(
        f"recall vs scoring every key: top-10 scores >= 80 equal on {strong_ok}/{len(qs)} queries, "
        f"whole top-10 (weak tail too) on {full_ok}/{len(qs)}"
    )


if __name__ == "__main__":
    main()

"""Query latency of a large store: full-text search and entity queries.

    python bench/query_latency.py --articles 100000 [--seed 1] [--rounds 5]

The store holds N synthetic articles (bench/make_corpus.py's text: realistic sentences,
names and furniture) written through the store's own write path, `store.db.store.write_article`,
with an Extraction made from what the generator put in each article — persons, checkpoints,
organizations and places with their offsets (a heavy-tailed distribution, as in news),
capacity facts, directives — and the body's lemmas from `store.lang.lemmas.lemmatize`. No NER:
building 100,000 articles takes minutes, not hours. The store is cached under the temp
directory by N and seed.

Timed (wall clock per query, after one untimed warm-up round; a warm page cache, as in a
TUI that has been open a while):
- fts: the project's ranking, `store.search.search.fts_ranked` (bm25 over every match, or over the
  newest matches for a very common query), LIMIT 20, with lemmatized queries (the user's
  words through the same lemmatizer); the plain `SELECT rowid FROM articles_fts WHERE
  articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT 20` is shown as ref:fts_bm25_all;
- search: `store.search.search(store, q, type="article")` (FTS plus titles and snippets);
- ref:entity_articles_join: an entity's articles through the plain mentions join, newest
  first, LIMIT 50, for the 20 most-mentioned entities and 30 drawn at random (the heavy ones
  are the slow ones);
- entity_list: entities of a type ordered by article_count, LIMIT 50;
- and the project's own store.db.entity_reads.entity_articles / entity_page when present, and
  queries.article_page filtered by entity (the TUI's article list, first page of 100);
- detail: the TUI's entity and checkpoint screens, store.db.entity_reads.entity (aliases, months,
  200 articles, related entities) and store.db.entity_reads.checkpoint (facts, every directive,
  100 articles), 10 entities / checkpoints (5 heaviest, 5 at random); reported as its
  own figure (they return every month, fact and directive, so they scale with the entity);
- ref:fts_newest_20k — the same FTS query ranked only among the newest 20,000 rowids: bm25
  is computed for every match (90,000 for «пункт пропуска» here) and that, not the index
  lookup, is the cost; shown for comparison, not counted in the last line;
- ref:entity_articles_hybrid — a proposed plan for the same list (see its docstring), shown
  for comparison and not counted in the last line.

Last line: `fts_p95_ms=… entity_p95_ms=… detail_p95_ms=…` — each the worst p95 of its
family, counting the project's functions (what the TUI runs), not the ref: plans.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import make_corpus as mc  # noqa: E402

QUERIES = [
    "пункт пропуска",
    "пунктов пропуска Хоргос",
    "реконструкция",
    "очередь грузовиков",
    "пропускная способность",
    "Бектенов",
    "Жибек жолы",
    "таможенной службы",
    "модернизация пунктов пропуска на границе с Китаем",
    "в месячный срок",
    "фито-ветеринарной лаборатории",
    "Қорғас",
    "электронной очереди",
    "Капланбек",
    "поручил",
    "товарооборот",
    "досмотровой техникой",
    "железнодорожной ветки",
    "Темир баба",
    "серый импорт",
]
BATCH = 1000


# ---------------------------------------------------------------- building the store


def store_path(n: int, seed: int) -> Path:
    """The cached store for N, seed, generator and schema version, built when missing
    (a marker says it is complete)."""
    from store.db import store as db

    version = f"{mc.corpus_version()}-v{db.SCHEMA_VERSION}"
    root = Path(tempfile.gettempdir()) / "borderdocs-bench" / f"qstore-{n}-s{seed}-{version}"
    if not (root / "complete").exists():
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        t = time.monotonic()
        build_store(root / "store.db", n, seed)
        (root / "complete").write_text("ok\n")
        print(f"store: built {n} articles in {time.monotonic() - t:.1f} s at {root}", file=sys.stderr)
    else:
        print(f"store: cached at {root}", file=sys.stderr)
    return root / "store.db"


def build_store(path: Path, n: int, seed: int) -> None:
    """N articles through store.db.store.write_article, in transactions of BATCH."""
    from store.db import store as db

    world = mc.World(seed)
    store = db.open_store(path, write=True, create=True)
    t = time.monotonic()
    try:
        for start in range(0, n, BATCH):
            with store.conn:
                for i in range(start, min(n, start + BATCH)):
                    article, extraction = synthetic(world, seed, i)
                    db.write_article(store, article, extraction)
            if (start // BATCH) % 10 == 9:
                done = start + BATCH
                print(f"  built {done}/{n} ({done / (time.monotonic() - t):.0f} articles/s)", file=sys.stderr)
        db.merge_short_person_names(store)
        store.conn.execute("PRAGMA optimize")
    finally:
        store.close()


def synthetic(world: mc.World, seed: int, i: int):
    """One Article and its Extraction, from the generator's own knowledge of the article."""
    from store.lang.lemmas import lemmatize
    from store.model import Article, Extraction

    spec, body, raw = mc.article_parts(world, seed, i)
    article = Article(
        file=f"{i:06d}.txt",
        path=f"synthetic/{i:06d}.txt",
        title=spec.title,
        body=body,
        raw=raw,
        date=mc.iso(spec.date),
        source=mc.SOURCE[spec.outlet],
        language=spec.lang,
    )
    ex = Extraction(mentions=_mentions(spec, body), lemmas=lemmatize(spec.title) + "\n" + lemmatize(body))
    ex.facts, ex.directives = _facts_directives(spec, body)
    return article, ex


def _mentions(spec: mc.Spec, body: str) -> list:
    """Every place the article names one of its persons, checkpoints, organizations or
    countries (the surfaces the generator wrote), as Mentions with body offsets."""
    from store.model import Mention

    out = []
    for surfaces, type_, name, role, ref in _surfaces(spec):
        pattern = "|".join(re.escape(s) for s in sorted(set(surfaces), key=len, reverse=True))
        for k, m in enumerate(re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", body)):
            out.append(Mention(type_, name, m.group(), m.start(), m.end(), "body", role if k == 0 else None, ref))
    return out


def _surfaces(spec: mc.Spec):
    for p in spec.persons:
        yield list(p.forms.values()), "person", p.name, p.role[0], None
    for c in spec.checkpoints:
        yield [c.name_ru, c.name_kk], "checkpoint", c.name_ru, None, c.id
    for o in spec.orgs:
        yield [*o.forms, *([o.short] if o.short else [])], "organization", o.forms[0], None, None
    for nom, gen, ins, _ in {mc.COUNTRIES[c.border] for c in spec.checkpoints}:
        yield [nom, gen, ins], "location", nom, None, None


def _facts_directives(spec: mc.Spec, body: str) -> tuple[list, list]:
    from store.model import Directive, Fact

    facts, directives = [], []
    for sentence in re.split(r"(?<=[.!?»])\s+", body):
        cap = re.search(r"с \d+ до \d+ транспортных средств в сутки", sentence)
        if cap and spec.checkpoints:
            facts.append(Fact(spec.checkpoints[0].id, "capacity", cap.group(), sentence))
        if "поруч" in sentence:
            when = "в месячный срок" if "месячный срок" in sentence else None
            directives.append(Directive(spec.persons[0].name, spec.orgs[0].forms[0], sentence[:120], when, sentence))
    return facts, directives


# ---------------------------------------------------------------- timing


def timed(fn, args_list: list, rounds: int) -> list[float]:
    """Milliseconds per call over `rounds` rounds of every argument, after a warm-up round."""
    for a in args_list:
        fn(*a)
    out = []
    for _ in range(rounds):
        for a in args_list:
            _forget()  # a query asked again would be answered from the search memos
            t = time.perf_counter()
            fn(*a)
            out.append((time.perf_counter() - t) * 1000)
    return out


def _forget() -> None:
    """Clear the search memos (store.search.entities.clear_memo), when this checkout has them."""
    from store.search import entities

    if hasattr(entities, "clear_memo"):
        entities.clear_memo()


def _hybrid_entity_articles(conn, n_articles: int):
    """A reference plan, not the project's: for an entity in many articles, walk the date
    index newest first and stop at 50 (EXISTS on mentions); for a rare one, go through its
    mentions. Either side alone is slow for the other kind of entity (measured: the
    mentions join takes 50–75 ms for an entity in 25,000+ of 100,000 articles; the date
    walk takes 170 ms for one in 19)."""
    walk = (
        "SELECT a.rowid, a.id, a.date, a.title FROM articles a INDEXED BY articles_date WHERE EXISTS"
        " (SELECT 1 FROM mentions m WHERE m.entity_id = ? AND m.article_id = a.id)"
        " ORDER BY a.date DESC, a.rowid DESC LIMIT 50"
    )
    join = (
        "SELECT a.rowid, a.id, a.date, a.title FROM articles a"
        " WHERE a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
        " ORDER BY a.date DESC, a.rowid DESC LIMIT 50"
    )
    threshold = max(500, n_articles // 100)

    def run(eid: int):
        (count,) = conn.execute("SELECT article_count FROM entities WHERE id = ?", (eid,)).fetchone()
        return conn.execute(walk if count > threshold else join, (eid,)).fetchall()

    return run


def _load() -> str:
    import os

    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1] if len(values) > 1 else values[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    from store.db import store as db
    from store.lang.lemmas import lemmatize

    path = store_path(args.articles, args.seed)
    store = db.open_store(path)
    conn = store.conn
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "entities", "mentions", "aliases")
    }
    print(f"store: {counts}, {path.stat().st_size / 2**20:.0f} MB; load average before: {_load()}")

    results: dict[str, list[float]] = {}
    fts_sql = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT 20"
    exprs = [(" ".join(f'"{w}"' for w in dict.fromkeys(lemmatize(q).split())),) for q in QUERIES]
    results["ref:fts_bm25_all"] = timed(lambda e: conn.execute(fts_sql, (e,)).fetchall(), exprs, args.rounds)
    try:
        from store.search.search import fts_ranked
    except ImportError:
        fts_ranked = None
    if fts_ranked:
        results["fts"] = timed(lambda e: fts_ranked(conn, e, e.count('"') // 2, 20), exprs, args.rounds)
    window = conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] - 20_000
    recent_sql = fts_sql.replace("MATCH ?", "MATCH ? AND rowid > ?")
    results["ref:fts_newest_20k"] = timed(
        lambda e: conn.execute(recent_sql, (e, window)).fetchall(), exprs, args.rounds
    )
    try:
        from store.search.search import search
    except ImportError:
        search = None
    if search:
        results["search(type=article)"] = timed(
            lambda q: search(store, q, type="article"), [(q,) for q in QUERIES], args.rounds
        )

    top = [r[0] for r in conn.execute("SELECT id FROM entities ORDER BY article_count DESC LIMIT 20")]
    ids = [r[0] for r in conn.execute("SELECT id FROM entities ORDER BY id")]
    picks = [(e,) for e in top + random.Random(args.seed).sample(ids, min(30, len(ids)))]
    ent_sql = (
        "SELECT a.rowid, a.id, a.date, a.title FROM articles a"
        " WHERE a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
        " ORDER BY a.date DESC, a.rowid DESC LIMIT 50"
    )
    results["ref:entity_articles_join"] = timed(lambda e: conn.execute(ent_sql, (e,)).fetchall(), picks, args.rounds)
    hybrid = _hybrid_entity_articles(conn, args.articles)
    results["ref:entity_articles_hybrid"] = timed(hybrid, picks, args.rounds)
    list_sql = "SELECT id, name, article_count FROM entities WHERE type = ? ORDER BY article_count DESC LIMIT 50"
    types = [(t,) for t in ("person", "organization", "location", "checkpoint")]
    results["entity_list"] = timed(lambda t: conn.execute(list_sql, (t,)).fetchall(), types, args.rounds * 5)
    try:
        from store.db import queries
    except ImportError:
        queries = None
    try:  # the entity and checkpoint reads moved out of queries (issue 14)
        from store.db import entity_reads as reads
    except ImportError:
        reads = queries
    if reads and hasattr(reads, "entity_articles"):
        results["queries.entity_articles"] = timed(
            lambda e: reads.entity_articles(store, e, limit=50), picks, args.rounds
        )
    if reads and hasattr(reads, "entity_page"):
        results["queries.entity_page"] = timed(
            lambda t: reads.entity_page(store, type_=t, limit=50), types, args.rounds * 5
        )
    if queries and hasattr(queries, "ArticleFilter"):
        results["queries.article_page(entity)"] = timed(
            lambda e: queries.article_page(store, queries.ArticleFilter(entity_id=e), limit=100), picks, args.rounds
        )
    detail_picks = picks[:5] + picks[20:25]
    cps = [
        r[0]
        for r in conn.execute(
            "SELECT c.entity_id FROM checkpoints c JOIN entities e ON e.id = c.entity_id ORDER BY e.article_count DESC"
        )
    ]
    cp_picks = [(e,) for e in cps[:5] + random.Random(args.seed).sample(cps[5:], min(5, len(cps[5:])))]
    if reads and hasattr(reads, "entity"):
        results["detail:queries.entity"] = timed(lambda e: reads.entity(store, e), detail_picks, args.rounds)
    if reads and hasattr(reads, "checkpoint"):
        results["detail:queries.checkpoint"] = timed(lambda e: reads.checkpoint(store, e), cp_picks, args.rounds)
    store.close()

    for kind, ms in results.items():
        print(f"{kind:<30} n={len(ms):<4} p50={pct(ms, 50):7.2f} ms  p95={pct(ms, 95):7.2f} ms  max={max(ms):7.2f} ms")
    print(f"load average after: {_load()}")
    fts95 = max(pct(v, 95) for k, v in results.items() if k in ("fts", "search(type=article)"))
    ent95 = max(pct(v, 95) for k, v in results.items() if "entity" in k and not k.startswith(("ref:", "detail:")))
    det = [pct(v, 95) for k, v in results.items() if k.startswith("detail:")]
    det95 = max(det) if det else float("nan")
    print(
        f"target p95 <= 50 ms: fts {'met' if fts95 <= 50 else 'NOT met'}, entity {'met' if ent95 <= 50 else 'NOT met'}"
        f" (detail screens: {'met' if det95 <= 50 else 'NOT met'})"
    )
    print(f"fts_p95_ms={fts95:.1f} entity_p95_ms={ent95:.1f} detail_p95_ms={det95:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

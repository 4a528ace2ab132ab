"""The store's write path, raw SQL against sqlite-utils' batched inserts, on the same articles.

    python bench/store_writes.py [--articles 500] [--rounds 3] [--batch 50] [--seed 1]

Issue 14 asks whether `insert_all` should write the rows an article brings in bulk. This
times `store.db.writes.write_article` as it is (one INSERT per mention, fact and directive,
beside the entity counters and aliases it must keep in step) against the same function with
the mentions, facts and directives collected and written by `Table.insert_all` (aliases stay
raw: their upsert keeps the strongest origin with a conditional DO UPDATE, which upsert_all
cannot say). A third variant, `executemany`, shows what batching itself is worth.

The articles are bench/make_corpus.py's synthetic ones with the Extraction the generator
knows (bench/query_latency.py's `synthetic`: no NER, so only the writes are timed). Each
round writes all of them into a fresh store in write transactions of --batch articles, the
variants alternating; the stores each variant leaves are compared table by table and must
be identical. Prints the median wall and CPU seconds per variant and a last line
`raw_cpu_s=… insert_all_cpu_s=… executemany_cpu_s=…`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import make_corpus as mc  # noqa: E402
from query_latency import synthetic  # noqa: E402

from store.db import entities, writes  # noqa: E402
from store.db import store as db  # noqa: E402

MENTION_COLUMNS = ("article_id", "entity_id", "field", "start", "end", "surface", "role", "name")
FACT_COLUMNS = ("article_id", "checkpoint_id", "kind", "text", "sentence", "date", "dated")
DIRECTIVE_COLUMNS = ("article_id", "by_entity_id", "by", "to", "what", "when", "sentence")


def batched_rows(store, article, extraction, touched=None):
    """write_article's rows, with the mentions, facts and directives collected: entity rows,
    counters and aliases are written as they are met (later mentions read them), the rest
    returned as (table, columns, rows). None when the article was already stored."""
    conn = store.conn
    aid = article.id
    cur = conn.execute(
        "INSERT OR IGNORE INTO articles(id, file, path, title, date, source, dateline, author, language, url, body,"
        " raw, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            aid,
            article.file,
            article.path,
            article.title,
            article.date,
            article.source,
            article.dateline,
            article.author,
            article.language,
            article.url,
            article.body,
            article.raw,
            writes._now(),
        ),
    )
    if cur.rowcount == 0:
        return None
    title_lemmas, _, body_lemmas = extraction.lemmas.partition("\n")
    conn.execute(
        "INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)", (cur.lastrowid, title_lemmas, body_lemmas)
    )
    entity_ids: dict = {}
    mentions = []
    for m in extraction.mentions:
        key = (m.type, entities.entity_key(m.type, m.name))
        eid = entity_ids.get(key)
        if eid is None:
            eid = entity_ids[key] = entities.upsert_entity(conn, m.type, m.name, m.ref)
            conn.execute("UPDATE entities SET article_count = article_count + 1 WHERE id=?", (eid,))
        conn.execute("UPDATE entities SET mention_count = mention_count + 1 WHERE id=?", (eid,))
        mentions.append((aid, eid, m.field, m.start, m.end, m.surface, m.role, m.name))
        entities.add_alias(conn, eid, m.surface, "text")
        if m.role:
            entities.add_role(conn, eid, m.role)
            if touched is not None:
                touched.add(eid)
    facts = [(aid, f.checkpoint, f.kind, f.text, f.sentence, f.date, f.date or article.date) for f in extraction.facts]
    directives = []
    for d in extraction.directives:
        by = d.by or ""
        by_id = entity_ids.get(("person", entities.entity_key("person", by))) or entity_ids.get(
            ("organization", entities.entity_key("organization", by))
        )
        directives.append((aid, by_id, d.by, d.to, d.what, d.when, d.sentence))
    return [
        ("mentions", MENTION_COLUMNS, mentions),
        ("facts", FACT_COLUMNS, facts),
        ("directives", DIRECTIVE_COLUMNS, directives),
    ]


def write_insert_all(store, article, extraction):
    """The rows in bulk through sqlite-utils' table API."""
    for table, columns, rows in batched_rows(store, article, extraction) or []:
        if rows:
            store.db[table].insert_all([dict(zip(columns, r, strict=True)) for r in rows])


def write_executemany(store, article, extraction):
    """The rows in bulk through the driver's executemany."""
    for table, columns, rows in batched_rows(store, article, extraction) or []:
        if rows:
            names = ", ".join(f'"{c}"' for c in columns)
            store.conn.executemany(f"INSERT INTO {table}({names}) VALUES ({','.join('?' * len(columns))})", rows)


VARIANTS = {"raw": db.write_article, "insert_all": write_insert_all, "executemany": write_executemany}


def fill(path: Path, pairs, write, batch: int) -> tuple[float, float]:
    """(wall, CPU) seconds to write every pair into a new store at `path`, `batch` articles
    a transaction. CPU time is this process's: on a shared machine the wall clock also
    counts other processes' turns and the disk's queue."""
    store = db.open_store(path, write=True, create=True)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        for i in range(0, len(pairs), batch):
            chunk = pairs[i : i + batch]
            db.write_transaction(store, lambda chunk=chunk: [write(store, a, e) for a, e in chunk])
        return time.perf_counter() - wall, time.process_time() - cpu
    finally:
        store.close()


def dump(path: Path) -> dict:
    """Every table's rows in id order (ingest times left out: they differ by the second)."""
    store = db.open_store(path)
    try:
        out = {}
        for table in ("articles", "entities", "aliases", "mentions", "checkpoints", "facts", "directives"):
            rows = store.conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            out[table] = [r[:-1] if table == "articles" else r for r in rows]
        return out
    finally:
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    world = mc.World(args.seed)
    pairs = [synthetic(world, args.seed, i) for i in range(args.articles)]
    rows = sum(len(e.mentions) + len(e.facts) + len(e.directives) for _, e in pairs)
    print(f"{len(pairs)} articles, {rows} mention, fact and directive rows; transactions of {args.batch}")
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in VARIANTS}
    with tempfile.TemporaryDirectory(prefix="borderdocs-writes-") as tmp:
        for r in range(args.rounds):
            for name, write in VARIANTS.items():
                times[name].append(fill(Path(tmp) / f"{name}-{r}.db", pairs, write, args.batch))
        reference = dump(Path(tmp) / "raw-0.db")
        for name in VARIANTS:
            same = dump(Path(tmp) / f"{name}-0.db") == reference
            wall = statistics.median(t[0] for t in times[name])
            cpu = statistics.median(t[1] for t in times[name])
            print(
                f"{name:12} median wall {wall:.3f} s  CPU {cpu:.3f} s  (CPU by round "
                + " ".join(f"{t[1]:.3f}" for t in times[name])
                + f")  store {'identical' if same else 'DIFFERS'}"
            )
    print(" ".join(f"{name}_cpu_s={statistics.median(t[1] for t in ts):.3f}" for name, ts in times.items()))


if __name__ == "__main__":
    main()

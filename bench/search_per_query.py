"""Where full-text search's time goes, query by query: CPU of `search(type="article")` per
query of bench/query_latency.py, two checkouts alternated.

    python bench/search_per_query.py BASE_CHECKOUT [--code CHECKOUT] [--articles 100000] [--rounds 5] [--turns 2]

Runs one process per checkout and turn (each imports its own store package), on
query_latency.py's cached store (built when missing, by this checkout's code). Each process
searches every query once untimed, then `--rounds` times with the search memos cleared
(entities.clear_memo), timing CPU (time.process_time), not the wall clock: on a machine
shared with other sessions the wall clock of a 10 ms search moves by more than any change
to it (stop 42's 28.5 → 40.6 ms p95 of query_latency.py was mostly that, perf80). Prints,
per query, the least CPU over every turn of each checkout and their ratio; then each
checkout's p95 over all timings and the sum of the per-query least figures.

Per query, not per family: the p95 of 20 queries is the slowest one or two, so a change
to one query kind (a name with topic words: search_topics) moves it while the others hide
behind it, or the other way round.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timings(code: str, articles: int, seed: int, rounds: int) -> dict[str, list[float]]:
    """{query: [CPU ms per round]} of search(type="article") with CHECKOUT's store package."""
    sys.path[:0] = [str(Path(code) / "bench"), code]  # its query_latency puts its own checkout first
    import query_latency as ql

    from store import __file__ as store_file
    from store.db import store as db
    from store.search import entities
    from store.search.search import search

    if not Path(store_file).resolve().is_relative_to(Path(code).resolve()):
        sys.exit(f"store was imported from {store_file}, not from {code}")
    store = db.open_store(ql.store_path(articles, seed))
    for q in ql.QUERIES:
        search(store, q, type="article")
    out: dict[str, list[float]] = {q: [] for q in ql.QUERIES}
    for _ in range(rounds):
        for q in ql.QUERIES:
            entities.clear_memo()  # a query asked again would be answered from the memos
            start = time.process_time()
            search(store, q, type="article")
            out[q].append((time.process_time() - start) * 1000)
    store.close()
    return out


def run(code: str, args: argparse.Namespace) -> dict[str, list[float]]:
    """timings() in a process of its own (one checkout's modules per process)."""
    cmd = [sys.executable, __file__, code, "--child", "--articles", str(args.articles)]
    cmd += ["--seed", str(args.seed), "--rounds", str(args.rounds)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"{code}: {done.stderr.strip()}")
    return json.loads(done.stdout)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[94]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", help="the checkout compared against")
    ap.add_argument("--code", default=str(HERE.parent), help="the checkout measured (default: this one)")
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--turns", type=int, default=2, help="processes per checkout, alternated")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        json.dump(timings(args.base, args.articles, args.seed, args.rounds), sys.stdout, ensure_ascii=False)
        return
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    runs: dict[str, dict[str, list[float]]] = {"base": {}, "code": {}}
    for _ in range(args.turns):
        for side, code in (("base", args.base), ("code", args.code)):
            for q, ms in run(code, args).items():
                runs[side].setdefault(q, []).extend(ms)
    print(f"{'base':>8} {'code':>8} {'ratio':>6}  query (least CPU ms over {args.turns} x {args.rounds} rounds)")
    for q in runs["base"]:
        a, b = min(runs["base"][q]), min(runs["code"][q])
        print(f"{a:8.2f} {b:8.2f} {b / a:6.3f}  {q}")
    for side in ("base", "code"):
        every = [v for ms in runs[side].values() for v in ms]
        least = sum(min(ms) for ms in runs[side].values())
        print(f"{side}: p95 {p95(every):.2f} ms, sum of least {least:.1f} ms")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

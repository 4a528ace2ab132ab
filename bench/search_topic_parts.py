"""Where a «name + topic» query's CPU goes, stage by stage, in process and warm.

    python bench/search_topic_parts.py STORE [--code CHECKOUT] [--runs 5] [QUERY ...]

The four «name + topic» queries of bench/search_latency.py set the p95 of the mixed set
at a million aliases (bench/search_cpu.py). For each query (those four by default) this
prints the least CPU over `runs` of: the whole search; the first alias and knowledge-base match
(search_entities: of the whole text, or of the name run when the query is split before
any alias search, store.search.topic_words); telling the topic words (topic_flags); the
split (split_query: the name run's own search_entities, unless it was the first); the
named entity's articles ranked by the topic words
(focused_rows); the query's own FTS search (search_articles); snippets (fill_snippets).
The entities memo is cleared before each run, so every run is a cold query.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAGES = ["first_entities", "topic_flags", "split_query", "focused_rows", "search_articles", "fill_snippets"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("queries", nargs="*")
    ap.add_argument("--code", default=str(HERE.parent), help="the checkout whose store package is timed")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument(
        "--split-ab",
        action="store_true",
        help="time the whole search with the split before the whole text's alias search on and off,"
        " alternated in one process (the same code and load on both sides)",
    )
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, args.code)
    from store import __file__ as store_file
    from store.db import store as db
    from store.search import entities as ents
    from store.search import index_cache, search_topics
    from store.search import search as search_module

    # search_latency puts its own checkout first on sys.path when imported, so it comes
    # after CHECKOUT's store package (imported before it, --code was ignored: the store
    # timed was this bench's checkout whatever --code said)
    QUERIES = importlib.import_module("search_latency").QUERIES
    if not Path(store_file).resolve().is_relative_to(Path(args.code).resolve()):
        sys.exit(f"store was imported from {store_file}, not from {args.code}")

    queries = args.queries or QUERIES[-4:]
    st = db.open_store(args.store)
    index = index_cache.load_or_build(st)
    if args.split_ab:
        split_ab(st, index, queries, args.runs, search_module, search_topics, ents)
        return
    spent: dict[str, float] = defaultdict(float)

    def timed(module, name: str, label: str, first_only: bool = False) -> None:
        real = getattr(module, name)

        def wrapper(*a, **k):
            if first_only and spent.get(label + ".done"):
                return real(*a, **k)
            t0 = time.process_time()
            try:
                return real(*a, **k)
            finally:
                spent[label] += time.process_time() - t0
                spent[label + ".done"] = 1.0

        setattr(module, name, wrapper)

    timed(search_module, "search_entities", "first_entities", first_only=True)
    if hasattr(search_topics, "topic_flags"):  # a checkout that splits before searching the whole text
        timed(search_topics, "topic_flags", "topic_flags")
    timed(search_topics, "split_query", "split_query")
    timed(search_topics, "focused_rows", "focused_rows")
    timed(search_module, "search_articles", "search_articles")
    timed(search_module, "fill_snippets", "fill_snippets")
    search_module.search(st, "warm up пункт", limit=20, index=index)
    print(f"{args.code}: CPU ms, least of {args.runs}; " + " / ".join(["search", *STAGES]))
    for q in queries:
        best: dict[str, float] = {}
        for _ in range(args.runs):
            ents.clear_memo()
            spent.clear()
            t0 = time.process_time()
            search_module.search(st, q, limit=20, index=index)
            spent["search"] = time.process_time() - t0
            for label in ["search", *STAGES]:
                best[label] = min(best.get(label, float("inf")), spent.get(label, 0.0))
        print(f"  {q}: " + " / ".join(f"{best[label] * 1000:.1f}" for label in ["search", *STAGES]))


def split_ab(st, index, queries: list[str], runs: int, search_module, search_topics, ents) -> None:
    """Least CPU of the whole search of each query with search_topics.split_before_search
    on and off (off: None, so the whole text is searched first, as before), alternated."""
    real = search_topics.split_before_search
    search_module.search(st, "warm up пункт", limit=20, index=index)
    print(f"CPU ms, least of {runs} alternated: split before the whole text's alias search / whole text first")
    for q in queries:
        best = {True: float("inf"), False: float("inf")}
        for _ in range(runs):
            for on in (True, False):
                search_topics.split_before_search = real if on else (lambda *a, **k: None)
                ents.clear_memo()
                t0 = time.process_time()
                search_module.search(st, q, limit=20, index=index)
                best[on] = min(best[on], time.process_time() - t0)
        search_topics.split_before_search = real
        print(f"  {q}: {best[True] * 1000:.1f} / {best[False] * 1000:.1f}")


if __name__ == "__main__":
    main()

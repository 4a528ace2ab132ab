"""Do two checkouts give the same search results? The check behind a change meant to cut
search()'s cost and nothing else.

    python bench/search_same.py STORE BASE_CHECKOUT [--code CHECKOUT] [--store-b STORE_B]

Runs one process per checkout (each imports its own store package) that searches
STORE with every query of bench/search_latency.py's mixed set, every prefix of two
letters or more of each (as a user types it), and each query again asking for a person
and for a checkpoint; each result list is written whole (every field: scores, names,
snippets). Prints the queries whose lists differ, and `same=N/N`; exits 1 when any does.
A change that rewrites the store's index file needs its own copy of the store (--store-b,
for CHECKOUT). --warm: each side first builds what the explorer's warm-up builds for the
search (store.search.search_topics.warm_beside, where the checkout has it), so a path
taken only after the warm-up is compared too.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def asked(queries: list[str]) -> list[tuple[str, str | None]]:
    """(query, type) pairs: each query, its prefixes of two letters or more, and the query
    asking for a person and for a checkpoint."""
    out: list[tuple[str, str | None]] = []
    for q in queries:
        out += [(q[:n], None) for n in range(2, len(q))]
        out += [(q, None), (q, "person"), (q, "checkpoint")]
    return list(dict.fromkeys(out))


def dump(store_path: str, code: str, warm: bool = False) -> None:
    """Search every asked query with CHECKOUT's store package; one JSON list on stdout."""
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, code)
    from store import __file__ as store_file
    from store.db import store as db
    from store.search import entities, index_cache
    from store.search.search import search

    if not Path(store_file).resolve().is_relative_to(Path(code).resolve()):
        sys.exit(f"store was imported from {store_file}, not from {code}")
    queries = importlib.import_module("search_latency").QUERIES
    st = db.open_store(store_path)
    index = index_cache.load_or_build(st)
    if warm:
        from store.search import search_topics

        getattr(search_topics, "warm_beside", lambda _index: None)(index)
    out = []
    for q, type_ in asked(queries):
        entities.clear_memo()
        out.append([q, type_, search(st, q, type_, limit=20, index=index)])
    json.dump(out, sys.stdout, ensure_ascii=False, default=str)


def results_of(store_path: str, code: str, warm: bool = False) -> list:
    done = subprocess.run(
        [sys.executable, __file__, store_path, code, "--dump", *(["--warm"] if warm else [])],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("base", help="the checkout compared against")
    ap.add_argument("--code", default=str(HERE.parent), help="the checkout checked (default: this one)")
    ap.add_argument("--store-b", help="CHECKOUT's own copy of the store (default: STORE)")
    ap.add_argument("--warm", action="store_true", help="build the explorer's warm-up tables first (each side)")
    ap.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)  # the child process
    args = ap.parse_args()
    if args.dump:
        dump(args.store, args.base, args.warm)
        return
    base = results_of(args.store, args.base, args.warm)
    mine = results_of(args.store_b or args.store, args.code, args.warm)
    differ = [(a[0], a[1]) for a, b in zip(base, mine, strict=True) if a != b]
    for q, type_ in differ[:20]:
        print(f"    differs: {q!r} type={type_}")
    print(f"same={len(base) - len(differ)}/{len(base)} searches ({args.code} against {args.base})")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()

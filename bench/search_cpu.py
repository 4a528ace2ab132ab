"""CPU per query of the search engine over the mixed query set, for comparing two
checkouts on a loaded machine (where wall time mostly measures the wait for a core).

    python bench/search_cpu.py STORE [--code CHECKOUT]

Imports the store package from CHECKOUT (default: this one), maps the store's index
(written beside it if missing) and, in process and warm, times each of the 63 queries
of bench/search_latency.py three times, keeping the least CPU time of the three:
`search()`, `search_entities()` (the alias index and the knowledge base) and
`index.match()` (the alias index alone). Prints p95, mean and total of each. Run it
for the two checkouts alternately (each on its own copy of the store: an older index
file format is rewritten) and compare the lines.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--code", default=str(HERE.parent), help="the checkout whose store package is timed")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, args.code)
    import numpy as np

    from store import __file__ as store_file
    from store.db import store as db
    from store.search import entities as ents
    from store.search import index_cache
    from store.search.search import search

    # search_latency puts its own checkout first on sys.path when imported, so it comes
    # after CHECKOUT's store package (imported before it, --code was ignored: the store
    # timed was this bench's checkout whatever --code said)
    QUERIES = importlib.import_module("search_latency").QUERIES
    if not Path(store_file).resolve().is_relative_to(Path(args.code).resolve()):
        sys.exit(f"store was imported from {store_file}, not from {args.code}")

    st = db.open_store(args.store)
    index = index_cache.load_or_build(st)
    search(st, "warm up пункт", limit=20, index=index)

    def forget() -> None:
        if hasattr(ents, "clear_memo"):
            ents.clear_memo()
        else:  # a checkout from before the memo kept several queries
            ents._LAST[0] = None

    def least_cpu_ms(fn) -> float:
        best = float("inf")
        for _ in range(3):
            forget()  # the same query again would be answered from the entities memo
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
        return best * 1000

    rows = [
        (
            least_cpu_ms(lambda q=q: search(st, q, limit=20, index=index)),
            least_cpu_ms(lambda q=q: ents.search_entities(st, q, None, 20, index)),
            least_cpu_ms(lambda q=q: index.match(q, None, 20)),
        )
        for q in QUERIES
    ]
    a = np.array(rows)
    parts = [
        f"{name} p95 {np.percentile(a[:, i], 95):.1f} mean {a[:, i].mean():.1f} total {a[:, i].sum():.0f}"
        for i, name in enumerate(["search", "entities", "match"])
    ]
    print(f"{args.code}: CPU ms per query, least of 3: " + "  ".join(parts))


if __name__ == "__main__":
    main()

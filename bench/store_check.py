"""What the damage check before every write costs on a large store.

    python bench/store_check.py --articles 100000 [--seed 1] [--rounds 3]

Opens the store query_latency.py builds (cached under $TMPDIR/borderdocs-bench/) and
times store.db.store.damage — `PRAGMA quick_check(1)`, what `ingest` runs before writing
and the TUI runs in the background — once with the file's pages dropped from the page
cache (posix_fadvise DONTNEED: "cold", like the first command after a reboot) and
then warm. Also times open_store(write=True), the whole cost an ingest start pays.

Last line: `size_mb=… cold_s=… warm_s=… open_for_write_s=…`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import query_latency  # noqa: E402


def drop_cache(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def timed_check(path: Path) -> float:
    from store.db import store as db

    store = db.open_store(path)
    try:
        t = time.monotonic()
        problem = db.damage(store)
        elapsed = time.monotonic() - t
    finally:
        store.close()
    assert problem is None, problem
    return elapsed


def timed_open_for_write(path: Path) -> float:
    from store.db import store as db

    t = time.monotonic()
    db.open_store(path, write=True).close()
    return time.monotonic() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    path = query_latency.store_path(args.articles, args.seed)
    size_mb = path.stat().st_size / 2**20
    drop_cache(path)
    cold = timed_check(path)
    warm = statistics.median(timed_check(path) for _ in range(args.rounds))
    opened = statistics.median(timed_open_for_write(path) for _ in range(args.rounds))
    print(
        f"{args.articles} articles, {size_mb:.0f} MB: quick_check cold {cold:.2f} s, warm {warm:.2f} s "
        f"(median of {args.rounds}); open_store(write=True) warm {opened:.2f} s"
    )
    print(f"size_mb={size_mb:.0f} cold_s={cold:.2f} warm_s={warm:.2f} open_for_write_s={opened:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

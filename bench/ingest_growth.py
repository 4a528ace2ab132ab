"""How the ingest's cost grows with the corpus: time, CPU, store size and peak memory per article.

    python bench/ingest_growth.py [--sizes 1000,10000,100000] [--jobs J] [--seed 1]

For each size N, a corpus from bench/make_corpus.py (cached, see ingest_throughput.py) is
ingested by `borderdocs ingest DIR --db NEW.db -j J -q`, a whole process started cold (model
loading included), into a fresh store. Printed per size: wall seconds and articles per
second, CPU milliseconds per article (the ingest and its workers: on a shared machine the
wall time depends on the others, the CPU far less), the store's bytes per article (the
database with its write-ahead log, after the run), and the peak resident memory of the
largest single process (the parent writer or one worker: ru_maxrss of the children).
The load average is printed beside each row. Last line: `growth=N:ms_per_article,…`.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from descendants import become_subreaper, reap_orphans  # noqa: E402
from ingest_throughput import corpus_dir  # noqa: E402


def _children() -> resource.struct_rusage:
    return resource.getrusage(resource.RUSAGE_CHILDREN)


def measure(n: int, jobs: int, seed: int) -> dict:
    """One cold ingest of the N-article corpus into a fresh store."""
    corpus = corpus_dir(n, seed)
    work = Path(tempfile.mkdtemp(prefix="borderdocs-growth-"))
    try:
        db = work / "store.db"
        # This checkout's code (bench/ingest_vs_natasha.py says why not the `borderdocs` script).
        root = Path(__file__).resolve().parent.parent
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
        cmd = [sys.executable, "-m", "store.cli", "ingest", str(corpus), "--db", str(db), "-j", str(jobs), "-q"]
        before, load = _children(), os.getloadavg()[0]
        started = time.perf_counter()
        proc = subprocess.run(cmd, cwd=root, env=env)
        wall = time.perf_counter() - started
        reap_orphans()  # the ingest's fork server and its workers (bench/descendants.py)
        after = _children()
        if proc.returncode not in (0, 1):
            sys.exit(f"ingest of {n} articles failed ({proc.returncode})")
        import sqlite3

        with sqlite3.connect(db) as conn:
            stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        size = sum(p.stat().st_size for p in work.glob("store.db*"))
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        return dict(n=n, stored=stored, wall=wall, cpu=cpu, size=size, peak_mb=after.ru_maxrss / 1024, load=load)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    become_subreaper()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    print(f"{os.cpu_count()} cores, ingest --jobs {args.jobs}")
    print(
        f"{'articles':>9s} {'stored':>7s} {'wall s':>8s} {'art/s':>7s} {'CPU ms/art':>11s} {'KB/art':>7s} "
        f"{'store MB':>9s} {'peak MB':>8s} {'load':>6s}"
    )
    rows = []
    for n in sizes:
        r = measure(n, args.jobs, args.seed)
        rows.append(r)
        print(
            f"{r['n']:9d} {r['stored']:7d} {r['wall']:8.1f} {r['stored'] / r['wall']:7.1f} "
            f"{1000 * r['cpu'] / max(1, r['stored']):11.1f} {r['size'] / 1024 / max(1, r['stored']):7.1f} "
            f"{r['size'] / 1e6:9.1f} {r['peak_mb']:8.0f} {r['load']:6.2f}",
            flush=True,
        )
    print("growth=" + ",".join(f"{r['n']}:{1000 * r['wall'] / max(1, r['stored']):.1f}" for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

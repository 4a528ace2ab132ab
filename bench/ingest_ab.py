"""`borderdocs ingest` of two checkouts, A/B, whole processes alternated: CPU per text.

    python bench/ingest_ab.py A_CHECKOUT B_CHECKOUT [DIR ...] [--repeat K] [--jobs J] [--rounds R]

For a change that is speed only, on a machine other jobs share: the two checkouts'
ingests run in turn, each round starting with the other one, over the same files (those
of bench/ingest_vs_natasha.py: the `.txt` files under DIRs, default eval/corpus/dev and
factRu's texts beside the checkout, each repeated K times as distinct articles), each
into a fresh store, each a whole process started cold (`python -m store.cli ingest` with
the checkout first on PYTHONPATH, so its `store` is the one imported, in this Python).
What is compared is CPU seconds per text, every process of the run counted (the fork
server, its workers, the writer): under load wall time mostly measures the other jobs,
CPU time much less. Wall time and the load average before each run are printed beside it.

Last line: `a_cpu_ms=… b_cpu_ms=… ratio=…` (min over rounds; ratio = B / A).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from descendants import become_subreaper, children_cpu, reap_orphans  # noqa: E402
from ingest_vs_natasha import DEFAULT_DIRS, gather  # noqa: E402


def run(checkout: Path, corpus: Path, db: Path, jobs: int) -> tuple[float, float]:
    """(wall s, CPU s) of one ingest by `checkout`'s code into the new store `db`."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(checkout), os.environ.get("PYTHONPATH")]))}
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # a checkout may be read-only
    args = [sys.executable, "-m", "store.cli", "ingest", str(corpus), "--db", str(db), "-j", str(jobs), "-q"]
    cpu, started = children_cpu(), time.perf_counter()
    proc = subprocess.run(args, cwd=checkout, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - started
    reap_orphans()  # the fork server and its workers: their CPU counts too (bench/descendants.py)
    if proc.returncode not in (0, 1):
        sys.exit(f"{checkout}: ingest failed ({proc.returncode}): {proc.stderr.decode()[-300:]}")
    return wall, children_cpu() - cpu


def compile_sources(checkout: Path) -> None:
    """Byte-compile the checkout's `store` in place, once, before the rounds: the runs do
    not write bytecode (a checkout may be read-only), so a checkout without __pycache__
    (a fresh `git archive` of the base) compiled every module from source in every run,
    about 0.25 s of CPU the other side did not pay. A checkout that cannot be written is
    left as it is (said on stderr)."""
    proc = subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(checkout / "store")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    if proc.returncode:
        print(f"{checkout}: not byte-compiled, its runs compile from source", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", type=Path, help="checkout A (the reference)")
    ap.add_argument("b", type=Path, help="checkout B (the change)")
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    become_subreaper()
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-ab-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        n = len(gather(args.dirs or DEFAULT_DIRS, args.repeat, corpus))
        if not n:
            sys.exit("no .txt files found")
        sides = {"A": args.a.resolve(), "B": args.b.resolve()}
        for checkout in sides.values():
            compile_sources(checkout)
        cpu: dict[str, list[float]] = {"A": [], "B": []}
        walls: dict[str, list[float]] = {"A": [], "B": []}
        for r in range(args.rounds):
            for side in ("A", "B") if r % 2 == 0 else ("B", "A"):
                load = os.getloadavg()[0]
                db = work / f"{side}{r}.db"
                wall, secs = run(sides[side], corpus, db, args.jobs)
                cpu[side].append(1000 * secs / n)
                walls[side].append(wall)
                print(f"round {r + 1} {side}: wall {wall:5.1f} s  CPU {cpu[side][-1]:5.1f} ms/text  load {load:.2f}")
                db.unlink(missing_ok=True)
        print(f"{n} texts, ingest --jobs {args.jobs}; A = {sides['A']}, B = {sides['B']}")
        for side in ("A", "B"):
            print(
                f"{side}: CPU min {min(cpu[side]):.1f} median {statistics.median(cpu[side]):.1f} ms/text;"
                f" wall min {min(walls[side]):.2f} median {statistics.median(walls[side]):.2f} s"
            )
        a, b = min(cpu["A"]), min(cpu["B"])
        print(f"a_cpu_ms={a:.1f} b_cpu_ms={b:.1f} ratio={b / a:.3f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

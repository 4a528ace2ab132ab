"""`borderdocs show QUERY --json` of two checkouts on one store, A/B, processes alternated.

    python bench/show_ab.py A_CHECKOUT B_CHECKOUT --db STORE [--query КГД] [--rounds 5]

Each round runs the two checkouts' `python -m store.cli show QUERY --json --db STORE` in
turn (the round's first is the other one each time), each a whole process with the
checkout first on PYTHONPATH, the store only read. Printed per run: wall and CPU seconds
(the child's user + system time: on a machine other jobs share, wall time mostly measures
them). Both outputs must be the same JSON, less `entity.extracts` (a key one side may add).
STORE: bench/query_latency.py's 100,000-article store (bench/README.md says where it is).

Last line: `a_cpu_s=… b_cpu_s=… ratio=…` (medians over rounds; ratio = B / A).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path


def run(checkout: Path, db: str, query: str) -> tuple[float, float, dict]:
    """(wall s, CPU s, the printed card) of one `show` by `checkout`'s code."""
    env = {**os.environ, "PYTHONPATH": str(checkout), "PYTHONDONTWRITEBYTECODE": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "store.cli", "show", query, "--json", "--db", db],
        env=env,
        cwd=checkout,
        capture_output=True,
        check=True,
    )
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    card = json.loads(done.stdout)
    card["entity"].pop("extracts", None)
    return wall, cpu, card


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--db", required=True)
    ap.add_argument("--query", default="КГД")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    cpu: dict[str, list[float]] = {"a": [], "b": []}
    cards: dict[str, dict] = {}
    for n in range(args.rounds):
        order = ("a", "b") if n % 2 == 0 else ("b", "a")
        for side in order:
            load = os.getloadavg()[0]
            wall, used, cards[side] = run(getattr(args, side), args.db, args.query)
            cpu[side].append(used)
            print(f"round {n + 1} {side}: wall {wall:.2f} s  CPU {used:.2f} s  (load {load:.1f})", flush=True)
    if cards["a"] != cards["b"]:
        print("the two cards differ", file=sys.stderr)
        return 1
    a, b = statistics.median(cpu["a"]), statistics.median(cpu["b"])
    print(f"a_cpu_s={a:.2f} b_cpu_s={b:.2f} ratio={b / a:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A fresh `borderdocs search` process, and the TUI's first search, on a big store:
with the alias index persisted beside the store against rebuilding it in every process.

    python bench/search_cold.py --db STORE [--runs 3] [--tui]

STORE is any store; bench/search_latency.py --aliases 1000000 --db STORE writes one of a
million aliases through db.write_article. Each side is a whole process, alternated run by
run, the file cache warm (a second search on a machine that has seen the store, which is
the case the persisted index is for; the first run of each side is a warm-up and is not
counted):
- persisted: `python -m store.cli search --db STORE Q --json`, the index file beside the
  store present (written by the warm-up if missing);
- rebuilt: the same command with BORDERDOCS_SEARCH_INDEX=memory, which builds the index
  from the aliases table in every process (the behaviour before the file existed).
Wall time is measured around the process; peak RSS is GNU time's maximum resident set.
With --tui: a fresh process opens the TUI on the store (Textual's headless Pilot), sends
"/" and the query's keys at once and times from the "/" key event to the frame with the
query's whole results (the engine warmed, the index mapped or built, on that first
search), then types more keys one at a time for key-event-to-frame latency
(bench/search_tui_probe.py). Min and median over the runs are printed; with --tui also
the p95 of each keystroke's least time over the runs ("least of N runs per keystroke",
N said), beside the p95 over every key of every run: the latter swings ±3 ms from one
invocation to the next on a shared machine, the former says what the code takes.

`--code CHECKOUT` (repeatable) runs another checkout's code (its store/ and tui/) beside
this one's, each side alternated with the others run by run on the same store: a base
and a branch in the same minutes. `--persisted-only` leaves out the rebuilt side (12 s a
process at a million aliases). Every process runs from compiled bytecode, as an installed
program does: the children write and read their .pyc files under one folder of the
machine's temporary directory (PYTHONPYCACHEPREFIX; the warm-up run writes them), so a
checkout without __pycache__ folders, or a shell with PYTHONDONTWRITEBYTECODE set, does
not make every process compile each module from source (~0.12 s of CPU at stop 38).
Each checkout has its own cache folder, CACHE/NAME (CACHE: $BORDERDOCS_CACHE_DIR, else
borderdocs-bench-caches in the temporary directory), one checkout alone too: the knowledge
base's tables and index one checkout writes remove another code's from a shared folder (the
newest 4 of each are kept), and a process whose files were removed builds them again, +0.5 s
of CPU and of its first search (stop 42, tui73: at 16:41 the user's folder held 4 versions of
each, written within two minutes by other sessions' checkouts; a script alternating two
checkouts, each run by itself, shared that folder with them). Each run's line says how much
of the store the page cache held before it (bench/page_cache.py): a store read from disk
slows its first keys several times. A user's folder also holds what ingests compiled
(thousands of regular expressions, which a process of the base reads whole): copy such a
regex-*.marshal into each folder to time that case.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import page_cache  # noqa: E402  (bench/page_cache.py)

QUERIES = ["khorgos", "Бектенова", "nur zholy грузовик"]  # Latin, inflected Cyrillic, a name with a topic word


PYCACHE = Path(tempfile.gettempdir()) / "borderdocs-bench-pycache"  # the children's .pyc files
CACHES = Path(tempfile.gettempdir()) / "borderdocs-bench-caches"  # with --code: one cache folder a checkout


def run(cmd: list[str], env: dict) -> tuple[float, float, str, float]:
    """(wall seconds, peak RSS in MB, stdout, CPU seconds user + system) of one whole
    process. On a shared machine the CPU time says what the process costs; the wall
    time also holds the wait for a core."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        full = ["/usr/bin/time", "-f", "%e %M %U %S", "-o", tf.name, *cmd]
        proc = subprocess.run(full, env=env, capture_output=True, text=True, cwd=env["PYTHONPATH"])
        if proc.returncode not in (0, 1) or (proc.returncode and not proc.stdout.strip()):
            raise SystemExit(f"{cmd[:4]} failed: {proc.stderr.strip().splitlines()[-1:]}")
        wall, rss_kb, user, system = tf.read().split()[-4:]
    return float(wall), int(rss_kb) / 1024, proc.stdout, float(user) + float(system)


def sides(db: str, query: str, tui: bool, codes: list[Path], persisted_only: bool) -> dict[str, tuple[list[str], dict]]:
    out: dict[str, tuple[list[str], dict]] = {}
    for code in codes:
        base = {**os.environ, "PYTHONPATH": str(code), "OMP_NUM_THREADS": "1", "PYTHONPYCACHEPREFIX": str(PYCACHE)}
        base.pop("PYTHONDONTWRITEBYTECODE", None)
        # a checkout's knowledge-base files remove another code's from a shared folder (one checkout alone too:
        # the folder would be the user's, which every other session's checkout writes as well)
        base["BORDERDOCS_CACHE_DIR"] = str(Path(os.environ.get("BORDERDOCS_CACHE_DIR") or CACHES) / code.name)
        if tui:
            cmd = [sys.executable, str(code / "bench" / "search_tui_probe.py"), db, query]
        else:
            cmd = [sys.executable, "-m", "store.cli", "search", "--db", db, query, "--json", "--limit", "20"]
        label = "" if len(codes) == 1 else f"{code.name}: "
        out[f"{label}persisted (index file mapped)"] = (cmd, base)
        if not persisted_only:
            out[f"{label}rebuilt (BORDERDOCS_SEARCH_INDEX=memory)"] = (
                cmd,
                {**base, "BORDERDOCS_SEARCH_INDEX": "memory"},
            )
    return out


def measure(db: str, runs: int, tui: bool, codes: list[Path], persisted_only: bool) -> None:
    query = "khorgos" if tui else None
    results: dict[str, list[tuple[float, float, str, float]]] = {}
    for q in [query] if tui else QUERIES:
        for cmd, env in sides(db, q, tui, codes, persisted_only).values():
            run(cmd, env)  # warm-up: writes the index file and the .pyc files if missing, fills the file cache
        for r in range(runs):
            for name, (cmd, env) in sides(db, q, tui, codes, persisted_only).items():
                in_memory = page_cache.note(db)
                wall, rss, out, cpu = run(cmd, env)
                results.setdefault(name, []).append((wall, rss, out, cpu))
                note = _tui_note(out) if tui else f"{len(json.loads(out or '[]'))} hits"
                print(
                    f"run {r + 1}  {q!r:22} {name:42} {wall:6.2f} s (CPU {cpu:5.2f} s)  peak RSS {rss:6.0f} MB"
                    f"  {in_memory}  {note}"
                )
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (1 min), {os.getloadavg()[1]:.1f} (5 min)")
    what = "TUI: process with first search" if tui else "fresh `search` process, end to end"
    print(f"{what}; {runs} alternated runs per query; min / median:")
    for name, rows in results.items():
        walls, rss, cpus = [x[0] for x in rows], [x[1] for x in rows], [x[3] for x in rows]
        line = (
            f"    {name:42} wall min {min(walls):6.2f} s  median {statistics.median(walls):6.2f} s  "
            f"CPU min {min(cpus):5.2f} s  median {statistics.median(cpus):5.2f} s  peak RSS max {max(rss):5.0f} MB"
        )
        if tui:
            firsts = [json.loads(x[2])["first_search_s"] for x in rows]
            keys = [k for x in rows for k in json.loads(x[2])["keystrokes_ms"]]
            ents = [k for x in rows for k in json.loads(x[2]).get("keystrokes_entities_ms", [])]
            whole = [k for x in rows for k in json.loads(x[2]).get("keystrokes_whole_ms", [])]
            line += (
                f"  first search min {min(firsts):.2f} s median {statistics.median(firsts):.2f} s"
                f"  key to frame p95 ({len(keys)} keys): first hits {_p95(keys):.1f} ms (median"
                f" {statistics.median(keys):.1f}), the engine's entity hits {_p95(ents):.1f} ms,"
                f" whole results {_p95(whole):.1f} ms"
            )
            line += _least_of_runs([json.loads(x[2]).get("keystrokes_whole_ms", []) for x in rows])
        print(line)


def _least_of_runs(runs: list[list[float]]) -> str:
    """Each keystroke's least time over the runs (the same key of the same sequence in
    every run), and the p95 of those: one run's p95 of 24 keys is its second-slowest key,
    which a moment's wait for a core on a shared machine sets (±3 ms from one run to the
    next at load 3-9); a key's least time over N runs is what the code takes for it when
    the machine let it run. Printed beside the p95 over all keys, which stays as it was."""
    runs = [r for r in runs if r]
    if len(runs) < 2 or len({len(r) for r in runs}) != 1:
        return ""
    least = [min(times) for times in zip(*runs, strict=True)]
    slowest = max(range(len(least)), key=least.__getitem__)
    return (
        f"; least of {len(runs)} runs per keystroke: whole results p95 {_p95(least):.1f} ms"
        f" ({len(least)} keys, slowest key #{slowest + 1} {least[slowest]:.1f} ms)"
    )


def _p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(0.95 * len(values)))] if values else float("nan")


def _tui_note(out: str) -> str:
    data = json.loads(out)
    return (
        f"first search {data['first_search_s']:.2f} s, keys {data['keystrokes_ms']}"
        f" (entities {data.get('keystrokes_entities_ms')}, whole {data.get('keystrokes_whole_ms')},"
        f" narrowed at the key: {data.get('narrowed_keys')})"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tui", action="store_true", help="the TUI's first search instead of the CLI")
    ap.add_argument(
        "--code",
        action="append",
        type=Path,
        metavar="CHECKOUT",
        help="run this checkout's code (repeat for more; this checkout's is not run unless named too)",
    )
    ap.add_argument("--persisted-only", action="store_true", help="leave out the rebuilt-index side")
    args = ap.parse_args()
    codes = [c.resolve() for c in args.code] if args.code else [ROOT]
    measure(args.db, args.runs, args.tui, codes, args.persisted_only)


if __name__ == "__main__":
    main()

"""The explorer's search keystroke per key, in process: wall and CPU, checkouts alternated.

    python bench/tui_keystroke.py --db STORE [--runs 3] [--code A --code B] [--query khorgos]
                                  [--pause 0] [--profile DIR]

Each run is one process of one checkout's code (its store/ and tui/ first on the path)
that opens the explorer under Textual's `App.run_test()` on STORE and runs this checkout's
bench/search_tui_probe.py: `/` and QUERY sent at once, then the probe's KEYS typed one at
a time, each after the frame with the last one's whole results. Per key it reports the
wall time from the key event to the frame that paints its whole results, and the CPU
over it of the UI thread (Textual's loop: the key, the rows, the frame) and of the
search thread (tui/search_runner.py: the entity step, the whole search, the snippets
cut), read from Linux's per-thread clocks. The runs of the checkouts alternate (A B, then
B A, ...), so the machine's load falls on both alike; the wall swings with the load (a
wait for a core), the CPU much less: it is what separates one code from another on a
shared machine, where the wall of the probe is the target's measure (issue 16:
≤ 16 ms p95 key to whole results).

Printed: a line a run (p95 of wall, sums of CPU), then per side the p95 over all keys of
all runs, the p95 of each key's least wall over the runs, and the median CPU a key of
each thread; then a table of each key's least wall and median CPU, side by side (the
slowest keys are where to look). `--profile DIR`: every search step of the search
thread (SearchRunner._run, one a key) under cProfile (timed by the thread's CPU clock), written DIR/NAME-run-R-key-K.prof
(K the key's number; 0 the first search), the UI thread from each key's event to the
next key's DIR/NAME-run-R-ui-key-K.prof, and each run's five slowest keys' top search
functions printed: a profile slows the search several times, so its figures are not the
run's (run it apart from a timing).

Every run uses its checkout's cache folder (CACHE/NAME, CACHE = $BORDERDOCS_CACHE_DIR or
borderdocs-bench-caches in the temporary directory) and compiled bytecode under one
folder (PYTHONPYCACHEPREFIX), as bench/search_cold.py does and for the same reasons; the
first run of each side is a warm-up, not counted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYCACHE = Path(tempfile.gettempdir()) / "borderdocs-bench-pycache"
CACHES = Path(tempfile.gettempdir()) / "borderdocs-bench-caches"


def _p95(values: list[float]) -> float:
    values = sorted(v for v in values if v == v)
    return values[min(len(values) - 1, int(0.95 * len(values)))] if values else float("nan")


# ---- the child: one run of one checkout


def child(code: Path, db: str, query: str, pause: float, profile: str | None, label: str) -> dict:
    sys.path.insert(0, str(HERE))
    import search_tui_probe as probe  # this checkout's probe (it puts its own root first on the path)

    sys.path.insert(0, str(code))  # ... then the measured checkout's code before it
    import tui

    if Path(tui.__file__).resolve().parent != (code / "tui").resolve():
        raise SystemExit(f"tui_keystroke: imported {tui.__file__}, not {code}'s tui/")
    if profile:
        _profile_steps(Path(profile), label)
        _profile_ui(probe)
    return asyncio.run(probe.probe(db, query, pause))


PROFILES: dict[int, object] = {}


def _profile_steps(folder: Path, label: str) -> None:
    """cProfile each of the search thread's steps (SearchRunner._run: one query's entity
    step, whole search and snippets), kept by the step's seq (the screen's keystroke)."""
    import cProfile

    from tui.search_runner import SearchRunner

    real = SearchRunner._run

    def _run(self, seq, query, *args):
        prof = cProfile.Profile(time.thread_time)  # the thread's CPU: a wait for the GIL is no cost of its own
        prof.enable()
        try:
            return real(self, seq, query, *args)
        finally:
            prof.disable()
            PROFILES[seq] = (query, prof)

    SearchRunner._run = _run
    folder.mkdir(parents=True, exist_ok=True)


UI_PROFILES: list = []  # one a key sent, from its send to the next send


def _profile_ui(probe) -> None:
    """cProfile the UI thread from each key the probe sends to the next: the key's
    handling, its rows and frames (and the probe's polling, a few µs a look)."""
    import cProfile

    real = probe._send

    def _send(app, key):
        if UI_PROFILES:
            UI_PROFILES[-1].disable()
        prof = cProfile.Profile(time.thread_time)
        UI_PROFILES.append(prof)
        sent = real(app, key)
        prof.enable()
        return sent

    probe._send = _send


def _dump_profiles(folder: Path, label: str, seq_of_key: dict[int, int], whole: list[float], query: str) -> str:
    import io
    import pstats

    out = io.StringIO()
    if UI_PROFILES:
        UI_PROFILES[-1].disable()
    for key, seq in seq_of_key.items():
        if seq in PROFILES:
            PROFILES[seq][1].dump_stats(folder / f"{label}-key-{key:02d}.prof")
        sent = len(query) + key  # "/" is send 0, the query's letters 1..len(query)
        if key and sent < len(UI_PROFILES):
            UI_PROFILES[sent].dump_stats(folder / f"{label}-ui-key-{key:02d}.prof")
    slowest = sorted(range(len(whole)), key=lambda i: -whole[i])[:5]
    for i in slowest:
        seq = seq_of_key.get(i + 1)
        if seq not in PROFILES:
            continue
        query, prof = PROFILES[seq]
        out.write(f"--- key #{i + 1} {query!r}: whole {whole[i]} ms (profiled)\n")
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(18)
    return out.getvalue()


# ---- the parent: alternated runs


def run_one(code: Path, args, run: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(code), "OMP_NUM_THREADS": "1", "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["BORDERDOCS_CACHE_DIR"] = str(Path(os.environ.get("BORDERDOCS_CACHE_DIR") or CACHES) / code.name)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(code), "--db", args.db, "--query", args.query]
    cmd += ["--pause", str(args.pause), "--label", f"{code.name}-run-{run}"]
    if args.profile:
        cmd += ["--profile", args.profile]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=str(code))
    if proc.returncode:
        raise SystemExit(f"tui_keystroke: {code.name} run {run} failed: {proc.stderr.strip().splitlines()[-3:]}")
    lines = proc.stdout.strip().splitlines()
    data = json.loads(lines[-1])
    if len(lines) > 1:
        print("\n".join(lines[:-1]))
    return data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--code", action="append", type=Path, metavar="CHECKOUT", help="a checkout (repeat to alternate)")
    ap.add_argument("--query", default="khorgos")
    ap.add_argument("--pause", type=float, default=0.0, help="a typist's pause before each key (s)")
    ap.add_argument("--profile", metavar="DIR", help="cProfile the search thread's steps into DIR")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--label", default="run", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        data = child(args.child.resolve(), args.db, args.query, args.pause, args.profile, args.label)
        if args.profile:
            seq_of_key = {0: data["first_search_seq"], **{i + 1: s for i, s in enumerate(data["key_seqs"])}}
            print(_dump_profiles(Path(args.profile), args.label, seq_of_key, data["keystrokes_whole_ms"], args.query))
        print(json.dumps(data))
        return
    codes = [c.resolve() for c in (args.code or [HERE.parent])]
    for code in codes:  # warm-up: .pyc files, the knowledge base's cache files, the page cache
        run_one(code, args, 0)
    results: dict[str, list[dict]] = {c.name: [] for c in codes}
    for r in range(1, args.runs + 1):
        for code in codes if r % 2 else codes[::-1]:
            t0 = time.strftime("%H:%M:%S")
            data = run_one(code, args, r)
            results[code.name].append(data)
            print(
                f"run {r} {t0} {code.name:12} load {os.getloadavg()[0]:4.1f}  whole p95 "
                f"{_p95(data['keystrokes_whole_ms']):5.1f} ms  CPU a run: UI {sum(data['keystrokes_ui_whole_cpu_ms']):6.1f}"
                f" search {sum(data['keystrokes_search_cpu_ms']):6.1f} between keys"
                f" {sum(data['between_keys_search_cpu_ms']):6.1f} ms  first search {data['first_search_s']:.2f} s",
                flush=True,
            )
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (1 min), {os.getloadavg()[1]:.1f} (5 min)")
    summary(results)


def summary(results: dict[str, list[dict]]) -> None:
    per: dict[str, dict[str, list[float]]] = {}
    for name, runs in results.items():
        whole = [d["keystrokes_whole_ms"] for d in runs]
        least = [min(k) for k in zip(*whole, strict=True)]
        ui = [statistics.median(k) for k in zip(*[d["keystrokes_ui_whole_cpu_ms"] for d in runs], strict=True)]
        search = [statistics.median(k) for k in zip(*[d["keystrokes_search_cpu_ms"] for d in runs], strict=True)]
        between = [statistics.median(k) for k in zip(*[d["between_keys_search_cpu_ms"] for d in runs], strict=True)]
        per[name] = {"least": least, "ui": ui, "search": search, "between": between}
        least_search = [min(k) for k in zip(*[d["keystrokes_search_cpu_ms"] for d in runs], strict=True)]
        every = [k for w in whole for k in w]
        print(
            f"{name}: {len(runs)} runs, key to whole results p95 {_p95(every):.1f} ms over {len(every)} keys,"
            f" each key's least p95 {_p95(least):.1f} ms; median CPU a key: UI {statistics.median(ui):.2f},"
            f" search {statistics.median(search):.2f} ms (sum over the keys {sum(ui):.1f} + {sum(search):.1f} ms;"
            f" between keys {sum(between):.1f} ms); p95 of UI + search CPU a key"
            f" {_p95([a + b for a, b in zip(ui, search, strict=True)]):.2f} ms; search CPU, each key's least"
            f" summed: {sum(least_search):.1f} ms"
        )
    sys.path.insert(0, str(HERE))
    from search_tui_probe import KEYS

    names = list(per)
    head = "key  text        " + "".join(f"| {n[:12]:>12} least / UI / search " for n in names)
    print(head)
    for i, key in enumerate(KEYS):
        cells = "".join(
            f"| {per[n]['least'][i]:12.1f} {per[n]['ui'][i]:5.2f} {per[n]['search'][i]:6.2f}       " for n in names
        )
        print(f"#{i + 1:<3} {key[:10]!r:12} {cells}")


if __name__ == "__main__":
    main()

"""Where the test suite's wall time goes: per test, per file and per xdist worker.

Three parts, because `/usr/bin/time` and `--durations` alone mislead on a busy machine:

- a pytest plugin (`-p suite_timeline` with `bench/` on PYTHONPATH) that appends one JSON row
  per test to `$SUITE_TIMELINE` (default `suite_timeline.jsonl`): the worker, start and end,
  the process's and its reaped children's CPU, and the main thread's scheduler counters from
  /proc (time on a core, time waiting for a core). Wall minus those two is time the test
  chose to wait (sleeps, pilots' pauses, a subprocess it waits for): the one figure that does
  not grow with other sessions' load, where wall and `--durations` do.
- `run -- CMD...`: runs CMD as a child subreaper, so the orphans a run leaves (the forkserver
  that ingest's worker pool starts, its workers, resource trackers) are reaped here and their
  CPU is counted; `/usr/bin/time` counts only the descendants someone waited for.
- `report FILE`: per worker (tests, busy wall, CPU, waits, when it went idle) and the files
  that wait the most or cost the most CPU.

    PYTHONPATH=bench SUITE_TIMELINE=/tmp/tl.jsonl \\
        python bench/suite_timeline.py run -- python -m pytest -q -n 2 --dist loadfile -p suite_timeline
    python bench/suite_timeline.py report /tmp/tl.jsonl
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

_PR_SET_CHILD_SUBREAPER = 36


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def _main_thread_sched() -> tuple[float, float]:
    """(seconds on a core, seconds waiting for one) of the calling thread, from
    /proc/thread-self/schedstat; zeros where the kernel does not offer it."""
    try:
        on_cpu, waiting, _ = Path("/proc/thread-self/schedstat").read_text().split()
    except (OSError, ValueError):
        return 0.0, 0.0
    return int(on_cpu) / 1e9, int(waiting) / 1e9


# --- the pytest plugin -------------------------------------------------------------------------


try:  # the hook wrapper needs pytest; the `report` and `run` commands do not
    import pytest

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(item, nextitem):
        """Times the whole protocol (setup, call, teardown), so a module fixture's build
        counts where it happens: in its file's first test."""
        started, (own0, kids0), (run0, rq0) = time.time(), _cpu(), _main_thread_sched()
        yield
        ended, (own1, kids1), (run1, rq1) = time.time(), _cpu(), _main_thread_sched()
        row = {
            "worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),
            "start": started,
            "end": ended,
            "cpu_own": own1 - own0,
            "cpu_children": kids1 - kids0,
            "on_cpu": run1 - run0,
            "runqueue": rq1 - rq0,
            "test": item.nodeid,
        }
        with open(os.environ.get("SUITE_TIMELINE", "suite_timeline.jsonl"), "a", encoding="utf-8") as out:
            out.write(json.dumps(row) + "\n")
except ImportError:  # pragma: no cover
    pass


# --- the commands ------------------------------------------------------------------------------


def run(cmd: list[str]) -> int:
    """Run `cmd` as a child subreaper; print its wall and the whole tree's CPU to stderr."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print("suite_timeline: prctl(PR_SET_CHILD_SUBREAPER) failed; orphans' CPU is lost", file=sys.stderr)
    started = time.time()
    rc = subprocess.call(cmd)
    while True:  # the orphans reparented to us
        try:
            os.wait()
        except ChildProcessError:
            break
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.time() - started
    cpu = kids.ru_utime + kids.ru_stime
    print(
        f"suite_timeline: rc {rc}, wall {wall:.1f} s, CPU of the whole tree {kids.ru_utime:.1f} s user"
        f" + {kids.ru_stime:.1f} s sys = {cpu / wall:.0%} of one core",
        file=sys.stderr,
    )
    return rc


def report(path: Path, top: int) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if not rows:
        print("no rows")
        return
    t0 = min(r["start"] for r in rows)
    by_worker: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    by_file: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in rows:
        wall = r["end"] - r["start"]
        waits = max(0.0, wall - r["on_cpu"] - r["runqueue"])
        for table, key in ((by_worker, r["worker"]), (by_file, r["test"].split("::")[0])):
            c = table[key]
            c["tests"] += 1
            c["wall"] += wall
            c["cpu"] += r["cpu_own"] + r["cpu_children"]
            c["runqueue"] += r["runqueue"]
            c["waits"] += waits
            c["last_end"] = max(c["last_end"], r["end"] - t0)
    files_of: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        files_of[r["worker"]].add(r["test"].split("::")[0])
    print("worker  tests files  busy s  CPU s  waiting for a core s  chosen waits s  idle from s")
    for w, c in sorted(by_worker.items()):
        print(
            f"{w:6s} {c['tests']:6d} {len(files_of[w]):5d} {c['wall']:7.1f} {c['cpu']:6.1f}"
            f" {c['runqueue']:21.1f} {c['waits']:15.1f} {c['last_end']:12.1f}"
        )
    for title, key in (("chosen waits", "waits"), ("CPU", "cpu")):
        print(f"\nfiles by {title} (wall, CPU, chosen waits; s)")
        for f, c in sorted(by_file.items(), key=lambda kv: -kv[1][key])[:top]:
            print(f"{f:62s} {c['tests']:4d} tests {c['wall']:7.1f} {c['cpu']:6.1f} {c['waits']:6.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run", help="run a command, counting its orphans' CPU too")
    p_run.add_argument("cmd", nargs=argparse.REMAINDER)
    p_report = sub.add_parser("report", help="summarize the plugin's rows")
    p_report.add_argument("file", type=Path)
    p_report.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    if args.command == "run":
        cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
        return run(cmd)
    report(args.file, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())

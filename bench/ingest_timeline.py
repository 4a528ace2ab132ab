"""Where a `borderdocs ingest --jobs J` run's wall time goes: a timeline of every process.

    python bench/ingest_timeline.py [DIR ...] [--repeat K] [--jobs J] [--rounds R]

The inputs are bench/ingest_vs_natasha.py's (the `.txt` files under DIRs, default eval's dev
corpus and factRu's texts, each repeated K times as distinct articles). Each round is one
whole ingest process started cold into a fresh store: this script run again with `--child`,
which installs bench/timeline_probe.py's probes and calls the CLI's `ingest`, exactly as
`borderdocs ingest DIR --db NEW -j J -q` would run but for the probes (a few microseconds an
event). The probes write when each process did what and its CPU at that moment.

Printed per round: wall, CPU of every process (the parent, the fork server, each worker,
the rest: multiprocessing's resource tracker), the cores' idle time (J cores × wall − CPU)
and where it falls: before both workers hold a task (the parent's start, the fork server's
loads), between tasks (a worker waiting for the parent), after a worker's last task while
the other still works (the tail), after the last task (the last commit, the exit). Then
the full timeline of the round with the smallest wall time: seconds from the parent's
start, each process's CPU in brackets.

Last line: `wall_s=… cpu_s=… idle_core_s=… start_idle_s=… tail_idle_s=…` (min wall round).
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
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from descendants import become_subreaper, children_cpu, reap_orphans  # noqa: E402
from ingest_vs_natasha import DEFAULT_DIRS, gather  # noqa: E402
from timeline_probe import TIMELINE_ENV  # noqa: E402


@dataclass
class Proc:
    """One process's events: (name, seconds from the parent's start, its CPU, extra)."""

    pid: str
    role: str
    events: list[tuple[str, float, float, str]] = field(default_factory=list)

    def first(self, name: str) -> tuple[str, float, float, str] | None:
        return next((e for e in self.events if e[0] == name), None)

    def last(self, name: str) -> tuple[str, float, float, str] | None:
        return next((e for e in reversed(self.events) if e[0] == name), None)

    def tasks(self) -> list[tuple[float, float, int]]:
        """(begin, end, documents) of each task, in order."""
        begins = [e for e in self.events if e[0] == "task_begin"]
        ends = [e for e in self.events if e[0] == "task_end"]
        return [(b[1], e[1], int(b[3] or 0)) for b, e in zip(begins, ends, strict=False)]


def child(corpus: str, db: str, jobs: str) -> int:
    """The measured process: the CLI's ingest with the probes in it and in the fork server."""
    import timeline_probe

    timeline_probe.install_parent()
    import store.ingest
    from store.cli import main

    if not Path(store.__file__).resolve().is_relative_to(ROOT):
        sys.exit(f"measuring {store.__file__}, not this checkout's store ({ROOT})")

    store.ingest.PRELOAD = ("timeline_probe", *store.ingest.PRELOAD)
    return main(["ingest", corpus, "--db", db, "-j", jobs, "-q"])


def read_events(folder: Path) -> tuple[list[Proc], float]:
    """Every process's events, times made relative to the parent's start."""
    procs: dict[str, Proc] = {}
    for path in folder.glob("*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            pid, role, name, at, cpu, extra = line.split("\t")
            proc = procs.setdefault(pid, Proc(pid, role))
            proc.role = role if role != "?" else proc.role
            proc.events.append((name, float(at), float(cpu), extra))
    parent = next(p for p in procs.values() if p.role == "parent")
    t0 = float(parent.first("probe_installed")[3].split("=")[1])
    for p in procs.values():
        p.events = sorted((n, at - t0, cpu, x) for n, at, cpu, x in p.events)
        p.events.sort(key=lambda e: e[1])
    return list(procs.values()), t0


@dataclass
class Round:
    wall: float
    cpu: float
    procs: list[Proc]

    def by_role(self, role: str) -> list[Proc]:
        return sorted((p for p in self.procs if p.role == role), key=lambda p: p.events[0][1])

    def summary(self, cores: int) -> dict[str, float]:
        """The figures of the round: CPU per process kind, and where the cores stood idle."""
        parent = self.by_role("parent")[0]
        workers = [w for w in self.by_role("worker") if w.tasks()]
        cpu_parent = parent.last("exit")[2]
        cpu_workers = [w.last("exit")[2] if w.last("exit") else float("nan") for w in workers]
        server = self.by_role("server")
        cpu_server = max((e[2] for e in server[0].events), default=0.0) if server else 0.0
        end = parent.last("exit")[1]
        first_tasks = sorted(w.tasks()[0][0] for w in workers)
        last_ends = sorted(w.tasks()[-1][1] for w in workers)
        gaps = sum(b2 - e1 for w in workers for (_, e1, _), (b2, _, _) in zip(w.tasks(), w.tasks()[1:], strict=False))
        # Core-seconds no worker task held a core: before each worker's first task, between
        # its tasks, after its last one (cores beyond the workers' count are not counted).
        start_idle = sum(first_tasks) + max(0, cores - len(workers)) * end
        tail_idle = sum(last_ends[-1] - e for e in last_ends)
        end_idle = len(workers) * (end - last_ends[-1])
        return {
            "wall": self.wall,
            "cpu": self.cpu,
            "cpu_parent": cpu_parent,
            "cpu_server": cpu_server,
            "cpu_workers": sum(cpu_workers),
            "cpu_rest": self.cpu - cpu_parent - cpu_server - sum(cpu_workers),
            "idle": cores * self.wall - self.cpu,
            "start_idle": start_idle,
            "gap_idle": gaps,
            "tail_idle": tail_idle,
            "end_idle": end_idle,
            "tasks": sum(len(w.tasks()) for w in workers),
            "send_s": sum(float(e[3].split()[1]) for w in workers for e in w.events if e[0] == "task_end"),
        }


def run_round(corpus: Path, db: Path, jobs: int, folder: Path) -> Round:
    folder.mkdir()
    # The checkout this script sits in is measured, not the one installed in the venv, and
    # the fork server does not get this process's sys.path (Python 3.11 ignores what
    # multiprocessing sends it): both found through PYTHONPATH.
    path = os.pathsep.join(filter(None, [str(ROOT), str(HERE), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, TIMELINE_ENV: str(folder), "PYTHONPATH": path}
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(corpus), str(db), str(jobs)]
    cpu, started = children_cpu(), time.perf_counter()
    # Run from the checkout: the fork server's sys.path starts with its working folder.
    proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - started
    reap_orphans()
    if proc.returncode not in (0, 1):
        sys.exit(f"ingest failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    procs, _ = read_events(folder)
    return Round(wall, children_cpu() - cpu, procs)


def print_timeline(r: Round) -> None:
    """Every process's main events, in seconds from the parent's start, CPU in brackets."""
    parent = r.by_role("parent")[0]

    def at(e) -> str:
        return f"{e[1]:6.3f} ({e[2]:.2f})" if e else "     —"

    print("\ntimeline of the fastest round (s from the parent's start; that process's CPU s):")
    print(f"  parent   probe installed (interpreter up, CLI imported) {at(parent.first('probe_installed'))}")
    print(f"  parent   files found, pool begins                      {at(parent.first('pool_begin'))}")
    for s in r.by_role("server"):
        start = float(s.first("server_imported_probe")[3].split("=")[1]) - float(
            parent.first("probe_installed")[3].split("=")[1]
        )
        print(f"  server   process started                               {start:6.3f}")
        print(f"  server   interpreter up, probe imported                {at(s.first('server_imported_probe'))}")
        print(
            f"  server   warm-up begins / ends                         {at(s.first('warm_begin'))} / {at(s.first('warm_end'))}"
        )
        print(
            f"  server   model load begins / ends                      {at(s.first('model_begin'))} / {at(s.first('model_end'))}"
        )
    print(f"  parent   pool ready (workers forked)                   {at(parent.first('pool_ready'))}")
    for k, w in enumerate(r.by_role("worker")):
        tasks = w.tasks()
        if not tasks:
            continue
        busy = sum(e - b for b, e, _ in tasks)
        print(
            f"  worker{k}  forked {at(w.first('forked'))}  ready {at(w.first('ready'))}  first task {tasks[0][0]:6.3f}"
            f"  last task ends {tasks[-1][1]:6.3f}  exit {at(w.last('exit'))}  {len(tasks)} tasks,"
            f" {sum(n for *_, n in tasks)} docs, busy {busy:.2f} s"
        )
    commits = [
        (b[1], e[1], e[2] - b[2])
        for b, e in zip(
            [e for e in parent.events if e[0] == "commit_begin"],
            [e for e in parent.events if e[0] == "commit_end"],
            strict=False,
        )
    ]
    results = [e for e in parent.events if e[0] == "result"]
    print(
        f"  parent   first result {at(parent.first('first_result'))}  last result {at(results[-1] if results else None)}"
    )
    print(
        f"  parent   {len(commits)} commits, {sum(e - b for b, e, _ in commits):.3f} s wall,"
        f" {sum(c for *_, c in commits):.3f} s CPU; last ends {commits[-1][1] if commits else 0:6.3f}"
    )
    print(f"  parent   exit                                          {at(parent.last('exit'))}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return child(*argv[1:4])
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    become_subreaper()
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-timeline-"))
    cores = min(args.jobs, os.cpu_count() or 1)
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        n = len(gather(args.dirs or DEFAULT_DIRS, args.repeat, corpus))
        rounds = []
        for k in range(args.rounds):
            load = os.getloadavg()[0]
            r = run_round(corpus, work / f"r{k}.db", args.jobs, work / f"events{k}")
            rounds.append(r)
            s = r.summary(cores)
            print(
                f"round {k + 1} (load {load:.2f}): wall {s['wall']:.2f} s, CPU {s['cpu']:.2f} s"
                f" (parent {s['cpu_parent']:.2f}, server {s['cpu_server']:.2f}, workers {s['cpu_workers']:.2f},"
                f" rest {s['cpu_rest']:.2f}); idle core-s {s['idle']:.2f}: before both work {s['start_idle']:.2f},"
                f" between tasks {s['gap_idle']:.2f}, tail {s['tail_idle']:.2f}, after the last task"
                f" {s['end_idle']:.2f}; {s['tasks']} tasks, results sent in {s['send_s']:.3f} s",
                flush=True,
            )
        print(f"{n} texts, ingest --jobs {args.jobs}, {os.cpu_count()} cores, load at the end {os.getloadavg()[0]:.2f}")
        walls = [r.wall for r in rounds]
        print(f"wall min {min(walls):.2f} median {statistics.median(walls):.2f} s")
        best = min(rounds, key=lambda r: r.wall)
        print_timeline(best)
        s = best.summary(cores)
        print(
            f"wall_s={s['wall']:.2f} cpu_s={s['cpu']:.2f} idle_core_s={s['idle']:.2f} "
            f"start_idle_s={s['start_idle']:.2f} tail_idle_s={s['tail_idle']:.2f}"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

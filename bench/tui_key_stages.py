"""Where a search keystroke's time goes, stage by stage, per key: checkouts alternated.

    python bench/tui_key_stages.py --db STORE [--runs 3] [--code A --code B] [--slowest 4]

Each run is one process of one checkout's code (its store/ and tui/ first on the path)
running this checkout's bench/search_tui_probe.py (as bench/tui_keystroke.py does: «khorgos»
pasted, then ` очередь`, 8 backspaces, ` railway`, each key after the last one's whole
frame), with the search screen's, the search thread's and the store's read functions
wrapped to stamp when each begins and ends (time.monotonic() and the thread's CPU clock).
Per key, from the key event (ms, wall) to:

- `edit`: the search box's edit (SearchInput.replace) — the UI thread took the key;
- `start`: the search thread began the key's query (SearchRunner._run); `ahead` is how
  much of the wait before it the thread spent finishing the read-ahead of the last
  results (the read of a name's articles a key typing on after it lets finish);
- `entities`, `search`, `snippets`: the entity step, the whole search and the snippets
  cut, each as wall / CPU of the search thread; `sql` the store reads
  (store.db.search_reads) of the key over 0.3 ms, slowest first;
- `hits`: the UI thread took the whole results (the message's wait in its queue);
- `rows`: the rows built from them (SearchScreen._items), `paint`: the frame written
  (SearchScreen._paint_now: the list's new lines and Textual's compositor), each CPU of
  the UI thread;
- `whole`: the frame with the whole results (the probe's own stamp, the target's measure).

Printed: per side each key's median over the runs (the first run of each side is a
warm-up), then the `--slowest` keys (by median `whole`: those that set a run's p95 over 24
keys) with every run's stages and the slowest run's SQL. Wrapping costs ~5 µs a call
(~60 calls a key): `whole` here is a little above bench/tui_keystroke.py's, which times
the same frames unwrapped. A wrapped function a checkout lacks is skipped (its stage
prints «-»). bench/README.md «Stop 47, tui86» has the first reading.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import inspect
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYCACHE = Path(tempfile.gettempdir()) / "borderdocs-bench-pycache"
CACHES = Path(tempfile.gettempdir()) / "borderdocs-bench-caches"
KEYS_SHOWN = [*" очередь", *["⌫"] * 8, *" railway"]  # the probe's KEYS as printed
SQL_SHOWN_MS = 0.3

# ---- the child: one run, its events stamped

EVENTS: list[tuple[float, float, str, str, object]] = []  # (monotonic, thread CPU, thread, tag, detail)


def _stamp(tag: str, detail: object = None) -> None:
    EVENTS.append((time.monotonic(), time.thread_time(), threading.current_thread().name, tag, detail))


def _wrap(owner, name: str, tag: str, detail=None) -> None:
    """Stamp `tag>` and `tag<` around owner.name (skipped when the checkout lacks it)."""
    real = getattr(owner, name, None)
    if real is None:
        return

    def stamped(*args, **kwargs):
        what = detail(args, kwargs) if detail else None
        _stamp(tag + ">", what)
        try:
            return real(*args, **kwargs)
        finally:
            _stamp(tag + "<", what)

    setattr(owner, name, stamped)


def _instrument(probe) -> None:
    from store.db import search_reads
    from tui import search_runner, searching
    from tui.screens import search_screen

    screen, runner = search_screen.SearchScreen, search_runner.SearchRunner
    _wrap(search_screen.SearchInput, "replace", "edit")
    _wrap(runner, "_run", "start", lambda a, k: a[1])
    _wrap(runner, "_read_ahead", "ahead")
    _wrap(searching, "search", "search", lambda a, k: "entities" if k.get("entities_only") else "whole")
    _wrap(searching, "cut_snippets", "snippets")
    _wrap(screen, "on_search_screen_hits", "hits", lambda a, k: [a[1].seq, a[1].phase])
    _wrap(screen, "_items", "rows")
    _wrap(screen, "_paint_now", "paint")
    for name, fn in list(vars(search_reads).items()):
        if inspect.isfunction(fn) and fn.__module__ == search_reads.__name__ and not name.startswith("_"):
            _wrap(
                search_reads,
                name,
                "sql." + name,
                lambda a, k: a[1][:60] if len(a) > 1 and isinstance(a[1], str) else "",
            )
    real_send = probe._send

    def send(app, key):
        sent = real_send(app, key)
        EVENTS.append((sent, float("nan"), "probe", "key", key))
        return sent

    probe._send = send


def child(code: Path, db: str, query: str) -> dict:
    sys.path.insert(0, str(HERE))
    import search_tui_probe as probe  # this checkout's probe (it puts its own root first on the path)

    sys.path.insert(0, str(code))  # ... then the measured checkout's code before it
    import tui

    if Path(tui.__file__).resolve().parent != (code / "tui").resolve():
        raise SystemExit(f"tui_key_stages: imported {tui.__file__}, not {code}'s tui/")
    _instrument(probe)
    data = asyncio.run(probe.probe(db, query))
    keys = [e for e in EVENTS if e[3] == "key"][-len(data["key_seqs"]) :]
    whole = {seq: min(t for s, p, t, *_ in probe.PAINTS if s == seq and p == "whole") for seq in data["key_seqs"]}
    return {"stages": key_stages(sorted(EVENTS, key=lambda e: e[0]), [k[0] for k in keys], data["key_seqs"], whole)}


# ---- per key, from the stamps


def _span(events: list, tag: str, thread: str | None = None, detail=None) -> tuple[float, float, float] | None:
    """The first `tag>` … `tag<` pair in `events` (matching thread and detail): (start, wall, CPU)."""
    start = None
    for t, cpu, th, tg, what in events:
        if thread is not None and th != thread or detail is not None and what != detail:
            continue
        if tg == tag + ">" and start is None:
            start = (t, cpu, th)
        elif tg == tag + "<" and start is not None and th == start[2]:
            return start[0], t - start[0], cpu - start[1]
    return None


def _ms_from(t0: float, t: float | None) -> float | None:
    return None if t is None else round((t - t0) * 1000, 2)


def _both(span: tuple[float, float, float] | None) -> list[float] | None:
    """A span's [wall, CPU] in ms."""
    return None if span is None else [round(span[1] * 1000, 2), round(span[2] * 1000, 2)]


def _overlap(events: list, tag: str, thread: str | None, lo: float, hi: float) -> float:
    """Seconds of `thread`'s `tag>` … `tag<` spans between lo and hi (one begun before lo too)."""
    total, begun = 0.0, None
    for t, _, th, tg, _ in events:
        if th != thread:
            continue
        if tg == tag + ">":
            begun = t
        elif tg == tag + "<" and begun is not None:
            total += max(0.0, min(t, hi) - max(begun, lo))
            begun = None
    return total


def key_stages(events: list, sent: list[float], seqs: list[int], whole: dict[int, float]) -> list[dict]:
    """Each key's stages (ms) from its stamps: events from its key event to the next key's
    (sorted by time), `sent` the keys' event times, `whole` each seq's whole frame."""
    out = []
    for i, (t0, seq) in enumerate(zip(sent, seqs, strict=True)):
        t1 = sent[i + 1] if i + 1 < len(sent) else float("inf")
        mine = [e for e in events if t0 <= e[0] < t1]
        ms = functools.partial(_ms_from, t0)
        edit = _span(mine, "edit")
        start = next((e for e in mine if e[3] == "start>" and e[4] == seq), None)  # (ends after the key's Hits)
        searcher = start and start[2]
        ahead = _overlap(events, "ahead", searcher, t0, start[0] if start else t1)
        hits = _span(mine, "hits", detail=[seq, "whole"])
        after = [e for e in mine if hits is not None and e[0] >= hits[0]]
        rows, paint = _span(after, "rows"), _span(after, "paint")
        sql = []
        for tag in {e[3][:-1] for e in mine if e[3].startswith("sql.") and e[3].endswith(">")}:
            rest = [e for e in mine if e[2] == searcher]
            while (span := _span(rest, tag)) is not None:
                sql.append([tag[4:], ms(span[0]), round(span[1] * 1000, 2)])
                rest = [e for e in rest if e[0] > span[0] + span[1]]
        out.append(
            {
                "key": i + 1,
                "edit": ms(edit and edit[0]),
                "start": ms(start and start[0]),
                "ahead": round(ahead * 1000, 2),
                "entities": _both(_span(mine, "search", searcher, "entities")),
                "search": _both(_span(mine, "search", searcher, "whole")),
                "snippets": _both(_span(mine, "snippets", searcher)),
                "hits": ms(hits and hits[0]),
                "rows": _both(rows) and _both(rows)[1],
                "paint": _both(paint) and _both(paint)[1],
                "whole": ms(whole.get(seq)),
                "sql": sorted(sql, key=lambda s: -s[2]),
            }
        )
    return out


# ---- the parent: alternated runs, the table


def run_one(code: Path, db: str, query: str) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(code), "OMP_NUM_THREADS": "1", "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["BORDERDOCS_CACHE_DIR"] = str(Path(os.environ.get("BORDERDOCS_CACHE_DIR") or CACHES) / code.name)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(code), "--db", db, "--query", query]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=str(code))
    if proc.returncode:
        raise SystemExit(f"tui_key_stages: {code.name} failed: {proc.stderr.strip().splitlines()[-3:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])["stages"]


def _median(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def _cell(value) -> str:
    if value is None:
        return "-"
    return f"{value:.1f}"


STAGES = ("edit", "start", "ahead", "entities", "search", "snippets", "hits", "rows", "paint", "whole")


def medians(runs: list[list[dict]]) -> list[dict]:
    """Each key's median of each stage over the runs (a [wall, CPU] stage: each median)."""
    out = []
    for keys in zip(*runs, strict=True):
        row: dict = {"key": keys[0]["key"]}
        for stage in STAGES:
            values = [k[stage] for k in keys]
            if any(isinstance(v, list) for v in values):
                pairs = [v for v in values if v]
                row[stage] = [_median([p[0] for p in pairs]), _median([p[1] for p in pairs])] if pairs else None
            else:
                row[stage] = _median(values)
        out.append(row)
    return out


def table(rows: list[dict]) -> str:
    head = "key        edit start ahead  entities    search  snippets  hits  rows paint  whole"
    lines = [head, "           (ms from the key; entities/search/snippets wall/CPU; rows, paint UI CPU)"]
    for r in rows:
        label = KEYS_SHOWN[r["key"] - 1] if r["key"] <= len(KEYS_SHOWN) else "?"
        pair = lambda v: "-" if not v else f"{_cell(v[0])}/{_cell(v[1])}"  # noqa: E731
        lines.append(
            f"#{r['key']:<2} {label!r:5} {_cell(r['edit']):>5} {_cell(r['start']):>5} {_cell(r['ahead']):>5}"
            f" {pair(r['entities']):>9} {pair(r['search']):>9} {pair(r['snippets']):>9} {_cell(r['hits']):>5}"
            f" {_cell(r['rows']):>5} {_cell(r['paint']):>5} {_cell(r['whole']):>6}"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--code", action="append", type=Path, metavar="CHECKOUT")
    ap.add_argument("--query", default="khorgos")
    ap.add_argument("--slowest", type=int, default=4)
    ap.add_argument("--json", metavar="FILE", help="write every run's stages here")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child.resolve(), args.db, args.query)))
        return
    codes = [c.resolve() for c in args.code] if args.code else [HERE.parent]
    for code in codes:
        run_one(code, args.db, args.query)  # warm-up: .pyc files, the cache folder, the file cache
    runs: dict[str, list[list[dict]]] = {c.name: [] for c in codes}
    for r in range(args.runs):
        for code in codes if r % 2 == 0 else codes[::-1]:
            runs[code.name].append(run_one(code, args.db, args.query))
    load = os.getloadavg()
    print(f"{time.strftime('%H:%M:%S')} load {load[0]:.1f} / {load[1]:.1f}; {args.runs} runs a side, alternated")
    for name, side in runs.items():
        rows = medians(side)
        print(f"\n== {name}: each key's median over {len(side)} runs\n{table(rows)}")
        slow = sorted(rows, key=lambda r: -(r["whole"] or 0))[: args.slowest]
        print(f"-- {name}: the {args.slowest} slowest keys, every run")
        for r in slow:
            runs_of = [run[r["key"] - 1] for run in side]
            print(table(runs_of).split("\n", 2)[2])
            worst = max(runs_of, key=lambda k: k["whole"] or 0)
            sql = ", ".join(f"{s[0]} {s[2]:.2f}" for s in worst["sql"] if s[2] >= SQL_SHOWN_MS)
            print(f"    its slowest run's reads over {SQL_SHOWN_MS} ms: {sql or 'none'}")
    if args.json:
        Path(args.json).write_text(json.dumps(runs))


if __name__ == "__main__":
    main()

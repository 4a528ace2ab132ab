"""How fast the explorer's tabs 3 (Checkpoints board), 4 (Directives) and 5 (Facts)
open and re-sort or re-filter on a store of N articles.

    python bench/tui_views.py --articles 100000

The store is the one bench/tui_startup.py builds (same synthetic articles, written
through store.db.write_article), except that its checkpoint mentions resolve to
gazetteer rows (`ref`) and its facts point at gazetteer ids, with queue, status and
deadline facts beside the capacity ones, so the board has something to show for the
eight crossings the articles name. It is cached in the temp directory keyed by N.

Then `borderdocs-tui --db STORE` runs in a pseudo-terminal of 80x24, as a user
would, and each figure is the time from writing a key to the terminal until the
tab's status line with the new count, sort or filter has been drawn: `3`, `4`, `5`
the first open of each tab (nothing is fetched before), `s` each board sort in turn
(the slowest is reported), `S` the board reversed, the same two on the directives
(each column after the date, each printed, the slowest reported; `S` on the last, the
checkpoint), `k` the facts filtered to queues. The first directive sort reads the sort
columns of every directive (store.db.directive_reads.sort_table), the next ones and the
reverse sort them in memory.
Each launch measures all of them once; the median of --runs launches is reported.
Last line:
    board_open_s=... board_sort_s=... board_reverse_s=... directives_open_s=... directives_sort_s=...
    directives_reverse_s=... facts_open_s=... facts_filter_s=... load=...
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import tui_startup  # noqa: E402
from tui_startup import CHECKPOINTS, synthetic  # noqa: E402

from store.db import store as db  # noqa: E402
from store.lang import gazetteer  # noqa: E402
from store.model import Fact  # noqa: E402

# The gazetteer row of each name the synthetic articles use (the first of several).
REFS = {
    name: next(c.id for c in gazetteer.all() if name.casefold() in (n.casefold() for n in c.all_names()))
    for name in CHECKPOINTS
}


def linked(i: int):
    """Synthetic article i with its checkpoint resolved to the gazetteer and more facts."""
    article, extraction = synthetic(i)
    for m in extraction.mentions:
        if m.type == "checkpoint":
            m.ref = REFS[m.name]
    cp = REFS[CHECKPOINTS[i % len(CHECKPOINTS)]]
    head = article.body.split(". ")[0] + "."
    facts = [Fact(cp, f.kind, f.text, f.sentence, f.date) for f in extraction.facts]
    if i % 3 == 0:
        facts.append(Fact(cp, "queue", f"очередь из {50 + i % 400} грузовиков", head, None))
    if i % 11 == 0:
        facts.append(Fact(cp, "status", "ведется реконструкция", head, None))
    if i % 13 == 0:
        facts.append(Fact(cp, "deadline", "завершение до конца года", head, article.date[:4]))
    extraction.facts = facts
    return article, extraction


def build_store(n: int) -> Path:
    """tui_startup's cached store, its rows linked to gazetteer checkpoints (`linked`)."""
    return tui_startup.build_store(n, make=linked, name=f"views-v{db.SCHEMA_VERSION}")


class Terminal:
    """borderdocs-tui in a pseudo-terminal of 80x24, as a user runs it: keys go in,
    and a figure is the time until a marker string is written to the terminal."""

    def __init__(self, path: Path, cols: int = 80, rows: int = 24) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", COLUMNS=str(cols), LINES=str(rows))
        exe = Path(sys.executable).with_name("borderdocs-tui")
        cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "tui.cli"]
        self.proc = subprocess.Popen(
            cmd + ["--db", str(path)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=ROOT,
            start_new_session=True,
        )
        os.close(slave)
        self.seen = b""

    def wait_for(self, marker: str, since: int, t0: float, timeout: float = 30.0) -> float:
        """Seconds from t0 until `marker` appears in the output after byte `since`."""
        want = marker.encode()
        while time.perf_counter() - t0 < timeout:
            ready, _, _ = select.select([self.master], [], [], 0.02)
            if ready:
                self.seen += os.read(self.master, 65536)
                if want in self.seen[since:]:
                    return time.perf_counter() - t0
            if self.proc.poll() is not None:
                break
        tail = self.seen[-300:].decode("utf-8", "replace")
        raise SystemExit(f"marker {marker!r} never appeared; last output: {tail!r}")

    def key(self, keys: str, marker: str) -> float:
        """Send `keys`; seconds until `marker` is drawn."""
        since = len(self.seen)
        t0 = time.perf_counter()
        os.write(self.master, keys.encode())
        return self.wait_for(marker, since, t0)

    def close(self) -> None:
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
        os.close(self.master)


def one_run(path: Path, n: int) -> dict[str, float]:
    """One launch: open each tab, sort and filter, each timed to its status line."""
    from store.db import board, directive_reads

    term = Terminal(path)
    out: dict[str, float] = {}
    try:
        term.wait_for(f"#{n - 1:07d}", 0, time.perf_counter())  # the first screen is up
        time.sleep(2.0)  # past the background damage check (1.5 s after the first screen)
        out["board_open"] = term.key("3", "checkpoints · by name")
        sorts = []
        for sort in board.BOARD_SORTS[1:]:
            label = {"status_date": "status date", "queue_date": "queue date"}.get(sort, sort)
            sorts.append(term.key("s", f"by {label} ·"))
        out["board_sort"] = max(sorts)
        out["board_reverse"] = term.key("S", "reversed ·")
        out["directives_open"] = term.key("4", "directives, newest first")
        labels = {"by": "giver", "to": "addressee", "when": "deadline"}
        sorts = [
            term.key("s", f"directives, by {labels.get(sort, sort)}") for sort in directive_reads.DIRECTIVE_SORTS[1:]
        ]
        out["directives_sort"] = max(sorts)
        print("directive sorts (ms, " + ", ".join(directive_reads.DIRECTIVE_SORTS[1:]) + "): ", end="")
        print(" ".join(f"{t * 1000:.0f}" for t in sorts))
        out["directives_reverse"] = term.key("S", "by checkpoint reversed")
        out["facts_open"] = term.key("5", "facts, newest first · all kinds")
        out["facts_filter"] = term.key("k", "newest first · queue")
    finally:
        term.close()
    return out


def describe(path: Path) -> None:
    """What the store holds that the views show."""
    from store.db import board, directive_reads, fact_reads

    store = db.open_store(path)
    try:
        rows = board.board_rows(store)
        with_facts = sum(1 for r in rows if r["status_date"] or r["queue"] or r["capacity"])
        print(
            f"store: {directive_reads.count_directives(store):,} directives, {fact_reads.count_facts(store):,} facts"
            f" ({fact_reads.count_facts(store, 'queue'):,} queue), {len(rows)} board rows, {with_facts} with facts"
        )
    finally:
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3, help="fresh apps; the median of each figure is reported")
    args = ap.parse_args()
    path = build_store(args.articles)
    describe(path)
    runs = [one_run(path, args.articles) for _ in range(args.runs)]
    keys = (
        "board_open",
        "board_sort",
        "board_reverse",
        "directives_open",
        "directives_sort",
        "directives_reverse",
        "facts_open",
        "facts_filter",
    )
    for r in runs:
        print("run: " + " ".join(f"{k}={r[k] * 1000:.0f}ms" for k in keys))
    print(
        " ".join(f"{k}_s={statistics.median(r[k] for r in runs):.3f}" for k in keys) + f" load={os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()

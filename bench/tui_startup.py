"""How fast the explorer shows its first screen, and how much memory it takes,
on a synthetic store of N articles; plus how fast a search keystroke repaints.

    python bench/tui_startup.py --articles 100000

The store is built through the store's own write path (store.db.store.write_article,
an Article plus an Extraction with a few mentions each) and cached in the temp
directory keyed by N and the schema version, so reruns only measure, and a checkout
with a newer schema never migrates the store an older checkout is measuring. Then `borderdocs-tui --db STORE`
is launched in a pseudo-terminal of 80x24, as a user would, and the time from
spawn until the newest article's title is written to the terminal is the first
paint; RSS and CPU time (user + system) are read from the process at that moment.
Last line (medians; the load average when the runs ended):
    first_paint_s=... rss_mb=... cpu_s=... load=...
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.db import store as db  # noqa: E402
from store.model import Article, Directive, Extraction, Fact, Mention  # noqa: E402

CHECKPOINTS = ["Хоргос", "Достык", "Нур Жолы", "Алтынколь", "Кордай", "Жибек жолы", "Бахты", "Майкапчагай"]
SURNAMES = [
    "Бектенов",
    "Смаилов",
    "Жумангарин",
    "Карабаев",
    "Сапаров",
    "Ертаев",
    "Омаров",
    "Исаев",
    "Тулеев",
    "Ахметов",
]
FIRST = ["Олжас", "Алихан", "Серик", "Марат", "Ерлан", "Канат", "Нурлан", "Асет", "Бауыржан", "Даурен"]
ORGS = [
    "Комитет государственных доходов",
    "Министерство транспорта",
    "КТЖ",
    "Пограничная служба КНБ",
    "Министерство финансов",
    "Министерство торговли и интеграции",
]
SOURCES = ["Kazinform", "Kazakhstan Today", "Tengrinews", "Rail-news.kz", "Kazpravda.kz", "Report", "Zakon.kz"]
FILLER = (
    "Работы по реконструкции пункта пропуска идут по графику, сообщили в ведомстве. "
    "Пропускная способность вырастет, очереди грузовиков на границе сократятся. "
)


def synthetic(i: int) -> tuple[Article, Extraction]:
    """Article i: dated over ~8 years, newest is the highest i; three to five mentions."""
    cp = CHECKPOINTS[i % len(CHECKPOINTS)]
    person = f"{FIRST[i % 10]} {SURNAMES[(i // 10) % 10]}"
    org = ORGS[i % len(ORGS)]
    day = i * 2922 // 100_000 if i < 100_000 else 2921
    y, rest = divmod(day, 365)
    m, d = divmod(rest % 336, 28)
    date = f"{2018 + y:04d}-{m + 1:02d}-{d + 1:02d}"
    head = f"{person} поручил {org} ускорить работы на пункте пропуска {cp}. "
    body = head + FILLER * 18 + f"Материал #{i:07d}."
    title = f"#{i:07d} {cp}: реконструкция и очереди на границе"
    mentions = []
    for type_, name in (("person", person), ("organization", org), ("checkpoint", cp)):
        s = body.index(name)
        mentions.append(Mention(type_, name, name, s, s + len(name), role="министр" if type_ == "person" else None))
    facts = [Fact(cp, "capacity", "с 200 до 1600 транспортных средств в сутки", head, date[:7])] if i % 5 == 0 else []
    directives = [Directive(person, org, "ускорить работы", "в месячный срок", head)] if i % 7 == 0 else []
    article = Article(
        file=f"{i}.txt",
        path=f"/synthetic/{i}.txt",
        title=title,
        body=body,
        raw=body,
        date=date,
        source=SOURCES[i % len(SOURCES)],
        language="ru",
    )
    return article, Extraction(
        mentions=mentions,
        facts=facts,
        directives=directives,
        lemmas=f"{cp.lower()} реконструкция\nпункт пропуск граница очередь",
    )


def build_store(n: int, make=None, name: str = "tui") -> Path:
    """A cached store of `n` articles, each row from `make(i)` (default: `synthetic`),
    written through the project's own db path; rebuilt only when it is not complete."""
    make = make or synthetic
    path = Path(tempfile.gettempdir()) / f"borderdocs-bench-{name}-{n}.db"
    done = path.with_suffix(".done")
    if path.exists() and done.exists():
        return path
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    started = time.perf_counter()
    store = db.open_store(path, write=True, create=True)
    batch = 2000
    for lo in range(0, n, batch):
        with store.conn:
            for i in range(lo, min(n, lo + batch)):
                db.write_article(store, *make(i))
        print(f"\rbuilding {min(n, lo + batch)}/{n}", end="", file=sys.stderr, flush=True)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    done.write_text("ok")
    print(f"\nbuilt {path} in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return path


def first_paint(path: Path, marker: str, timeout: float = 30.0, bytecode: bool = False) -> tuple[float, float, float]:
    """Spawn the TUI in an 80x24 pty; seconds until `marker` is drawn, RSS (MB) then, and
    the CPU seconds (user + system) the process had used by then: on a machine shared
    with other work the wall time is mostly waiting for a core, the CPU time much less so.
    `bytecode`: let the TUI write and reuse its compiled modules even where the
    environment sets PYTHONDONTWRITEBYTECODE (an installed package has them; without,
    the project's modules are compiled from source at every launch)."""
    import psutil

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    exe = Path(sys.executable).with_name("borderdocs-tui")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "tui.cli"]
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd + ["--db", str(path)], stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT, start_new_session=True
    )
    os.close(slave)
    seen = b""
    elapsed = rss = cpu = float("nan")
    try:
        while time.perf_counter() - started < timeout:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    break
                if marker.encode() in seen:
                    elapsed = time.perf_counter() - started
                    child = psutil.Process(proc.pid)
                    rss = child.memory_info().rss / 2**20
                    times = child.cpu_times()
                    cpu = times.user + times.system
                    break
            if proc.poll() is not None:
                break
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        os.close(master)
    if elapsed != elapsed:
        tail = seen[-400:].decode("utf-8", "replace")
        raise SystemExit(f"marker {marker!r} never appeared; last output: {tail!r}")
    return elapsed, rss, cpu


async def keystroke_latency(path: Path, query: str = "khorgos") -> list[float]:
    """Seconds from each keystroke reaching the search box to the repaint showing its results."""
    from tui.cli import build_app
    from tui.screens.search_screen import SearchScreen

    app = build_app(["--db", str(path)])
    times = []
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("slash")
        await app.workers.wait_for_complete()  # the index warm-up
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        for ch in query:
            t0 = time.perf_counter()
            await pilot.press(ch)
            while screen.shown_seq != screen._seq and time.perf_counter() - t0 < 5:
                await asyncio.sleep(0.0005)
            # from the Input.Changed of this key to the repaint with its results
            times.append(screen.last_latency_s)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3, help="launches; the median is reported")
    ap.add_argument("--paint-only", action="store_true", help="skip the search keystrokes")
    ap.add_argument(
        "--bytecode",
        action="store_true",
        help="launch the TUI without PYTHONDONTWRITEBYTECODE, so its modules' bytecode is written once and reused",
    )
    args = ap.parse_args()
    path = build_store(args.articles, name=f"tui-v{db.SCHEMA_VERSION}")
    marker = f"#{args.articles - 1:07d}"  # the newest article's title: first row of the list
    if args.bytecode:
        first_paint(path, marker, bytecode=True)  # writes the bytecode; not counted
    runs = sorted(first_paint(path, marker, bytecode=args.bytecode) for _ in range(args.runs))
    for t, r, c in runs:
        print(f"launch: first paint {t:.3f}s, rss {r:.0f} MB, cpu {c:.3f}s")
    if not args.paint_only:
        keys = asyncio.run(keystroke_latency(path))
        print("search keystrokes (ms): " + " ".join(f"{k * 1000:.0f}" for k in keys))
        print(f"search_keystroke_max_ms={max(keys) * 1000:.0f}")
    t, r, _ = runs[len(runs) // 2]
    cpu = sorted(c for _, _, c in runs)[len(runs) // 2]
    print(f"first_paint_s={t:.3f} rss_mb={r:.0f} cpu_s={cpu:.3f} load={os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()

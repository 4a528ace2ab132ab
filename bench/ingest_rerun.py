"""A folder ingested, then ingested again, by two checkouts side by side: what a re-run costs.

    python bench/ingest_rerun.py A_CHECKOUT B_CHECKOUT [--small N] [--big-mb M] [--jobs J] [--rounds R]
    python bench/ingest_rerun.py A_CHECKOUT B_CHECKOUT --jsonl N [--append M] [--jobs J] [--rounds R]

Users run `borderdocs ingest FOLDER` daily on a folder that grows: the second run should
cost what is new, not what is stored (ingest78). The folder is made here, of made-up
sentences: one big text of M MB (many short paragraphs, the shape of an archive saved as
one file) and N small ones (a story each). Each checkout ingests it into a fresh store,
then again into the same store; the checkouts take turns, each round starting with the
other. Each run is a whole process started cold (`python -m store.cli ingest` with the
checkout first on PYTHONPATH), its wall and CPU seconds counted with every process it
started (bench/descendants.py).

Last line: `first a=…/… b=…/…  again a=…/… b=…/…` (wall/CPU s, minima over rounds).

`--jsonl N` (jsonl83): one JSON-lines dump of N records (bench/make_corpus.py's jsonl records,
its dumps joined into one `news.jsonl`), the shape a scraper appends to. B ingests it once
into a store (its wall/CPU printed: `first b=…`); then M records are appended and each round
gives each checkout a copy of that store to ingest the grown dump into, the checkouts taking
turns. Last line: `grown a=…/… b=…/…` (wall/CPU s, minima over rounds).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from descendants import become_subreaper, children_cpu, reap_orphans  # noqa: E402

POSTS = ["Хоргос", "Нур Жолы", "Кордай", "Жайсан", "Бахты", "Майкапчагай", "Алаколь", "Калжат", "Тасқала", "Сырым"]
WHAT = [
    "очередь грузовиков выросла до {n} машин",
    "за сутки границу пересекли {n} человек",
    "оформление занимает около {n} минут",
    "в очереди стоят {n} легковых автомобилей",
]
WHO = ["сообщили в пограничной службе", "сообщили в департаменте госдоходов", "передаёт корреспондент"]


def paragraph(rng: random.Random) -> str:
    post, what, who = rng.choice(POSTS), rng.choice(WHAT), rng.choice(WHO)
    day = rng.randint(1, 28)
    return f"На пункте пропуска «{post}» {day} декабря {what.format(n=rng.randint(5, 900))}, {who}."


def make_folder(folder: Path, small: int, big_mb: float) -> None:
    """`small` one-story texts and one text of `big_mb` MB, the same for a given size."""
    rng = random.Random(78)
    folder.mkdir(parents=True)
    for i in range(small):
        body = "\n\n".join(paragraph(rng) for _ in range(rng.randint(2, 5)))
        (folder / f"{i:05d}.txt").write_text(f"Сводка с границы №{i}\n\n{body}\n", encoding="utf-8")
    if big_mb <= 0:
        return
    limit = int(big_mb * 1024 * 1024)
    with (folder / "archive.txt").open("w", encoding="utf-8") as fh:
        fh.write("Архив сводок с границы\n\n")
        written = 0
        while written < limit:
            line = paragraph(rng) + "\n\n"
            fh.write(line)
            written += len(line.encode())


def make_dump(work: Path, records: int, extra: int) -> tuple[Path, list[bytes]]:
    """`work/news.jsonl` of `records` records, and `extra` more lines to append later."""
    corpus = work / "corpus"
    subprocess.run(
        [sys.executable, str(HERE / "make_corpus.py"), "--articles", str(records + extra), "--out", str(corpus)]
        + ["--seed", "83", "--formats", "jsonl"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    lines: list[bytes] = []
    for part in sorted(corpus.rglob("*.jsonl")):
        lines.extend(ln for ln in part.read_bytes().splitlines(keepends=True) if ln.strip())
    shutil.rmtree(corpus)
    dump = work / "news.jsonl"
    dump.write_bytes(b"".join(lines[:records]))
    return dump, lines[records : records + extra]


def copy_store(src: Path, dst: Path) -> None:
    import sqlite3

    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    b.close()
    a.close()


def grown(args, work: Path) -> None:
    """The --jsonl mode: a dump stored once, grown by --append records, ingested again."""
    dump, extra = make_dump(work, args.jsonl, args.append)
    size = dump.stat().st_size
    print(f"news.jsonl: {args.jsonl} records, {size / 2**20:.0f} MB; -j {args.jobs}", flush=True)
    stored = work / "stored.db"
    wall, cpu = run(args.b.resolve(), dump, stored, args.jobs)
    print(f"first b: wall {wall:.2f} s, CPU {cpu:.2f} s", flush=True)
    with dump.open("ab") as fh:
        fh.write(b"".join(extra))
    print(f"appended {len(extra)} records", flush=True)
    best: dict[str, tuple[float, float]] = {}
    for r in range(args.rounds):
        sides = [("a", args.a), ("b", args.b)]
        for side, checkout in sides if r % 2 == 0 else sides[::-1]:
            db = work / f"{side}{r}.db"
            copy_store(stored, db)
            wall, cpu = run(checkout.resolve(), dump, db, args.jobs)
            print(f"round {r + 1} {side} grown: wall {wall:.2f} s, CPU {cpu:.2f} s", flush=True)
            old = best.get(side, (float("inf"), float("inf")))
            best[side] = (min(old[0], wall), min(old[1], cpu))
            db.unlink()
    print("grown " + " ".join(f"{s}={best[s][0]:.2f}/{best[s][1]:.2f}" for s in "ab"))


def run(checkout: Path, folder: Path, db: Path, jobs: int) -> tuple[float, float]:
    """(wall s, CPU s) of one ingest of `folder` by `checkout`'s code into `db`."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(checkout), os.environ.get("PYTHONPATH")]))}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    args = [sys.executable, "-m", "store.cli", "ingest", str(folder), "--db", str(db), "-j", str(jobs), "-q"]
    cpu, started = children_cpu(), time.perf_counter()
    proc = subprocess.run(args, cwd=checkout, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - started
    reap_orphans()
    if proc.returncode not in (0, 1):
        sys.exit(f"{checkout}: ingest failed ({proc.returncode}): {proc.stderr.decode()[-300:]}")
    return wall, children_cpu() - cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", type=Path, help="checkout A (the reference)")
    ap.add_argument("b", type=Path, help="checkout B (the change)")
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--big-mb", type=float, default=20.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--jsonl", type=int, default=0, help="records of one JSON-lines dump (the dump mode)")
    ap.add_argument("--append", type=int, default=100, help="records appended to the dump before the re-runs")
    args = ap.parse_args(argv)
    become_subreaper()
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-rerun-"))
    try:
        if args.jsonl:
            grown(args, work)
            return 0
        folder = work / "news"
        make_folder(folder, args.small, args.big_mb)
        print(f"{args.small} small texts, a {args.big_mb:g} MB one; -j {args.jobs}", flush=True)
        best: dict[tuple[str, str], tuple[float, float]] = {}
        for r in range(args.rounds):
            sides = [("a", args.a), ("b", args.b)]
            for side, checkout in sides if r % 2 == 0 else sides[::-1]:
                db = work / f"{side}{r}.db"
                for which in ("first", "again"):
                    wall, cpu = run(checkout.resolve(), folder, db, args.jobs)
                    print(f"round {r + 1} {side} {which}: wall {wall:.2f} s, CPU {cpu:.2f} s", flush=True)
                    old = best.get((which, side), (float("inf"), float("inf")))
                    best[(which, side)] = (min(old[0], wall), min(old[1], cpu))
        cells = [
            f"{which} " + " ".join(f"{s}={best[(which, s)][0]:.2f}/{best[(which, s)][1]:.2f}" for s in "ab")
            for which in ("first", "again")
        ]
        print("  ".join(cells))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`borderdocs ingest` of two checkouts, A/B, whole processes alternated: CPU per text.

    python bench/ingest_ab.py A_CHECKOUT B_CHECKOUT [DIR ...] [--repeat K] [--jobs J] [--rounds R]
                              [--formats txt|all] [--cache-per-side]

For a change that is speed only, on a machine other jobs share: the two checkouts'
ingests run in turn, each round starting with the other one, over the same files (those
of bench/ingest_vs_natasha.py: the `.txt` files under DIRs, default eval/corpus/dev and
factRu's texts beside the checkout, each repeated K times as distinct articles), each
into a fresh store, each a whole process started cold (`python -m store.cli ingest` with
the checkout first on PYTHONPATH, so its `store` is the one imported, in this Python).
What is compared is CPU seconds per text, every process of the run counted (the fork
server, its workers, the writer): under load wall time mostly measures the other jobs,
CPU time much less. Wall time and the load average before each run are printed beside it.

`--formats all` (stop 43, perf81) reads every format the readers take, not `.txt` only:
the `.txt`, `.html`/`.htm` and `.jsonl` files of the DIRs (default eval/corpus/dev,
sample_data and factRu's texts), `.txt` repeated K times, a page or a dump copied once (a
copy would be the same article). The default stays `.txt`, so earlier figures compare.
`.txt`-only hid for 15 stops that no process which read an HTML page saved its regex
cache (perf79). Each side then also ingests each format alone and a one-text folder (the
start-up: models, knowledge base, fork server) in every round, and prints per format CPU
ms per text above that start-up (a format's CPU less the start-up's, over its texts; a
`.jsonl` text is a record). The A/B ratio is still that of the whole corpus in one ingest.

Both sides share the cache folder the environment names (BORDERDOCS_CACHE_DIR), so
each reads the regex cache file the other saved (one file per Python, not per checkout):
a side whose processes cannot save it (a checkout before perf79 that read an HTML page)
still starts warm on the patterns the other side saved. `--cache-per-side` gives each
side its own folder, warmed by an untimed round first, as a user's cache is one version's.

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

ROOT = HERE.parent
ALL_FORMATS_DIRS = [ROOT / "eval/corpus/dev", ROOT / "sample_data", *DEFAULT_DIRS[1:]]
SUFFIXES = {"html": (".html", ".htm"), "jsonl": (".jsonl",)}
START_UP_TEXT = "Пробный текст.\n\nНа пункте пропуска «Пример» утром стояли двадцать машин.\n"


def gather_formats(dirs: list[Path], repeat: int, into: Path) -> dict[str, int]:
    """Texts of every format under `dirs`, copied into `into`/FORMAT/: the `.txt` files
    `repeat` times (bench/ingest_vs_natasha.gather), a page or a dump once. Returns the
    texts per format: a file, or a dump's non-empty lines (a record is an article)."""
    (into / "txt").mkdir(parents=True)
    counts = {"txt": len(gather(dirs, repeat, into / "txt"))}
    for fmt, suffixes in SUFFIXES.items():
        folder = into / fmt
        folder.mkdir()
        counts[fmt] = 0
        for d in dirs:
            for src in sorted(f for f in d.glob("*") if f.suffix.lower() in suffixes) if d.is_dir() else []:
                dst = folder / f"{d.name}_{src.name}"
                shutil.copyfile(src, dst)
                counts[fmt] += _texts_in(dst, fmt)
    return counts


def _texts_in(path: Path, fmt: str) -> int:
    """Articles a file holds: one, or a JSON-lines dump's non-empty lines."""
    if fmt != "jsonl":
        return 1
    return sum(1 for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip())


def per_format_line(side: str, cpu_s: dict[str, list[float]], counts: dict[str, int]) -> str:
    """`A: start-up 1.23 s; txt 25.1 ms/text; …`: each format's min CPU over rounds, less
    the start-up's min, over its texts (the start-up run's one text is not subtracted)."""
    start = min(cpu_s["start-up"])
    parts = [f"start-up {start:.2f} s"]
    for fmt, n in counts.items():
        if n and cpu_s.get(fmt):
            parts.append(f"{fmt} {1000 * (min(cpu_s[fmt]) - start) / n:.1f} ms/text ({n})")
    return f"{side}: " + "; ".join(parts)


def run(checkout: Path, corpus: Path, db: Path, jobs: int, cache: Path | None = None) -> tuple[float, float]:
    """(wall s, CPU s) of one ingest by `checkout`'s code into the new store `db`, with
    `cache` as its BORDERDOCS_CACHE_DIR when given."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(checkout), os.environ.get("PYTHONPATH")]))}
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # a checkout may be read-only
    if cache is not None:
        env["BORDERDOCS_CACHE_DIR"] = str(cache)
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
    ap.add_argument("--formats", choices=("txt", "all"), default="txt", help="all: HTML and JSONL too, timed apart")
    ap.add_argument(
        "--cache-per-side",
        action="store_true",
        help="each side its own cache folder, warmed by an untimed round: a user's cache is one version's",
    )
    args = ap.parse_args(argv)
    become_subreaper()
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-ab-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        folders = {"all": corpus}
        if args.formats == "all":
            counts = gather_formats(args.dirs or ALL_FORMATS_DIRS, args.repeat, corpus)
            folders |= {fmt: corpus / fmt for fmt, k in counts.items() if k}
            folders["start-up"] = work / "start-up"
            folders["start-up"].mkdir()
            (folders["start-up"] / "one.txt").write_text(START_UP_TEXT, encoding="utf-8")
        else:
            counts = {"txt": len(gather(args.dirs or DEFAULT_DIRS, args.repeat, corpus))}
        n = sum(counts.values())
        if not n:
            sys.exit("no texts found")
        sides = {"A": args.a.resolve(), "B": args.b.resolve()}
        for checkout in sides.values():
            compile_sources(checkout)
        caches = {side: work / f"cache-{side}" for side in sides} if args.cache_per_side else dict.fromkeys(sides)
        if args.cache_per_side:
            for side, checkout in sides.items():
                for folder in folders.values():
                    run(checkout, folder, work / "warm-up.db", args.jobs, caches[side])
                    (work / "warm-up.db").unlink(missing_ok=True)
        cpu_s: dict[str, dict[str, list[float]]] = {side: {name: [] for name in folders} for side in sides}
        walls: dict[str, list[float]] = {"A": [], "B": []}
        for r in range(args.rounds):
            for side in ("A", "B") if r % 2 == 0 else ("B", "A"):
                for name, folder in folders.items():
                    load = os.getloadavg()[0]
                    db = work / f"{side}{r}.db"
                    wall, secs = run(sides[side], folder, db, args.jobs, caches[side])
                    db.unlink(missing_ok=True)
                    cpu_s[side][name].append(secs)
                    if name != "all":
                        continue
                    walls[side].append(wall)
                    print(
                        f"round {r + 1} {side}: wall {wall:5.1f} s  CPU {1000 * secs / n:5.1f} ms/text  load {load:.2f}"
                    )
        cpu = {side: [1000 * s / n for s in cpu_s[side]["all"]] for side in sides}
        print(
            f"{n} texts ({', '.join(f'{k} {v}' for k, v in counts.items())}), ingest --jobs {args.jobs};"
            f" A = {sides['A']}, B = {sides['B']}"
        )
        for side in ("A", "B"):
            print(
                f"{side}: CPU min {min(cpu[side]):.1f} median {statistics.median(cpu[side]):.1f} ms/text;"
                f" wall min {min(walls[side]):.2f} median {statistics.median(walls[side]):.2f} s"
            )
        if args.formats == "all":
            for side in ("A", "B"):
                print(per_format_line(side, cpu_s[side], counts))
        a, b = min(cpu["A"]), min(cpu["B"])
        print(f"a_cpu_ms={a:.1f} b_cpu_ms={b:.1f} ratio={b / a:.3f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`borderdocs ingest` against the plain natasha loop a user would write instead, whole processes.

    python bench/ingest_vs_natasha.py [DIR ...] [--repeat K] [--jobs J] [--rounds 3]

The inputs are the `.txt` files under DIRs (default: eval/corpus/dev and, when it sits
beside the checkout, ../shared/eval/factru/texts: real news texts; never the test corpus), each
repeated K times (a copy gets a sentence of its own, which parsing keeps, so the ingest
stores and extracts every copy: see distinct_copy).

Three sides, each a whole process started cold (model loading included), timed wall-clock,
run in turn in every round, each round starting with the next side, so that load on the
machine falls on all three alike (wall and CPU seconds are both printed):

- `ingest`: `borderdocs ingest TMPDIR --db NEW.db --jobs J --quiet` (as `python -m store.cli`
  with this checkout first on PYTHONPATH and as working folder: its code is measured): reading, parsing,
  furniture, NER, every extraction pass, lemmas, the SQLite writes;
- `plain`: one Python process reading each file and running natasha's Segmenter and
  NewsNERTagger over it (segment + NER, nothing else): the obvious loop;
- `plain x2`: the same loop with the files split in two halves over two processes at once;
- `plain x2 1t`: the same two processes with one BLAS/OpenMP thread each: what "NER and
  nothing else" reaches on two cores, the physical limit of the ingest.

The plain loop is run as a user runs it, with numpy's default BLAS threads: on this
machine a "single-process" loop keeps about 1.8 cores busy (its CPU seconds are about
twice its wall seconds), so its wall time is not one core's work. The ingest gives each
worker one BLAS thread (store/ingest/threads.py says why, with the measurements; a
count set in the environment is kept). The cores each side used (CPU / wall) are
printed, and the best ratio an idle machine could give is derived from them: the
ingest's CPU spread evenly over min(jobs, cores) against the plain loop's own wall time.

Printed: min and median seconds of each side, articles per second, CPU ms per text, the
cores used, and the ratios of the ingest to the plain sides. Last line:
`ingest_s=… plain_s=… plain2_s=… plain2_1t_s=… speedup_vs_plain=…`.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from descendants import become_subreaper, children_cpu, reap_orphans  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# eval's dev texts and factRu's (beside the checkout, or beside a worktree's folder). Never
# the test corpus: only the lead opens it.
DEFAULT_DIRS = [ROOT / "eval/corpus/dev"] + [
    up / "shared/eval/factru/texts" for up in (ROOT.parent, ROOT.parent.parent) if (up / "shared/eval/factru").is_dir()
][:1]

PLAIN_LOOP = """
import sys
from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
spans = 0
for path in sys.argv[1:]:
    doc = Doc(open(path, encoding="utf-8", errors="replace").read())
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    spans += len(doc.spans)
print(spans)
"""


def gather(dirs: list[Path], repeat: int, into: Path) -> list[Path]:
    """Copy every .txt of `dirs` into `into`, `repeat` times; each copy after the first
    gets a sentence of its own after its first paragraph, which parsing keeps, so the
    ingest stores (and extracts) every copy as an article of its own."""
    files = []
    for d in dirs:
        for src in sorted(d.glob("*.txt")) if d.is_dir() else []:
            text = src.read_text(encoding="utf-8", errors="replace")
            for k in range(repeat):
                dst = into / f"{d.name}_{src.stem}_{k}.txt"
                dst.write_text(text if k == 0 else distinct_copy(text, k), encoding="utf-8")
                files.append(dst)
    return files


def distinct_copy(text: str, k: int) -> str:
    """The text with a made-up sentence after its first paragraph. Until 2026-12-03 14:10 a
    copy only had «Копия k.» appended: parsing drops that short last line as page
    furniture, so every copy was the same article and was stored once (163 of 326). The
    two copies sit in one task and are read before either is stored, so both were still
    extracted; the second's store writes were skipped (an INSERT that found its row)."""
    line = f"Это копия номер {k} того же текста, сделанная для замера скорости."
    head, sep, tail = text.partition("\n\n")
    return f"{head}\n\n{line}\n\n{tail}" if sep else f"{text}\n\n{line}\n"


CPU: dict[str, list[float]] = {}


def own_checkout() -> dict[str, str]:
    """PYTHONPATH with this checkout first: its `store` is the one measured."""
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


ONE_THREAD = {var: "1" for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


def timed(
    commands: list[list[str]], side: str = "", env: dict[str, str] | None = None, cwd: Path | None = None
) -> float:
    """Wall seconds for commands started together (one or two processes), all must succeed;
    their CPU seconds go to CPU[side] (on a loaded machine wall time says little, CPU more).
    `env`: variables set for these processes on top of this one's; `cwd`: their folder."""
    cpu = children_cpu()
    started = time.perf_counter()
    environ = {**os.environ, **(env or {})}
    procs = [
        subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environ, cwd=cwd) for c in commands
    ]
    for p in procs:
        _, err = p.communicate()
        if p.returncode not in (0, 1):  # ingest exits 1 when something was rejected
            sys.exit(f"failed ({p.returncode}): {' '.join(commands[0][:3])}: {err.decode()[-300:]}")
    wall = time.perf_counter() - started
    reap_orphans()  # the ingest's fork server (and through it its workers): see bench/descendants.py
    CPU.setdefault(side, []).append(children_cpu() - cpu)
    return wall


def bound_line(cpu: dict[str, float], wall: dict[str, float], cores: int) -> str:
    """The best wall-time ratio to the plain loop an idle machine could give the ingest:
    its CPU seconds spread evenly over `cores`, against the plain loop's measured wall time
    (which already reflects the cores the plain loop itself used, BLAS threads included).
    Load inflates both sides' wall time, so this is a bound from CPU, not a measurement."""
    best_wall = cpu["ingest"] / cores
    used = cpu["plain"] / wall["plain"]
    ner_only = f"; the ingest's CPU is {cpu['ingest'] / cpu['plain x2 1t']:.2f}x that of NER alone (plain x2 1t)"
    if used < 1.0:  # the machine was busy: the plain loop's wall time says nothing about an idle one
        return (
            f"CPU: ingest {cpu['ingest'] / cpu['plain']:.2f}x the plain loop's{ner_only}; no idle-machine bound: "
            f"the plain loop got only {used:.2f} cores of the {cores} (other jobs had the rest)"
        )
    return (
        f"CPU: ingest {cpu['ingest'] / cpu['plain']:.2f}x the plain loop's{ner_only}; the plain loop used "
        f"{cpu['plain'] / wall['plain']:.2f} cores, so an idle machine could reach at best "
        f"{wall['plain'] / best_wall:.2f}x its wall time with the ingest's CPU on {cores} cores "
        f"(and {wall['plain x2 1t'] / best_wall:.2f}x plain x2 1t's)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    become_subreaper()
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        files = gather(args.dirs or DEFAULT_DIRS, args.repeat, corpus)
        if not files:
            sys.exit("no .txt files found")
        names = [str(f) for f in files]
        half = len(names) // 2
        # This checkout's code, not the venv's installed one: the `borderdocs` script imports
        # the installed `store` (an editable install points at the main checkout), while the
        # fork server, started with the working folder first on its path, imported the
        # working folder's: run from a worktree, one run mixed two versions.
        borderdocs = [sys.executable, "-m", "store.cli"]
        plain = [sys.executable, "-c", PLAIN_LOOP]
        times: dict[str, list[float]] = {"ingest": [], "plain": [], "plain x2": [], "plain x2 1t": []}
        envs = {"plain x2 1t": ONE_THREAD, "ingest": own_checkout()}
        for r in range(args.rounds):
            db = work / f"r{r}.db"
            load = os.getloadavg()[0]
            sides = {
                "ingest": [[*borderdocs, "ingest", str(corpus), "--db", str(db), "-j", str(args.jobs), "-q"]],
                "plain": [plain + names],
                "plain x2": [plain + names[:half], plain + names[half:]],
                "plain x2 1t": [plain + names[:half], plain + names[half:]],
            }
            k = r % len(sides)
            order = list(sides)[k:] + list(sides)[:k]  # each side goes first in turn
            for side in order:
                times[side].append(timed(sides[side], side, envs.get(side), ROOT if side == "ingest" else None))
            print(
                f"round {r + 1} (load {load:.2f}): "
                + "  ".join(f"{k} {v[-1]:.1f} s (CPU {CPU[k][-1]:.1f} s)" for k, v in times.items()),
                flush=True,
            )
        n = len(files)
        print(
            f"{n} texts, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB, ingest --jobs {args.jobs}, "
            f"{os.cpu_count()} cores, load average at the end {os.getloadavg()[0]:.2f}"
        )
        best = {k: min(v) for k, v in times.items()}
        for k, v in times.items():
            cores = min(CPU[k]) / min(v)
            print(
                f"{k:11s} min {min(v):6.1f} s  median {statistics.median(v):6.1f} s  {n / min(v):6.1f} texts/s   "
                f"CPU min {min(CPU[k]):6.1f} s  median {statistics.median(CPU[k]):6.1f} s  "
                f"{1000 * min(CPU[k]) / n:5.1f} ms/text  {cores:4.2f} cores used (CPU/wall, min/min)"
            )
        print(
            f"ingest vs plain: {best['plain'] / best['ingest']:.2f}x   ingest vs plain x2: "
            f"{best['plain x2'] / best['ingest']:.2f}x   ingest vs plain x2 1t: "
            f"{best['plain x2 1t'] / best['ingest']:.2f}x   (min against min)"
        )
        print(bound_line({k: min(v) for k, v in CPU.items()}, best, min(args.jobs, os.cpu_count() or 1)))
        print(
            f"ingest_s={best['ingest']:.2f} plain_s={best['plain']:.2f} plain2_s={best['plain x2']:.2f} "
            f"plain2_1t_s={best['plain x2 1t']:.2f} speedup_vs_plain={best['plain'] / best['ingest']:.2f}"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Does an ingest give the same store every run, whatever `--jobs`? Ingest, export, diff.

    python bench/ingest_determinism.py [DIR ...] [--runs N] [--jobs 1,2,1/1,1/3] [--keep DIR]

`reextract`, exports, diffs of stores and every figure of bench/evaluate.py assume that
the same code on the same files gives the same store. Here each DIR (default: dev,
sample_data, factRu's texts and a 300-article bench/make_corpus.py set) is ingested N
times with each `--jobs` value, each run into a fresh store by a whole new process of this
checkout (`python -m store.cli ingest`, as a user runs it), and exported (`export
--format json`). Each article's record (title, body, date, outlet, entities, checkpoints
with their facts, directives) is compared with the first run's, by article id; the file
path is left out (a copy stored once may be either file). Every article that differs is
printed with the fields that differ, and what one run has that the other lacks.

Which texts a worker tags together depends on the run (an idle worker takes the rest of a
busy one's task: store/workers/pool.py `_steal`), so two runs may well group them alike by
chance. `J/L` in `--jobs` forces other groupings: `-j J` with the worker's read-ahead
(store/ingest/worker.py LOOKAHEAD, 8) set to L, e.g. `1/1` tags each article's title and
body alone; honoured with `-j 1` only (workers of `-j 2` import the module afresh).

Last line: `runs=… articles=… differing=…` (articles differing in any run); exit 1 when
any differs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parent
FACTRU = CHECKOUT.parent / "shared" / "eval" / "factru" / "texts"
SKIPPED = ("path", "file")  # which copy's file names the article may depend on the arrival order


def default_dirs(scratch: Path) -> list[Path]:
    """dev, the seeds, factRu's texts (when beside the checkout) and a generated set."""
    made = scratch / "made"
    subprocess.run(
        [sys.executable, str(HERE / "make_corpus.py"), "--articles", "300", "--out", str(made), "--seed", "7"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    dirs = [CHECKOUT / "eval" / "corpus" / "dev", CHECKOUT / "sample_data", made]
    return dirs + ([FACTRU] if FACTRU.is_dir() else [])


# The CLI with the worker's read-ahead set first (the `J/L` variants).
RUN_CLI = "import sys, store.ingest.worker as w; w.LOOKAHEAD = int(sys.argv.pop(1)); from store.cli import main; sys.exit(main())"


def ingest_export(folder: Path, variant: str, db: Path) -> dict[str, dict]:
    """Each article's exported record, by id, after an ingest of `folder` into `db` with
    `variant` («J» or «J/L»: see the module's docstring)."""
    env = {**os.environ, "PYTHONPATH": str(CHECKOUT), "PYTHONDONTWRITEBYTECODE": "1"}
    base = [sys.executable, "-m", "store.cli"]
    jobs, _, lookahead = variant.partition("/")
    cli = [sys.executable, "-c", RUN_CLI, lookahead] if lookahead else base
    run = subprocess.run(
        [*cli, "ingest", str(folder), "--db", str(db), "-j", jobs, "-q"], cwd=CHECKOUT, env=env, capture_output=True
    )
    if run.returncode not in (0, 1):
        sys.exit(f"ingest of {folder} failed ({run.returncode}): {run.stderr.decode()[-300:]}")
    out = subprocess.run(
        [*base, "export", "--db", str(db), "--format", "json"], cwd=CHECKOUT, env=env, capture_output=True, check=True
    )
    articles = json.loads(out.stdout)["articles"]
    return {a["id"]: {k: v for k, v in a.items() if k not in SKIPPED} for a in articles}


def differences(first: dict, other: dict) -> list[str]:
    """What differs between two records of one article, one line a field."""
    lines = []
    for key in sorted(set(first) | set(other)):
        a, b = first.get(key), other.get(key)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list):
            dump = lambda items: {json.dumps(x, ensure_ascii=False, sort_keys=True) for x in items}  # noqa: E731
            only_a, only_b = dump(a) - dump(b), dump(b) - dump(a)
            if not only_a and not only_b:
                lines.append(f"  {key}: the same items in another order")
            for x in sorted(only_a):
                lines.append(f"  {key} only in the first run: {x[:300]}")
            for x in sorted(only_b):
                lines.append(f"  {key} only in this run: {x[:300]}")
        else:
            lines.append(f"  {key}: {str(a)[:200]!r} vs {str(b)[:200]!r}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=2, help="ingests per --jobs value (default 2)")
    ap.add_argument("--jobs", default="1,2,1/1,1/3", help="comma-separated J or J/L variants (default 1,2,1/1,1/3)")
    ap.add_argument("--keep", type=Path, help="keep the stores here (default: a temporary directory)")
    args = ap.parse_args()
    scratch = args.keep or Path(tempfile.mkdtemp(prefix="determinism-"))
    scratch.mkdir(parents=True, exist_ok=True)
    dirs = args.dirs or default_dirs(scratch)
    jobs = args.jobs.split(",")
    differing, total = set(), 0
    for folder in dirs:
        first, label0 = None, ""
        for n in range(args.runs):
            for j in jobs:
                label = f"{folder.name} -j {j} run {n + 1}"
                got = ingest_export(folder, j, scratch / f"{folder.name}-j{j.replace('/', 'L')}-{n}.db")
                if first is None:
                    first, label0 = got, label
                    total += len(got)
                    print(f"{label}: {len(got)} articles", flush=True)
                    continue
                changed = sorted(k for k in set(first) | set(got) if first.get(k) != got.get(k))
                print(f"{label}: {len(changed)} articles differ from {label0}", flush=True)
                for key in changed:
                    differing.add((folder.name, key))
                    title = (first.get(key) or got.get(key) or {}).get("title")
                    print(f" {key} «{str(title)[:80]}»")
                    print("\n".join(differences(first.get(key) or {}, got.get(key) or {})))
    print(f"runs={args.runs} jobs={args.jobs} articles={total} differing={len(differing)}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())

"""The exact-cut tests over their full text sets: every dev, factRu and sample file, every
generated article and every random string they were written with.

In the suite those tests run on a fixed sample of each family (tests/conftest.py: every
EXACT_EVERY-th file, the first quarter of the articles and strings), so that the suite keeps to
its ten minutes; this runs the same tests with BORDERDOCS_EXACT_FULL=1, which turns the sample
off, and prints pytest's summary with the wall time. The files run are those that read the
sampling helpers, found by their names in the source, so a new test file that samples is run here
without being listed.

    python bench/exact_cuts.py               # the full sets, two xdist workers
    python bench/exact_cuts.py --list        # the files it would run
    python bench/exact_cuts.py -- -x -k 119  # more pytest arguments after --
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FULL_ENV = "BORDERDOCS_EXACT_FULL"  # tests/conftest.py's EXACT_FULL_ENV
_SAMPLERS = ("exact_sample(", "exact_count(", "exactness_texts(")


def sampled_files() -> list[Path]:
    """The test files whose text sets the suite samples (they call one of the helpers)."""
    return [p for p in sorted((ROOT / "tests").glob("test_*.py")) if any(s in p.read_text("utf-8") for s in _SAMPLERS)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="print the files and stop")
    ap.add_argument("-n", "--workers", default="2", help="xdist workers (0: in this process)")
    ap.add_argument("pytest_args", nargs="*", help="more pytest arguments (after --)")
    args = ap.parse_args(argv)
    files = sampled_files()
    if args.list:
        print("\n".join(str(p.relative_to(ROOT)) for p in files))
        return 0
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", args.workers, "--dist", "loadfile"]
    cmd += [str(p) for p in files] + args.pytest_args
    started = time.monotonic()
    done = subprocess.run(cmd, cwd=ROOT, env={**os.environ, FULL_ENV: "1"})
    print(f"exact_cuts: {len(files)} files, full sets, rc={done.returncode}, {time.monotonic() - started:.1f} s wall")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())

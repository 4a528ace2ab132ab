"""Extraction time and peak memory against input size: is every stage linear?

    python bench/linear_scaling.py [--max-size 10MB] [--mode paragraphs|one-line|both]
                                   [--timeout 300] [--code DIR] [--stages]

A synthetic article is built from the seeds' bodies (sample_data/), paragraphs repeated
until the body reaches 10 KB, 100 KB, 1 MB and 10 MB of UTF-8 (`--max-size` stops earlier).
`one-line` joins the same paragraphs with spaces: one giant line, the shape of the file
that never finished ingesting. Each size runs in a fresh subprocess, so the model load
and the previous size's garbage do not blur the peak: the peak is the process's maximum
resident set during extraction minus its resident set after the model load and a warm-up
extraction (the kernel's peak count is reset there, Linux). Extraction runs with no
size limit, so the whole body is read.

Per size the table shows seconds, peak MB and the ratio to the previous size (a 10×
step should cost about 10× for linear growth; 100× means quadratic). `--code DIR` runs
another checkout's `store` (e.g. an export of the commit before a change) for a
baseline line; `--stages` adds the per-stage seconds the Extractor records.

Last line, exactly: `max_time_ratio_per_10x=… max_peak_mb=… largest_bytes=…`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = [10_000, 100_000, 1_000_000, 10_000_000]


def _size(text: str) -> int:
    """`10KB`, `1MB`, `250000` → bytes (decimal units)."""
    t = text.strip().upper().rstrip("B")
    mult = {"K": 1_000, "M": 1_000_000, "G": 1_000_000_000}.get(t[-1:], 1)
    return int(float(t.rstrip("KMG")) * mult)


def seed_paragraphs(code: Path) -> list[str]:
    """The seeds' body paragraphs, parsed by the project's own reader and parser."""
    from store.reading.parse import parse
    from store.reading.read import read_path

    paras: list[str] = []
    for path in sorted((code / "sample_data").iterdir()):
        for doc in read_path(path):
            if hasattr(doc, "text"):
                paras += [p for p in parse(doc).body.split("\n\n") if p.strip()]
    return paras


def synthetic_body(paras: list[str], size: int, mode: str) -> str:
    """Paragraphs repeated in order until the body holds `size` bytes of UTF-8."""
    sep = "\n\n" if mode == "paragraphs" else " "
    out, total, i = [], 0, 0
    while total < size:
        p = paras[i % len(paras)]
        out.append(p)
        total += len(p.encode("utf-8")) + len(sep)
        i += 1
    return sep.join(out)


def _rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _reset_peak() -> None:
    """Start the kernel's peak-RSS count (VmHWM) afresh from the current RSS, so the
    model load's own peak does not mask the extraction's (Linux ≥ 4.0)."""
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")


def _peak_bytes() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def child(size: int, mode: str, code: Path) -> dict:
    """One measurement, in this (fresh) process: seconds, peak RSS delta, stage times."""
    from store.extract.extractor import Extractor
    from store.model import Article

    paras = seed_paragraphs(code)
    ex = Extractor()
    warm = Article(file="warm", path="warm", title="Пункт пропуска «Хоргос»", body="\n\n".join(paras[:6]), raw="")
    _extract(ex, warm)
    body = synthetic_body(paras, size, mode)
    article = Article(file="big", path="big", title="Пункт пропуска «Хоргос»", body=body, raw="", date="2025-08-07")
    ex.timings.clear()
    base = _rss_bytes()  # the model, the warm-up's caches and the synthetic body itself
    _reset_peak()
    t0 = time.perf_counter()
    result = _extract(ex, article)
    seconds = time.perf_counter() - t0
    peak = _peak_bytes()
    return {
        "size": size,
        "mode": mode,
        "bytes": len(body.encode("utf-8")),
        "seconds": seconds,
        "peak_mb": max(0, peak - base) / 1e6,
        "mentions": len(result.mentions),
        "facts": len(result.facts),
        "stages": dict(ex.timings),
    }


def _extract(ex, article):
    """Extract with no size limit (a checkout from before the limit takes no argument)."""
    try:
        return ex.extract(article, limit=None)
    except TypeError:
        return ex.extract(article)


def run_size(size: int, mode: str, code: Path, timeout: float) -> dict | None:
    """Run one size in a fresh interpreter; None when it did not finish in `timeout` s."""
    cmd = [sys.executable, __file__, "--child", str(size), "--mode", mode, "--code", str(code)]
    env = dict(os.environ, PYTHONPATH=str(code))
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise SystemExit(f"size {size} {mode}: child failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _label(n: int) -> str:
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{n // 1_000} KB"


def table(mode: str, code: Path, max_size: int, timeout: float, stages: bool) -> list[dict]:
    """Print one mode's table; return its measurements (a timed-out size ends the list)."""
    print(f"mode={mode} code={code}")
    done: list[dict] = []
    print(
        f"{'size':>7} {'seconds':>9} {'×time':>7} {'peak MB':>8} {'×mem':>6} {'mentions':>9}"
        + ("  stages (s)" if stages else ""),
        flush=True,
    )
    prev = None
    for size in [s for s in SIZES if s <= max_size]:
        r = run_size(size, mode, code, timeout)
        if r is None:
            print(f"{_label(size):>7} {'> ' + str(int(timeout)):>9}  (timed out; larger sizes skipped)", flush=True)
            return done
        ratio_t = f"{r['seconds'] / prev['seconds']:.1f}" if prev else "-"
        ratio_m = f"{r['peak_mb'] / prev['peak_mb']:.1f}" if prev and prev["peak_mb"] > 0 else "-"
        line = (
            f"{_label(size):>7} {r['seconds']:>9.2f} {ratio_t:>7} {r['peak_mb']:>8.1f} {ratio_m:>6} {r['mentions']:>9}"
        )
        if stages:
            line += "  " + " ".join(f"{k}={v:.2f}" for k, v in sorted(r["stages"].items(), key=lambda kv: -kv[1]))
        print(line, flush=True)
        prev = r
        done.append(r)
    return done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-size", type=_size, default=SIZES[-1], help="stop after this size (default 10MB)")
    ap.add_argument("--mode", choices=["paragraphs", "one-line", "both"], default="both")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per size before giving up")
    ap.add_argument("--code", type=Path, default=HERE.parent, help="checkout whose `store` to run")
    ap.add_argument("--stages", action="store_true", help="print per-stage seconds too")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    code = args.code.resolve()
    if args.child is not None:
        sys.path.insert(0, str(code))
        print(json.dumps(child(args.child, args.mode, code)))
        return
    results = []
    for mode in ["paragraphs", "one-line"] if args.mode == "both" else [args.mode]:
        results += table(mode, code, args.max_size, args.timeout, args.stages)
    print(summary(results))


def summary(results: list[dict]) -> str:
    """The last line: the worst time ratio per 10× step (≈10 when linear) and the peak."""
    ratios = [
        b["seconds"] / a["seconds"]
        for a, b in zip(results, results[1:], strict=False)
        if a["mode"] == b["mode"] and a["seconds"] > 0
    ]
    peak = max((r["peak_mb"] for r in results), default=0.0)
    largest = max((r["bytes"] for r in results), default=0)
    return f"max_time_ratio_per_10x={max(ratios, default=0):.1f} max_peak_mb={peak:.1f} largest_bytes={largest}"


if __name__ == "__main__":
    main()

"""NER alone: CPU and wall per article by BLAS threads and batch size, on real news texts.

    python bench/ingest_ner_batches.py [DIR ...] [--threads 1 2] [--batches 1 2 4 8] [--rounds 3]

The texts are what the ingest tags (each article's title and body, parsed by the
project's own parser) from the .txt files under DIRs (default: eval/corpus/dev and,
beside the checkout, ../shared/eval/factru/texts; never the test corpus). For each
(threads, batch) pair, in turn in every round, they are tagged as store/extract/ner.py's
prepare() tags them (sorted by length, in batches), with OpenBLAS set to that many
threads (store/ingest/threads.py). Printed: CPU and wall ms per article, min and median
of the rounds, and the load average. The model is loaded once, before any timing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from ingest_profile import DEFAULT_DIRS, _files  # noqa: E402


def _texts(dirs: list[Path]) -> list[str]:
    from store.model import RawDoc
    from store.reading.parse import parse

    out = []
    for path in _files(dirs or DEFAULT_DIRS):
        text = path.read_text(encoding="utf-8", errors="replace")
        article = parse(RawDoc(path=str(path), file=path.name, text=text, raw=text, format="txt"))
        out += [article.title or "", article.body or ""]
    return out


def _tag(model, texts: list[str], batch: int) -> float:
    """CPU seconds to tag the texts in sorted batches of `batch` (process CPU: every BLAS thread counts)."""
    from store.extract import ner

    saved, ner.BATCH_SIZE = ner.BATCH_SIZE, batch
    try:
        t = time.process_time()
        model.prepare(texts)
        return time.process_time() - t
    finally:
        ner.BATCH_SIZE = saved


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batches", type=int, nargs="+", default=[1, 2, 4, 8])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    from store.extract.ner import NerModel
    from store.ingest.threads import set_blas_threads

    texts = _texts(args.dirs)
    n = len(texts) // 2
    model = NerModel()
    model.prepare(texts[:16])  # warm: first calls allocate
    combos = [(t, b) for t in args.threads for b in args.batches]
    cpu: dict[tuple, list[float]] = {c: [] for c in combos}
    wall: dict[tuple, list[float]] = {c: [] for c in combos}
    print(f"{n} articles ({len(texts)} texts); {os.cpu_count()} cores; load {os.getloadavg()[0]:.2f}")
    for r in range(args.rounds):
        k = r % len(combos)
        for threads, batch in combos[k:] + combos[:k]:
            set_blas_threads(threads)
            started = time.perf_counter()
            cpu[(threads, batch)].append(_tag(model, texts, batch))
            wall[(threads, batch)].append(time.perf_counter() - started)
    for c in combos:
        print(
            f"threads {c[0]} batch {c[1]}: CPU min {1000 * min(cpu[c]) / n:6.1f} median "
            f"{1000 * statistics.median(cpu[c]) / n:6.1f} ms/article   wall min {1000 * min(wall[c]) / n:6.1f} "
            f"median {1000 * statistics.median(wall[c]) / n:6.1f} ms/article"
        )
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`--jobs 1` with the NER model in a second thread: does overlapping it with the rules pay?

    python bench/ingest_ner_overlap.py [DIR ...] [--rounds 3] [--group 8]

One process, in-process timing after the model and dictionaries are loaded (warm). The
texts (default: eval/corpus/dev and factRu's texts beside the checkout) are parsed and
extracted in groups of `--group` articles, as a worker's task is:

- `serial`: each group's texts tagged (sorted batches, as store/extract/ner.py does), then
  its articles extracted: what `--jobs 1` does;
- `overlap`: the next group's texts tagged in a thread while this group's articles are
  extracted. numpy releases the GIL inside its matrix products, so the two can run at
  once on two cores; the rest of the tagger (slovnet's Python, the CRF decoding, razdel)
  holds it.

Sides alternate round by round; wall and CPU seconds (time.process_time: every thread of
the process) are printed with the cores used (CPU / wall), min and median. The model runs
with one BLAS thread (as an ingest worker does). Both sides must give the same mentions:
checked on every round.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as an ingest worker: before numpy loads

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from ingest_profile import DEFAULT_DIRS, _files  # noqa: E402


def _tagger(extractor):
    """A function tagging a list of texts as NerModel.prepare does, returning its spans
    instead of keeping them (so a thread can run it while the extractor reads others)."""
    from store.extract import ner
    from store.extract.chunking import CHUNK_CHARS, chunk_bounds

    def tag(texts: list[str]) -> dict[str, list]:
        todo = sorted({t for t in texts if t.strip() and len(chunk_bounds(t, CHUNK_CHARS)) == 1}, key=len)
        out: dict[str, list] = {}
        for at in range(0, len(todo), ner.BATCH_SIZE):
            batch = todo[at : at + ner.BATCH_SIZE]
            for text, markup in zip(batch, extractor.ner._tagger.map(batch), strict=True):
                out[text] = list(markup.spans)
        return out

    return tag


def _groups(articles: list, size: int):
    for at in range(0, len(articles), size):
        group = articles[at : at + size]
        yield group, [t for a in group for t in (a.title or "", a.body or "")]


def run(extractor, articles: list, size: int, overlap: bool) -> tuple[float, float, list]:
    """(wall s, CPU s, mentions per article) of one pass over the articles."""
    tag = _tagger(extractor)
    out = []
    cpu, wall = time.process_time(), time.perf_counter()
    if not overlap:
        for group, texts in _groups(articles, size):
            extractor.ner._prepared = tag(texts)
            out += [extractor.extract(a).mentions for a in group]
    else:
        with ThreadPoolExecutor(1) as pool:
            groups = _groups(articles, size)
            current = next(groups, None)
            pending = pool.submit(tag, current[1]) if current else None
            while current is not None and pending is not None:
                following = next(groups, None)
                spans = pending.result()
                if following is not None:
                    pending = pool.submit(tag, following[1])
                extractor.ner._prepared = spans
                out += [extractor.extract(a).mentions for a in current[0]]
                current = following
    return time.perf_counter() - wall, time.process_time() - cpu, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--group", type=int, default=8, help="articles per group (a worker's look-ahead)")
    args = ap.parse_args(argv)
    from store.extract.chunking import EXTRACT_LIMIT_DEFAULT
    from store.ingest import worker
    from store.reading.parse import parse
    from store.reading.read import read_path

    files = _files(args.dirs or DEFAULT_DIRS)
    worker.init_worker("/nonexistent/none.db", EXTRACT_LIMIT_DEFAULT)
    extractor = worker._extractor()
    articles = [parse(d) for f in files for d in read_path(f)]
    n = len(articles)
    run(extractor, articles, args.group, False)  # every lazy cache filled before either side is timed
    print(f"{n} texts, groups of {args.group}; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    walls: dict[str, list[float]] = {"serial": [], "overlap": []}
    cpus: dict[str, list[float]] = {"serial": [], "overlap": []}
    reference = None
    for r in range(args.rounds):
        for side in ("serial", "overlap") if r % 2 == 0 else ("overlap", "serial"):
            wall, cpu, mentions = run(extractor, articles, args.group, side == "overlap")
            reference = reference or mentions
            same = "same mentions" if mentions == reference else "MENTIONS DIFFER"
            walls[side].append(wall)
            cpus[side].append(cpu)
            print(
                f"round {r} {side:7s} wall {wall:6.2f} s  CPU {1000 * cpu / n:5.1f} ms/text  cores {cpu / wall:.2f}"
                f"  load {os.getloadavg()[0]:.1f}  {same}",
                flush=True,
            )
    for side in walls:
        w, c = walls[side], [1000 * x / n for x in cpus[side]]
        print(
            f"{side:7s} wall min {min(w):.2f} median {statistics.median(w):.2f} s; "
            f"CPU min {min(c):.1f} median {statistics.median(c):.1f} ms/text"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

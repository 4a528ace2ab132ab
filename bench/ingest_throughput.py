"""Ingest throughput: this project's `ingest` against a plain single-process natasha loop.

    python bench/ingest_throughput.py --articles 1000 [--jobs J] [--seed 1]

Both run in the same process run, on the same files (a corpus from bench/make_corpus.py,
cached under the temp directory by N and seed):

- project: `store.ingest.ingest` into a fresh temporary store, `--jobs` worker processes
  (default: all cores) — read, parse, clean, full extraction (NER, normalization, roles,
  checkpoints, facts, directives, lemmas) and the SQLite writes with FTS.
- baseline: the plain loop a user would write instead — for each file, read and decode it
  (a JSON-lines file gives one text per record, an HTML page its text with tags stripped),
  then natasha's Segmenter and NewsNERTagger: segment + NER, nothing else (no morphology,
  no span normalization: those would make the baseline heavier than what a user needs to
  find names, and flatter the ingest). No cleaning, no storage.

Both timings are wall-clock and INCLUDE model loading (the ingest's workers each load
their model; the baseline loads natasha once), so neither side is flattered. The
baseline's rate without its load time is printed too, for reference.

Last line, exactly: `articles_per_s=… baseline_articles_per_s=…`.

    python bench/ingest_throughput.py --profile [DIR ...]

Where one process's CPU goes, per article, stage by stage, on real news texts (default
eval/corpus/dev and, beside the checkout, ../shared/eval/factru/texts): reading, parsing,
NER (razdel's tokens are made inside the tagger: segmenting alone is shown apart, for
scale), every extraction pass by its name in `Extractor.timings`, lemmas, pickling a
worker's result there and back, the SQLite writes in transactions of COMMIT_EVERY. CPU
time (time.process_time), not wall time: other processes on the machine do not inflate it.
The plain natasha loop (segment + NER) on the same texts is timed the same way beside it.
With `--cprofile N` the same pipeline then runs under cProfile and the top N functions
outside the NER model are listed by own time and by time with callees, in profiled ms per
text (bench/ingest_cprofile.py: for ranking; cProfile's overhead inflates Python calls).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]  # run from a checkout: `store` and make_corpus importable

from make_corpus import corpus_version, make_corpus  # noqa: E402


def corpus_dir(n: int, seed: int) -> Path:
    """A cached corpus (made once per N, seed and generator version; a marker file says it is complete)."""
    root = Path(tempfile.gettempdir()) / "borderdocs-bench" / f"corpus-{n}-s{seed}-{corpus_version()}"
    out = root / "articles"
    if not (root / "complete").exists():
        shutil.rmtree(root, ignore_errors=True)
        t = time.monotonic()
        make_corpus(n, out, seed)
        (root / "complete").write_text("ok\n")
        print(f"corpus: made {n} articles in {time.monotonic() - t:.1f} s at {out}", file=sys.stderr)
    else:
        print(f"corpus: cached at {out}", file=sys.stderr)
    return out


def run_project(corpus: Path, jobs: int | None) -> tuple[int, float, dict]:
    """The project's ingest into a fresh store: (articles processed, seconds, store counts)."""
    from descendants import stop_fork_server

    from store.ingest import ingest

    tmp = Path(tempfile.mkdtemp(prefix="borderdocs-bench-store-"))
    try:
        last = [0.0]

        def progress(done: int, total: int, _file: str) -> None:
            if time.monotonic() - last[0] > 10 or done == total:
                last[0] = time.monotonic()
                print(f"  ingest: {done}/{total} files", file=sys.stderr)

        t, cpu = time.monotonic(), _cpu()
        summary = ingest([corpus], tmp / "store.db", jobs=jobs, progress=progress)
        secs = time.monotonic() - t
        stop_fork_server()  # reaped, with its workers' CPU (bench/descendants.py)
        counts = _store_counts(tmp / "store.db")
        counts["cpu_s"] = round(_cpu() - cpu, 1)
        counts.update(rejected=len(summary.rejected), duplicates=summary.duplicates)
        if summary.rejected:
            print(f"  ingest rejected {len(summary.rejected)}: {summary.rejected[:3]}", file=sys.stderr)
        return summary.ingested + summary.duplicates, secs, counts
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children (the ingest's
    workers are joined before ingest returns): the cost per article, whatever the load."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _store_counts(path: Path) -> dict:
    """Proof the full extraction ran: rows per table in the store just written."""
    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "entities", "mentions", "facts", "directives")
        }
    finally:
        conn.close()


# ---------------------------------------------------------------- the naive baseline

_TAG = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]+>", re.S | re.I)


def _texts(path: Path) -> list[str]:
    """What a plain loop feeds natasha: the decoded file, one text per JSON record."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1251", "replace")
    if path.suffix == ".jsonl":
        out = []
        for line in text.splitlines():
            if line.strip():
                rec = json.loads(line)
                out.append("\n".join(str(rec.get(k) or "") for k in ("title", "text", "body", "content")))
        return out
    if path.suffix == ".html":
        return [_TAG.sub(" ", text)]
    return [text]


def run_baseline(corpus: Path) -> tuple[int, float, float, float]:
    """(articles, seconds with model load, model load seconds, CPU seconds) of the single-process loop."""
    t, cpu = time.monotonic(), _cpu()
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, ner = Segmenter(), NewsNERTagger(NewsEmbedding())
    load = time.monotonic() - t
    n = 0
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    for i, path in enumerate(files, 1):
        for text in _texts(path):
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_ner(ner)
            n += 1
        if i % 200 == 0:
            print(f"  baseline: {i}/{len(files)} files", file=sys.stderr)
    return n, time.monotonic() - t, load, _cpu() - cpu


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, help="with --profile: folders of .txt news texts")
    ap.add_argument("--profile", action="store_true", help="per-stage CPU per article in one process")
    ap.add_argument(
        "--cprofile",
        type=int,
        metavar="N",
        default=0,
        help="with --profile: the top N functions outside NER (cProfile)",
    )
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=None, help="ingest worker processes (default: all cores)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip-baseline", action="store_true", help="only the project's ingest (prints baseline 0)")
    args = ap.parse_args(argv)
    if args.profile:
        from ingest_profile import profile

        return profile(args.dirs, cprofile_top=args.cprofile)
    corpus = corpus_dir(args.articles, args.seed)
    jobs = args.jobs or os.cpu_count() or 1
    print(f"machine: {os.cpu_count()} cores; ingest jobs={jobs}; load average before: {_load()}")

    n, secs, counts = run_project(corpus, args.jobs)
    rate = n / secs
    cpu_ms = 1000 * counts.pop("cpu_s") / max(1, n)
    print(
        f"project ingest: {n} articles in {secs:.1f} s = {rate:.1f} articles/s (incl. worker start and model load); "
        f"CPU {cpu_ms:.0f} ms/article; store: {counts}"
    )
    base_rate = 0.0
    if not args.skip_baseline:
        bn, bsecs, load, bcpu = run_baseline(corpus)
        base_rate = bn / bsecs
        print(
            f"baseline natasha loop: {bn} articles in {bsecs:.1f} s = {base_rate:.1f} articles/s "
            f"(incl. {load:.1f} s model load; {bn / max(1e-9, bsecs - load):.1f} articles/s without); "
            f"CPU {1000 * bcpu / max(1, bn):.0f} ms/article"
        )
        print(f"ratio: {rate / base_rate:.2f}x the plain loop (issue 18's target with 2 jobs: >= 1.8x)")
    print(f"load average after: {_load()} (other processes on the machine skew both rates)")
    print(f"articles_per_s={rate:.1f} baseline_articles_per_s={base_rate:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

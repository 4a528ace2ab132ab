"""Per-stage CPU of the ingest, per article, in one process (`ingest_throughput.py --profile`).

The stages are run one after the other exactly as a worker and the writer run them
(store.ingest's own functions where they exist), each timed with time.process_time: CPU,
not wall time, so the load other processes put on the machine does not count. The
extractor's own per-pass `timings` use perf_counter; for the profile its clock is swapped
for process_time so its rows are CPU too.
"""

from __future__ import annotations

import os
import pickle
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# eval's dev texts and factRu's, found beside the checkout (or beside a worktree's folder).
DEFAULT_DIRS = [ROOT / "eval/corpus/dev"] + [
    up / "shared/eval/factru/texts" for up in (ROOT.parent, ROOT.parent.parent) if (up / "shared/eval/factru").is_dir()
][:1]


def _files(dirs: list[Path]) -> list[Path]:
    return [f for d in (dirs or DEFAULT_DIRS) if d.is_dir() for f in sorted(d.glob("*.txt"))]


def _cpu_clock():
    """A stand-in for the time module inside the extractor: its perf_counter is CPU time."""
    import types

    return types.SimpleNamespace(perf_counter=time.process_time)


def _pipeline(files: list[Path], cost: dict[str, float]) -> list:
    """Read, parse and extract every file as a worker does (tasks of DOCS_PER_TASK files,
    their texts tagged in sorted batches); the results a worker sends."""
    from store.extract import extractor as extractor_mod
    from store.extract.chunking import EXTRACT_LIMIT_DEFAULT
    from store.ingest import tasks
    from store.ingest import worker as ingest
    from store.reading.read import read_path

    parsed = ingest._parsed

    def timed_parse(doc):
        t = time.process_time()
        try:
            return parsed(doc)
        finally:
            cost["parse"] += time.process_time() - t

    with tempfile.TemporaryDirectory(prefix="borderdocs-profile-") as tmp:
        t = time.process_time()
        # The ingest's workers are forked from a server that loaded py3langid's model
        # (store/ingest/preloaded.py); init_worker's own warm() leaves it out, so without
        # this the first non-Russian paragraph would load it inside the parse row.
        from store.ingest.warm import warm

        warm(language_model=True)
        ingest.init_worker(str(Path(tmp) / "none.db"), EXTRACT_LIMIT_DEFAULT)
        cost["(worker start: language model, dictionaries, grammars, once)"] += time.process_time() - t
        t = time.process_time()
        extractor = ingest._extractor()
        cost["(model load + warm-up, once)"] += time.process_time() - t
        prepare = extractor.ner.prepare

        def timed_prepare(texts):
            t = time.process_time()
            prepare(texts)
            cost["extract: ner"] += time.process_time() - t

        extractor_mod.time = _cpu_clock()
        extractor.ner.prepare, ingest._parsed = timed_prepare, timed_parse
        extractor.timings.clear()
        results = []
        try:
            for at in range(0, len(files), tasks.DOCS_PER_TASK):
                t = time.process_time()
                docs = [doc for path in files[at : at + tasks.DOCS_PER_TASK] for doc in read_path(path)]
                cost["read"] += time.process_time() - t
                group = ingest._Group(docs)
                results += [ingest.process_doc(ingest._Unit(group, i)) for i in range(len(docs))]
        finally:
            extractor_mod.time, ingest._parsed = time, parsed
            del extractor.ner.prepare
    passes = {p.name for p in extractor_mod.PASSES}
    for name, secs in extractor.timings.items():
        cost[f"extract: {name}"] += secs
    # "mentions" wraps the passes: only what it spends outside them is its own.
    cost["extract: mentions"] -= sum(v for k, v in extractor.timings.items() if k in passes)
    return [r for r in results if r.status == "new"]


def _pickling(results: list, cost: dict[str, float]) -> None:
    t = time.process_time()
    for r in results:
        pickle.loads(pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL))
    cost["pickle there and back"] += time.process_time() - t


def _writes(results: list, cost: dict[str, float]) -> None:
    """The writer's transactions of COMMIT_EVERY results into a fresh store."""
    from store.db import store as db
    from store.ingest import writer as ingest

    with tempfile.TemporaryDirectory(prefix="borderdocs-profile-") as tmp:
        store = db.open_store(Path(tmp) / "p.db", write=True, create=True)
        writer = ingest.Writer(store, ingest.Summary(), None, None)
        t = time.process_time()
        for r in results:
            writer.pending.append(r)
            if len(writer.pending) >= ingest.COMMIT_EVERY:
                writer.commit()
        writer.commit()
        db.merge_short_person_names(store)
        cost["SQLite writes"] += time.process_time() - t
        store.close()


def _segment_only(results: list, cost: dict[str, float]) -> None:
    """razdel's tokens of the same texts: part of NER's row, shown apart for scale."""
    from razdel import tokenize

    t = time.process_time()
    for r in results:
        for text in (r.article.title, r.article.body):
            sum(1 for _ in tokenize(text or ""))
    cost["  (of NER: razdel tokens)"] += time.process_time() - t


def plain_loop(files: list[Path]) -> tuple[float, float]:
    """(load CPU, loop CPU) of the plain natasha loop: segment + NER on each raw file."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    t = time.process_time()
    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    load = time.process_time() - t
    t = time.process_time()
    for path in files:
        doc = Doc(path.read_text(encoding="utf-8", errors="replace"))
        doc.segment(segmenter)
        doc.tag_ner(tagger)
    return load, time.process_time() - t


def _table(cost: dict[str, float], n: int) -> None:
    once = {k: v for k, v in cost.items() if k.startswith("(")}
    per = {k: v for k, v in cost.items() if not k.startswith("(")}
    total = sum(v for k, v in per.items() if not k.startswith("  "))
    print(f"{'stage':42s} {'CPU ms/article':>15s} {'share':>7s}")
    for name, secs in sorted(per.items(), key=lambda kv: (kv[0].startswith("  "), -kv[1])):
        print(f"{name:42s} {1000 * secs / n:15.2f} {100 * secs / total:6.1f}%")
    print(f"{'total':42s} {1000 * total / n:15.2f}")
    for name, secs in once.items():
        print(f"{name:42s} {1000 * secs:12.0f} ms")


def profile(dirs: list[Path], rounds: int = 3, cprofile_top: int = 0) -> int:
    files = _files(dirs)
    if not files:
        print("no .txt files found", file=sys.stderr)
        return 2
    print(f"{len(files)} texts; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    cost: dict[str, float] = defaultdict(float)
    results = _pipeline(files, cost)
    _pickling(results, cost)
    _writes(results, cost)
    _segment_only(results, cost)
    n = len(results)
    _table(cost, n)
    loops = [plain_loop(files)[1] for _ in range(max(1, rounds))]
    ner = cost.get("extract: ner", 0.0)
    print(
        f"plain natasha loop (segment + NER) on the same files, {len(loops)} runs: CPU min "
        f"{1000 * min(loops) / n:.2f} median {1000 * statistics.median(loops) / n:.2f} ms/article; the ingest's NER row is "
        f"{1000 * ner / n:.2f}, the ingest's whole row {1000 * sum(v for k, v in cost.items() if k[0] not in '( ') / n:.2f}"
    )
    if cprofile_top:
        from ingest_cprofile import cprofile

        cprofile(files, cprofile_top)
    print(f"load average after {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0

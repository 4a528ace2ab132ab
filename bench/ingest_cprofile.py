"""Where one process's ingest CPU goes, function by function (`ingest_throughput.py --profile --cprofile`).

The per-stage table (bench/ingest_profile.py) says which stage costs what; this says which
functions inside the project's own stages do, under cProfile: the texts are read, parsed,
tagged, extracted and written exactly as there, after the model and the dictionaries are
loaded (their one-time cost is the stage table's). cProfile's own overhead inflates every
Python call, so the figures are for ranking, not for adding up: the rows give profiled
CPU ms per text (the profiler reads time.process_time) and the share of the profiled
total. The NER model's own functions (natasha, slovnet, navec, razdel, numpy, and the
built-ins only they call) are left out of the lists: they are the model's cost, not the
project's, and the stage table gives it.
"""

from __future__ import annotations

import cProfile
import pstats
import time
from collections import defaultdict
from pathlib import Path

# Functions of these packages are the model's work (razdel: its tokenizer, inside the tagger).
MODEL_PACKAGES = ("/natasha/", "/slovnet/", "/navec/", "/razdel/", "/numpy/")


def _is_model(filename: str) -> bool:
    return any(p in filename for p in MODEL_PACKAGES) or filename.endswith("store/extract/ner.py")


def _models_only(callers: dict) -> bool:
    """A built-in (numpy's reshape, a regex search) called only from the model's code."""
    return bool(callers) and all(_is_model(filename) for filename, _, _ in callers)


def _rows(stats: pstats.Stats, key: int, top: int, total: float) -> list[tuple[float, float, float, str]]:
    """The `top` functions outside the model by tottime (key 2) or cumtime (key 3):
    (tottime, cumtime, calls, label). Left out: the model's functions and the built-ins
    only it calls, the clock the stage timings read, this script's frames, and (by
    cumtime) the driver frames that wrap a third or more of everything."""
    rows = []
    for (filename, line, name), (_, calls, tottime, cumtime, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if _is_model(filename) or (filename == "~" and _models_only(callers)) or "process_time" in name:
            continue
        if "/bench/" in filename or (key == 3 and cumtime > total / 3):
            continue
        short = filename.split("/site-packages/")[-1]
        short = short.split("/store/", 1)[-1] if "/store/" in short else short
        rows.append((tottime, cumtime, calls, f"{short}:{line}({name})"))
    return sorted(rows, key=lambda r: -r[key - 2])[:top]


def cprofile(files: list[Path], top: int = 20) -> None:
    """Profile the pipeline over `files` and print the top non-model functions twice: by
    their own time and by their time with everything they call."""
    import ingest_profile as ip

    from store.extract.chunking import EXTRACT_LIMIT_DEFAULT
    from store.ingest import worker

    worker.init_worker("/nonexistent/none.db", EXTRACT_LIMIT_DEFAULT)
    worker._extractor()  # the model and the warm-up, outside the profile
    ip._pipeline = _keeping_extractor(ip._pipeline, worker)
    profiler = cProfile.Profile(time.process_time)  # CPU, as the stage table: load does not inflate it
    cpu = time.process_time()
    profiler.enable()
    results = ip._pipeline(files, defaultdict(float))
    ip._writes(results, defaultdict(float))
    profiler.disable()
    cpu = time.process_time() - cpu
    n = max(1, len(results))
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"\ncProfile over {n} texts: {1000 * cpu / n:.1f} ms/text of CPU under the profiler")
    for key, title in ((2, "own time (tottime)"), (3, "with callees (cumtime)")):
        print(f"top {top} functions outside the NER model by {title}, profiled ms/text:")
        print(f"{'tottime':>8s} {'cumtime':>8s} {'share':>6s} {'calls/text':>10s}  function")
        for tottime, cumtime, calls, label in _rows(stats, key, top, total):
            print(
                f"{1000 * tottime / n:8.2f} {1000 * cumtime / n:8.2f} {100 * tottime / total:5.1f}% "
                f"{calls / n:10.1f}  {label}"
            )


def _keeping_extractor(pipeline, worker):
    """ingest_profile's pipeline, with the worker's extractor loaded before it kept (its
    init_worker would drop it and the profile would count a second model load)."""

    def run(files, cost):
        extractor = worker._worker_state["extractor"]
        init = worker.init_worker

        def init_keeping(*args, **kwargs):
            init(*args, **kwargs)
            worker._worker_state["extractor"] = extractor

        worker.init_worker = init_keeping
        try:
            return pipeline(files, cost)
        finally:
            worker.init_worker = init

    return run

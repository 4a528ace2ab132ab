"""The reading stage's parse CPU per text, alone: `store.reading.parse.parse` over documents
already read into memory, in one process, warm (the language classifier loaded before the
clock starts), with the per-paragraph language cache cleared before every round so each
round pays what a fresh ingest pays.

    python bench/ingest_parse.py eval/corpus/dev ../shared/eval/factru/texts [--rounds 5] [--cprofile 25]
    python bench/ingest_parse.py PATHS --languages   # which detect() answers the script test settles

A/B against another checkout: run the same script with PYTHONPATH=/that/checkout (the
script prints which `store` it imported). Times are process CPU (time.process_time), so a
loaded machine inflates them less than wall time; still alternate the two sides.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _docs(paths: list[str]) -> list:
    """Every readable document under `paths` (rejects left out: parse never sees them)."""
    from store.model import RawDoc
    from store.reading.read import discover, read_path

    return [d for f in discover(paths) for d in read_path(f) if isinstance(d, RawDoc)]


def _fresh() -> None:
    """Forget what an earlier round cached about paragraphs (an ingest starts cold)."""
    from store.reading import language

    for name in dir(language):
        clear = getattr(getattr(language, name), "cache_clear", None)
        if clear:
            clear()


def _round(docs: list) -> float:
    from store.reading.parse import parse

    _fresh()
    t0 = time.process_time()
    for d in docs:
        parse(d)
    return (time.process_time() - t0) * 1000 / len(docs)


def _timing(docs: list, rounds: int) -> None:
    _round(docs)  # untimed: loads what parsing loads once (pymorphy2's dictionary for credits)
    times = [_round(docs) for _ in range(rounds)]
    print(
        f"parse: {len(docs)} texts, {rounds} rounds, CPU ms/text min {min(times):.3f} "
        f"median {statistics.median(times):.3f} ({' '.join(f'{t:.3f}' for t in times)})"
    )


def _profile(docs: list, top: int) -> None:
    from store.reading.parse import parse

    _fresh()
    prof = cProfile.Profile(time.process_time)
    prof.enable()
    for d in docs:
        parse(d)
    prof.disable()
    stats = pstats.Stats(prof, stream=sys.stdout)
    stats.strip_dirs()
    for key in ("tottime", "cumulative"):
        print(f"--- top {top} by {key} (profiled, for ranking only)")
        stats.sort_stats(key).print_stats(top)


def _languages(docs: list) -> None:
    """For every paragraph detect() is asked about while parsing: which way it was decided
    (too short, Kazakh letters, the classifier) and, for the classifier, what the
    paragraph's letters were (Russian alphabet only / other Cyrillic / Latin / mixed)."""
    from store.reading import language

    seen: Counter[tuple[str, str]] = Counter()
    original = language._detect_sample

    def spy(sample: str) -> str | None:
        result = original.__wrapped__(sample) if hasattr(original, "__wrapped__") else original(sample)
        seen[(_script(sample), str(result))] += 1
        return result

    language._detect_sample = spy  # type: ignore[assignment]
    try:
        from store.reading.parse import parse

        for d in docs:
            parse(d)
    finally:
        language._detect_sample = original
    for (script, lang), n in sorted(seen.items()):
        print(f"{script:>14} -> {lang:<5} {n}")


def _dump(docs: list, out: Path) -> None:
    import dataclasses
    import json

    from store.reading.parse import parse

    with out.open("w", encoding="utf-8") as fh:
        for d in docs:
            row = {k: str(v) for k, v in dataclasses.asdict(parse(d)).items()}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(docs)} articles -> {out}")


def _script(sample: str) -> str:
    """A paragraph's letters: which alphabets they come from."""
    import re

    ru = bool(re.search("[А-Яа-яЁё]", sample))
    other_cyr = bool(re.search(r"[\u0400-\u04ff]", re.sub("[А-Яа-яЁё]", "", sample)))
    latin = bool(re.search("[A-Za-z]", sample))
    parts = [n for n, on in (("ru", ru), ("cyr+", other_cyr), ("latin", latin)) if on]
    return "+".join(parts) or "none"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--cprofile", type=int, default=0, metavar="N", help="list the top N functions")
    ap.add_argument("--languages", action="store_true", help="count how detect() decided")
    ap.add_argument("--dump", type=Path, help="write every parsed Article as JSON lines (to diff two checkouts)")
    args = ap.parse_args()
    import store
    from store.reading.language import _langid

    print(f"store: {Path(store.__file__).parent}")
    docs = _docs(args.paths)
    _langid()  # the classifier's one-time load is not the per-text cost
    if args.dump:
        _dump(docs, args.dump)
    elif args.languages:
        _languages(docs)
    elif args.cprofile:
        _profile(docs, args.cprofile)
    else:
        _timing(docs, args.rounds)


if __name__ == "__main__":
    main()

"""The NER's own tokenizer against razdel's on real texts: identical tokens, and the CPU of each.

    python bench/ingest_tokens.py [DIR ...] [--rounds 3]

store/extract/ner_tokens.py must give exactly razdel's tokens (offsets and text): the
model's input, and so its spans, depend on them. Over every `.txt` file under DIRs
(default: eval's dev texts, factRu's texts beside the checkout and sample_data; never the
test corpus), each whole file and each of its paragraphs is tokenized both ways; any
difference is printed and the exit status is 1. Then both are timed in this process,
CPU time, alternated, `--rounds` rounds: min and median ms per file.

Last line: `texts=… differing=… razdel_ms=… ours_ms=…` (min per file).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from ingest_vs_natasha import DEFAULT_DIRS  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    from razdel import tokenize as razdel_tokenize

    from store.extract.ner_tokens import tokenize

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    dirs = args.dirs or [*DEFAULT_DIRS, ROOT / "sample_data"]
    files = [f.read_text(encoding="utf-8", errors="replace") for d in dirs for f in sorted(d.rglob("*.txt"))]
    texts = files + [p for text in files for p in text.split("\n\n") if p.strip()]
    differing = 0
    for text in texts:
        theirs = [(t.start, t.stop, t.text) for t in razdel_tokenize(text)]
        if [tuple(t) for t in tokenize(text)] != theirs:
            differing += 1
            print(f"differs: {text[:70]!r}")
    sides = {"razdel": lambda t: list(razdel_tokenize(t)), "ours": tokenize}
    times: dict[str, list[float]] = {name: [] for name in sides}
    for r in range(args.rounds):
        for name in sorted(sides, reverse=bool(r % 2)):
            started = time.process_time()
            for text in files:
                sides[name](text)
            times[name].append((time.process_time() - started) * 1000 / len(files))
    for name, got in times.items():
        print(f"{name:7} CPU ms per file: min {min(got):.3f} median {statistics.median(got):.3f}")
    print(
        f"texts={len(texts)} differing={differing} razdel_ms={min(times['razdel']):.3f} ours_ms={min(times['ours']):.3f}"
    )
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())

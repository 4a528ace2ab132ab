"""A sentence printed twice in a row inside one paragraph («X. X.»): an AMP page or a
scraper that glued the lead (or its teaser copy) to itself. The body keeps it once, so
its names are not counted twice and the reader does not read it twice."""

from __future__ import annotations

import re

from store.reading import furniture as fu

# A sentence break: the spaces after a stop, before a word (or its opening quote or bracket). Found
# from the stop, the spaces group 1, so that `re` skips in C to a stop; the pattern was
# `(?<=[.!?…])\s+(?=…)`, a look-behind tried at every position (ingest96).
_BREAK = re.compile(r"[.!?…](\s+)(?=[«\"“„(]?[^\W\d_])")


def sentences(paragraph: str) -> list[str]:
    """The parts between the breaks (as `re.split` on the spaces of each break gives them)."""
    parts, at = [], 0
    for m in _BREAK.finditer(paragraph):
        parts.append(paragraph[at : m.start(1)])
        at = m.end(1)
    parts.append(paragraph[at:])
    return parts


# A sentence this short may be repeated on purpose («Нет. Нет.»); a long one never is.
_MIN_WORDS = 6


def without_repeated_sentences(paragraph: str) -> str:
    """The paragraph with each sentence that repeats the one right before it left out."""
    parts = sentences(paragraph)
    if len(parts) < 2:
        return paragraph
    kept = [parts[0]]
    for part in parts[1:]:
        if part.strip() == kept[-1].strip() and fu.word_count(part) >= _MIN_WORDS:
            continue
        kept.append(part)
    return paragraph if len(kept) == len(parts) else " ".join(kept)

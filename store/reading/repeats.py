"""A sentence printed twice in a row inside one paragraph («X. X.»): an AMP page or a
scraper that glued the lead (or its teaser copy) to itself. The body keeps it once, so
its names are not counted twice and the reader does not read it twice."""

from __future__ import annotations

import re

from store.reading import furniture as fu

_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[«\"“„(]?[^\W\d_])")
# A sentence this short may be repeated on purpose («Нет. Нет.»); a long one never is.
_MIN_WORDS = 6


def without_repeated_sentences(paragraph: str) -> str:
    """The paragraph with each sentence that repeats the one right before it left out."""
    parts = _SENTENCE.split(paragraph)
    if len(parts) < 2:
        return paragraph
    kept = [parts[0]]
    for part in parts[1:]:
        if part.strip() == kept[-1].strip() and fu.word_count(part) >= _MIN_WORDS:
            continue
        kept.append(part)
    return paragraph if len(kept) == len(parts) else " ".join(kept)

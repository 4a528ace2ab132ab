"""Cutting a long text into bounded pieces at natural boundaries.

Some tools cost more than linear time or memory in the length of what they are given at
once: natasha's NER tagger holds a whole text's tensors (≈750 bytes per character), and
razdel's sentence splitter grows quadratically inside one sentence that never ends (a
line of dots or figures). Given pieces of at most CHUNK_CHARS, cut after a paragraph
break, else a sentence end, else whitespace, their cost stays linear. A text up to
CHUNK_CHARS (every ordinary article) is one piece, so its results do not change.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Characters of body read by default. Every stage is linear, but a multi-megabyte "article"
# (a dump, a log, a book) is no news article. 200,000 characters (about 0.4 MB of Cyrillic
# UTF-8) is ten times the longest article of the evaluation material (18,636); extraction
# costs about 10 s per million characters on an idle core (bench/linear_scaling.py) and
# several times that on a loaded machine (70 s for a million at load average 5.5), so this
# keeps the longest article well inside the ingest's per-article time budget (60 s).
EXTRACT_LIMIT_DEFAULT = 200_000
CHUNK_CHARS = 30_000  # ≈ 25 MB of tagger memory; longer than any evaluation article (18,636)
_SENTENCE_END = re.compile(r"[.!?…][»\"”)]*\s")


def cut_at_boundary(text: str, lo: int, hi: int) -> int:
    """Where to end a piece of text that starts at `lo` and may reach `hi` (exclusive):
    after the last paragraph break, else line break, else sentence end, else whitespace
    in the piece's second half; `hi` itself when there is none (a text without spaces)."""
    if hi >= len(text):
        return len(text)
    floor = lo + (hi - lo) // 2
    for mark in ("\n\n", "\n"):
        at = text.rfind(mark, floor, hi)
        if at != -1:
            return at + len(mark)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(floor, hi - 2_000), hi)]
    if ends:
        return ends[-1]
    for at in range(hi - 1, floor - 1, -1):
        if text[at].isspace():
            return at + 1
    return hi


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """[start, end) pieces covering `text` in order, none longer than `size`."""
    out, start = [], 0
    while len(text) - start > size:
        end = cut_at_boundary(text, start, start + size)
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def sentence_spans(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """razdel's sentences of `text` as [start, stop) offsets, split piece by piece.
    An article's paragraphs are split more than once (names' roles, directives, facts
    each ask): the answers for the last few hundred texts up to one piece long are kept
    (at most ~15 MB), so each is split once."""
    if len(text) <= size:
        return list(_cached_sentence_spans(text, size))
    return list(_split_sentences(text, size))


@lru_cache(maxsize=256)
def _cached_sentence_spans(text: str, size: int) -> tuple[tuple[int, int], ...]:
    return _split_sentences(text, size)


def _split_sentences(text: str, size: int) -> tuple[tuple[int, int], ...]:
    """razdel.sentenize's sentences of each piece (store/extract/sentence_split.py asks razdel's
    rules without its per-delimiter objects: the same offsets, about half the CPU)."""
    from store.extract.sentence_split import sentence_bounds

    out: list[tuple[int, int]] = []
    for lo, hi in chunk_bounds(text, size):
        out += [(lo + a, lo + b) for a, b in sentence_bounds(text[lo:hi])]
    return tuple(out)

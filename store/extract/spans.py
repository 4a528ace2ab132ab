"""Span and sentence bookkeeping every pass shares: the sentences of a text and the one
holding a position, spans indexed by start for overlap look-ups, and the small helpers
that map, order and derive spans (a derived span carries its settled name).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from store.extract.chunking import sentence_spans
from store.extract.ner import NerSpan

# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=8)  # the body's sentences serve the mentions, then the directives
def paragraph_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans (razdel), never crossing a paragraph break (nor a piece's edge in a
    paragraph longer than store.extract.chunking.CHUNK_CHARS)."""
    out = []
    for para in _LINE.finditer(text):
        base = para.start()
        out += [(base + a, base + b) for a, b in sentence_spans(para.group())]
    return tuple(out)


def _sentence_at(sents: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int] | None:
    """The sentence holding `pos`, by bisection (the spans are sorted and disjoint):
    a scan per name made extraction quadratic in the text's length."""
    i = bisect_right(sents, (pos, float("inf"))) - 1
    return sents[i] if i >= 0 and sents[i][0] <= pos < sents[i][1] else None


def sentence_end(sents: tuple[tuple[int, int], ...], pos: int, default: int) -> int:
    sent = _sentence_at(sents, pos)
    return sent[1] if sent else min(default, pos + 200)


def sentence_start(sents: tuple[tuple[int, int], ...], pos: int) -> int:
    sent = _sentence_at(sents, pos)
    return sent[0] if sent else max(0, pos - 200)


class ByStart:
    """Spans (anything with .start and .end) sorted by start, for overlap look-ups that
    cost a bisection and the few spans near the point instead of a scan of all of them.
    Only spans starting within the longest span's length before a point can reach it."""

    def __init__(self, spans) -> None:
        self.items = sorted(spans, key=lambda s: (s.start, s.end))
        self.starts = [s.start for s in self.items]
        self.longest = max((s.end - s.start for s in self.items), default=0)

    def overlapping(self, start: int, end: int) -> list:
        """The spans sharing a character with [start, end), in order."""
        lo = bisect_right(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return [s for s in self.items[lo:hi] if s.end > start]

    def any_overlap(self, start: int, end: int) -> bool:
        return bool(self.overlapping(start, end))

    def within(self, start: int, end: int) -> list:
        """The spans lying wholly inside [start, end), in order."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [s for s in self.items[lo:hi] if s.end <= end]

    def containing(self, start: int, end: int) -> list:
        """The spans holding all of [start, end)."""
        return [s for s in self.overlapping(start, end) if s.start <= start and end <= s.end]


def coverage_mask(text: str, spans: list[NerSpan]) -> bytearray:
    """A byte per character of `text`: 1 where some span covers it."""
    mask = bytearray(len(text))
    for s in spans:
        mask[s.start : s.end] = b"\x01" * (s.end - s.start)
    return mask


def in_quotes(text: str, s: NerSpan) -> bool:
    return s.start > 0 and text[s.start - 1] in '«"“„' and text[s.end : s.end + 1] in '»"”“'


@dataclasses.dataclass(frozen=True)
class Named(NerSpan):
    """A span whose name is settled before the mentions are made: a place retyped as a
    body of states, or (derived) a place or body that another name contains."""

    name: str = ""
    derived: bool = False


def by_offsets(spans: list) -> list:
    return sorted(spans, key=lambda s: (s.start, s.end))


def mapped(spans: list, fix) -> list:
    """Each span through `fix`; a fix that returns None drops the span."""
    return [t for t in map(fix, spans) if t is not None]


def with_derived(spans: list, derive) -> list:
    """Each span followed by what `derive` makes of it (if anything), after the spans
    earlier passes derived from it: the mentions keep the order they were made in."""
    out, pending = [], None
    for s in spans:
        if not (isinstance(s, Named) and s.derived):
            if pending is not None:
                out.append(pending)
            pending = derive(s)
        out.append(s)
    if pending is not None:
        out.append(pending)
    return out


def derived_named(span: NerSpan | None, name) -> Named | None:
    return None if span is None else Named(span.type, span.start, span.end, span.text, name(span), True)

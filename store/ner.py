"""Named-entity spans from natasha's news NER model, nothing more.

Only the NER tagger is loaded: natasha's morph tagger would cost ~20 ms per article
and is needed only for natasha's own span normalization, which gets organizations
wrong («Комитет государственные доходы»); store/normalize.py does that job with
pymorphy2 instead. The models ship inside the natasha/navec/slovnet packages:
nothing is downloaded.

The tagger holds a whole text's tokens, embeddings and scores at once (≈750 bytes of
memory per character): a long text is tagged in chunks of at most CHUNK_CHARS, cut at a
paragraph break, else a sentence end, else whitespace, so memory stays flat whatever
the size. A text up to CHUNK_CHARS (every ordinary article) is one chunk: its spans are
exactly what tagging it whole gives.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_TYPES = {"PER": "person", "ORG": "organization", "LOC": "location"}
CHUNK_CHARS = 30_000  # ≈ 25 MB of tagger memory; 5–10 times the longest news article
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


@dataclass(frozen=True)
class NerSpan:
    """A raw model span: our entity type, offsets into the text it was found in, the text."""

    type: str  # person | organization | location
    start: int
    end: int
    text: str


class NerModel:
    """natasha's NewsNERTagger, loaded once (≈0.8 s, ~100 MB) and reused for every text."""

    def __init__(self) -> None:
        from natasha import NewsEmbedding, NewsNERTagger

        self._tagger = NewsNERTagger(NewsEmbedding())

    def spans(self, text: str, chunk: int = CHUNK_CHARS) -> list[NerSpan]:
        """Spans of `text` in order; a span never crosses a line break (it is cut at the
        first one: the model happily joins a headline to the next paragraph) nor a chunk's
        edge (see the module's docstring)."""
        out: list[NerSpan] = []
        for lo, hi in chunk_bounds(text, chunk):
            if text[lo:hi].strip():
                out += self._chunk_spans(text, lo, hi)
        return out

    def _chunk_spans(self, text: str, lo: int, hi: int) -> list[NerSpan]:
        out = []
        for s in self._tagger(text[lo:hi]).spans:
            start, end = lo + s.start, lo + s.stop
            cut = text.find("\n", start, end)
            if cut != -1:
                end = cut
            if end > start and s.type in _TYPES:
                out.append(NerSpan(_TYPES[s.type], start, end, text[start:end]))
        return out

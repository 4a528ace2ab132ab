"""Named-entity spans from natasha's news NER model, nothing more.

Only the NER tagger is loaded: natasha's morph tagger would cost ~20 ms per article
and is needed only for natasha's own span normalization, which gets organizations
wrong («Комитет государственные доходы»); store/normalize.py does that job with
pymorphy2 instead. The models ship inside the natasha/navec/slovnet packages:
nothing is downloaded.
"""
from __future__ import annotations

from dataclasses import dataclass

_TYPES = {"PER": "person", "ORG": "organization", "LOC": "location"}


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

    def spans(self, text: str) -> list[NerSpan]:
        """Spans of `text` in order; a span never crosses a line break (it is cut at the
        first one: the model happily joins a headline to the next paragraph)."""
        if not text.strip():
            return []
        out = []
        for s in self._tagger(text).spans:
            start, end = s.start, s.stop
            cut = text.find("\n", start, end)
            if cut != -1:
                end = cut
            if end > start and s.type in _TYPES:
                out.append(NerSpan(_TYPES[s.type], start, end, text[start:end]))
        return out

"""Named-entity spans from natasha's news NER model, nothing more.

Only the NER tagger is loaded: natasha's morph tagger would cost ~20 ms per article
and is needed only for natasha's own span normalization, which gets organizations
wrong («Комитет государственные доходы»); store/lang/normalize.py does that job with
pymorphy2 instead. The models ship inside the natasha/navec/slovnet packages:
nothing is downloaded.

The tagger holds a whole text's tokens, embeddings and scores at once (≈750 bytes of
memory per character): a long text is tagged in chunks of at most CHUNK_CHARS, cut at a
paragraph break, else a sentence end, else whitespace, so memory stays flat whatever
the size. Each chunk is tagged with CONTEXT_CHARS of its neighbours' text around it and
keeps only the spans starting inside it. A text up to CHUNK_CHARS (every ordinary
article) is one chunk: its spans are exactly what tagging it whole gives.

Tagging texts two by two costs about 10% less than one by one, but slovnet pads a batch
to its longest text: `prepare(texts)` tags the one-chunk texts sorted by length, in
batches of BATCH_SIZE, and keeps their spans for the `spans(text)` calls that follow
(the model masks the padding and multiplies each text's rows on their own:
store/extract/ner_layers.py; so a text's spans are the same in any batch and alone, and an
ingest's output does not depend on which texts a worker happened to tag together).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from store.extract.chunking import CHUNK_CHARS, chunk_bounds

_TYPES = {"PER": "person", "ORG": "organization", "LOC": "location"}
# Text tagged on each side of a chunk as context only: the model reads words around each
# word, so a name by a chunk's edge gets the same reading as in the whole text.
CONTEXT_CHARS = 1_000
# Texts per model call in prepare(). Measured with one BLAS thread on 163 real news texts
# (title and body tagged apart), CPU per article, min of 3: one by one 28.4 ms, batches of
# 2 25.5, of 4 26.3, of 8 34.9 (larger batches outgrow the cache). With two BLAS threads
# (a user's OPENBLAS_NUM_THREADS=2: store/ingest/threads.py) batches of 8 did not win either:
# bench/ingest_ner_batches.py, 2026-12-03 at load 4-7, CPU min per article 26.9 ms for
# batches of 2, 30.9 of 4, 28.7 of 8 (one thread: 15.0, 14.3, 15.4); so 2 whatever the threads.
BATCH_SIZE = 2


def _context_window(text: str, lo: int, hi: int, margin: int = CONTEXT_CHARS) -> tuple[int, int]:
    """[lo, hi) widened by about `margin` characters each side, to whitespace (no word cut)."""
    wlo, whi = max(0, lo - margin), min(len(text), hi + margin)
    if wlo > 0:
        found = [k for k in (text.find(" ", wlo, lo), text.find("\n", wlo, lo)) if k != -1]
        wlo = min(found) + 1 if found else lo
    if whi < len(text):
        found = [k for k in (text.rfind(" ", hi, whi), text.rfind("\n", hi, whi)) if k != -1]
        whi = max(found) if found else hi
    return wlo, whi


def _embedding():
    """natasha's NewsEmbedding without navec's similarity tables.

    Loading navec builds, for its `sim` and `norm`, every word's vector norm and a table of
    every code pair's dot product (100 x 256 x 256 floats: 26 MB): about 0.5 s of CPU, two
    thirds of loading the model, in every process that loads it. The NER model reads only
    the word's code indexes and the codes, so that step is left out while loading: the
    embedding holds the same indexes and codes, and the tags are the same. Its word -> id
    dict is built by `_vocab_init` (the same dict, in C)."""
    import numpy as np
    from natasha import NewsEmbedding
    from navec.pq import PQ
    from navec.vocab import Vocab

    def without_tables(pq) -> None:
        pq.qdims = np.arange(pq.qdim)  # what PQ's own lookups read besides the codes

    precompute, init = PQ.precompute, Vocab.__init__
    PQ.precompute, Vocab.__init__ = without_tables, _vocab_init
    try:
        return NewsEmbedding()
    finally:
        PQ.precompute, Vocab.__init__ = precompute, init


def _vocab_init(vocab, words, counts) -> None:
    """navec's `Vocab.__init__`, its word -> id dict built by dict(zip(...)) rather than a
    comprehension over `enumerate`: the same dict (a repeated word keeps its last id in
    both), for 250,002 words about 20 ms less CPU in every process that loads the model."""
    from navec.vocab import PAD, UNK

    vocab.words = words
    vocab.counts = counts
    vocab.word_ids = dict(zip(words, range(len(words)), strict=True))
    vocab.unk_id = vocab.word_ids.get(UNK)
    vocab.pad_id = vocab.word_ids.get(PAD)


@contextmanager
def _words_shared_with(embedding) -> Iterator[None]:
    """slovnet's packed vocabularies, loaded inside the block, reusing the embedding's
    word index when the word list is the same.

    The NER pack's word vocabulary is navec's word list again (250,002 words, in the same
    order), and slovnet builds its word -> id dict a second time: about 0.05 s of CPU and
    some 20 MB in every process that loads the model. A list equal to navec's gets
    navec's own list and dict, so every word gets the same id; any other is built as
    slovnet builds it."""
    from slovnet.const import PAD, UNK
    from slovnet.exec import pack
    from slovnet.vocab import Vocab

    load = pack.bytes_vocab
    words = embedding.vocab.words
    # navec's words as one text: a vocabulary that is this text (with or without a last line
    # break) splits into these very words, so the word list is not split and compared again
    # (about 15 ms of CPU); any other text is split and compared as before
    joined = lru_cache(maxsize=1)(lambda: ("\n".join(words), "\n".join(words) + "\n"))

    def shared(data: bytes):
        text = pack.decompress(data).decode("utf8")
        if text not in joined():  # else the lines are navec's words (they hold no line break)
            items = text.splitlines()
            if items != words:
                return Vocab(items)
        vocab = Vocab.__new__(Vocab)
        vocab.items, vocab.item_ids = words, embedding.vocab.word_ids
        vocab.unk_id, vocab.pad_id = vocab.item_ids.get(UNK), vocab.item_ids.get(PAD)
        return vocab

    pack.bytes_vocab = shared
    try:
        yield
    finally:
        pack.bytes_vocab = load


@dataclass(frozen=True)
class NerSpan:
    """A raw model span: our entity type, offsets into the text it was found in, the text."""

    type: str  # person | organization | location
    start: int
    end: int
    text: str


class NerModel:
    """natasha's NewsNERTagger, loaded once (≈0.3 s, ~75 MB) and reused for every text."""

    def __init__(self) -> None:
        from natasha import NewsNERTagger

        from store.extract import ner_crf, ner_layers

        embedding = _embedding()
        with _words_shared_with(embedding):
            self._tagger = NewsNERTagger(embedding)
        ner_layers.install(self._tagger)  # the same emissions, with fewer copies (about 40% less CPU)
        ner_crf.install(self._tagger)  # the same tags, decoded with less Python
        self._prepared: dict[str, list] = {}  # text -> the model's raw spans, from prepare()

    def prepare(self, texts: list[str], chunk: int = CHUNK_CHARS) -> None:
        """Tag the texts that are one chunk each, in batches of similar length, and keep
        their spans for spans() to use (once each); whatever was prepared before and not
        used is dropped, so memory holds one batch's worth at most."""
        todo = sorted(
            {t for t in texts if t.strip() and len(chunk_bounds(t, chunk)) == 1},
            key=lambda t: (len(t), t),  # not the set's order, which the process's hash seed sets
        )
        self._prepared = {}
        if todo:
            from store.extract.ner_batch import tag_many

            self._prepared = dict(zip(todo, tag_many(self._tagger, todo, BATCH_SIZE), strict=True))

    def spans(self, text: str, chunk: int = CHUNK_CHARS) -> list[NerSpan]:
        """Spans of `text` in order; a span never crosses a line break (it is cut at the
        first one: the model happily joins a headline to the next paragraph). A long text
        is tagged chunk by chunk (see the module's docstring)."""
        bounds = chunk_bounds(text, chunk)
        if len(bounds) == 1:
            return self._window_spans(text, 0, len(text), 0, len(text))
        out: list[NerSpan] = []
        for lo, hi in bounds:
            out += self._window_spans(text, *_context_window(text, lo, hi), lo, hi)
        return out

    def _window_spans(self, text: str, wlo: int, whi: int, lo: int, hi: int) -> list[NerSpan]:
        """The spans starting in [lo, hi), tagged with the window text[wlo:whi] around it
        as their context."""
        if not text[lo:hi].strip():
            return []
        out = []
        window = text[wlo:whi]
        raw = self._prepared.pop(window, None)
        for s in raw if raw is not None else self._tagger(window).spans:
            start, end = wlo + s.start, wlo + s.stop
            if not lo <= start < hi:
                continue  # the neighbouring chunk's, seen here only as context
            cut = text.find("\n", start, end)
            if cut != -1:
                end = cut
            if end > start and s.type in _TYPES:
                out.append(NerSpan(_TYPES[s.type], start, end, text[start:end]))
        return out

"""Many texts through natasha's NER model at once, with the spans slovnet would give each.

slovnet's `NERInfer` runs a batch of texts through the model and then decodes that
batch's CRF, walking its longest text token by token in Python; it tokenizes with razdel,
keeps only the words, and finds every word in the text again to place the spans. Here
the model still runs over batches of `batch_size` texts (slovnet pads a batch to its
longest text, and small batches of similar length cost least: store/extract/ner.py), but
the CRF of all the batches is decoded in one walk (store/extract/ner_crf.py; each text's
tags depend on its own scores and mask only, so stacking them changes none), the spans
are placed with razdel's own offsets (found by the same left-to-right search slovnet
repeats), and a word's vocabulary ids are looked up once per process. The tokens are
razdel's, found by store/extract/ner_tokens.py in a third of razdel's CPU.
"""

from __future__ import annotations

import numpy as np

from store.extract.ner_crf import viterbi

_B, _I, _O = "B", "I", "O"  # slovnet.const's BIO parts

# Words whose ids an encoder keeps (a news corpus repeats its words); past this many the
# cache starts again (a few tens of MB at most).
IDS_KEPT = 200_000


def tag_many(tagger, texts: list[str], batch_size: int) -> list[list]:
    """The spans (start, stop, type) of each text, in order: what `tagger.map(texts)`
    gives, in batches of `batch_size` texts as given (sort them by length first)."""
    from store.extract.ner_tokens import tokenize

    infer = tagger.infer
    tokens = [tokenize(text) for text in texts]
    if not all(tokens):
        raise ValueError("a text without a token: tag each text alone")
    emissions, masks = [], []
    for at in range(0, len(texts), batch_size):
        items = [_encoded(infer.encoder, [t.text for t in one]) for one in tokens[at : at + batch_size]]
        batch = infer.encoder.input(items)
        emissions.append(infer.model(batch.word_id, batch.shape_id, batch.pad_mask))
        masks.append(~batch.pad_mask)
    tags = viterbi(*_stacked(emissions, masks), infer.model.head.crf.transitions.array)
    return [_spans(one, tag_ids, infer.decoder.tags_vocab) for one, tag_ids in zip(tokens, tags, strict=True)]


def _encoded(encoder, words: list[str]) -> tuple[list[int], list[int]]:
    """`encoder.item(words)`: each word's id and its shape's id, cached by the word in
    the encoder itself (its vocabularies give the ids)."""
    ids = encoder.__dict__.get("_ids_by_word")
    if ids is None or len(ids) > IDS_KEPT:
        ids = encoder.__dict__["_ids_by_word"] = {}
    word_ids, shape_ids = [], []
    for word in words:
        got = ids.get(word)
        if got is None:
            ([word_id], [shape_id]) = encoder.item([word])
            got = ids[word] = (word_id, shape_id)
        word_ids.append(got[0])
        shape_ids.append(got[1])
    return word_ids, shape_ids


def _stacked(emissions: list[np.ndarray], masks: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The batches' scores and masks as one batch, padded at the end with masked zeros."""
    longest = max(e.shape[1] for e in emissions)
    count = sum(e.shape[0] for e in emissions)
    scores = np.zeros((count, longest, emissions[0].shape[2]), dtype=emissions[0].dtype)
    mask = np.zeros((count, longest), dtype=bool)
    row = 0
    for e, m in zip(emissions, masks, strict=True):
        scores[row : row + e.shape[0], : e.shape[1]] = e
        mask[row : row + e.shape[0], : e.shape[1]] = m
        row += e.shape[0]
    return scores, mask


def _spans(tokens: list, tag_ids: np.ndarray, tags_vocab) -> list:
    """slovnet's BIO spans over razdel's tokens (their offsets are the ones it would find):
    `bio_spans(tokens, [tags_vocab.decode(t) for t in tag_ids])`, walking only the tokens
    not tagged O (most are O): between two of them, an O closes the open span as bio_spans's
    walk over it would; a tag read the same way as bio_spans reads it (`parse_bio`)."""
    from slovnet.span import Span

    parts, outside = _parts(tags_vocab)
    count = min(len(tokens), len(tag_ids))
    ids = tag_ids[:count]
    if len(outside) == 1:  # slovnet's tags: one O
        inside = np.flatnonzero(ids != outside[0]).tolist()
    else:
        inside = np.flatnonzero(~np.isin(ids, outside)).tolist() if outside else list(range(count))
    out = []
    previous = start = stop = None
    last = -2  # the last token walked
    for at, tag in zip(inside, ids[inside].tolist(), strict=True):
        if at != last + 1 and previous:  # an O lay between: bio_spans closed the span there
            out.append(Span(start, stop, previous))
            previous = None
        last = at
        part, kind = parts[tag]
        if part == _B:
            if previous:
                out.append(Span(start, stop, previous))
            previous, start, stop = kind, tokens[at].start, tokens[at].stop
        elif part == _I:
            stop = tokens[at].stop
    if previous:  # bio_spans closes it at an O after it or at the end alike
        out.append(Span(start, stop, previous))
    return out


def _parts(tags_vocab) -> tuple[list[tuple], list[int]]:
    """Each tag id's (part, type) as slovnet's parse_bio reads its tag, and the ids of O."""
    got = tags_vocab.__dict__.get("_bio_parts")
    if got is None:
        from slovnet.bio import parse_bio

        parts = [parse_bio(tag) for tag in tags_vocab.items]
        got = tags_vocab.__dict__["_bio_parts"] = (parts, [i for i, (part, _) in enumerate(parts) if part == _O])
    return got

"""The NER model's CRF decoding (Viterbi) with the same arithmetic as slovnet's, less Python.

slovnet's `CRF.decode` walks the tokens one by one and, at each, builds an index grid
with `np.indices` and gathers the best scores through it, then re-walks every item's
back-pointers one numpy scalar at a time: on real news texts that was about a fifth of
the tagger's CPU (5.0 of 23.7 ms per article, one BLAS thread), more than the model's
own layers cost beyond their matrix products. Here each step is the same float32 sums
in the same order, `(score + transitions) + emission`, the best previous tag is the same
`argmax` (the first of equal scores) and the best score the maximum itself (the value at
that argmax); the masked step is skipped only where every item of the batch is inside
its text (`np.where` would keep every score then). Back-pointers are walked as Python
ints. So the tags are exactly slovnet's, tie for tie (tests/test_ingest_cpu.py compares
them on random and tied scores).

A stack padded at the end (what the model's batches are: store/extract/ner_batch.py stacks
a worker's titles and bodies, padded to its longest body) is walked longest item first,
each step over the rows still inside their text only: a title's row no longer costs a
masked copy at every token of the longest body (0.58 -> 0.36 ms a generated article;
tests/test_ingest105_cuts.py compares both walks).
"""

from __future__ import annotations

import numpy as np


def viterbi(emissions: np.ndarray, mask: np.ndarray, transitions: np.ndarray) -> list[np.ndarray]:
    """The best tag sequence of each item: emissions batch x tokens x tags, mask batch x
    tokens (True on real tokens), transitions tags x tags (from, to)."""
    counts = mask.sum(1)
    if mask.shape[1] and counts.min() > 0 and (mask == (np.arange(mask.shape[1]) < counts[:, None])).all():
        return _viterbi_by_length(emissions, counts, transitions)
    return _viterbi_masked(emissions, mask, transitions)


def _viterbi_by_length(emissions: np.ndarray, counts: np.ndarray, transitions: np.ndarray) -> list[np.ndarray]:
    """`_viterbi_masked` for a mask that is each item's first counts[i] >= 1 tokens (slovnet
    pads at the end), with the items walked longest first: at each token the items still
    inside their text are a prefix of the rows, so each step is the same sums, argmax and
    maximum over those rows alone (every one of them is per row: the other rows never took
    part in a row's numbers), and the masked copy of the kept scores is not needed (the
    finished rows are simply not touched). A stack of a worker's titles and bodies is
    padded to its longest body: the titles' rows stop after a few tokens."""
    batch_size, seq_len, tags_num = emissions.shape
    order = np.argsort(-counts, kind="stable")
    lengths = counts[order].tolist()  # longest first
    steps = emissions[order].swapaxes(1, 0)[:, :, None, :]  # tokens x batch x 1 x tags (to)
    history = np.empty((max(seq_len - 1, 0), batch_size, tags_num), dtype=np.intp)
    kind = np.result_type(emissions.dtype, transitions.dtype)
    score = steps[0, :, 0, :].astype(kind)  # batch x tags
    step = np.empty((batch_size, tags_num, tags_num), dtype=kind)
    largest = np.maximum.reduce
    active = batch_size
    rows, previous, sums, own, kept = score, score[:, :, None], step, steps, history
    for index in range(1, seq_len):
        if lengths[active - 1] <= index:  # the shortest active item has ended: fewer rows from here
            while active and lengths[active - 1] <= index:
                active -= 1
            if not active:
                break
            rows = score[:active]
            previous, sums = rows[:, :, None], step[:active]
            own, kept = steps[:, :active], history[:, :active]
        np.add(previous, transitions, out=sums)
        np.add(sums, own[index], out=sums)
        sums.argmax(1, out=kept[index - 1])
        largest(sums, 1, out=rows)
    at = np.empty(batch_size, dtype=np.intp)
    at[order] = np.arange(batch_size)
    return [_backtrack(score[row].argmax(), history[: lengths[row] - 1, row].tolist()) for row in at.tolist()]


def _viterbi_masked(emissions: np.ndarray, mask: np.ndarray, transitions: np.ndarray) -> list[np.ndarray]:
    """Viterbi for any mask: every item at every token, a masked item's score kept."""
    batch_size, seq_len, tags_num = emissions.shape
    steps = emissions.swapaxes(1, 0)[:, :, None, :]  # tokens x batch x 1 x tags (to)
    columns = mask.swapaxes(1, 0)
    everyone = columns.all(1).tolist()  # at each token: is it real in every item?
    history = np.empty((max(seq_len - 1, 0), batch_size, tags_num), dtype=np.intp)
    kind = np.result_type(emissions.dtype, transitions.dtype)  # what slovnet's sums come out as
    score = steps[0, :, 0, :].astype(kind)  # batch x tags; exact (a widening, if any)
    previous = score[:, :, None]  # a view: batch x tags (from) x 1
    step = np.empty((batch_size, tags_num, tags_num), dtype=kind)  # batch x from x to
    best = np.empty_like(score)
    largest = np.maximum.reduce  # what `step.max(1)` runs, without numpy's Python wrapper (_methods._amax) per token
    for index in range(1, seq_len):
        np.add(previous, transitions, out=step)
        np.add(step, steps[index], out=step)
        step.argmax(1, out=history[index - 1])
        if everyone[index]:
            largest(step, 1, out=score)
        else:
            largest(step, 1, out=best)
            np.copyto(score, best, where=columns[index][:, None])
    sizes = (columns.sum(0) - 1).tolist()
    return [_backtrack(score[item].argmax(), history[: sizes[item], item].tolist()) for item in range(batch_size)]


def _backtrack(best, pointers: list[list[int]]) -> np.ndarray:
    """The tags from the last token's best back to the first, through the back-pointers."""
    tags = [best]
    for row in reversed(pointers):
        best = row[best]
        tags.append(best)
    tags.reverse()
    return np.array(tags)


class FastCRF:
    """Stands in for the loaded model's CRF layer: the same transitions, `viterbi` to decode."""

    def __init__(self, crf) -> None:
        self.transitions = crf.transitions

    def decode(self, emissions: np.ndarray, mask: np.ndarray) -> list[np.ndarray]:
        return viterbi(emissions, mask, self.transitions.array)


def install(tagger) -> None:
    """Decode with `viterbi` in this natasha NER tagger (a no-op if its layout is not slovnet's)."""
    head = getattr(getattr(getattr(tagger, "infer", None), "model", None), "head", None)
    crf = getattr(head, "crf", None)
    if crf is not None and hasattr(crf, "transitions") and not isinstance(crf, FastCRF):
        head.crf = FastCRF(crf)

"""How alike a folded query and folded alias keys are (0–100), over many keys at once.

The score is a composite — plain ratio, token-sort ratio, ratio without spaces, coarse
ratio and token coverage — because the usual shortcuts (WRatio, partial_ratio,
token_set_ratio) give short unrelated names 90–100 on short folded keys.
"""

from __future__ import annotations

from itertools import chain

import numpy as np
from rapidfuzz import fuzz, process

from store.lang import names


def score_keys(qkey: str, keys: list[str]) -> np.ndarray:
    """Composite similarity (0–100) of one folded query to folded keys.

    max of: ratio; token-sort ratio (surname first); ratio without spaces
    (Nurzholy = Nur Zholy); ratio of coarse keys x0.92 (Хоргос ~ Қорғас); token
    coverage (every query word found in the key, scaled by how much of the key the
    query covers, so `bektenov` finds «Олжас Бектенов» but below «Бектенов» itself).
    """
    if not keys:
        return np.zeros(0, dtype=np.float32)
    scores = process.cdist([qkey], keys, scorer=fuzz.ratio, dtype=np.float32)[0]
    np.maximum(scores, process.cdist([qkey], keys, scorer=fuzz.token_sort_ratio, dtype=np.float32)[0], out=scores)
    q_ns = qkey.replace(" ", "")
    np.maximum(
        scores,
        process.cdist([q_ns], [k.replace(" ", "") for k in keys], scorer=fuzz.ratio, dtype=np.float32)[0],
        out=scores,
    )
    coarse = process.cdist([names.coarse(qkey)], [names.coarse(k) for k in keys], scorer=fuzz.ratio, dtype=np.float32)[
        0
    ]
    np.maximum(scores, coarse * 0.92, out=scores)
    np.maximum(scores, _coverage(qkey, keys), out=scores)
    return scores


def _coverage(qkey: str, keys: list[str]) -> np.ndarray:
    """Mean over query words of their best word match in the key, times
    (0.88 + 0.12 x share of key words matched at >= 85: a patronymic «Жандосулы»
    is not covered by the query `Zhandos`). Vectorized over a key x word matrix."""
    qtoks = qkey.split()
    split = [k.split() for k in keys]
    lens = np.fromiter(map(len, split), dtype=np.int64, count=len(split))
    if not len(lens) or not lens.max():
        return np.zeros(len(keys), dtype=np.float32)
    vocab: dict[str, int] = {}
    n_words = int(lens.sum())  # one flat pass over the words, not a list per key
    flat = np.fromiter(
        (vocab.setdefault(w, len(vocab)) for w in chain.from_iterable(split)), dtype=np.int64, count=n_words
    )
    pad = len(vocab)
    mat = np.full((len(split), int(lens.max())), pad, dtype=np.int64)
    rows = np.repeat(np.arange(len(split)), lens)
    cols = np.arange(n_words) - np.repeat(np.cumsum(lens) - lens, lens)
    mat[rows, cols] = flat
    words = list(vocab)
    sims = process.cdist(qtoks, words, scorer=fuzz.ratio, dtype=np.float32)
    _prefix_sims(qtoks, words, sims)
    sims = np.concatenate([sims, np.full((len(qtoks), 1), -1.0, dtype=np.float32)], axis=1)
    grid = sims[:, mat]  # query word x key x key word
    q_best = grid.max(axis=2).mean(axis=0)
    k_cov = (grid.max(axis=0) >= 85).sum(axis=1) / np.maximum(lens, 1)
    return (q_best * (0.88 + 0.12 * k_cov)).astype(np.float32)


def _prefix_sims(qtoks: list[str], vocab: list[str], sims: np.ndarray) -> None:
    """A query word of 3+ letters that begins a key word (typing `khorg…` as you
    search) is worth 60 + 40 x its share of the word: «Хоргос» shows from `khorg`,
    yet a prefix never ties a whole word (the flaw of partial_ratio)."""
    for i, q in enumerate(qtoks):
        if len(q) < 3:
            continue
        for j, word in enumerate(vocab):
            if len(word) > len(q) and word.startswith(q):
                sims[i, j] = max(sims[i, j], 60.0 + 40.0 * len(q) / len(word))

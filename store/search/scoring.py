"""How alike a folded query and folded alias keys are (0–100), over many keys at once.

The score is a composite — plain ratio, token-sort ratio, ratio without spaces, coarse
ratio and token coverage — because the usual shortcuts (WRatio, partial_ratio,
token_set_ratio) give short unrelated names 90–100 on short folded keys.
"""

from __future__ import annotations

import re
from itertools import chain, repeat

import numpy as np
from rapidfuzz import fuzz, process

from store.lang import names


def score_keys(qkey: str, keys: list[str]) -> np.ndarray:
    """Composite similarity (0–100) of one folded query to folded keys.

    max of: ratio; token-sort ratio (surname first); ratio without spaces
    (Nurzholy = Nur Zholy); ratio of coarse keys x0.92 (Хоргос ~ Қорғас); token
    coverage (every query word found in the key, scaled by how much of the key the
    query covers, so `bektenov` finds «Олжас Бектенов» but below «Бектенов» itself).

    The keys' derived forms (without spaces, coarse, their words) are made over the
    keys joined into one string, not key by key: ~800 keys a query, several times.
    """
    if not keys:
        return np.zeros(0, dtype=np.float32)
    scores = process.cdist([qkey], keys, scorer=fuzz.ratio, dtype=np.float32)[0]
    np.maximum(scores, process.cdist([qkey], keys, scorer=fuzz.token_sort_ratio, dtype=np.float32)[0], out=scores)
    joined = "\n".join(keys)
    plain = _is_fold_shaped(joined, len(keys))
    no_spaces = joined.replace(" ", "")
    no_space_keys = no_spaces.split("\n") if plain else [k.replace(" ", "") for k in keys]
    q_ns = qkey.replace(" ", "")
    np.maximum(scores, process.cdist([q_ns], no_space_keys, scorer=fuzz.ratio, dtype=np.float32)[0], out=scores)
    coarse_keys = no_spaces.replace("h", "k").replace("o", "a").split("\n") if plain else list(map(names.coarse, keys))
    coarse = process.cdist([names.coarse(qkey)], coarse_keys, scorer=fuzz.ratio, dtype=np.float32)[0]
    np.maximum(scores, coarse * 0.92, out=scores)
    np.maximum(scores, _coverage(qkey, keys, joined if plain else None), out=scores)
    return scores


_FOLD_CHARS = re.compile(r"[a-z0-9 \n]*")


def _is_fold_shaped(joined: str, n: int) -> bool:
    """Are the keys (joined by newlines) what names.fold writes: no newline inside, no
    empty key, words separated by exactly one space? Then their words and lengths can
    be read off the joined string."""
    return (
        bool(joined)
        and _FOLD_CHARS.fullmatch(joined) is not None
        and joined.count("\n") == n - 1
        and "\n\n" not in joined
        and "  " not in joined
        and " \n" not in joined
        and "\n " not in joined
        and not joined.startswith((" ", "\n"))
        and not joined.endswith((" ", "\n"))
    )


def _coverage(qkey: str, keys: list[str], joined: str | None = None) -> np.ndarray:
    """Mean over query words of their best word match in the key, times
    (0.88 + 0.12 x share of key words matched at >= 85: a patronymic «Жандосулы»
    is not covered by the query `Zhandos`). Vectorized over a key x word matrix.
    `joined`: the keys joined by newlines when they are fold-shaped (_is_fold_shaped)."""
    qtoks = qkey.split()
    if joined is not None:
        words = joined.split()  # every key's words, in order
        lens = np.fromiter(map(str.count, keys, repeat(" ")), dtype=np.int64, count=len(keys)) + 1
    else:
        split = [k.split() for k in keys]
        words = list(chain.from_iterable(split))
        lens = np.fromiter(map(len, split), dtype=np.int64, count=len(split))
    if not len(lens) or not lens.max():
        return np.zeros(len(keys), dtype=np.float32)
    vocab = list(dict.fromkeys(words))
    position = {w: i for i, w in enumerate(vocab)}
    flat = np.fromiter(map(position.__getitem__, words), dtype=np.int64, count=len(words))
    pad = len(vocab)
    mat = np.full((len(keys), int(lens.max())), pad, dtype=np.int64)
    rows = np.repeat(np.arange(len(keys)), lens)
    cols = np.arange(len(words)) - np.repeat(np.cumsum(lens) - lens, lens)
    mat[rows, cols] = flat
    sims = process.cdist(qtoks, vocab, scorer=fuzz.ratio, dtype=np.float32)
    _prefix_sims(qtoks, vocab, sims)
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
        for j in [j for j, word in enumerate(vocab) if word.startswith(q) and len(word) > len(q)]:
            sims[i, j] = max(sims[i, j], 60.0 + 40.0 * len(q) / len(vocab[j]))

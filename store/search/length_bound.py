"""Which keys' lengths alone rule out a score of `least` (store.search.scoring), before
any key is scored: a cheaper exact pre-filter for AliasIndex.may_reach.

Every measure of score_variants is a rapidfuzz ratio, 200 x LCS / (len(a) + len(b)),
so at most 200 x min(m, n) / (m + n) for strings of lengths m and n: a key whose every
form (as written, its words sorted, without spaces — the coarse form has that length
too and counts 0.92 of it) and every word is too short or too long for any variant's
matching form cannot reach `least` by a ratio. Coverage is at most its query words'
best word score (a mean, times at most 1), which is a word ratio, or for a word of 3+
letters beginning a longer key word, 60 + 40 x its share of that word (or the prefix
floor of 85): bounded by the word's length too. Stop 43, tui79.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

PREFIX_LEAST = 3  # a query word this long or longer may be scored as a key word's beginning (_prefix_sims)
PREFIX_FLOOR = 85.0  # what a begun word scores at least (scoring.PREFIX_FLOOR)
SLACK = 1e-3  # float32 scores and rapidfuzz's cutoff compare: widen every bound by this
WIDE = 63  # word lengths are kept as bits of one int64; this bit stands for 63 letters or more


class KeyShapes:
    """The lengths of each key's forms and a bit per length of its words, made once from
    the keys (an index's decoded keys: ~6,000 for the knowledge base)."""

    def __init__(self, keys: list[str]) -> None:
        words = [k.split() for k in keys]
        self.raw = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
        self.no_space = np.fromiter((sum(map(len, w)) for w in words), dtype=np.int64, count=len(keys))
        self.sorted = self.no_space + np.fromiter((max(len(w) - 1, 0) for w in words), np.int64, len(keys))
        self.word_bits = np.fromiter((_bits_of(w) for w in words), dtype=np.uint64, count=len(keys))
        self.longest = int(max(self.raw.max(initial=0), 1))

    def may_pass(self, kids: np.ndarray, queries: list[str], least: float) -> np.ndarray:
        """A mask over `kids`: False only where no measure can score that key `least`
        or more against any of `queries` (folded variants), by lengths alone."""
        if least <= 0 or not queries:
            return np.ones(len(kids), dtype=bool)
        whole, spaceless, bits = _allowed(tuple(sorted({_lengths(q) for q in queries})), least, self.longest)
        ok = whole[self.raw[kids]] | whole[self.sorted[kids]] | spaceless[self.no_space[kids]]
        return ok | ((self.word_bits[kids] & bits) != 0)


def _lengths(query: str) -> tuple[int, int, int, tuple[int, ...]]:
    """What of a folded query its scores' bounds read: its length as written, with its
    words joined by one space, without spaces, and its words' lengths."""
    toks = query.split()
    words = tuple(map(len, toks))
    return len(query), sum(words) + max(len(words) - 1, 0), sum(words), words


@lru_cache(maxsize=4096)
def _allowed(shapes: tuple, least: float, longest: int) -> tuple[np.ndarray, np.ndarray, np.uint64]:
    """For queries of these lengths (_lengths): which lengths of a key as written or with
    its words sorted, which lengths without spaces, and which word lengths (bits) may
    score `least`. Kept: a keystroke asks again for the same few lengths."""
    whole = np.zeros(longest + 1, dtype=bool)
    spaceless = np.zeros(longest + 1, dtype=bool)
    bits = 0
    for raw, joined, no_space, words in shapes:
        whole |= _near(raw, least, longest) | _near(joined, least, longest)
        spaceless |= _near(no_space, least, longest)
        for n in words:
            bits |= _word_bits(n, least, longest)
    return whole, spaceless, np.uint64(bits)


def _bits_of(words: list[str]) -> int:
    """One bit per length among these words (63 for 63 letters or more)."""
    bits = 0
    for w in words:
        bits |= 1 << min(len(w), WIDE)
    return bits


def _near(n: int, least: float, longest: int) -> np.ndarray:
    """Over lengths 0..longest: can a ratio of a string of length n with one of that
    length reach `least`?"""
    k = np.arange(longest + 1)
    total = np.maximum(n + k, 1)
    return 200.0 * np.minimum(n, k) / total >= least - SLACK


def _word_bits(n: int, least: float, longest: int) -> int:
    """The bits of the key-word lengths a query word of n letters may score `least`
    against: by its ratio, or as the beginning of a longer word (_prefix_sims)."""
    near = _near(n, least, max(longest, WIDE))
    if n >= PREFIX_LEAST:
        k = np.arange(len(near))
        begun = (k > n) & ((60.0 + 40.0 * n / np.maximum(k, 1) >= least - SLACK) | (PREFIX_FLOOR >= least - SLACK))
        near |= begun
    bits = 0
    for length in np.flatnonzero(near[:WIDE]).tolist():
        bits |= 1 << length
    if near[WIDE:].any():
        bits |= 1 << WIDE
    return bits

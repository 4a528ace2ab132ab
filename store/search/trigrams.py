"""The trigram index over folded alias keys: which trigrams a key is indexed by, and
the postings (key ids per trigram) built over a million keys in one vectorized pass.

A key's words are indexed in a coarse form (h = k, o = a: Хоргос ~ Қорғас), each
padded (^word$) so a query word matches any word of a key at its edges, and joined
(Nurzholy = Nur Zholy). Symbols are 39 letters, digits and marks, so a trigram id
fits uint16 (39^3 < 2^16).
"""

from __future__ import annotations

import numpy as np

ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789^$ "
A = len(ALPHABET)
SPACE = ALPHABET.index(" ")
_LUT = np.zeros(256, dtype=np.uint8)
for _i, _ch in enumerate(ALPHABET):
    _LUT[ord(_ch)] = _i


def tri_text(key: str) -> str:
    """What a key is indexed by: each word of its coarse form padded (^word$, so a
    query word can match any word of a key at its edges), then all words joined
    (Nurzholy = Nur Zholy). Trigrams never span the spaces."""
    words = key.replace("h", "k").replace("o", "a").split()
    text = " ".join(f"^{w}$" for w in words)
    return text + f" ^{''.join(words)}$" if len(words) > 1 else text


def trigrams(key: str) -> np.ndarray:
    codes = _LUT[np.frombuffer(tri_text(key).encode("ascii", "ignore"), dtype=np.uint8)]
    if len(codes) < 3:
        return np.zeros(0, dtype=np.int64)
    tri = trigram_ids(codes).astype(np.int64)
    return unique_ints(tri[(codes[:-2] != SPACE) & (codes[1:-1] != SPACE) & (codes[2:] != SPACE)])


def unique_ints(values: np.ndarray) -> np.ndarray:
    """The distinct values, ascending: what np.unique gives for integers, without its
    first call importing numpy.ma (~20 ms of a fresh `borderdocs search`)."""
    values = np.sort(values)
    if len(values) < 2:
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def trigram_ids(codes: np.ndarray) -> np.ndarray:
    """Trigram id of each window of symbol codes (39^3 < 2^16: fits uint16)."""
    c = codes.astype(np.uint16)
    return c[:-2] * (A * A) + c[1:-1] * A + c[2:]


def build_postings(keys: list[str]) -> tuple[bytes, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Trigram postings over the keys' index texts, vectorized: one pass over a blob."""
    n = len(keys)
    blob = "".join(keys).encode("ascii", "replace")
    key_off = np.concatenate([[0], np.cumsum(np.fromiter(map(len, keys), dtype=np.int64, count=n))])
    texts = [tri_text(k) + " " for k in keys]
    codes = _LUT[np.frombuffer("".join(texts).encode("ascii", "replace"), dtype=np.uint8)]
    kid_at = np.repeat(np.arange(n, dtype=np.int32), np.fromiter(map(len, texts), dtype=np.int64, count=n))
    inside = (codes[:-2] != SPACE) & (codes[1:-1] != SPACE) & (codes[2:] != SPACE)
    tri = trigram_ids(codes)[inside]
    kid = kid_at[:-2][inside]
    order = np.argsort(tri, kind="stable")  # uint16: a radix sort; key ids stay ascending within a trigram
    post_tri, post_kid = tri[order], kid[order]
    first = np.ones(len(post_tri), dtype=bool)  # a trigram twice in one key counts once
    first[1:] = (post_tri[1:] != post_tri[:-1]) | (post_kid[1:] != post_kid[:-1])
    post_tri, post_kid = post_tri[first], post_kid[first]
    post_start = np.searchsorted(post_tri, np.arange(A**3 + 1)).astype(np.int64)
    key_ntri = np.bincount(post_kid, minlength=n).astype(np.int32)
    key_ntok = np.fromiter((k.count(" ") + 1 for k in keys), dtype=np.int8, count=n)
    return blob, key_off, post_start, post_kid, key_ntri, key_ntok


COMMON_BITS = 64  # the commonest trigrams, counted per key by one bit each (a uint64 per key)


def common_masks(post_start: np.ndarray, post_kid: np.ndarray, n_keys: int) -> tuple[np.ndarray, np.ndarray]:
    """(the COMMON_BITS trigrams with the longest postings, ascending by id; each key's
    bits for those it has). The commonest trigrams hold about a third of all postings
    («ov$», «^ka»): a query counts them for every key with one AND and popcount over
    the masks instead of walking ~200,000 postings (store.search.alias_index)."""
    lens = np.diff(post_start)
    common = np.sort(np.argsort(-lens, kind="stable")[: min(COMMON_BITS, int((lens > 0).sum()))])
    masks = np.zeros(n_keys, dtype=np.uint64)
    for bit, tri in enumerate(common.tolist()):
        masks[post_kid[post_start[tri] : post_start[tri + 1]]] |= np.uint64(1 << bit)
    return common.astype(np.int64), masks


def query_mask(common: np.ndarray, tris: np.ndarray) -> tuple[int, np.ndarray]:
    """(the bits of the query's trigrams that are common ones, the query's other trigrams)."""
    if not len(common):
        return 0, tris
    at = np.minimum(np.searchsorted(common, tris), len(common) - 1)
    hit = common[at] == tris
    mask = 0
    for bit in at[hit].tolist():
        mask |= 1 << bit
    return mask, tris[~hit]


def raised_threshold(counts: np.ndarray, most: int) -> int:
    """The smallest shared-trigram count that at most `most` keys reach (at least 1):
    when thousands of keys share a few trigrams with the query, those sharing the most
    are kept, and the rest never needs sorting."""
    hist = np.bincount(counts)
    at_least = np.cumsum(hist[::-1])[::-1]  # at_least[c] = keys sharing >= c trigrams
    over = np.flatnonzero(at_least > most)
    if not len(over):
        return 1
    return min(int(over[-1]) + 1, len(hist) - 1)  # never above the best count present


def kept_threshold(counts: np.ndarray, need: int, most: int) -> int:
    """The shared-trigram count a candidate needs: `need`, raised as raised_threshold
    raises it over the keys that reach `need` (max(need, raised_threshold(counts of
    those keys, most))), found without gathering those keys: a binary search over the
    count for the largest c that more than `most` keys reach, each step one vectorized
    count over the keys (~0.05 ms at 400,000 keys, where gathering the ~130,000 keys
    sharing 2 trigrams with «Ахметова» took ~3 ms)."""
    top = int(counts.max()) if len(counts) else 0
    if top < need or np.count_nonzero(counts >= need) <= most:
        return need  # nothing to raise: no key reaches `need`, or few enough do
    lo, hi = need, top  # more than `most` keys reach lo; find the largest such c
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if np.count_nonzero(counts >= mid) > most:
            lo = mid
        else:
            hi = mid - 1
    return max(need, min(lo + 1, top))


def fewest_first(counts: np.ndarray, ntok: np.ndarray, ntri: np.ndarray, kids: np.ndarray, m: int) -> np.ndarray:
    """Positions of the m keys first in the order (most shared trigrams, fewest words,
    fewest trigrams, lowest key id): what a stable lexsort's first m are, found by one
    argpartition over the four packed into an int64 (a lexsort of ~6,000 candidates
    took ~1 ms). Falls back to the lexsort when a value does not fit its bits."""
    if len(kids) and _packs(counts, 12) and _packs(ntok, 8) and _packs(ntri, 16) and _packs(kids, 27):
        packed = ((4095 - counts) << 51) | (ntok.astype(np.int64) << 43) | (ntri.astype(np.int64) << 27) | kids
        return np.argpartition(packed, m)[:m] if m < len(packed) else np.arange(len(packed))
    return np.lexsort((ntri, ntok, -counts))[:m]


def _packs(values: np.ndarray, bits: int) -> bool:
    """Do these (non-empty) values all fit in `bits` unsigned bits?"""
    return int(values.min()) >= 0 and int(values.max()) < 1 << bits

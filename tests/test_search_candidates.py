"""The candidate search of the alias index counts shared trigrams without walking the
commonest postings (a bit per key for the 64 commonest trigrams) and raises its
threshold without gathering every key that reaches it; on made-up keys both give
exactly what the plain way gives: counts summed over every postings list, and the
threshold of raised_threshold over the keys that reach `need`."""

from __future__ import annotations

import random

import numpy as np
import pytest

from store.search.alias_index import MIN_SHARED, AliasIndex
from store.search.trigrams import (
    COMMON_BITS,
    kept_threshold,
    query_mask,
    raised_threshold,
    trigrams,
    unique_ints,
)
from store.search.variants import query_variants

SYLLABLES = ["ka", "ra", "zh", "an", "ov", "ev", "bek", "nur", "sul", "tan", "ai", "ge", "rim", "as", "et", "in"]


def _key(rng: random.Random) -> str:
    words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 3))]
    return " ".join(words)


def _index(n_keys: int, seed: int) -> AliasIndex:
    rng = random.Random(seed)
    rows = [(i + 1, i + 1, _key(rng), "canonical") for i in range(n_keys)]
    index = AliasIndex.from_rows(rows)
    index.ent_type = np.zeros(n_keys + 1, dtype=np.int8)
    index.ent_count = np.zeros(n_keys + 1, dtype=np.int32)
    return index


def _plain_counts(index: AliasIndex, tris: np.ndarray) -> np.ndarray:
    lists = [index.post_kid[index.post_start[t] : index.post_start[t + 1]] for t in tris]
    postings = np.concatenate(lists) if lists else np.zeros(0, dtype=np.int32)
    return np.bincount(postings, minlength=index.n_keys)


@pytest.mark.parametrize("seed", range(8))
def test_shared_counts_are_the_counts_over_every_postings_list(seed):
    index = _index(3000, seed)
    assert len(index.common_tri) == COMMON_BITS
    rng = np.random.default_rng(seed)
    present = np.flatnonzero(np.diff(index.post_start))
    for size in (1, 3, 10, 40):
        tris = unique_ints(rng.choice(present, size=size))
        assert np.array_equal(index.shared_counts(tris), _plain_counts(index, tris))
    common = index.common_tri[:5]  # only common trigrams, and none
    assert np.array_equal(index.shared_counts(common), _plain_counts(index, common))
    assert not index.shared_counts(np.zeros(0, dtype=np.int64)).any()


def test_the_commonest_trigrams_are_those_with_the_longest_postings():
    index = _index(2000, 1)
    lens = np.diff(index.post_start)
    assert lens[index.common_tri].min() >= np.delete(lens, index.common_tri).max()
    bits = np.unpackbits(index.key_common.view(np.uint8)).reshape(-1, 64).sum(axis=1)
    assert np.array_equal(bits, _plain_counts(index, index.common_tri))


def test_query_mask_splits_common_from_rare():
    common = np.array([3, 10, 42], dtype=np.int64)
    mask, rare = query_mask(common, np.array([1, 3, 42, 50], dtype=np.int64))
    assert mask == 0b101 and rare.tolist() == [1, 50]


def test_an_index_without_masks_counts_over_postings():
    index = _index(500, 2)
    tris = unique_ints(np.concatenate([trigrams("karazhan"), trigrams("nur sultan")]))
    expected = _plain_counts(index, tris)
    index.common_tri, index.key_common = np.zeros(0, np.int64), np.zeros(0, np.uint64)
    assert np.array_equal(index.shared_counts(tris), expected)


@pytest.mark.parametrize("seed", range(40))
def test_kept_threshold_is_the_threshold_raised_over_the_kept_keys(seed):
    rng = np.random.default_rng(seed)
    counts = (rng.geometric(0.3, size=rng.integers(1, 6000)) - 1).astype(np.uint16)
    need, most = int(rng.integers(1, 5)), int(rng.integers(1, 500))
    kept = counts[counts >= need].astype(np.int64)
    raised = raised_threshold(kept, most) if len(kept) else 1
    assert kept_threshold(counts, need, most) == (raised if raised > need else need)


def _plain_candidates(index: AliasIndex, qkeys: list[str]) -> np.ndarray:
    """candidates() as it was written before the shortcuts: every postings list
    counted, the keys reaching `need` gathered, the threshold raised over them."""
    per_variant = [t for t in (trigrams(k) for k in qkeys) if len(t)]
    tris = np.unique(np.concatenate(per_variant))
    g = min(len(t) for t in per_variant)
    need = max(1, min(int(np.ceil(len(t) * MIN_SHARED)) for t in per_variant))
    counts = _plain_counts(index, tris)
    cand = np.flatnonzero(counts >= need)
    counts = counts[cand]
    raised = raised_threshold(counts, 16 * index.max_candidates) if len(cand) else 1
    if raised > need:
        keep = counts >= raised
        cand, counts = cand[keep], counts[keep]
    if len(cand) <= 2 * index.max_candidates:
        return cand
    m = index.max_candidates
    dice = 2.0 * np.minimum(counts, g) / (g + index.key_ntri[cand])
    by_dice = cand[np.argpartition(-dice, m)[:m]]
    by_count = cand[np.lexsort((index.key_ntri[cand], index.key_ntok[cand], -counts))[:m]]
    return np.union1d(by_dice, by_count)


@pytest.mark.parametrize("seed", range(6))
def test_candidates_are_those_of_the_plain_way(seed):
    index = _index(4000, seed)
    index.max_candidates = 20  # small, so the threshold is raised and both orderings cut
    rng = random.Random(seed)
    queries = [_key(rng) for _ in range(25)] + ["karazhan", "nur sultan", "Бекнур", "ov", "zhanar ovbek"]
    for q in queries:
        qkeys = [v for v, _ in query_variants(q)]
        if not any(len(trigrams(k)) for k in qkeys):
            continue
        assert index.candidates(qkeys).tolist() == _plain_candidates(index, qkeys).tolist(), q


def test_each_thread_counts_in_its_own_buffer():
    from concurrent.futures import ThreadPoolExecutor

    index = _index(2000, 3)
    sets = [unique_ints(np.concatenate([trigrams(k) for k in ("karazhan", w)])) for w in ("nur", "sultan", "bek")]
    expected = [_plain_counts(index, s) for s in sets]
    with ThreadPoolExecutor(3) as pool:
        got = list(pool.map(lambda s: index.shared_counts(s).astype(np.int64), sets * 20))
    assert all(np.array_equal(g, expected[i % 3]) for i, g in enumerate(got))


@pytest.mark.parametrize("seed", range(10))
def test_fewest_first_picks_what_the_stable_lexsort_puts_first(seed):
    from store.search.trigrams import fewest_first as _fewest_first

    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 3000))
    counts = rng.integers(0, 6, n).astype(np.int64)  # few values: many ties
    ntok = rng.integers(1, 4, n).astype(np.int8)
    ntri = rng.integers(3, 9, n).astype(np.int32)
    kids = np.sort(rng.choice(10 * n, n, replace=False)).astype(np.int64)
    m = int(rng.integers(1, n + 2))
    expected = np.lexsort((ntri, ntok, -counts))[:m]
    got = _fewest_first(counts, ntok, ntri, kids, m)
    assert sorted(got.tolist()) == sorted(expected.tolist())
    wide = kids + (1 << 30)  # ids too large to pack take the lexsort
    assert sorted(_fewest_first(counts, ntok, ntri, wide, m).tolist()) == sorted(expected.tolist())

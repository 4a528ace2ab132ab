"""score_keys reads the keys' derived forms off one joined string when the keys are
what names.fold writes; on made-up keys that gives exactly the scores of the key by
key way, and keys of any other shape still take that way."""

from __future__ import annotations

import random

import numpy as np
import pytest

from store.search import scoring

PARTS = ["nur", "zholy", "bek", "tenov", "kar", "imov", "erlan", "a", "hor", "gos", "dostyk", "ov", "zh", "ai", "gerim"]


def _keys(rng: random.Random, n: int) -> list[str]:
    return [
        " ".join("".join(rng.choice(PARTS) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 4)))
        for _ in range(n)
    ]


@pytest.mark.parametrize("seed", range(12))
def test_the_joined_way_scores_as_key_by_key(monkeypatch, seed):
    rng = random.Random(seed)
    keys = _keys(rng, rng.randint(1, 400))
    queries = [rng.choice(keys), "bektenov", "erlan karimov", "nurzholy", "hor", "ai gerim zh"]
    joined = "\n".join(keys)
    assert scoring._is_fold_shaped(joined, len(keys))
    fast = [scoring.score_keys(q, keys) for q in queries]
    monkeypatch.setattr(scoring, "_is_fold_shaped", lambda joined, n: False)
    slow = [scoring.score_keys(q, keys) for q in queries]
    for q, a, b in zip(queries, fast, slow, strict=True):
        assert np.array_equal(a, b), q


@pytest.mark.parametrize(
    "keys",
    [[""], ["a  b"], [" a"], ["a "], ["a\nb", "c"], ["a\tb"], ["ä b"], ["a", ""], ["", "a"]],
)
def test_keys_of_another_shape_take_the_key_by_key_way(keys):
    assert not scoring._is_fold_shaped("\n".join(keys), len(keys))
    assert len(scoring.score_keys("a b", keys)) == len(keys)


def test_coverage_of_the_joined_way_is_that_of_split_words():
    keys = ["olzhas bektenov", "bektenov", "bektenov olzhas zhandosuly", "serik"]
    joined = "\n".join(keys)
    assert np.array_equal(scoring._coverage("bektenov", keys, joined), scoring._coverage("bektenov", keys))


def test_a_loose_resemblance_with_another_initial_is_no_hit():
    """`bektenov` is like «объектов» (ratio 80) only by chance: a long body's name with
    that word stays under the entity floor, while the surname's own keys, an exact word
    and a one-letter slip of it score high."""
    from store.lang import names
    from store.search.alias_index import MIN_ENTITY_SCORE

    keys = [
        names.fold(k)
        for k in (
            "Дирекция по строительству и эксплуатации объектов пограничной инфраструктуры",
            "Олжас Бектенов",
            "Бектинов",
        )
    ]
    body, person, slip = scoring.score_keys(names.fold("bektenov"), keys)
    assert body < MIN_ENTITY_SCORE
    assert person >= 85 and slip >= 85


def test_initials_the_scripts_swap_are_not_discounted():
    """Ж/З, the vowels and х/қ/к/г are one initial across scripts: `jaisane` keeps its
    resemblance to «Зайсанский» («Жайсан» / «Зайсан»), `ozbekiston` to «Узбекистана»."""
    for query, word in (("jaisane", "zaisanski"), ("ozbekiston", "uzbekistana"), ("qorgas", "horgosski")):
        sims = np.array([[70.0]], dtype=np.float32)
        scoring._discount_other_initials([query], [word], sims)
        assert sims[0, 0] == 70.0, query
    sims = np.array([[80.0]], dtype=np.float32)
    scoring._discount_other_initials(["bektenov"], ["obektov"], sims)
    assert sims[0, 0] == 80.0 * scoring.OTHER_INITIAL_WEIGHT


def _coverage_by_grid(qkey: str, keys: list[str]) -> np.ndarray:
    """Coverage as it was first written: every word of the vocabulary checked with
    startswith, and the query word x key x key word grid reduced along its axes."""
    from rapidfuzz import fuzz, process

    vocab, mat, lens = scoring._key_words(keys, None)
    qtoks = qkey.split()
    sims = process.cdist(qtoks, vocab, scorer=fuzz.ratio, dtype=np.float32)
    if len(qtoks) == 1:
        scoring._discount_other_initials(qtoks, vocab, sims)
    begun: list[int] = []
    for i, q in enumerate(qtoks):
        if len(q) < 3:
            continue
        found = [j for j, word in enumerate(vocab) if word.startswith(q) and len(word) > len(q)]
        for j in found:
            sims[i, j] = max(sims[i, j], 60.0 + 40.0 * len(q) / len(vocab[j]))
        if i == 0:
            begun = found
    sims = np.concatenate([sims, np.full((len(qtoks), 1), -1.0, dtype=np.float32)], axis=1)
    grid = sims[:, mat]
    q_best = grid.max(axis=2).mean(axis=0)
    k_cov = (grid.max(axis=0) >= 85).sum(axis=1) / np.maximum(lens, 1)
    cover = (q_best * (0.88 + 0.12 * k_cov)).astype(np.float32)
    if len(qtoks) == 1 and begun:
        floor = np.where(np.isin(mat, begun).any(axis=1), scoring.PREFIX_FLOOR, 0.0).astype(np.float32)
        np.maximum(cover, floor, out=cover)
    return cover


@pytest.mark.parametrize("seed", range(8))
def test_coverage_read_a_word_column_at_a_time_is_the_grids(seed):
    """perf76 reads the best word per key a column at a time and finds the words a query
    word begins by searching one joined text: the coverage is the grid's, bit for bit,
    for whole words, words being typed (`bekt`, `nurzh`), several words and none begun."""
    rng = random.Random(seed)
    keys = _keys(rng, rng.randint(1, 300))
    queries = ["bekt", "nurzh", "hor", "erlan kar", "dostyk ov", "zz", "aigerimov", rng.choice(keys)]
    for q in queries:
        assert np.array_equal(scoring._coverage(q, keys), _coverage_by_grid(q, keys)), q


def _fold_shaped_by_rule(joined: str, n: int) -> bool:
    """What a fold-shaped join is, spelt out: fold's characters only, n keys, none empty,
    words one space apart and no space at a key's edge."""
    keys = joined.split("\n")
    return (
        bool(joined)
        and all(ch in "abcdefghijklmnopqrstuvwxyz0123456789 \n" for ch in joined)
        and len(keys) == n
        and all(k and k == " ".join(k.split(" ")) and "" not in k.split(" ") for k in keys)
    )


def test_fold_shape_is_checked_over_the_bytes_as_the_rule_says():
    """perf76 checks the shape over the encoded bytes in a few passes; on short random
    joins of letters, digits, spaces, newlines, a tab, a dash and a non-ASCII letter it
    says what the rule says, for the right key count and one off either way."""
    rng = random.Random(5)
    for _ in range(20_000):
        keys = [
            "".join(rng.choice("ab z09 \n\tä-") for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 4))
        ]
        joined = "\n".join(keys)
        for n in (len(keys) - 1, len(keys), len(keys) + 1):
            assert scoring._is_fold_shaped(joined, n) == _fold_shaped_by_rule(joined, n), (joined, n)

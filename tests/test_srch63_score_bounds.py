"""A floor lets scoring skip what cannot reach it, and what it returns at the floor or
above is exact: a swap's look-up is scored down to the 85 it must reach (not the 65 of
a first look-up), and a query word's coverage is not computed over the keys' words
when no word of theirs can reach the floor (its ratio, or a word it begins)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from store.lang import names
from store.search import scoring
from store.search.alias_index import AliasIndex
from store.search.variants import transposed_variants

NAMES = [
    "Станция Алтынколь",
    "Железнодорожный пункт Достык",
    "Рельсовый путь",
    "Railway border post",
    "Raimbek",
    "Ирина Ралиева",
    "Ариль",
    "Рил Компани",
    "Ali Rai Trading",
    "Карагаш",
    "Тажен",
    "Косак",
    "Бектенов Олжас",
]


def _index(extra: list[str]) -> AliasIndex:
    rows = [(i, i, names.fold(n), "canonical") for i, n in enumerate(NAMES + extra)]
    index = AliasIndex.from_rows(rows)
    index.ent_type = np.zeros(len(rows), dtype=np.int8)
    index.ent_count = np.arange(len(rows), dtype=np.int32)[::-1].copy()
    return index


def _exact_at(variants, keys, floor):
    """What a floor promises: the unfloored scores wherever they reach it."""
    full = scoring.score_variants(variants, keys)
    return np.where(full >= floor, full, -np.inf)


@pytest.mark.parametrize("query", ["rail", "rial", "тжаен", "ксоак", "railway", "raimbke", "бектенво"])
@pytest.mark.parametrize("floor", [65.0, 84.95, 95.0])
def test_a_floored_score_is_exact_at_the_floor_or_above(query, floor):
    keys = [names.fold(n) for n in NAMES]
    for variants in ([(names.fold(query), 0.0)], transposed_variants(query)):
        if not variants:
            continue
        floored = scoring.score_variants(variants, keys, floor=floor)
        kept = np.where(floored >= floor, floored, -np.inf)
        assert np.array_equal(kept, _exact_at(variants, keys, floor)), (query, variants)


def test_coverage_is_skipped_only_where_no_word_can_reach():
    keys = [names.fold(n) for n in NAMES]
    vocab, mat, lens = scoring._key_words(keys, None)
    for qkey, least in (("rail", 96.0), ("rai", 96.0), ("zhelez", 99.0), ("tazhen", 100.0), ("rial", 65.0)):
        full = scoring._coverage_of(qkey, vocab, mat, lens, len(keys))
        floored = scoring._coverage_of(qkey, vocab, mat, lens, len(keys), least)
        assert np.array_equal(np.where(full >= least, full, 0), np.where(floored >= least, floored, 0)), qkey
    # a word the query begins keeps its coverage whatever the ratio: «raimb» begins «raimbek»
    begun = scoring._coverage_of("raimb", vocab, mat, lens, len(keys), 85.0)
    assert begun[NAMES.index("Raimbek")] >= 85.0


@pytest.mark.parametrize("seed", range(6))
def test_matches_are_those_of_scoring_every_key_to_the_first_floor(monkeypatch, seed):
    """Random short names, queries with two letters swapped or a letter changed: the
    hits with the bounds are those without (each floor at 65 again)."""
    rng = random.Random(seed)
    letters = "абвгдежзиклмнопрстуфхы"
    extra = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 8))) for _ in range(150)]
    index = _index(extra)
    queries = []
    for word in rng.sample(extra, 30):
        i = rng.randrange(len(word) - 1)
        queries += [word[:i] + word[i + 1] + word[i] + word[i + 2 :], word[:i] + rng.choice(letters) + word[i + 1 :]]
    got = {(q, lim): index.match(q, None, lim) for q in queries for lim in (3, 20)}
    plain = scoring.score_variants

    def unfloored(variants, keys, floor=0.0):
        scores = plain(variants, keys)
        return np.where(scores >= floor, scores, -1.0).astype(np.float32)

    monkeypatch.setattr("store.search.alias_index.score_variants", unfloored)
    monkeypatch.setattr("store.search.alias_index.ROUNDING", 85.0 - 65.0)  # the swap's pass floored at 65
    for (q, lim), hits in got.items():
        assert index.match(q, None, lim) == hits, q


def test_a_name_with_two_letters_swapped_is_still_found():
    index = _index([])
    eid = index.match("Тжаен", None, 5)[0][0]
    assert NAMES[eid] == "Тажен"


def test_a_swap_hit_at_the_bar_itself_is_kept():
    """«Tzahen» undone is «tazhen», a word of «Tazhen Tazheny Bolat» whose coverage is
    96 (two of three words matched): 96 less the swap's 11 is 85, the bar a swap's hit
    must reach; scoring down to that bar (not under it) still finds it."""
    rows = [(0, 0, names.fold("Tazhen Tazheny Bolat"), "canonical"), (1, 1, names.fold("Ирина Ралиева"), "canonical")]
    index = AliasIndex.from_rows(rows)
    index.ent_type, index.ent_count = np.zeros(2, dtype=np.int8), np.zeros(2, dtype=np.int32)
    assert index.match("Tzahen", None, 5) == [(0, 0, 85.0)]

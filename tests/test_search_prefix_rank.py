"""A prefix's top entities found from the keys whose best alias can place
(store.search.prefix_rank) are those of ranking every alias: same entities, same
order, same alias each, on made-up indexes with ties, own names, exact keys."""

from __future__ import annotations

import random

import numpy as np
import pytest

from store.search import prefix_rank
from store.search.alias_index import AliasIndex

LETTERS = "abdegiklmnorstuz"


def _index(seed: int, n_aliases: int = 3000) -> AliasIndex:
    rng = random.Random(seed)
    rows = []
    for aid in range(1, n_aliases + 1):
        words = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 3))]
        origin = rng.choice(["canonical", "text", "latin", "inflected", "surname"])
        rows.append((aid, rng.randint(1, n_aliases // 3), " ".join(words), origin))
    index = AliasIndex.from_rows(rows)
    n_entities = n_aliases // 3 + 1
    index.ent_type = np.array([rng.randint(0, 3) for _ in range(n_entities)], dtype=np.int8)
    index.ent_count = np.array([rng.choice([0, 1, 1, 2, 5, 40]) for _ in range(n_entities)], dtype=np.int32)
    return index


def _every_alias_ranked(index: AliasIndex, prefix: str, limit: int, monkeypatch) -> list:
    with monkeypatch.context() as m:
        m.setattr(prefix_rank, "top_rows", lambda *a, **k: None)
        return index.prefix_match(prefix, None, limit)


@pytest.mark.parametrize("seed", range(3))
def test_same_entities_order_and_aliases_as_ranking_every_alias(seed, monkeypatch):
    index = _index(seed)
    rng = random.Random(seed)
    real = prefix_rank.top_rows
    answers: list = []

    def recorded(*args, **kwargs):
        answers.append(real(*args, **kwargs))
        return answers[-1]

    for prefix in [*LETTERS[:8], *("".join(rng.sample(LETTERS, 2)) for _ in range(8))]:
        for limit in (1, 20, 60):
            expected = _every_alias_ranked(index, prefix, limit, monkeypatch)
            with monkeypatch.context() as m:
                m.setattr(prefix_rank, "top_rows", recorded)
                assert index.prefix_match(prefix, None, limit) == expected, (prefix, limit)
    assert any(a is not None for a in answers)  # the narrowed way ran, not only the fallback


def test_new_counts_are_ranked_by(monkeypatch):
    index = _index(1)
    before = index.prefix_match("a", None, 5)
    index.ent_count = index.ent_count.copy()  # as load_entities gives new arrays
    index.ent_count[[e for e, _, _ in before]] = 0
    after = index.prefix_match("a", None, 5)
    assert after == _every_alias_ranked(index, "a", 5, monkeypatch)
    assert index.__dict__["_key_best"][0] is index.ent_count  # made again for the new counts


def test_ids_or_counts_too_large_to_pack_fall_back():
    index = _index(2)
    index.ent_count = index.ent_count.copy()
    index.ent_count[3] = 1 << 22
    assert prefix_rank.key_best(index) is None
    assert index.prefix_match("a", None, 5)  # ranked the whole way


@pytest.mark.parametrize("check_max", [0, 5, 200, 5000])
def test_first_words_read_off_every_key_give_the_same_keys(check_max, monkeypatch):
    """Many keys with the prefix in a later word only (above PREFIX_CHECK_MAX): the keys
    are then those whose first word begins so, read off every key's first two letters;
    fewer: later words too. Either way what checking the trigrams' keys gave."""
    index = _index(4)
    monkeypatch.setattr(AliasIndex, "PREFIX_CHECK_MAX", check_max)
    for prefix in [*LETTERS, "ab", "ko", "ha", "zz", "9"]:
        found = index.prefix_match(prefix, None, 50)
        with monkeypatch.context() as m:  # every key counted as a first-word match: the trigrams' way
            m.setattr(AliasIndex, "_first_words_starting", lambda self, p: np.arange(self.n_keys + 1))
            assert found == index.prefix_match(prefix, None, 50), prefix

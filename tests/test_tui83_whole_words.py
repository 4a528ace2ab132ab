"""tui83: the check of a word typed beside a name (may_reach, «khorgos rail») skips the
swapped-letters pass when only a key word written as one of its swaps could reach the bar
and no key of the asked types has such a word (AliasIndex.warm_whole_words, built at the
explorer's warm-up, never on a key). It must answer what the full pass answers: every
word of the dev and public queries, cut and with two letters swapped, and swaps of the
knowledge base's own key words (which the pass does reach), against may_reach without
the table, on the sample store's index and the knowledge base's; and the bound itself
against the scoring of every key.
"""

from __future__ import annotations

import numpy as np
import pytest

from store.search import alias_index
from store.search import search as engine
from store.search.scoring import score_variants
from store.search.search_kb import kb_index
from store.search.search_topics import _BESIDE_TYPES, SPAN_MIN_SCORE, warm_beside
from store.search.variants import transposed_variants
from tests.test_tui77_entity_step import query_texts


def _query_words() -> list[str]:
    """Each word of the dev and public queries, two letters cut, and the probe's words
    beside a name as typed."""
    out = [v for t in query_texts() for w in t.split() for v in (w, w[: max(3, len(w) - 2)])]
    out += ["очередь"[:n] for n in range(3, 8)] + ["railway"[:n] for n in range(3, 8)]
    return list(dict.fromkeys(out))


def _swapped(word: str) -> list[str]:
    return [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1) if word[i] != word[i + 1]]


def _kb_key_swaps(limit: int = 120) -> list[str]:
    """Key words of the knowledge base's persons and posts with two letters swapped, and
    its two-word keys written as one so swapped: their swapped-letters pass reaches the
    key word or the key itself (the table must not skip it)."""
    index = kb_index()[0]
    keys = index.keys_of(np.flatnonzero(index._keys_of_types(_BESIDE_TYPES)))
    words = sorted({w for k in keys for w in k.split() if 4 <= len(w) <= 7 and w.isalpha()})[::7][:limit]
    # keys of two words typed as one («akjol» for «ak jol»): the pass reaches their space-less form
    joined = sorted({k.replace(" ", "") for k in keys if " " in k and 4 <= len(k.replace(" ", "")) <= 7})
    return [s for w in words for s in _swapped(w)[:2]] + [s for w in joined if w.isalpha() for s in _swapped(w)]


def _reach(index, words: list[str], least: float) -> list[bool]:
    return [index.may_reach(w, _BESIDE_TYPES, least) for w in words]


def _without_table(index):
    index.__dict__.pop("_whole", None)


@pytest.mark.parametrize("least", [SPAN_MIN_SCORE, 80.0, 95.0])
def test_may_reach_answers_as_without_the_table(sample_store, least):
    words = _query_words()
    words += [s for w in words for s in _swapped(w)[:3]] + _kb_key_swaps()
    words = list(dict.fromkeys(words))
    if least != SPAN_MIN_SCORE:
        words = words[::3]  # the other bars on a third (each word is looked up four times: ~2 ms)
    store_index = engine.AliasIndex.for_store(sample_store)
    for index in (store_index, kb_index()[0]):
        _without_table(index)
        slow = _reach(index, words, least)
        index.warm_whole_words(_BESIDE_TYPES)
        assert index._whole_words(_BESIDE_TYPES) is not None
        fast = _reach(index, words, least)
        _without_table(index)
        assert [w for w, a, b in zip(words, slow, fast, strict=True) if a != b] == []
    assert len(words) > 500
    kb_swaps = _kb_key_swaps()
    if least == SPAN_MIN_SCORE:  # the table skips nothing these reach: the swaps of key words do
        assert sum(_reach(kb_index()[0], kb_swaps, least)) > len(kb_swaps) // 4


def test_the_bound_holds_over_every_key():
    """A variant list reached_whole_only passes scores under the bar on every key of the
    knowledge base without a word (or space-less form) equal to a variant."""
    index = kb_index()[0]
    floor = SPAN_MIN_SCORE - 2 * alias_index.ROUNDING
    keys = index.keys_of(np.arange(index.n_keys))
    checked = 0
    for word in ["rail", "railwa", "ocher", "khorgs", "dostyk", "altynkol", "bekten", "nurzhol"]:
        variants = transposed_variants(word)
        if not variants or not alias_index.reached_whole_only(variants, floor):
            continue
        vs = {v for v, _ in variants}
        others = [k for k in keys if not (vs & set(k.split())) and k.replace(" ", "") not in vs]
        assert float(score_variants(variants, others).max()) < floor, word
        checked += 1
    assert checked >= 5
    # what the bound does not cover is scored: a penalty too small, a long or spaced variant
    assert not alias_index.reached_whole_only([("rail", 3.0)], floor)
    assert not alias_index.reached_whole_only([("a" * 60, 11.0)], floor)
    assert not alias_index.reached_whole_only([("nur zholy", 11.0)], floor)


def test_the_table_is_built_at_the_warm_up_not_on_a_key(sample_store):
    index = engine.AliasIndex.for_store(sample_store)
    _without_table(index)
    index.may_reach("rial", _BESIDE_TYPES, SPAN_MIN_SCORE)
    assert index._whole_words(_BESIDE_TYPES) is None  # a key builds nothing
    from tui import searching

    searching.warm_entities(sample_store)
    assert index._whole_words(_BESIDE_TYPES) is not None
    assert kb_index()[0]._whole_words(_BESIDE_TYPES) is not None
    # entity types read again (load_entities replaces the array): the table no longer holds
    kept = index.ent_type
    index.ent_type = kept.copy()
    try:
        assert index._whole_words(_BESIDE_TYPES) is None
    finally:
        index.ent_type = kept
    warm_beside(index)
    _without_table(index)


def test_no_set_is_kept_past_its_size(sample_store, monkeypatch):
    index = engine.AliasIndex.for_store(sample_store)
    _without_table(index)
    monkeypatch.setattr(alias_index, "WHOLE_WORDS_KEYS_MAX", 1)
    index.warm_whole_words(_BESIDE_TYPES)
    assert index._whole_words(_BESIDE_TYPES) is None
    assert index.may_reach("khorgos", ("checkpoint",), SPAN_MIN_SCORE)

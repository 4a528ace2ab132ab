"""The shortcuts that keep a query cheap at a million aliases give the answers the
plain way gives: the top entities found by argpartition before sorting, and the
keys of a one-letter prefix gathered with a mask."""

from __future__ import annotations

import random

import numpy as np
import pytest

from store.lang import names
from store.search import alias_index
from store.search.alias_index import AliasIndex

FIRST = ["Арман", "Айгуль", "Алибек", "Асель", "Азамат", "Бахыт", "Берик", "Жанна", "Марат", "Сауле"]
LAST = ["Алиев", "Ахметов", "Абенов", "Байжанов", "Жумабаев", "Касымов", "Нурланов", "Оспанов", "Сейткали"]


def _index(n_entities: int, seed: int) -> AliasIndex:
    """Made-up people, each with a name and a surname-only alias, and random article counts."""
    rng = random.Random(seed)
    rows, aid = [], 0
    for eid in range(1, n_entities + 1):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        for text, origin in ((f"{first} {last}", "canonical"), (last, "surname"), (f"{last} {first}", "text")):
            aid += 1
            rows.append((aid, eid, names.fold(text), origin))
    index = AliasIndex.from_rows(rows)
    index.ent_type = np.zeros(n_entities + 1, dtype=np.int8)
    index.ent_count = np.array([rng.randrange(0, 5) for _ in range(n_entities + 1)], dtype=np.int32)
    return index


@pytest.mark.parametrize("query", ["a", "al", "b", "ahmetov", "arman", "aliev asel", "zhanna"])
@pytest.mark.parametrize("limit", [1, 5, 20])
def test_top_entities_shortcut_ranks_as_the_full_sort(monkeypatch, query, limit):
    index = _index(3000, seed=len(query) + limit)
    search = index.ranked_prefix_match if len(query) <= 2 else index.ranked_match
    monkeypatch.setattr(alias_index, "FEW_ROWS", 10**9)  # always the full sort
    plain = search(query, None, limit)
    monkeypatch.setattr(alias_index, "FEW_ROWS", 0)  # always the shortcut
    fast = search(query, None, limit)
    assert plain and fast == plain


def test_one_letter_prefix_finds_every_word_start():
    index = _index(500, seed=3)
    hits = index.prefix_match("b", None, 1000)
    expected = {e for e in range(1, 501) if any(w.startswith("b") for k in _keys_of(index, e) for w in k.split())}
    assert {h[0] for h in hits} == expected


def _keys_of(index: AliasIndex, eid: int) -> list[str]:
    keys = np.repeat(np.arange(index.n_keys), np.diff(index.alias_start))
    return [index.key(int(k)) for k in keys[index.alias_eid == eid]]


def test_counts_too_large_to_pack_fall_back_to_the_full_sort():
    eids = np.array([1, 2], dtype=np.int64)
    s = np.array([70.0, 70.0], dtype=np.float32)
    primary = np.array([1, 1], dtype=np.int8)
    assert alias_index._rows_of_top_entities(eids, s, primary, np.array([1 << 22, 0]), 1) is None
    assert alias_index._rows_of_top_entities(eids, s, primary, np.array([3, 2]), 1).tolist() == [0]


def test_the_same_entity_query_twice_is_answered_once_until_the_store_changes(tmp_path, monkeypatch):
    """The TUI asks for a keystroke's entities, then for the whole search of the same
    text: the aliases are scored once; a write to the store scores them again."""
    from store.db import store as db
    from store.search import entities
    from tests.notes import opening, write_note

    def write(st, n: int, name: str) -> None:
        with st.conn:
            write_note(
                st, n, f"Заметка {n}: {name} на границе.", [opening("person", name)], indexed="", title="Новость"
            )

    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    write(st, 1, "Арман Тулегенов")
    index = AliasIndex.build(st)
    scored = []
    real = AliasIndex.match

    def counted(self, *args, **kwargs):
        if self is index:  # not the knowledge base's own index
            scored.append(args)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(AliasIndex, "match", counted)
    first = entities.search_entities(st, "tulegenov", None, 10, index)
    first[0]["score"] = -1  # a caller changing its copy changes nothing kept
    again = entities.search_entities(st, "tulegenov", None, 10, index)
    assert len(scored) == 1 and again[0]["name"] == "Арман Тулегенов" and again[0]["score"] > 0
    write(st, 2, "Арман Тулегенов")
    assert entities.search_entities(st, "tulegenov", None, 10, index)[0]["articles"] == 2
    assert len(scored) == 2
    st.close()


@pytest.mark.parametrize("seed", range(20))
def test_the_raised_threshold_over_the_kept_keys_is_the_one_over_all_keys(seed):
    """candidates() raises its shared-trigram threshold over the keys that already pass
    it, not over every key: the keys it keeps must be the same."""
    from store.search.trigrams import raised_threshold

    rng = np.random.default_rng(seed)
    counts = rng.geometric(0.35, size=rng.integers(50, 5000)) - 1  # most keys share few trigrams
    need, most = int(rng.integers(1, 4)), int(rng.integers(5, 400))
    over_all = np.flatnonzero(counts >= max(need, raised_threshold(counts, most)))
    kept = np.flatnonzero(counts >= need)
    raised = raised_threshold(counts[kept], most) if len(kept) else 1
    over_kept = kept[counts[kept] >= raised] if raised > need else kept
    assert over_kept.tolist() == over_all.tolist()

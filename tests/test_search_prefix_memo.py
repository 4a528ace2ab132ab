"""One or two typed letters: the TUI asks for the same prefix twice a keystroke (the
entities, then the whole search); the index finds its entities once while the store is
unchanged, and again after a write."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search import entities
from store.search import search as engine
from store.search.alias_index import AliasIndex
from tests.notes import commit_news

NAMES = ["Алмас Тулепов", "Алия Сарсенова", "Болат Алимов"]


def _write(st, n: int, name: str) -> None:
    commit_news(st, n, f"Заметка {n}: {name} приехал на пункт.", name)


@pytest.fixture
def found(tmp_path, monkeypatch):
    """A store of three people, its index, and the prefixes the index looked up."""
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    for n, name in enumerate(NAMES, 1):
        _write(st, n, name)
    index = AliasIndex.build(st)
    calls: list[tuple] = []
    real = AliasIndex.prefix_match
    monkeypatch.setattr(AliasIndex, "prefix_match", lambda self, *a: calls.append(a) or real(self, *a))
    entities.clear_memo()
    yield st, index, calls
    entities.clear_memo()
    st.close()


def test_the_tuis_two_phases_look_a_prefix_up_once(found):
    st, index, calls = found
    first = engine.search(st, "Ал", type="entity", limit=10, index=index)
    whole = engine.search(st, "Ал", limit=10, index=index)
    assert len(calls) == 1
    assert [r["name"] for r in first] == [r["name"] for r in whole]
    assert {r["name"] for r in whole} == set(NAMES)  # «Алимов»: a later word begins so too


def test_a_caller_editing_its_results_changes_nothing_kept(found):
    st, index, _ = found
    engine.search(st, "Ал", limit=10, index=index)[0]["name"] = "changed"
    assert "changed" not in [r["name"] for r in engine.search(st, "Ал", limit=10, index=index)]


def test_a_write_another_type_or_limit_is_looked_up_again(found):
    st, index, calls = found
    engine.search(st, "Ал", limit=10, index=index)
    engine.search(st, "Ал", limit=5, index=index)
    engine.search(st, "Ал", type="checkpoint", limit=10, index=index)
    assert len(calls) == 3
    _write(st, 4, "Алмас Тулепов")
    again = engine.search(st, "Ал", limit=10, index=index)
    assert len(calls) == 4
    assert next(r for r in again if r["name"] == "Алмас Тулепов")["articles"] == 2


def test_a_count_is_not_kept(found):
    st, index, calls = found
    engine.search_total(st, "Ал", index=index)
    engine.search_total(st, "Ал", index=index)
    assert len(calls) == 2

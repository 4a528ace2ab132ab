"""A Latin name followed by topic words ranks the name's Cyrillic spellings in article
text once per store state (store.search.articles.spelled_rows): each key of
«khorgos оч…» changes the topic words only, and the spellings' ranking was ~1 ms of it."""

from __future__ import annotations

import pytest

from store.search import search as engine
from store.search.alias_index import AliasIndex
from store.search.entities import clear_memo
from tests.notes import counted_fts, opening, store_of_openings, write_note

BODIES = [
    "Хоргос принял за сутки сотни фур, водители стояли в очереди у шлагбаума.",
    "Хоргос открыл дополнительные полосы для легковых машин.",
    "Хоргос продлил часы работы до полуночи по просьбе перевозчиков.",
]


@pytest.fixture
def ranked(tmp_path, monkeypatch):
    """A store of one checkpoint in three notes, and the FTS expressions ranked."""
    st = store_of_openings(tmp_path / "s.db", [("checkpoint", "Хоргос", b) for b in BODIES])
    exprs = counted_fts(monkeypatch)
    clear_memo()
    yield st, exprs
    clear_memo()
    st.close()


def _spelling_runs(exprs: list[str]) -> list[str]:
    return [e for e in exprs if "хоргос" in e]


def test_two_topic_keys_rank_the_names_spellings_once(ranked):
    st, exprs = ranked
    index = AliasIndex.build(st)
    first = engine.search(st, "khorgos шлаг", index=index)
    second = engine.search(st, "khorgos шлагб", index=index)
    assert any(r["kind"] == "article" for r in first) and any(r["kind"] == "article" for r in second)
    assert len(_spelling_runs(exprs)) == 1


def test_a_write_ranks_the_spellings_again(ranked):
    st, exprs = ranked
    engine.search(st, "khorgos шлаг", index=AliasIndex.build(st))
    with st.conn:
        write_note(st, 4, "Хоргос закрыт на санобработку до утра.", [opening("checkpoint", "Хоргос")])
    found = engine.search(st, "khorgos шлагб", index=AliasIndex.build(st))
    assert len(_spelling_runs(exprs)) == 2
    assert sum(r["kind"] == "article" for r in found) == 4

"""The entities memo (store.search.entities): a «name topic» query's texts are scored
once across the TUI's two phases and the CLI's search + total, and never answered
from a stale store or a different limit."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search import entities
from store.search import search as engine
from store.search.alias_index import AliasIndex
from tests.notes import commit_news

NAME = "Арман Тулегенов"


def _write(st, n: int) -> None:
    commit_news(st, n, f"Заметка {n}: {NAME} проверил очередь грузовиков на границе.", NAME)


@pytest.fixture
def scored(tmp_path, monkeypatch):
    """A store of one person, its alias index, and the (query, type, limit) the index scored."""
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    _write(st, 1)
    index = AliasIndex.build(st)
    calls: list[tuple] = []
    real = AliasIndex.match

    def counted(self, *args, **kwargs):
        if self is index:  # not the knowledge base's own index
            calls.append(args)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(AliasIndex, "match", counted)
    entities.clear_memo()
    yield st, index, calls
    entities.clear_memo()
    st.close()


def test_name_and_topic_scores_each_text_once_across_the_tuis_two_phases(scored):
    st, index, calls = scored
    first = engine.search(st, "tulegenov очередь", type="entity", limit=30, index=index)
    n_first = len(calls)
    whole = engine.search(st, "tulegenov очередь", limit=30, index=index)
    assert first and first[0]["name"] == NAME and whole[0]["name"] == NAME
    assert n_first == 1  # the name run of the split only (a topic word: the whole text is not scored)
    assert len(calls) == n_first  # the second phase scored nothing again
    assert len({c[0] for c in calls}) == len(calls)


def test_the_clis_total_does_not_score_the_name_run_again(scored):
    st, index, calls = scored
    engine.search(st, "tulegenov очередь", limit=20, index=index)
    assert engine.search_total(st, "tulegenov очередь", index=index) >= 2  # the entity and its article
    runs = [c for c in calls if c[0] == "tulegenov"]
    assert len(runs) == 1


def test_a_write_or_another_limit_is_scored_again(scored):
    st, index, calls = scored
    entities.search_entities(st, "tulegenov", None, 10, index)
    entities.search_entities(st, "tulegenov", None, 5, index)
    assert len(calls) == 2
    _write(st, 2)
    assert entities.search_entities(st, "tulegenov", None, 10, index)[0]["articles"] == 2
    assert len(calls) == 3


def test_the_memo_keeps_only_the_most_recent_queries(scored, monkeypatch):
    st, index, calls = scored
    monkeypatch.setattr(entities, "MEMO_SIZE", 2)
    for q in ("tulegenov", "arman", "tulegenof"):
        entities.search_entities(st, q, None, 10, index)
    entities.search_entities(st, "tulegenof", None, 10, index)  # kept
    entities.search_entities(st, "tulegenov", None, 10, index)  # dropped: the oldest of three
    assert [c[0] for c in calls] == ["tulegenov", "arman", "tulegenof", "tulegenov"]


def test_a_count_sized_limit_is_not_kept(scored):
    st, index, calls = scored
    for _ in range(2):
        entities.search_entities(st, "tulegenov", None, entities.MEMO_MAX_LIMIT + 1, index)
    assert len(calls) == 2
    assert not entities._MEMO

"""The knowledge-base rows a query names are looked up once per text and store state
(store.search.entities._kb_results): the TUI asks for a name at two limits on
consecutive keys («khorgos » at 30, then «khorgos» at 5 as the name of «khorgos о»)."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search import entities
from store.search.alias_index import AliasIndex
from tests.notes import commit_news

NAME = "Динара Жумабекова"


@pytest.fixture
def looked(tmp_path, monkeypatch):
    """A store of one person, its alias index, and the texts the knowledge base was read for."""
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    commit_news(st, 1, f"На посту Хоргос {NAME} рассказала об очереди фур.", NAME)
    index = AliasIndex.build(st)
    texts: list[str] = []
    real = entities._kb_rows_named

    def counted(conn, query, type_, state):
        texts.append(query)
        return real(conn, query, type_, state)

    monkeypatch.setattr(entities, "_kb_rows_named", counted)
    entities.clear_memo()
    yield st, index, texts
    entities.clear_memo()
    st.close()


def test_one_text_at_two_limits_reads_the_knowledge_base_once(looked):
    st, index, texts = looked
    at_30 = entities.search_entities(st, "хоргос", None, 30, index)
    at_5 = entities.search_entities(st, "хоргос", None, 5, index)
    assert any(r.get("kb_id") for r in at_30)  # the knowledge base names the post
    assert [r["id"] for r in at_5] == [r["id"] for r in at_30][:5]
    assert texts == ["хоргос"]


def test_a_callers_edit_changes_nothing_kept(looked):
    st, index, _texts = looked
    first = entities._kb_results(st.conn, "хоргос", None)
    first[0]["score"] = -1.0
    assert entities._kb_results(st.conn, "хоргос", None)[0]["score"] > 0


def test_a_write_reads_the_knowledge_base_again(looked):
    st, index, texts = looked
    entities.search_entities(st, "хоргос", None, 30, index)
    commit_news(st, 2, f"{NAME} вновь побывала на посту Хоргос.", NAME)
    entities.search_entities(st, "хоргос", None, 5, index)
    assert texts == ["хоргос", "хоргос"]

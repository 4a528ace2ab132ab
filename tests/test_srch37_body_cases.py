"""A Kazakhstan body typed without its state or in an oblique case («Министерство
транспорта», «Министерства транспорта», «Пограничной службы КНБ») finds that body
first, not a committee that holds the words whole nor another state's body (issue 16,
srch37). Knowledge-base names are facts; the case rule is checked on made-up names."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search import entities as ents
from store.search.search import search
from store.search.search_kb import kb_rows
from store.search.variants import HEAD_PENALTY, body_head_nominative, query_variants


@pytest.mark.parametrize(
    ("query", "nominative"),
    [
        ("Министерства сарыбельских дел", "Министерство сарыбельских дел"),
        ("Министерству водных ресурсов", "Министерство водных ресурсов"),
        ("Комитетом жанатасских доходов", "Комитет жанатасских доходов"),
        ("Степной службы Сарыбела", "Степная служба Сарыбела"),
        ("Жанатасского департамента", "Жанатасский департамент"),
        ("Верхнего управления", "Верхнее управление"),
        ("Сарыбел очередь", ""),
    ],
)
def test_body_head_nominative(query, nominative):
    assert body_head_nominative(query) == nominative


def test_the_nominative_is_a_variant_with_a_small_penalty():
    variants = dict(query_variants("Министерства сарыбельских дел"))
    assert HEAD_PENALTY in variants.values()


def test_a_kazakhstan_body_is_named_without_its_state_too():
    rows = {r.id: r for r in kb_rows()}
    assert "Министерство транспорта" in rows["ministry-transport"].names
    assert "Ministry of Finance" in rows["ministry-finance"].names
    # another state's body keeps its state
    assert "Министерство транспорта" not in rows["uz-transport"].names


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = db.open_store(tmp_path_factory.mktemp("bc") / "s.db", write=True, create=True)
    yield st
    st.close()


@pytest.mark.parametrize(
    ("query", "kb_id"),
    [
        ("Министерство транспорта", "ministry-transport"),
        ("Министерства транспорта", "ministry-transport"),
        ("Министерству финансов", "ministry-finance"),
        ("Пограничной службы КНБ", "border-service"),
    ],
)
def test_the_body_comes_first(store, query, kb_id):
    ents.clear_memo()
    assert search(store, query, type="entity", limit=5)[0].get("kb_id") == kb_id, query

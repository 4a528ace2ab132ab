"""A knowledge-base row kept as a template («Департамент государственных доходов по
{region}») is found by its whole name, not only by its abbreviation: its names are
indexed without the region slot, and a query with a region in it finds the row among
the first five (issue 16, srch37). Knowledge-base names are facts; the store is empty."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search import entities as ents
from store.search.search import search
from store.search.search_kb import kb_rows, template_head


@pytest.mark.parametrize(
    ("template", "head"),
    [
        ("Департамент государственных доходов по {region}", "Департамент государственных доходов"),
        ("{region_kk} бойынша Мемлекеттік кірістер департаменті", "Мемлекеттік кірістер департаменті"),
        ("ҰҚК Шекара қызметінің {region_kk} бойынша департаменті", "ҰҚК Шекара қызметінің департаменті"),
        ("Department of Ecology for {region}", "Department of Ecology"),
        ("Управление по {region}", ""),  # one word is too weak to name a row
        ("Отдел {district} по {region}", ""),  # a slot is left
    ],
)
def test_template_head(template, head):
    assert template_head(template) == head


def test_heads_come_from_names_not_variants():
    rows = {r.id: r for r in kb_rows()}
    assert "Департамент государственных доходов" in rows["dgd"].names
    assert "Мемлекеттік кірістер департаменті" in rows["dgd"].names
    # a variant's head («Пограничное управление по {region}») would name any border unit
    assert "Пограничное управление" not in rows["border-department"].names


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = db.open_store(tmp_path_factory.mktemp("th") / "s.db", write=True, create=True)
    yield st
    st.close()


@pytest.mark.parametrize(
    ("query", "kb_id", "depth"),
    [
        ("Департамент государственных доходов", "dgd", 1),
        ("Department of State Revenue", "dgd", 1),
        ("Департамент государственных доходов по Мангистауской области", "dgd", 5),
        ("Атырау облысы бойынша Мемлекеттік кірістер департаменті", "dgd", 5),
        ("департамент пограничной службы по ЗКО", "border-department", 1),
    ],
)
def test_the_row_is_found_by_its_name(store, query, kb_id, depth):
    ents.clear_memo()
    found = [r.get("kb_id") for r in search(store, query, type="entity", limit=10)]
    assert kb_id in found[:depth], (query, found)

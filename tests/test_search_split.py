"""A query of a name and topic words, where the topic words alone match a body: the
name the user typed is the span («temirbaba turkmenistan border» is the post)."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search.search import search
from store.search.search_topics import can_name
from tests.notes import opening, write_note

ENTITIES = [
    ("checkpoint", "Темир баба", ["Темир баба"], "Через пункт Темир баба прошли грузовики с хлопком."),
    (
        "organization",
        "Государственная пограничная служба Туркменистана",
        ["Государственная пограничная служба Туркменистана"],
        "Государственная пограничная служба Туркменистана провела учения.",
    ),
]


@pytest.fixture
def store(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    with st.conn:
        for n, (type_, name, surfaces, body) in enumerate(ENTITIES, 1):
            write_note(st, n, body, [opening(type_, name, s) for s in surfaces], indexed="body")
    yield st
    st.close()


def test_run_together_name_with_country_and_border_words(store):
    results = search(store, "temirbaba turkmenistan border", limit=5)
    assert results[0]["kind"] == "entity" and results[0]["name"] == "Темир баба"


def test_words_that_name_nothing():
    assert not can_name("border") and not can_name("Туркменистан") and not can_name("oblast")
    assert can_name("temirbaba") and can_name("очередь")

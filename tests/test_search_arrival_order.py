"""Search gives the same entities in the same order whatever order the same articles
were stored in. With several ingest workers articles are stored as the workers finish,
so entity ids differ between two ingests of the same files; nothing a user sees may
follow them (store.search.entities._settle_ties, search_reads.entities_named)."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search.entities import _settle_ties
from store.search.search import search
from tests.notes import opening, write_note

# Two bodies one knowledge-base row names (the Ministry of Transport, with and without
# «РК»), each in two made-up notes, and a Kazakh note naming the row in Kazakh.
NOTES = [
    ("organization", "Министерство транспорта", "Министерство транспорта сообщило о ремонте дороги."),
    ("organization", "Министерство транспорта РК", "Министерство транспорта РК открыло новый терминал."),
    ("organization", "Министерство транспорта", "Министерство транспорта проверило пункт пропуска."),
    ("organization", "Министерство транспорта РК", "Министерство транспорта РК назвало сроки работ."),
    ("organization", "Көлік министрлігі", "Көлік министрлігі жолды жөндеді."),
]


def _store(path, order):
    st = db.open_store(path, write=True, create=True)
    with st.conn:
        for n in order:
            type_, name, body = NOTES[n]
            write_note(st, n, body, [opening(type_, name)])
    return st


@pytest.mark.parametrize("query", ["Көлік министрлігі", "министерство транспорта", "Ministry of Transport"])
def test_the_same_articles_in_another_order_give_the_same_results(tmp_path, query):
    first = _store(tmp_path / "a.db", [0, 1, 2, 3, 4])
    second = _store(tmp_path / "b.db", [4, 3, 1, 2, 0])

    def shown(st):
        return [(r["kind"], r["type"], r["name"], r["score"]) for r in search(st, query, "organization", 10)]

    assert shown(first) == shown(second)
    assert len(shown(first)) >= 2


def test_entities_that_rank_alike_are_listed_by_name_and_only_they_move():
    def hit(name, score, articles):
        return {"name": name, "type": "organization", "matched": name, "score": score, "articles": articles}

    out = [hit("Б", 100.0, 4), hit("Я", 100.0, 4), hit("А", 100.0, 4), hit("В", 90.0, 9), hit("Г", 90.0, 1)]
    ties = [(r["score"], (), r["articles"]) for r in out]
    assert [r["name"] for r in _settle_ties(out, ties)] == ["А", "Б", "Я", "В", "Г"]

"""A bare surname stored as a person of its own stands for the one full-named person
with that surname among the results: a query of the surname, or a typo of it, ranks
that person first (entities._surname_owners). Made-up names."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search import entities as ents
from store.search.entities import _surname_owners
from store.search.search import search
from tests.notes import opening, write_note


def _person(id_: int, name: str, score: float) -> dict:
    return {"kind": "entity", "type": "person", "id": id_, "name": name, "matched": name, "score": score, "articles": 1}


def test_one_owner_takes_the_surnames_score():
    results = [_person(1, "Тулпаров", 100.0), _person(2, "Ермек Тулпаров", 94.0), _person(3, "Тулпарова", 90.0)]
    assert _surname_owners(results) == {2}
    assert results[1]["score"] == 100.0 and results[2]["score"] == 90.0


def test_two_owners_leave_the_order_alone():
    results = [_person(1, "Тулпаров", 100.0), _person(2, "Ермек Тулпаров", 94.0), _person(3, "Асан Тулпаров", 94.0)]
    assert _surname_owners(results) == set()
    assert [r["score"] for r in results] == [100.0, 94.0, 94.0]


def test_a_word_inside_another_word_is_no_surname():
    results = [_person(1, "Тулпар", 100.0), _person(2, "Ермек Тулпаров", 90.0)]
    assert _surname_owners(results) == set() and results[1]["score"] == 90.0


def test_other_types_are_not_people():
    place = {**_person(2, "Ермек Тулпаров", 94.0), "type": "location"}
    assert _surname_owners([_person(1, "Тулпаров", 100.0), place]) == set()


PEOPLE = [
    ("Ермек Тулпаров", "Ермек Тулпаров провёл совещание на пункте пропуска."),
    ("Тулпаров", "Тулпаров добавил, что очередь сократилась."),
    ("Айнур Сейткали", "Айнур Сейткали рассказала о новых правилах."),
]


@pytest.fixture
def store(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    with st.conn:
        for n, (name, body) in enumerate(PEOPLE, 1):
            write_note(st, n, body, [opening("person", name)], indexed="")
    yield st
    st.close()


@pytest.mark.parametrize("query", ["Тулпаров", "тулпаров", "Tulparov", "Тулпаоров"])
def test_surname_query_finds_the_full_named_person_first(store, query):
    ents.clear_memo()
    results = [r for r in search(store, query, type="entity", limit=5)]
    assert results and results[0]["name"] == "Ермек Тулпаров"
    assert "Тулпаров" in [r["name"] for r in results]  # the bare entry is still listed

"""A typo that reaches a bare surname stored as a person also brings the one
full-named person with that surname, looked up in the whole index when the full name
scored too low to be among the results (entities._add_lone_owners). Made-up names."""

from __future__ import annotations

import numpy as np
import pytest

from store.db import store as db
from store.search import entities as ents
from store.search.alias_index import AliasIndex
from store.search.search import search
from store.search.word_lookup import entities_with_word, keys_with_word
from tests.notes import opening, write_note

PEOPLE = [
    ("Ермек Тулпаров", "Ермек Тулпаров провёл совещание на пункте пропуска."),
    ("Тулпаров", "Тулпаров добавил, что очередь сократилась."),
    ("Айнур Сейткали", "Айнур Сейткали рассказала о новых правилах."),
    ("Сейткали", "Сейткали уточнила сроки."),
    ("Дана Сейткали", "Дана Сейткали ответила на вопросы."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = db.open_store(tmp_path_factory.mktemp("own") / "s.db", write=True, create=True)
    with st.conn:
        for n, (name, body) in enumerate(PEOPLE, 1):
            write_note(st, n, body, [opening("person", name)], indexed="")
    yield st
    st.close()


def _people(st, query: str) -> list[str]:
    ents.clear_memo()
    return [r["name"] for r in search(st, query, limit=5) if r["kind"] == "entity" and r["type"] == "person"]


@pytest.mark.parametrize("query", ["Тулпарбек", "Тулпарчик"])  # typos the full name scores under 65
def test_a_weak_typo_of_a_bare_surname_brings_its_full_named_owner_first(store, query, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(ents, "_add_lone_owners", lambda *a: None)
        assert _people(store, query) == ["Тулпаров"]  # what the scoring alone finds
    assert _people(store, query)[:2] == ["Ермек Тулпаров", "Тулпаров"]


def _bare(st, name: str, score: float) -> dict:
    eid = st.conn.execute("SELECT id FROM entities WHERE name=?", (name,)).fetchone()[0]
    return {"kind": "entity", "type": "person", "id": eid, "name": name, "matched": name, "score": score, "articles": 1}


def test_the_lookup_adds_the_one_owner_at_the_surnames_score(store):
    results = [_bare(store, "Тулпаров", 68.0)]
    ents._add_lone_owners(store.conn, AliasIndex.for_store(store), results, 5)
    assert [(r["name"], r["score"]) for r in results] == [("Тулпаров", 68.0), ("Ермек Тулпаров", 68.0)]


def test_a_surname_of_two_full_named_people_brings_neither(store):
    results = [_bare(store, "Сейткали", 68.0)]
    ents._add_lone_owners(store.conn, AliasIndex.for_store(store), results, 5)
    assert [r["name"] for r in results] == ["Сейткали"]


def test_keys_with_word_are_whole_words_only():
    rows = [(1, 1, "ermek tulparov", "text"), (2, 2, "tulparova", "text"), (3, 3, "tulparov", "text")]
    rows += [(4, 4, "asan tulparovich", "text"), (5, 5, "tulparov ermek", "text")]
    index = AliasIndex.from_rows(rows)
    keys = [index.key(k) for k in keys_with_word(index, "tulparov")]
    assert sorted(keys) == ["ermek tulparov", "tulparov", "tulparov ermek"]
    assert not len(keys_with_word(index, "tulparov", most=2))  # too common to name one person
    assert not len(keys_with_word(index, "zzz"))


def test_entities_with_word_keeps_one_type(store):
    index = AliasIndex.for_store(store)
    found = entities_with_word(index, "tulparov", "person")
    names = {r[0]: r[1] for r in store.conn.execute("SELECT id, name FROM entities")}
    assert sorted(names[e] for e in found) == ["Ермек Тулпаров", "Тулпаров"]
    assert entities_with_word(index, "tulparov", "location") == {}
    assert isinstance(keys_with_word(index, "tulparov"), np.ndarray)

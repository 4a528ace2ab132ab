"""A word typed beside a name («khorgos rail»): split_query looked it up whole (the alias
index, the knowledge base, their SQL) to see whether it names a person by the surname or
a post by its name, though most such words name neither. `may_score` (the scorings alone)
now says when no person or post can come first, and the word is then not looked up; the
run loop stops once a run holding a name has won. Results are those of the whole lookup."""

from __future__ import annotations

import pytest

from store.search import search_topics
from store.search.alias_index import ENTITY_TYPES, AliasIndex
from store.search.entities import clear_memo, may_score
from store.search.search import search
from tests.notes import store_of_openings

ENTITIES = [
    ("checkpoint", "Жолмерген", "Жолмерген перешёл на круглосуточный режим."),
    ("person", "Данияр Курмангалиев", "Данияр Курмангалиев осмотрел новый терминал."),
    ("organization", "Управление рельсовых перевозок", "Управление рельсовых перевозок открыло склад."),
    ("location", "Степногорье", "Степногорье получило новый мост."),
]


@pytest.fixture
def store(tmp_path):
    clear_memo()
    st = store_of_openings(tmp_path / "s.db", ENTITIES)
    yield st
    st.close()


def _entities(store, query):
    return [r["name"] for r in search(store, query, limit=5) if r["kind"] == "entity"]


def test_a_surname_beside_a_post_is_still_found(store):
    assert "Данияр Курмангалиев" in _entities(store, "Жолмерген Курмангалиев")


def test_a_post_named_beside_a_place_is_still_found(store):
    found = _entities(store, "Степногорье Жолмерген")
    assert found[0] == "Степногорье" and "Жолмерген" in found


def test_a_word_naming_only_a_body_can_not_score_a_person_or_post(store):
    assert not may_score(store, "рельсовых", ("person", "checkpoint"), 88.0, 5)
    assert may_score(store, "рельсовых", ("organization",), 88.0, 5)


def test_a_surname_may_score_a_person(store):
    assert may_score(store, "Курмангалиев", ("person", "checkpoint"), 88.0, 5)
    assert not may_score(store, "Курмангалиев", (), 88.0, 5)


def test_a_search_of_another_type_scores_no_person(store):
    assert not may_score(store, "Курмангалиев", ("person", "checkpoint"), 88.0, 5, "organization")
    assert may_score(store, "Курмангалиев", ("person", "checkpoint"), 88.0, 5, "person")


def test_the_best_score_of_a_type_is_never_under_what_an_unfiltered_match_gives_it(store):
    index = AliasIndex.for_store(store)
    queries = ["Курмангалиев", "Курмангалеев", "Жолмерген", "Жолмергне", "рельсовых", "Степногорье", "мост", "Данияр"]
    for query in queries:
        for searched in (None, *ENTITY_TYPES):
            for eid, _aid, score, _own in index.ranked_match(query, searched, 5):
                kind = ENTITY_TYPES[index.ent_type[eid]]
                assert index.best_score_of(query, (kind,), 5, searched) >= score, (query, searched)
                assert index.best_score_of(query, ("person", kind), 5, searched) >= score, (query, searched)


class _Finder:
    """A run finder that counts its lookups and answers may_score as told."""

    def __init__(self, scores: dict[str, tuple[str, float]], may: bool) -> None:
        self.scores, self.may, self.asked = scores, may, []

    def __call__(self, span):
        self.asked.append(span)
        kind, score = self.scores.get(span, ("organization", 50.0))
        return [{"id": len(span), "type": kind, "name": span, "matched": span, "score": score}]

    def may_score(self, word, types, least):
        return self.may


def test_a_word_that_cannot_name_a_person_or_post_is_not_looked_up():
    find = _Finder({"Жолмерген": ("checkpoint", 100.0), "рельсы": ("organization", 90.0)}, may=False)
    focus = search_topics.split_query("Жолмерген рельсы", find)
    assert focus.span == "Жолмерген" and [e["name"] for e in focus.entities] == ["Жолмерген"]
    assert "рельсы" not in find.asked


def test_a_word_that_may_name_a_person_is_looked_up():
    find = _Finder({"Жолмерген": ("checkpoint", 100.0), "Курмангалиев": ("person", 92.0)}, may=True)
    find.scores["Курмангалиев"] = ("person", 92.0)
    focus = search_topics.split_query("Жолмерген Курмангалиев", find)
    assert "Курмангалиев" in find.asked
    assert focus.span == "Жолмерген"

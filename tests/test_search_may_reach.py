"""`AliasIndex.may_reach`: whether any search of a word can score a person or post at 88,
asked at every keystroke of a word typed beside a name («khorgos rail»). It runs every
pass a search may run and scores only the keys of the types asked, so it may say yes
where no search would (the lookup then runs and finds nothing), never no where one would:
the word beside the name is skipped only when looking it up could add nothing."""

from __future__ import annotations

import pytest

from store.search.alias_index import ENTITY_TYPES, AliasIndex
from store.search.entities import clear_memo, may_score
from store.search.search import search
from tests.notes import store_of_openings

ENTITIES = [
    ("checkpoint", "Бахты", "Бахты принял первые фуры после ремонта весов."),
    ("person", "Ерлан Тусупбеков", "Ерлан Тусупбеков провёл совещание на посту."),
    ("person", "Асель Жанабаева", "Асель Жанабаева рассказала о новых правилах."),
    ("organization", "Таможенный терминал Береке", "Таможенный терминал Береке продлил смену."),
    ("location", "Урджар", "Урджар ждёт новую дорогу к границе."),
]

# typed whole, a letter short, two letters swapped, a letter wrong, and words naming nothing
WORDS = [
    "Тусупбеков",
    "Тусупбеко",
    "Тусупбкеов",
    "Тусупбеков",
    "Жанабаева",
    "Жанабаеав",
    "Бахты",
    "Бахтв",
    "Береке",
    "терминал",
    "Урджар",
    "весы",
    "tusupbekov",
    "zhanabaeva",
    "bakhty",
]


@pytest.fixture
def store(tmp_path):
    clear_memo()
    st = store_of_openings(tmp_path / "s.db", ENTITIES)
    yield st
    st.close()


def test_a_type_that_any_search_scores_at_the_bar_may_be_reached(store):
    index = AliasIndex.for_store(store)
    for word in WORDS:
        for searched in (None, *ENTITY_TYPES):
            for eid, _aid, score, _own in index.ranked_match(word, searched, 5):
                kind = ENTITY_TYPES[index.ent_type[eid]]
                if score >= 88.0:
                    assert index.may_reach(word, (kind,), 88.0), (word, searched, kind)
                    assert index.may_reach(word, ("person", "checkpoint", kind), 88.0), (word, searched)


def test_the_bound_says_yes_wherever_the_exact_best_score_did(store):
    index = AliasIndex.for_store(store)
    for word in WORDS:
        for types in (("person",), ("checkpoint",), ("person", "checkpoint"), ("organization",)):
            if index.best_score_of(word, types, 5) >= 88.0:
                assert index.may_reach(word, types, 88.0), (word, types)


def test_a_word_naming_only_a_body_reaches_no_person_or_post(store):
    index = AliasIndex.for_store(store)
    assert not index.may_reach("терминал", ("person", "checkpoint"), 88.0)
    assert index.may_reach("терминал", ("organization",), 88.0)


def test_a_surname_in_latin_letters_or_inflected_reaches_its_person_only(store):
    index = AliasIndex.for_store(store)
    for word in ("tusupbekov", "Тусупбекова"):
        assert index.may_reach(word, ("person",), 88.0), word
        assert not index.may_reach(word, ("organization",), 88.0), word
    assert not index.may_reach("bakhty", ("person",), 88.0)
    assert index.may_reach("bakhty", ("checkpoint",), 88.0)


def test_a_surname_typed_beside_a_post_is_still_found(store):
    names = [r["name"] for r in search(store, "Бахты Жанабаева", limit=5) if r["kind"] == "entity"]
    assert "Асель Жанабаева" in names


def test_may_score_is_the_same_for_every_limit(store):
    for word in ("Тусупбеков", "терминал", "весы"):
        answers = {may_score(store, word, ("person", "checkpoint"), 88.0, limit) for limit in (1, 5, 30)}
        assert len(answers) == 1, word

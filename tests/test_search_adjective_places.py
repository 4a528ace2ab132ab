"""A name and a kind word in any language («Tulpar region», «Тулпар облысы», made up)
finds the place the store names by an adjective and its own kind word («Тулпарская
область»), before a region whose name only looks alike; a kind word alone is never
taken for the name. And a surname the morphology reads as an ordinary word
(«Маликов», the genitive plural of «малик») still names the person in a query of two
names: the first typed wins."""

from __future__ import annotations

import pytest

from store.search.search import search
from store.search.topic_words import ordinary_word
from tests.notes import store_of_openings

ENTITIES = [
    ("location", "Тулпарская область", "Тулпарская область закрыла два пункта на границе."),
    ("location", "Тулпарская область", "Тулпарская область открыла новый склад."),
    ("location", "Улпанская область", "Улпанская область построит дорогу."),
    ("location", "Алмалинская область", "Алмалинская область ждёт грузовики."),
    ("person", "Ерлан Маликов", "Ерлан Маликов проверил пункт."),
    ("person", "Бауыржан Сапаркулов", "Бауыржан Сапаркулов провёл встречу."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = store_of_openings(tmp_path_factory.mktemp("adj") / "s.db", ENTITIES, indexed="body")
    yield st
    st.close()


def first_entity(results: list[dict]) -> str:
    return next(r["name"] for r in results if r["kind"] == "entity")


@pytest.mark.parametrize("query", ["Tulpar region", "Tulpar oblast", "Тулпар облысы", "tulpar region"])
def test_a_name_and_a_kind_word_find_the_adjective_place(store, query):
    assert first_entity(search(store, query, limit=5)) == "Тулпарская область"


def test_a_last_vowel_gives_way_to_the_adjective_suffix(store):
    assert first_entity(search(store, "Almala region", limit=5)) == "Алмалинская область"


def test_the_place_named_whole_stays_first(store):
    assert first_entity(search(store, "Улпанская область", limit=5)) == "Улпанская область"


def test_a_kind_word_alone_names_nothing(store):
    results = search(store, "Zzqx region", limit=5)
    assert all(r["name"] != "Тулпарская область" or r["score"] < 88 for r in results)


def test_a_surname_the_morphology_knows_as_a_word_still_names_the_person(store):
    assert ordinary_word("Маликов")  # the premise: read as «малик», genitive plural
    assert first_entity(search(store, "Маликов Сапаркулов", limit=5)) == "Ерлан Маликов"
    assert first_entity(search(store, "Сапаркулов Маликов", limit=5)) == "Бауыржан Сапаркулов"


BODY_ENTITIES = [
    ("person", "Ерлан Маликов", "Ерлан Маликов проверил пункт."),
    ("person", "Бауыржан Сапаркулов", "Бауыржан Сапаркулов провёл встречу."),
    *[
        ("organization", name, f"{name} сообщил о новых правилах.")
        for name in (
            "Комитет государственных доходов Министерства финансов",
            "Комитет государственных доходов Министерства финансов РК",
            "Комитет государственных доходов",
            "Мемлекеттік кірістер комитеті",
            "КГД",
        )
    ],
]


@pytest.fixture(scope="module")
def body_store(tmp_path_factory):
    st = store_of_openings(tmp_path_factory.mktemp("body") / "s.db", BODY_ENTITIES, indexed="body")
    yield st
    st.close()


@pytest.mark.parametrize(
    ("query", "person"), [("Маликов КГД", "Ерлан Маликов"), ("Сапаркулов КГД", "Бауыржан Сапаркулов")]
)
def test_a_surname_and_a_body_give_the_person_before_the_body(body_store, query, person):
    """The whole text matches the committee's long name at 90 (КГД written out), the
    surname the person better: the person first, the committee after."""
    results = search(body_store, query, limit=10)
    entities = [r for r in results if r["kind"] == "entity"]
    assert entities[0]["name"] == person
    assert any(r["name"].startswith("Комитет государственных доходов") for r in entities[1:5])


def _person(name: str, score: float) -> dict:
    return {"kind": "entity", "type": "person", "id": 7, "name": name, "matched": name, "score": score}


def test_a_first_name_is_no_better_reading_of_a_mistyped_place():
    """«Тулпан ауданв» (a district, mistyped, matched at 91) holds «Тулпан», the first
    name of «Тулпан Абдыкеримов» (94): the district stays; a surname would be read."""
    from store.search.search_topics import split_named_better

    def find(text: str) -> list[dict]:
        return {
            "Тулпан": [_person("Тулпан Абдыкеримов", 94.0)],
            "Абдыкеримов": [_person("Тулпан Абдыкеримов", 94.0)],
        }.get(text, [])

    district = [{"kind": "entity", "type": "location", "id": 3, "name": "Тулпанский район", "score": 91.0}]
    assert split_named_better("Тулпан ауданв", find, district) is None
    focus = split_named_better("Абдыкеримов ауданв", find, district)
    assert focus is not None and focus.entities[0]["name"] == "Тулпан Абдыкеримов"


@pytest.mark.parametrize(
    "query",
    ["Маликов КГД проверка", "Сапаркулов КГД проверка", "Маликов КГД правила"],
)
def test_a_surname_a_body_and_a_topic_word_give_the_person(body_store, query):
    """A run of two words («Маликов КГД») matches the committee's long name as the whole
    of two words does: the surname inside it is read again, and names the person."""
    entities = [r for r in search(body_store, query, limit=10) if r["kind"] == "entity"]
    assert entities[0]["type"] == "person"


def test_an_ordinary_read_surname_before_a_longer_run_is_the_name(body_store):
    """«Маликов» (read as «малик») before a run naming the committee: the first name
    typed wins, as for two names the morphology does not know."""
    entities = [
        r for r in search(body_store, "Маликов Комитет государственных доходов", limit=10) if r["kind"] == "entity"
    ]
    assert entities[0]["name"] == "Ерлан Маликов"

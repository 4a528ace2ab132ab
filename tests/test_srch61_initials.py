"""Issue 16 (srch61): a person asked for by initials and a surname typed with a slip
(«Ж. Омаорв», «Омаорв Ж.», «Zh. Omaorv»: the initial left the whole query under
the score a result needs) is found as the surname alone finds
him; the initial ranks the person whose given name it begins first, and a whole query
that is a stored name letter for letter keeps its first place. Made-up people and
sentences."""

from __future__ import annotations

import pytest

from store.search.initials import initial_agrees, named_by_surname, split_initials

_NOTES = [
    ("person", "Бауыржан Талдыбеков", "Бауыржан Талдыбеков провёл совещание по работе постов."),
    ("person", "Руслан Мукашев", "Руслан Мукашев осмотрел новый терминал."),
    ("person", "Серик Мукашев", "Серик Мукашев рассказал о ремонте дороги."),
    ("person", "Асель Оспанова", "Асель Оспанова ответила на вопросы журналистов."),
    ("person", "Жаксылык Омаров", "Жаксылык Омаров рассказал о ремонте дороги."),
    ("person", "Нурмухамбет Сарин", "Нурмухамбет Сарин осмотрел склад временного хранения."),
    ("checkpoint", "Б. Конысбаева", "Б. Конысбаева работает круглосуточно."),
]


@pytest.fixture
def store(tmp_path):
    from tests.notes import store_of_openings

    st = store_of_openings(tmp_path / "s61.db", _NOTES)
    yield st
    st.close()


def _entities(store, query: str) -> list[str]:
    from tests.notes import entity_names

    return entity_names(store, query)


@pytest.mark.parametrize(
    ("query", "person"),
    [
        ("Ж. Омаорв", "Жаксылык Омаров"),
        ("Омаорв Ж.", "Жаксылык Омаров"),
        ("Zh. Omaorv", "Жаксылык Омаров"),
        ("Ж.Омаорв", "Жаксылык Омаров"),
        ("ж. омаорв", "Жаксылык Омаров"),
        ("Н. Срин", "Нурмухамбет Сарин"),
        ("Б. Талдыбеокв", "Бауыржан Талдыбеков"),
    ],
)
def test_initials_and_a_mistyped_surname_find_the_person(store, query, person):
    assert _entities(store, query)[:1] == [person]


@pytest.mark.parametrize(
    ("query", "first", "second"),
    [
        ("С. Мукашев", "Серик Мукашев", "Руслан Мукашев"),
        ("Р. Мукашев", "Руслан Мукашев", "Серик Мукашев"),
        ("R. Mukashve", "Руслан Мукашев", "Серик Мукашев"),
        ("Мукашев С.", "Серик Мукашев", "Руслан Мукашев"),
    ],
)
def test_the_initial_puts_its_person_first(store, query, first, second):
    found = _entities(store, query)
    assert found[:2] == [first, second]


def test_a_wrong_initial_still_finds_the_only_person_of_the_surname(store):
    assert _entities(store, "Т. Талдыбеков")[:1] == ["Бауыржан Талдыбеков"]


def test_a_name_with_an_initial_typed_whole_keeps_its_place(store):
    assert _entities(store, "Б. Конысбаева")[:1] == ["Б. Конысбаева"]


@pytest.mark.parametrize(
    ("query", "split"),
    [
        ("С. Мукашев", ("С", "Мукашев")),
        ("Мукашев С.Р.", ("С", "Мукашев")),
        ("К.-Ж. Токаев", ("К", "Токаев")),
        ("Zh. Duisembiyev", ("Zh", "Duisembiyev")),
        ("Tokayev K", ("K", "Tokayev")),
        ("Мукашев", None),
        ("С. Мукашев поручил", None),
        ("С. Ли", None),
        ("г. Алматы", None),
        ("ул. Абая", None),
        ("Г. Абдрахимов", ("Г", "Абдрахимов")),
    ],
)
def test_split_initials(query, split):
    assert split_initials(query) == split


@pytest.mark.parametrize(
    ("initial", "name", "agrees"),
    [
        ("С", "Серик Мукашев", True),
        ("S", "Серик Мукашев", True),
        ("Ye", "Ерболат Досаев", True),
        ("Y", "Ерболат Досаев", True),
        ("Zh", "Жандос Дуйсембиев", True),
        ("Р", "Серик Мукашев", False),
        ("С", "Мукашев", False),  # a surname alone has no given name to agree with
    ],
)
def test_initial_agrees(initial, name, agrees):
    assert initial_agrees(initial, name) is agrees


@pytest.mark.parametrize(
    ("name", "surname", "named"),
    [
        ("Касым-Жомарт Токаев", "Токеав", True),
        ("Серик Жумангарин", "Жұмаңғаринге", True),
        ("Мукашев", "Мукашев", True),
        ("Кезек қысқарды", "кезек", False),  # a given name's word, not a surname
        ("Серик Мукашев", "Серик", False),
    ],
)
def test_named_by_surname(name, surname, named):
    assert named_by_surname(name, surname) is named

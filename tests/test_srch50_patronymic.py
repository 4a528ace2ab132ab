"""A person asked for with a patronymic (issue 16, srch50): the patronymic is a detail —
left out beside given name and surname, required beside the given name alone. Names
are made up."""

from __future__ import annotations

import pytest

from store.search.patronymic import holds_both, is_patronymic, split_patronymic


@pytest.mark.parametrize(
    ("word", "yes"),
    [
        ("Сарыевич", True),
        ("Темировна", True),
        ("Болатұлы", True),
        ("Асанқызы", True),
        ("Bolatovich", True),
        ("Ильич", False),  # too short to tell from a name
        ("Маркович", True),
        ("Москва", False),
        ("Жанболат", False),
    ],
)
def test_is_patronymic(word, yes):
    assert is_patronymic(word) is yes


@pytest.mark.parametrize(
    ("query", "split"),
    [
        ("Айдар Сарыевич Темиров", ("Сарыевич", ["Айдар", "Темиров"])),
        ("Темиров Айдар Сарыевич", ("Сарыевич", ["Темиров", "Айдар"])),
        ("Айдар Сарыевич", ("Сарыевич", ["Айдар"])),
        ("Айдар Темиров", None),
        ("Сарыевич", None),  # a patronymic alone names nobody
        ("Айдар Сарыевич Темиров Болатович", None),
    ],
)
def test_split_patronymic(query, split):
    assert split_patronymic(query) == split


def test_holds_both_in_any_script():
    assert holds_both("Айдар Сарыевич Темиров", "Айдар", "Сарыевич")
    assert holds_both("Aidar Saryevich Temirov", "Айдар", "Сарыевич")
    assert not holds_both("Айдар Темиров", "Айдар", "Сарыевич")
    assert not holds_both("Болат Сарыевич Темиров", "Айдар", "Сарыевич")


_NOTES = [
    ("person", "Айдар Сарыевич Темиров", "Айдар Сарыевич Темиров открыл новый терминал."),
    ("person", "Айдар Болатов", "Айдар Болатов проверил пункт пропуска."),
    ("person", "Нурлан Кемелов", "Нурлан Кемелов назвал сроки работ."),
    ("person", "Нурлан Жаксыбеков", "Нурлан Жаксыбеков сообщил о ремонте."),
    ("person", "Асель Темирова", "Асель Темирова назвала сроки."),
    ("person", "Асель Темировна Жумаева", "Асель Темировна Жумаева сообщила о ремонте."),
]


@pytest.fixture
def store(tmp_path):
    from tests.notes import store_of_openings

    return store_of_openings(tmp_path / "p.db", _NOTES)


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Айдар Сарыевич", "Айдар Сарыевич Темиров"),  # the stored alias holds both
        ("Асель Темировна", "Асель Темировна Жумаева"),  # not the surname spelt like the patronymic
        ("Нурлан Болатович Жаксыбеков", "Нурлан Жаксыбеков"),  # a patronymic no name holds, left out
    ],
)
def test_search_by_patronymic(store, query, first):
    from store.search.search import search

    people = [r["name"] for r in search(store, query, type="person")]
    assert people[:1] == [first]

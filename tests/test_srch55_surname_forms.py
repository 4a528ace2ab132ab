"""A Kazakh surname typed in its other form (issue 16, srch55): «Карибаев», «Karibayev»
for a man the articles call «Кәрібайұлы», «Курметов» for «Құрметұлы», «Есенкулкызы» for
a woman printed «Есенкулова», «Нажметдинулы» for «Нажметдинов». Made-up people in a
made-up store."""

from __future__ import annotations

import pytest

from store.lang import names
from store.search import entities as ents
from store.search.search import search
from store.search.surname_forms import other_form_variants, other_surname_form
from store.search.variants import query_variants
from tests.notes import store_of_openings

_PEOPLE = [
    ("person", "Серік Тасбайұлы", "Серік Тасбайұлы провёл совещание о работе пунктов пропуска."),
    ("person", "Амангелді Жолметұлы", "Амангелді Жолметұлы выступил на заседании."),
    ("person", "Гульнара Сарыкулова", "Гульнара Сарыкулова рассказала о новых правилах."),
    ("person", "Болатбек Нурметдинов", "Болатбек Нурметдинов прибыл на границу."),
    ("person", "Амир Тасимбаев", "Амир Тасимбаев открыл новый участок дороги."),
    ("person", "Марат Тасбеков", "Марат Тасбеков отчитался о ремонте."),
]


@pytest.fixture(scope="module")
def people_store(tmp_path_factory):
    st = store_of_openings(tmp_path_factory.mktemp("s55") / "s.db", _PEOPLE, indexed="")
    yield st
    st.close()


def _people(store, query: str) -> list[str]:
    ents.clear_memo()
    return [r["name"] for r in search(store, query, limit=10) if r["kind"] == "entity" and r["type"] == "person"]


@pytest.mark.parametrize(
    ("typed", "other"),
    [
        ("Тасбаев", "Тасбайұлы"),  # a vowel before «-ев» took «й» before «ұлы»
        ("Жолметов", "Жолметұлы"),
        ("Сарыкулова", "Сарыкулқызы"),
        ("Нурметдинулы", "Нурметдинов"),
        ("Tasbaiuly", "Tasbaev"),
    ],
)
def test_a_surname_folds_to_its_other_form(typed, other):
    assert other_surname_form(names.fold(typed)) == names.fold(other)


def test_a_word_that_is_no_such_surname_has_no_other_form():
    for word in ("Серик Жолмет", "Алиев", "Петухово", "Хоргос"):  # no ending, too short, -ово
        assert other_surname_form(names.fold(word)) == "", word


def test_the_other_form_is_a_variant_scored_a_little_lower():
    typed = query_variants("Тасбаевым")  # the query and its stem
    others = other_form_variants(typed, 3.0)
    assert others == [(names.fold("Тасбайұлы"), 3.0)]  # the stem's other form, once
    assert other_form_variants(query_variants("Серик Жолмет"), 3.0) == []


@pytest.mark.parametrize(
    ("query", "person"),
    [
        ("Тасбаев", "Серік Тасбайұлы"),
        ("Tasbayev", "Серік Тасбайұлы"),
        ("Тасбаевым", "Серік Тасбайұлы"),  # inflected: the stem's other form
        ("Жолметов", "Амангелді Жолметұлы"),
        ("Zholmetov", "Амангелді Жолметұлы"),
        ("Сарыкулқызы", "Гульнара Сарыкулова"),
        ("Sarykulkyzy", "Гульнара Сарыкулова"),
        ("Нурметдинұлы", "Болатбек Нурметдинов"),
        ("Nurmetdinuly", "Болатбек Нурметдинов"),
    ],
)
def test_a_person_is_found_by_the_other_form_of_the_surname(people_store, query, person):
    got = _people(people_store, query)
    assert got[:1] == [person], got


def test_a_surname_typed_as_printed_still_comes_first(people_store):
    # «Тасимбаев» and «Тасбеков» are as near to «Тасбаев» as the other form is: the name
    # printed so wins over the person reached by the rewrite
    assert _people(people_store, "Тасимбаев")[:1] == ["Амир Тасимбаев"]
    assert _people(people_store, "Тасбеков")[:1] == ["Марат Тасбеков"]

"""per68: people in the shapes per66's probe lacked — a woman's indeclinable given name before
her surname in a list or in brackets, initials after the surname as protocols print them (in
an article and across the store, and after a region named like a person), and a body's
genitive tail that ran over the official named after it. Every name and sentence here is made
up for these tests."""

from __future__ import annotations

import pytest

from store.db.entities import merge_short_person_names
from store.lang.canonical import initials_and_surname
from store.lang.persons import person_nominative
from store.model import Article
from tests.test_per66_person_spellings import _write, store  # noqa: F401 - a fixture, taken by name
from tests.test_per67_persons import PARAGRAPH, extractor  # noqa: F401 - the fixture, taken by name


def _mentions(extractor, body: str) -> list[tuple[str, str]]:
    art = Article(file="t.txt", path="t.txt", title="", body=f"{body}\n\n{PARAGRAPH}", raw=body, date="2024-05-10")
    return [(m.type, m.name) for m in extractor.extract(art).mentions if m.type in ("person", "organization")]


@pytest.mark.parametrize(
    "printed, name",
    [
        ("Айгерим Султанбекова", "Айгерим Султанбекова"),  # her given name says the surname is hers
        ("Асель Нуржановой", "Асель Нуржанова"),
        ("Тони Гриффина", "Тони Гриффин"),  # a man's indeclinable given name: the genitive still declines
        ("Си Цзиньпина", "Си Цзиньпин"),
    ],
)
def test_an_indeclinable_given_name_still_tells_the_gender(printed, name):
    assert person_nominative(printed) == name


@pytest.mark.parametrize(
    "body, person",
    [
        ("На встрече с аграриями выступили депутаты Мажилиса Бахыт Сейтказин, Айгерим Султанбекова и другие.",
         "Айгерим Султанбекова"),
        ("Склад временного хранения осмотрела руководитель управления (Асель Нуржанова).", "Асель Нуржанова"),
    ],
)  # fmt: skip
def test_a_woman_in_a_list_or_in_brackets_keeps_her_surname(extractor, body, person):
    assert ("person", person) in _mentions(extractor, body)


@pytest.mark.parametrize(
    "key, expected",
    [
        ("сейтказин б. м", ("б", "сейтказин")),
        ("сейтказин б.м.", ("б", "сейтказин")),
        ("сейтказин б", ("б", "сейтказин")),
        ("б. сейтказин", ("б", "сейтказин")),
        ("бахыт сейтказин", None),
        ("ван и", None),  # a Chinese surname and a one-letter given name, not an initial
    ],
)
def test_initials_after_the_surname_are_initials(key, expected):
    assert initials_and_surname(key) == expected


def test_the_store_joins_surname_and_initials_to_the_full_name(store):
    _write(store, "a", ["Бахыт Сейтказин"])
    _write(store, "b", ["Сейтказин Б. М"])
    merge_short_person_names(store)
    assert {n for (n,) in store.conn.execute("SELECT name FROM entities WHERE type='person'")} == {"Бахыт Сейтказин"}


def test_an_article_joins_surname_and_initials_to_its_full_name(extractor):
    body = (
        "Бахыт Сейтказин открыл новый склад у поста. Ответственным за склад назначен Сейтказин Б. М. "
        "Склад будет работать круглосуточно."
    )
    persons = {n for t, n in _mentions(extractor, body) if t == "person"}
    assert persons == {"Бахыт Сейтказин"}


def test_a_region_named_like_a_person_is_cut_before_surname_and_initials(extractor):
    body = "Ответственным за работу штаба назначен аким области Жетысу Сейтказин Б. М. Штаб соберется в пятницу."
    persons = [n for t, n in _mentions(extractor, body) if t == "person"]
    assert persons and all(n.startswith("Сейтказин") for n in persons)


@pytest.mark.parametrize(
    "body, body_name, person",
    [
        ("Департамент государственных доходов Нурлан Сейтов сообщил о круглосуточном режиме на посту.",
         "Департамент государственных доходов", "Нурлан Сейтов"),
        ("Министерство финансов Айдана Ермекова сообщила, что досмотр грузовиков ускорен.",
         "Министерство финансов", "Айдана Ермекова"),
    ],
)  # fmt: skip
def test_a_body_ends_before_the_official_named_after_it(extractor, body, body_name, person):
    found = _mentions(extractor, body)
    assert ("organization", body_name) in found
    assert ("person", person) in found


def test_a_body_named_after_a_person_keeps_him_in_its_name(extractor):
    found = _mentions(extractor, "Фонд Нурсултана Назарбаева провел встречу с перевозчиками.")
    assert ("organization", "Фонд Нурсултана Назарбаева") in found


def _all(extractor, body: str) -> list[tuple[str, str]]:
    art = Article(file="t.txt", path="t.txt", title="", body=f"{body}\n\n{PARAGRAPH}", raw=body, date="2024-05-10")
    return [(m.type, m.name) for m in extractor.extract(art).mentions]


def test_a_possessive_shaped_surname_after_a_role_is_a_person(extractor):
    assert ("person", "Сестрин") in _all(
        extractor, "Вице-министр Сестрин сообщил, что пост перейдет на круглосуточный режим."
    )


@pytest.mark.parametrize(
    "body",
    [
        "Мади Сейтқалиев шекарадағы кезекті қысқартуды тапсырды.",
        "Мади Сейтқалиевтің айтуынша, бекеттің өткізу қабілеті артады.",
    ],
)
def test_a_kazakh_given_name_and_surname_run_into_the_clause_is_a_person(extractor, body):
    found = _all(extractor, body)
    assert ("person", "Мади Сейтқалиев") in found
    assert not [n for t, n in found if t == "organization"]


def test_asaiyn_is_a_given_name(extractor):
    found = [
        n
        for t, n in _all(extractor, "Асайын Сейтқалиевтің айтуынша, бекеттің өткізу қабілеті артады.")
        if t == "person"
    ]
    assert found == ["Асайын Сейтқалиев"]

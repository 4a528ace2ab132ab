"""One person under every spelling (per66): a name with a patronymic and without it, a
Latin spelling, a Chinese surname first, a city or unit read into an official's surname.
Every name and sentence here is made up for these tests."""

from __future__ import annotations

import pytest

from store.db import export
from store.db import store as db
from store.db.entities import short_person_name
from store.lang.person_spellings import spelling_joins, surname_of, without_patronymic
from store.model import Article, Extraction, Mention


@pytest.fixture
def store(tmp_path):
    s = db.open_store(tmp_path / "p.db", write=True, create=True)
    yield s
    s.close()


def _write(store, title: str, names: list[str]) -> None:
    body = " ".join(names)
    art = Article(file=f"{title}.txt", path=f"/{title}.txt", title=title, body=body, raw=body)
    with store.conn:
        db.write_article(store, art, Extraction(mentions=[Mention("person", n, n, 0, len(n)) for n in names]))


def _persons(store) -> dict[str, int]:
    return dict(store.conn.execute("SELECT name, article_count FROM entities WHERE type='person'").fetchall())


@pytest.mark.parametrize(
    "name, bare",
    [
        ("Тимур Аскарович Бекболатов", "Тимур Бекболатов"),
        ("Тимур Асқарұлы Бекболатов", "Тимур Бекболатов"),
        ("Жанна Ерлановна Сатпаева", "Жанна Сатпаева"),
        ("Нурдин Асан уулу Маматов", "Нурдин Маматов"),
        ("Тимур Бекболатов", None),
        ("Роман Абрамович", None),  # a last word is never the patronymic
    ],
)
def test_the_patronymic_between_given_name_and_surname_is_taken_off(name, bare):
    assert without_patronymic(name) == bare


def test_a_chinese_name_has_its_surname_first():
    assert surname_of("Гао Цзяньпин") == "Гао"
    assert surname_of("Тимур Бекболатов") == "Бекболатов"


def test_short_names_are_surnames_with_initials_not_two_letter_names():
    assert short_person_name("Бекболатов") and short_person_name("Т. Бекболатов") and short_person_name("Т.Бекболатов")
    assert not short_person_name("Гао Цзяньпин") and not short_person_name("Ма Сюэлинь")


def test_joins_plan_a_patronymic_into_the_bare_name_and_latin_into_cyrillic():
    persons = [
        (1, "тимур бекболатов", "Тимур Бекболатов"),
        (2, "тимур аскарович бекболатов", "Тимур Аскарович Бекболатов"),
        (3, "timur bekbolatov", "Timur Bekbolatov"),
        (4, "жанна ерлановна сатпаева", "Жанна Ерлановна Сатпаева"),
    ]
    merges, renames = spelling_joins(persons)
    assert sorted(merges) == [(2, 1), (3, 1)]
    assert renames == [(4, "Жанна Сатпаева", "жанна сатпаева")]


def test_a_latin_name_near_two_cyrillic_names_joins_neither_unless_one_is_exact():
    persons = [
        (1, "асель сейтова", "Асель Сейтова"),
        (2, "асия сейтова", "Асия Сейтова"),
        (3, "asil seitova", "Asil Seitova"),
    ]
    assert spelling_joins(persons)[0] == []  # «asil» is as near «asel» as «asia»
    persons[2] = (3, "asel seitova", "Asel Seitova")
    assert spelling_joins(persons)[0] == [(3, 1)]


def test_the_store_makes_one_person_of_every_spelling(store):
    _write(store, "full", ["Тимур Бекболатов"])
    _write(store, "protocol", ["Тимур Аскарович Бекболатов"])
    _write(store, "english", ["Timur Bekbolatov"])
    _write(store, "surname", ["Бекболатов"])
    _write(store, "initial", ["Т. Бекболатов"])
    db.merge_short_person_names(store)
    assert _persons(store) == {"Тимур Бекболатов": 5}


def test_a_name_only_printed_with_a_patronymic_is_named_without_it(store):
    _write(store, "protocol", ["Жанна Ерлановна Сатпаева"])
    db.merge_short_person_names(store)
    assert _persons(store) == {"Жанна Сатпаева": 1}
    _write(store, "later", ["Жанна Сатпаева"])  # found by the new key: no second entity
    assert _persons(store) == {"Жанна Сатпаева": 2}


def test_each_article_still_shows_the_full_name_it_printed(store):
    _write(store, "full", ["Тимур Бекболатов"])
    _write(store, "protocol", ["Тимур Аскарович Бекболатов"])
    _write(store, "english", ["Timur Bekbolatov"])
    db.merge_short_person_names(store)
    shown = {r["title"]: [(e["name"], e["canonical"]) for e in r["entities"]] for r in export.iter_articles(store)}
    assert shown["protocol"] == [("Тимур Аскарович Бекболатов", "Тимур Бекболатов")]
    assert shown["english"] == [("Timur Bekbolatov", "Тимур Бекболатов")]


def test_a_lone_chinese_surname_joins_the_one_full_name(store):
    _write(store, "full", ["Гао Цзяньпин"])
    _write(store, "surname", ["Гао"])
    db.merge_short_person_names(store)
    assert _persons(store) == {"Гао Цзяньпин": 2}


def test_a_latin_given_name_spelled_a_little_otherwise_still_joins(store):
    _write(store, "ru", ["Бахтиёр Содиков"])
    _write(store, "en", ["Bakhtiyor Sodikov"])
    _write(store, "other", ["Bakhyt Sodikov"])  # another given name: no join
    db.merge_short_person_names(store)
    assert _persons(store) == {"Бахтиёр Содиков": 2, "Bakhyt Sodikov": 1}

"""per67: an official after a role word and a city (the model reads both as one person or
reads nothing), an official after a role word and the body he heads (the model reads a
place), and a Kazakh surname with the «і/ы» the Russian spelling drops joined to the Russian
spelling in the store. Every name and sentence here is made up for these tests."""

from __future__ import annotations

import pytest

from store.db.entities import merge_short_person_names
from store.extract.extractor import Extractor
from store.lang.person_spellings import loose_surname, spelling_joins
from store.model import Article
from tests.test_per66_person_spellings import _write, store  # noqa: F401 - a fixture, taken by name

PARAGRAPH = "Водители грузовиков жалуются на очереди у границы. На прошлой неделе колонна растянулась на километры."


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _mentions(extractor, body: str) -> list[tuple[str, str]]:
    art = Article(file="t.txt", path="t.txt", title="", body=f"{body}\n\n{PARAGRAPH}", raw=body, date="2024-05-10")
    return [(m.type, m.name) for m in extractor.extract(art).mentions if m.type in ("person", "location")]


@pytest.mark.parametrize(
    "body, person, city",
    [
        ("Аким Шымкента Габит Сыздыков осмотрел новый терминал.", "Габит Сыздыков", "Шымкент"),
        ("Аким Алматы Сыздыков осмотрел новый терминал.", "Сыздыков", "Алматы"),
        ("Аким Семея Ахметов осмотрел новый терминал.", "Ахметов", "Семей"),
    ],
)
def test_the_city_after_a_role_word_ends_the_post_and_the_name_is_the_person(extractor, body, person, city):
    found = _mentions(extractor, body)
    assert ("person", person) in found
    assert ("location", city) in found
    assert not any(t == "person" and n != person for t, n in found)


@pytest.mark.parametrize(
    "body, person",
    [
        ("Директор транспортного холдинга Сапаров сообщил, что очередь сократилась.", "Сапаров"),
        ("Руководитель торгового центра Ибраев отметил рост потока.", "Ибраев"),
    ],
)
def test_a_surname_after_a_role_and_the_body_it_heads_is_the_official(extractor, body, person):
    assert _mentions(extractor, body) == [("person", person)]


def test_a_town_after_a_body_word_stays_a_place(extractor):
    found = _mentions(extractor, "Директор филиала в Петропавловске рассказал о работе поста.")
    assert not any(t == "person" for t, _ in found)


def test_the_kazakh_vowel_the_russian_spelling_drops_folds_away():
    assert loose_surname("Сейітқалиев") == loose_surname("Сейткалиев")
    assert loose_surname("Тілеубаев") == loose_surname("Тлеубаев")
    assert loose_surname("Сейткалиев") != loose_surname("Сейтказиев")


def test_a_kazakh_spelling_joins_the_russian_one_with_the_same_given_name_or_none():
    persons = [(1, "ерлан сейткалиев", "Ерлан Сейткалиев"), (2, "ерлан сейиткалиев", "Ерлан Сейітқалиев"),
               (3, "сейиткалиев", "Сейітқалиев")]  # fmt: skip
    merges, _ = spelling_joins(persons)
    assert sorted(merges) == [(2, 1), (3, 1)]


def test_a_kazakh_spelling_with_another_given_name_stays_apart():
    persons = [(1, "ерлан сейткалиев", "Ерлан Сейткалиев"), (2, "арман сейиткалиев", "Арман Сейітқалиев")]
    assert spelling_joins(persons)[0] == []


def test_two_russian_namesakes_leave_the_lone_kazakh_surname_alone():
    persons = [(1, "ерлан тлеубаев", "Ерлан Тлеубаев"), (2, "арман тлеубаев", "Арман Тлеубаев"),
               (3, "тилеубаев", "Тілеубаев")]  # fmt: skip
    assert spelling_joins(persons)[0] == []


def _persons(store) -> set[str]:
    return {n for (n,) in store.conn.execute("SELECT name FROM entities WHERE type='person'")}


def test_the_store_joins_the_two_spellings_from_two_articles(store):
    _write(store, "ru", ["Бекзат Беймбетов"])
    _write(store, "kk", ["Бекзат Бейімбетов"])
    merge_short_person_names(store)
    assert _persons(store) == {"Бекзат Беймбетов"}


def test_the_store_keeps_two_people_one_article_names_apart(store):
    _write(store, "both", ["Бекзат Беймбетов", "Бекзат Бейімбетов"])
    merge_short_person_names(store)
    assert _persons(store) == {"Бекзат Беймбетов", "Бекзат Бейімбетов"}


def test_a_ministry_in_lowercase_ends_before_the_person_after_it(extractor):
    body = "Представитель министерства транспорта Узбекистана Нодира Салимова провела брифинг."
    found = _mentions(extractor, body)
    assert ("person", "Нодира Салимова") in found


@pytest.mark.parametrize(
    "body, person",
    [
        ("Советник министра Нодира Салимова провела брифинг для перевозчиков.", "Нодира Салимова"),
        ("Советник министра Рахимова сообщила, что очередь сократилась.", "Рахимова"),
    ],
)
def test_a_woman_before_a_feminine_verb_keeps_her_printed_name(extractor, body, person):
    assert ("person", person) in _mentions(extractor, body)


def test_a_man_in_the_instrumental_before_a_feminine_verb_is_still_declined(extractor):
    found = _mentions(extractor, "Встреча с Нурланом Ахметовым прошла в понедельник.")
    assert ("person", "Нурлан Ахметов") in found


def test_the_given_name_before_a_patronymic_is_the_persons(extractor):
    body = "Приказ подписал председатель ассоциации перевозчиков Бауыржан Ерланович Сагинбаев."
    found = _mentions(extractor, body)
    assert ("person", "Бауыржан Ерланович Сагинбаев") in found
    assert not any(n == "Бауыржан" for _, n in found)


def test_a_russian_surname_alone_joins_the_one_kazakh_full_name_when_no_russian_one_holds_it():
    persons = [(1, "асхат тилеубаев", "Асхат Тілеубаев"), (2, "тлеубаев", "Тлеубаев")]
    assert spelling_joins(persons)[0] == [(2, 1)]
    persons.append((3, "асхат тлеубаев", "Асхат Тлеубаев"))
    assert sorted(spelling_joins(persons)[0]) == [(1, 3)]


def test_a_mans_genitive_before_a_feminine_verb_with_its_subject_after_is_still_declined(extractor):
    body = "Пост вместо ушедшего на пенсию Юрия Кравцова заняла Анна Лебедева."
    found = _mentions(extractor, body)
    assert ("person", "Юрий Кравцов") in found


def test_a_latin_name_joins_once_the_kazakh_and_russian_spellings_are_one():
    persons = [(1, "ерлан сейткалиев", "Ерлан Сейткалиев"), (2, "ерлан сейиткалиев", "Ерлан Сейітқалиев"),
               (3, "yerlan seitkaliyev", "Yerlan Seitkaliyev")]  # fmt: skip
    assert sorted(spelling_joins(persons)[0]) == [(2, 1), (3, 1)]

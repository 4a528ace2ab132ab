"""names73: a person's name never keeps the abbreviated title around it («Аким Кордайского
р-на …», «… обл. акимам»), Kazakh names Russian text leaves undeclined are not read as
genitives («Сатыбалды» is no «Сатыбалда»), and a bare Kazakh surname after a post and its
body's genitive is the holder, not a body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from store.lang.persons import person_nominative
from tests.extracting import mentions, typed_names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Аким Зерендинского р-на Арман Касенов открыл новый терминал.", "Арман Касенов"),
        ("Аким Кордайского р-на Бекболат Жумашев осмотрел пост.", "Бекболат Жумашев"),
        ("Глава Панфиловского р-на Нуржан Исаев рассказал о пункте пропуска.", "Нуржан Исаев"),
    ],
)
def test_a_title_opening_the_sentence_is_not_the_name(extractor, text, person):
    assert mentions(extractor, text, "person") == {person}


def test_the_post_and_its_district_alone_name_nobody(extractor):
    got = mentions(extractor, "Аким Райымбекского р-на Талгат Сейдахметов посетил заставу.", "person")
    assert not any(name.startswith("Аким") for name in got)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Заместитель акима Северо-Казахстанской обл. Марат Жаманов обл. проверил посты.", "Марат Жаманов"),
        ("Вице-министр Канат Ермеков обл. акимам поручил обновить дороги.", "Канат Ермеков"),
    ],
)
def test_a_region_abbreviation_glued_to_a_name_leaves_the_person(extractor, text, person):
    got = typed_names(extractor, text)
    assert ("person", person) in got
    assert not any(person in name and type_ != "person" for type_, name in got)


@pytest.mark.parametrize("name", ["Сатыбалды", "Жумабалды", "Тлеуберды", "Кенесары"])
def test_kazakh_names_in_ы_stay_as_written(name):
    assert person_nominative(name) == name
    assert person_nominative(name, "gent") == name


def test_russian_surnames_in_а_still_decline():
    assert person_nominative("Олега Сковороды") == "Олег Сковорода"
    assert person_nominative("Игоря Ахметова") == "Игорь Ахметов"


def test_a_bare_kazakh_name_after_a_title_is_not_read_as_a_genitive(extractor):
    got = mentions(extractor, "Аким Шардаринского р-на Сатыбалды провёл приём граждан.", "person")
    assert got == {"Сатыбалды"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Начальнику управления Сатыбалды поручено открыть вторую полосу.", "Сатыбалды"),
        ("Руководитель департамента Кенжебекұлы сообщил о сокращении очередей.", "Кенжебекұлы"),
        ("Директору управления Бекмухамбеты поручено проверить весы.", "Бекмухамбеты"),
    ],
)
def test_a_kazakh_surname_after_a_post_and_its_body_is_the_holder(extractor, text, person):
    got = typed_names(extractor, text)
    assert ("person", person) in got
    assert not any(type_ == "organization" and person[:6] in name for type_, name in got)


def test_a_village_after_a_district_stays_a_place(extractor):
    got = typed_names(extractor, "Акиму района Бакы поручено отремонтировать мост.")
    assert not any(type_ == "person" for type_, _ in got)

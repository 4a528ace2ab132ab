"""Kazakh shapes of issue 15 (kz52): a border-guard unit named after its town is a body, not
the post of that name; a railway station named with «станциясы»; a list item of two words whose
second is lower case; a genitive pronoun opens no body. Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.extract.checkpoints import find_checkpoints
from store.extract.extractor import Extractor
from store.extract.passes.kazakh_places import find_kazakh_place_nouns
from store.model import Article


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def found(extractor, text: str) -> set[tuple[str, str]]:
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text, source=None, language="kk")
    return {(m.type, m.name) for m in extractor.extract(article).mentions}


@pytest.mark.parametrize(
    "text",
    [
        "Кеше Сарыағаш шекара отрядының жасағы үш көлікті тоқтатты.",
        "Жылқыларды Қордай шекара отрядына қарасты застава қайтарды.",
        "Түнде Сарыағаш отрядының шекарашылары екі адамды ұстады.",
        "Журналистер «Бақты» шекара бөліміне барды.",
    ],
)
def test_a_unit_named_after_a_town_is_no_post(text):
    assert find_checkpoints(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Кеше Сарыағаш станциясында пойыз тоқтады.",
        "Жүк Қордай бекеті арқылы өтті.",
        "Бақты өткізу пунктінде кезек жоқ.",
    ],
)
def test_the_post_itself_stays(text):
    assert find_checkpoints(text)


def test_the_unit_is_a_body(extractor):
    got = found(extractor, "Кеше Сарыағаш шекара отрядының жасағы үш көлікті тоқтатты.")
    assert ("organization", "Сарыағаш шекара отряды") in got
    assert not any(t == "checkpoint" for t, _ in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Вагондар Ақтерек станциясынан жөнелтілді.", ["Ақтерек"]),
        ("Жолаушылар Көкбұлақ стансасында түсті.", ["Көкбұлақ"]),
        (  # a two-word item with a lower-case second word, inside the list
            "Ауданға Қызылжар, Ақ бидай, Бесқұдық ауылдық округтері берілді.",
            ["Қызылжар", "Ақ бидай", "Бесқұдық"],
        ),
        (  # a place noun as the second word is no part of the name
            "Су Талас ауданы, Бесқұдық және Көктал ауылдары арқылы тартылды.",
            ["Талас ауданы", "Бесқұдық", "Көктал"],
        ),
    ],
)
def test_kazakh_place_nouns(text, expected):
    assert sorted(dict.fromkeys(name for _, name in find_kazakh_place_nouns(text))) == sorted(expected)


def test_a_post_station_is_no_place(extractor):
    got = found(extractor, "Кеше Достық станциясында үш мың вагон тұрды.")
    assert ("checkpoint", "Достык") in got
    assert not any(t == "location" for t, _ in got)


def test_a_genitive_pronoun_opens_no_body(extractor):
    got = found(extractor, "Жаңа аудан құрылды. Оның әкімшілік орталығы Ақтерек ауылында орналасады.")
    assert not any(t == "organization" for t, _ in got)
    assert ("location", "Ақтерек") in got

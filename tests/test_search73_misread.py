"""search73: a name pymorphy2 reads as a common word («Сырым» as «сырой», «Таскала» as
«таскать», «Семей» as «семья») finds the pages naming it, not the pages of the word.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from store.search.misread_names import misread_words
from tests.story_dumps import ingest_stories, search_json

POST = "Очередь у поста"
RAW = "Рынок сырья"
CITY = "Новости Семея"
FAMILIES = "Помощь семьям"
POST_KK = "Бекет жабылды"
LOADERS = "Склад"
STORIES = [
    {"title": POST_KK, "text": "Тасқала бекеті жөндеуге байланысты екі күнге жабылды.", "date": "2026-08-05"},
    {"title": LOADERS, "text": "Рабочие таскали ящики с запчастями на второй этаж.", "date": "2026-08-06"},
    {"title": POST, "text": "У поста «Сырым» к утру выстроилась колонна из восьмидесяти фур.", "date": "2026-08-01"},
    {"title": RAW, "text": "Сырой хлопок подорожал, а сырую шерсть закупают всё меньше.", "date": "2026-08-02"},
    {"title": CITY, "text": "В Семее открыли новый терминал для грузовиков.", "date": "2026-08-03"},
    {"title": FAMILIES, "text": "Сто двадцать семей получили помощь к зиме.", "date": "2026-08-04"},
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return ingest_stories(tmp_path_factory.mktemp("s73m"), STORIES)


def _titles(capsys, db, query: str) -> list[str]:
    return [r["name"] for r in search_json(capsys, db, query) if r["kind"] == "article"]


@pytest.mark.parametrize("query", ["Сырым", "сырым", "Сырым очередь"])
def test_a_post_named_like_an_adjective_finds_its_page_only(store_path, capsys, query):
    titles = _titles(capsys, store_path, query)
    assert titles[:1] == [POST]
    assert RAW not in titles


def test_a_city_named_like_a_plural_finds_its_page_only(store_path, capsys):
    titles = _titles(capsys, store_path, "Семей")
    assert CITY in titles and FAMILIES not in titles


def test_a_name_spelt_with_kazakh_letters_is_the_same_name(store_path, capsys):
    titles = _titles(capsys, store_path, "Таскала")
    assert POST_KK in titles and LOADERS not in titles


def test_the_common_word_still_finds_its_own_page(store_path, capsys):
    assert RAW in _titles(capsys, store_path, "сырой хлопок")
    assert FAMILIES in _titles(capsys, store_path, "семьи")
    assert LOADERS in _titles(capsys, store_path, "таскали ящики")


def test_only_a_named_word_read_as_another_lemma_is_checked():
    named = [{"name": "Сырым", "matched": "Сырым", "score": 100.0}]
    assert misread_words("Сырым очередь", named) == ["сырым"]
    assert misread_words("Сырым очередь", []) == []  # no name matched: the word is a word
    place = [{"name": "Павлодарская область", "matched": "Павлодарской области", "score": 100.0}]
    assert misread_words("Павлодарской области", place) == []  # the name's own adjective
    assert misread_words("Майкапшагай", [{"name": "Майкапшагай", "score": 100.0}]) == []

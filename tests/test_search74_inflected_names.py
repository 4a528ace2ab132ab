"""search74: a name pymorphy2 reads as a common word, typed in a case form («Сырыме»,
«Семее», «Таскалы»), keeps its pages from the common word's pages as the name itself
does; a snippet marks the name, not the common word. Sentences written for these tests."""

from __future__ import annotations

import pytest

from store.search.articles import snippet
from store.search.misread_names import misread_words
from tests.story_dumps import ingest_stories, search_json

POST = "Колонна у Сырыма"
RAW = "Сырые материалы подорожали"
CITY = "Склад под Семеем"
FAMILIES = "Жильё для семей"
POST_2 = "Объезд к Таскале"
CARRIERS = "Грузчики"
STORIES = [
    {"title": POST, "text": "Под Сырымом к вечеру встала колонна из шестидесяти грузовиков.", "date": "2026-09-01"},
    {"title": RAW, "text": "Поставщики подняли цены, сырое масло выросло в цене вдвое.", "date": "2026-09-02"},
    {"title": CITY, "text": "У Семея построят склад временного хранения для фур.", "date": "2026-09-03"},
    {"title": FAMILIES, "text": "Тридцать семей сотрудников получили ключи от квартир.", "date": "2026-09-04"},
    {"title": POST_2, "text": "К посту Таскала проложат объезд на время ремонта моста.", "date": "2026-09-05"},
    {"title": CARRIERS, "text": "Грузчики таскали коробки до самого вечера.", "date": "2026-09-06"},
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return ingest_stories(tmp_path_factory.mktemp("s74"), STORIES)


def _titles(capsys, db, query: str) -> list[str]:
    return [r["name"] for r in search_json(capsys, db, query, "-t", "article")]


@pytest.mark.parametrize(
    ("query", "wanted", "unwanted"),
    [("Сырыме", POST, RAW), ("сырыма очередь", POST, RAW), ("Семее", CITY, FAMILIES), ("Таскалы", POST_2, CARRIERS)],
)
def test_a_case_form_of_a_misread_name_finds_the_name_only(store_path, capsys, query, wanted, unwanted):
    titles = _titles(capsys, store_path, query)
    assert wanted in titles
    assert unwanted not in titles


def test_a_case_form_asks_for_the_name_word():
    named = [{"name": "Сырым", "matched": "Сырым", "score": 95.0}]
    assert misread_words("на Сырыме", named) == ["сырым"]
    assert misread_words("очередь", named) == []
    assert misread_words("Сырымский район", named) == []  # more than a case ending: another word


def test_the_snippet_marks_the_name_not_the_common_word():
    body = "Сырую нефть везут в обход. " + "Дорога долгая. " * 12 + "На посту Сырым очередь растёт."
    assert "посту Сырым" in snippet(body, ["сырой"], names=["сырым"])
    assert snippet(body, ["сырой"]).startswith("Сырую нефть")  # without names: the first form, as before


def test_a_lower_case_verb_near_the_name_is_the_verb(store_path, capsys):
    assert CARRIERS in _titles(capsys, store_path, "таскали коробки")
    assert misread_words("таскали коробки", [{"name": "Таскала", "matched": "Таскала", "score": 90.0}]) == []

"""A person asked for by post and place (issue 16, srch46): the store's own record of a
person's titles (`roles`) answers posts the knowledge base does not hold («мэр Актаса»,
«глава погранслужбы»), and the knowledge base reads a mayor as an akim, a director's
title by every part of it, and a post no Kazakh holds in another country. Names,
places and bodies are made up."""

from __future__ import annotations

import json

import pytest

from store.lang import gazetteer
from store.lang.people import Person, Post
from store.search import posts, related
from store.search.border_posts import border_posts
from store.search.role_holders import role_holders
from tests.role_entities import people_in_office, roles_table

_ROLES = (
    (1, 4, ["аким города Актас"]),
    (2, 2, ["директор Пограничной службы"]),
    (3, 1, ["аким района Қарабел"]),
    (4, 5, ["директор филиала АО «Жолсер»"]),
    (5, 1, ["глава Жолсер"]),
    (6, 3, ["первый заместитель акима Сарыбелской области"]),
    (7, 2, ["автор"]),
    (9, 1, ["аким области Жетысу"]),
)


@pytest.fixture
def conn():
    c = roles_table(_ROLES)
    c.execute(
        "INSERT INTO entities (id, type, article_count, roles) VALUES (8, 'organization', 9, ?)",
        (json.dumps(["аким Актаса"]),),
    )
    yield c
    c.close()


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("аким Актаса", [1]),
        ("мэр Актаса", [1]),  # the Russian press's word for a city's akim
        ("Актас әкімі", [1]),  # a Kazakh post, head last, is the Russian role (srch56)
        ("глава погранслужбы", [2]),  # a compound abbreviation read as its words
        ("директор Пограничной службы", [2]),
        ("аким Карабельского района", [3]),  # the adjective of a Kazakh name, another script
        ("глава Жолсер", [5, 4]),  # the role the query says most of first
        ("первый замакима Сарыбелской области", [6]),
        ("аким", []),  # a post with no place is nobody in particular
        ("аким Тобыра", []),
        ("аким Жетысу", [9]),
        ("аким Жетысая", []),  # a town that begins like the region
        ("Айдар Темиров", []),
        ("автор", []),
    ],
)
def test_role_holders(conn, query, ids):
    assert role_holders(conn, query, (query,)) == ids


def _person(pid: str, name: str, country: str, *held: tuple[str, str, str]) -> Person:
    return Person(pid, name, name, (), (), country, tuple(Post(*p) for p in held), "made up")


_PEOPLE = (
    _person("p-a", "Айдар Темиров", "Казахстан", ("аким Актаса", "", "")),
    _person("p-b", "Берик Сауров", "Казахстан", ("заместитель председателя КНБ - директор Пограничной службы", "", "")),
    _person("p-c", "Павел Орлов", "Россия", ("губернатор Сосновской области", "", "")),
    _person("p-d", "Дана Ким", "Казахстан", ("руководитель аппарата Министерства финансов", "", "")),
)


@pytest.fixture
def made_up_people(monkeypatch):
    yield from people_in_office(monkeypatch, _PEOPLE)


@pytest.mark.parametrize(
    ("query", "holders"),
    [
        ("мэр Актаса", ["p-a"]),
        ("директор Пограничной службы", ["p-b"]),
        ("директор Пограничной службы КНБ", ["p-b"]),  # a word of the title's other part
        ("губернатор Сосновской области", ["p-c"]),  # no Kazakh holds it: Russia's
        ("руководитель аппарата Министерства финансов", ["p-d"]),
        ("директор Таможенной службы", []),
    ],
)
def test_post_holders_read_more_titles(made_up_people, query, holders):
    assert posts.post_holders(query, today="2026-01-01") == holders


_BODY_PEOPLE = (
    _person(
        "p-k",
        "Канат Орлов",
        "Казахстан",
        ("председатель Комитета государственных доходов Министерства финансов", "", ""),
    ),
    _person("p-l", "Лаура Сеитова", "Казахстан", ("председатель правления АО «НК «Қазақстан темір жолы»", "", "")),
)


@pytest.mark.parametrize(
    ("query", "holders"),
    [
        ("глава КГД", ["p-k"]),  # the body's abbreviation in bodies.csv
        ("KGD chairman", ["p-k"]),
        ("глава КТЖ", ["p-l"]),  # the legal form and «правления» left out
        ("head of Kazakhstan Temir Zholy", ["p-l"]),  # «Kazakhstan» a word of the body, not the country
        ("ҚТЖ басшысы", ["p-l"]),
        ("глава ФТС", []),
    ],
)
def test_heads_of_bodies_by_their_other_names(monkeypatch, query, holders):
    monkeypatch.setattr(posts.people, "people", lambda: _BODY_PEOPLE)
    posts._spelling_index.cache_clear()
    try:
        assert posts.post_holders(query, today="2026-01-01") == holders
    finally:
        posts._spelling_index.cache_clear()


@pytest.mark.parametrize(
    ("query", "faced"),
    [
        ("переход напротив Озинок", ["taskala", "semiglavy-mar"]),  # the gazetteer's rows facing Озинки
        ("КПП у Озинок", ["taskala", "semiglavy-mar"]),
        ("Озинки", []),  # the town itself, asked for no post
    ],
)
def test_a_town_named_for_a_neighbours_post_brings_ours(query, faced):
    assert related._town_faced({"type": "location", "name": "Озинки"}, query) == faced


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("железнодорожный переход в Китай", {"altynkol", "dostyk"}),  # rail posts on the Chinese border
        ("КПП в Мангистау на границе с Узбекистаном", {"tazhen"}),  # a region narrows the border
        ("очередь фур на границе с Россией в ЗКО", {"taskala", "syrym"}),  # by the region's abbreviation
        ("граница с Китаем пропуск грузовиков", {"khorgos", "nur-zholy"}),  # a road word: no rail post
    ],
)
def test_a_described_border_lists_its_posts(query, first):
    got = border_posts(query)
    assert got and first & set(got[:2])
    kinds = {gazetteer.get(i).kind for i in got}
    if "железнодорож" in query:
        assert kinds == {"rail"}
    if "грузовик" in query or "фур" in query:
        assert "rail" not in kinds


@pytest.mark.parametrize(
    "query", ["Хоргос", "очередь на границе", "Китай", "министр транспорта Китая", "Kyrgyz border service"]
)
def test_no_border_or_no_crossing_is_no_description(query):
    assert border_posts(query) == []

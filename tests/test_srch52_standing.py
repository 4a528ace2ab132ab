"""A person found by a post he no longer holds, or holds for another state, is listed after
the others and says so in his row (issue 16, srch52): «министр транспорта» listed a past
minister and Russia's beside ours without saying which was which; «глава КТЖ» put a past
head first. A post the query describes by its border comes before a post of another border
that one of its words happened to match. People and their posts are made up."""

from __future__ import annotations

import pytest

from store.lang.people import Person, Post
from store.search import posts, related
from store.search.table import about
from tests.role_entities import people_in_office


def _person(pid: str, name: str, country: str, *posts_: tuple[str, str, str]) -> Person:
    return Person(pid, name, name, (), (), country, tuple(Post(*p) for p in posts_), "made up")


_NOW = _person("p-now", "Айдар Темиров", "Казахстан", ("министр транспорта", "2025-06-30", ""))
_PAST = _person("p-past", "Берик Сауров", "Казахстан", ("министр транспорта", "2023-09-02", "2025-06-30"))
_RU = _person("p-ru", "Олег Зимин", "Россия", ("министр транспорта", "2025-07-08", ""))
_OTHER = _person("p-other", "Ерлан Каиров", "Казахстан", ("аким Сарыбелской области", "", ""))
_PEOPLE = (_NOW, _PAST, _RU, _OTHER)


@pytest.fixture(autouse=True)
def made_up_people(monkeypatch):
    yield from people_in_office(monkeypatch, _PEOPLE)


@pytest.mark.parametrize(
    ("query", "person", "told"),
    [
        ("министр транспорта", _NOW, ""),
        ("министр транспорта", _PAST, "former"),  # his term ended
        ("министр транспорта", _RU, "Россия"),  # the query names no state: ours
        ("министр транспорта России", _RU, ""),
        ("Көлік министрі", _PAST, "former"),  # the post in Kazakh, as bodies.csv names the ministry
        ("министр транспорта", _OTHER, ""),  # never held it: nothing to say
    ],
)
def test_standing_in_the_post(query, person, told):
    assert posts.post_standing(query, person, today="2026-01-01") == told


def test_a_past_holder_is_not_the_holder():
    assert posts.post_holders("министр транспорта", today="2026-01-01") == ["p-now"]
    assert posts.post_holders("министр транспорта", today="2024-01-01") == ["p-past"]


def test_past_and_foreign_holders_go_last_and_say_so(monkeypatch):
    rows = {p.name_ru: p for p in _PEOPLE}
    monkeypatch.setattr(related.people, "row_of_name", lambda name: rows.get(name))
    monkeypatch.setattr(related, "post_standing", lambda q, p: posts.post_standing(q, p, today="2026-01-01"))
    found = [
        {"kind": "entity", "type": "person", "id": n, "name": p.name_ru, "score": 95.5 - n / 100, "articles": 2}
        for n, p in enumerate((_PAST, _RU, _OTHER))
    ]
    out = related._by_standing(found, "министр транспорта")
    assert [r["name"] for r in out] == ["Ерлан Каиров", "Берик Сауров", "Олег Зимин"]
    assert [r["score"] for r in out] == sorted((r["score"] for r in out), reverse=True)
    assert [about(r) for r in out] == ["2 articles", "2 articles · former", "2 articles · Россия"]


def test_a_post_of_another_border_does_not_come_first(monkeypatch):
    def described(conn, ids, query, score, state):  # the gazetteer's ids as results
        return [{"kind": "entity", "type": "checkpoint", "id": n, "name": i, "score": score} for n, i in enumerate(ids)]

    monkeypatch.setattr(related, "_rows_as_results", described)
    other = {"kind": "entity", "type": "checkpoint", "id": 99, "name": "kg-post", "score": 94.0}
    out = related._with_border_posts(None, "железнодорожный переход в Китай", [other], ())
    assert [r["name"] for r in out] == ["altynkol", "dostyk", "bakhty-rail", "kg-post"]
    place = {"kind": "entity", "type": "location", "id": 98, "name": "Мангистау", "score": 100.0}
    out = related._with_border_posts(None, "КПП в Мангистау на границе с Узбекистаном", [place], ())
    assert [r["name"] for r in out][:2] == ["Мангистау", "tazhen"]


def test_former_holders_are_listed_after_the_holder():
    assert posts.former_holders("министр транспорта", today="2026-01-01") == ["p-past"]
    assert posts.former_holders("министр транспорта", today="2024-01-01") == []  # he held it then
    assert posts.former_holders("министр транспорта России", today="2026-01-01") == []

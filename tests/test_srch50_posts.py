"""A post of a foreign state's office, a post written with its head last, and English role
words (issue 16, srch50): «посол Сосновии в Казахстане», «тополевский губернатор»,
«Kazakh PM», «Topolevsk governor», «премьер Сосновии» for a state's «председатель
правительства». People, regions and one state's office are made up; the states are real."""

from __future__ import annotations

import pytest

from store.lang.people import Person, Post
from store.search import posts
from tests.role_entities import people_in_office


def _person(pid: str, name: str, country: str, *titles: str) -> Person:
    return Person(pid, name, name, (), (), country, tuple(Post(t, "", "") for t in titles), "made up")


_PEOPLE = (
    _person("p-amb-cn", "Лин Вэй", "Китай", "посол Китая в Казахстане"),
    _person("p-amb-ru", "Олег Зимин", "Россия", "посол России в Казахстане"),
    _person("p-gov", "Павел Орлов", "Россия", "губернатор Тополевской области"),
    _person("p-ru-pm", "Игорь Светлов", "Россия", "председатель правительства"),
    _person("p-cn-pm", "Ван Лэй", "Китай", "премьер Госсовета КНР"),
    _person("p-kz-pm", "Айдар Темиров", "Казахстан", "премьер-министр"),
    _person("p-akim", "Берик Сауров", "Казахстан", "аким Сарыбелской области"),
)


@pytest.fixture(autouse=True)
def made_up_people(monkeypatch):
    yield from people_in_office(monkeypatch, _PEOPLE)


@pytest.mark.parametrize(
    ("query", "holders"),
    [
        ("посол Китая в Казахстане", ["p-amb-cn"]),
        ("посол КНР в Казахстане", ["p-amb-cn"]),
        ("Chinese ambassador to Kazakhstan", ["p-amb-cn"]),  # the state after «to» is the host
        ("Russian ambassador to Kazakhstan", ["p-amb-ru"]),
        ("Қытайдың Қазақстандағы елшісі", ["p-amb-cn"]),  # a locative for the host state
        ("тополевский губернатор", ["p-gov"]),  # the head last
        ("Topolev governor", ["p-gov"]),  # English: one word for the region and its adjective
        ("governor of Topolev region", ["p-gov"]),
        ("премьер России", ["p-ru-pm"]),  # Russia's «председатель правительства»
        ("председатель правительства России", ["p-ru-pm"]),
        ("премьер Госсовета Китая", ["p-cn-pm"]),
        ("Kazakh PM", ["p-kz-pm"]),
        ("Sarybel governor", ["p-akim"]),  # our region's governor is its akim
        ("губернатор Сарыбелской области", ["p-akim"]),  # no Russian region of that name: ours
        ("губернатор Тополевской области", ["p-gov"]),
        ("посол Узбекистана в Казахстане", []),
        ("Kazakh ambassador", []),
    ],
)
def test_posts_by_more_shapes(query, holders):
    assert posts.post_holders(query, today="2026-01-01") == holders


_MORE = (
    _person("p-first", "Ерлан Досов", "Казахстан", "первый заместитель премьер-министра"),
    _person("p-deputy", "Асель Нурова", "Казахстан", "заместитель премьер-министра"),
)


@pytest.mark.parametrize(
    ("query", "holders"),
    [
        ("Премьер-Министрдің бірінші орынбасары", ["p-first"]),  # Kazakh: the deputy after his chief's post
        ("Премьер-Министрінің бірінші орынбасары", ["p-first"]),
        ("Премьер-Министрдің орынбасары", ["p-deputy"]),
    ],
)
def test_kazakh_deputies(monkeypatch, query, holders):
    monkeypatch.setattr(posts.people, "people", lambda: _MORE)
    assert posts.post_holders(query, today="2026-01-01") == holders


def test_a_ministers_short_english_title():
    """«Ministry of Foreign Affairs» gives «foreign minister»; one word gives nothing more."""
    assert "foreign minister" in posts._minister_spellings("ministry of foreign affairs")
    assert "trade minister" in posts._minister_spellings("ministry of trade and integration")
    assert posts._minister_spellings("ministry of energy") == ["minister of energy", "energy minister"]


@pytest.mark.parametrize("query", ["Тополевская область губернатор", "Сарыбелская область аким"])
def test_a_region_and_a_head_word_after_it_is_no_post(query):
    """A region named whole, then a head word: the region with a topic word, as a user types
    «Хоргос очередь»; only an adjective agreeing with the head makes a post of it."""
    assert posts.post_holders(query, today="2026-01-01") == []

"""A person asked for by the post they hold at a body (issue 16, srch50): the body as the
search found it, in any of its names, with a head word of the same rank. Bodies and
people are made up."""

from __future__ import annotations

import pytest

from store.lang.people import Person, Post
from store.search import body_heads

_BODIES = (
    {
        "id": "rev",
        "country": "Казахстан",
        "name_ru": "Комитет сборов Министерства казны Республики Казахстан",
        "name_kk": "Алым комитеті",
        "name_en": "Levy Committee",
        "variants": "Комитет сборов|Комитет госсборов",
        "abbreviations": "КСБ",
    },
    {
        "id": "guard",
        "country": "Казахстан",
        "name_ru": "Служба охраны Комитета дозора",
        "name_kk": "Күзет қызметі",
        "name_en": "Guard Service",
        "variants": "Служба охраны КДЗ",
        "abbreviations": "",
    },
    {
        "id": "foreign-guard",
        "country": "Кыргызстан",
        "name_ru": "Государственная служба охраны Кыргызской Республики",
        "name_kk": "",
        "name_en": "",
        "variants": "",
        "abbreviations": "",
    },
)


def _person(pid: str, country: str, *titles: str) -> Person:
    return Person(pid, pid, pid, (), (), country, tuple(Post(t, "", "") for t in titles), "made up")


_PEOPLE = (
    _person("chair", "Казахстан", "председатель Комитета сборов Министерства казны"),
    _person("deputy", "Казахстан", "заместитель председателя Комитета сборов"),
    _person("first", "Казахстан", "первый заместитель председателя Комитета сборов"),
    _person("guard-head", "Казахстан", "заместитель председателя КДЗ - директор Службы охраны"),
    _person("kg-head", "Кыргызстан", "председатель Государственной службы охраны"),
)


@pytest.fixture(autouse=True)
def made_up(monkeypatch):
    monkeypatch.setattr(body_heads, "_rows", lambda _file: _BODIES)
    monkeypatch.setattr(body_heads.people, "people", lambda: _PEOPLE)
    body_heads._posts_by_body.cache_clear()
    body_heads._name_parts.cache_clear()
    yield
    body_heads._posts_by_body.cache_clear()
    body_heads._name_parts.cache_clear()


def _found(kb_id: str, score: float = 97.0, type_: str = "organization") -> list[dict]:
    return [{"kind": "entity", "type": type_, "id": 1, "name": kb_id, "score": score, "kb_id": kb_id}]


@pytest.mark.parametrize(
    ("query", "kb_id", "holders"),
    [
        ("председатель Комитета госсборов", "rev", ["chair"]),  # a compound of the body's words
        ("глава КСБ", "rev", ["chair"]),
        ("Алым комитетінің төрағасы", "rev", ["chair"]),  # Kazakh: the head written last
        ("Levy Committee chairman", "rev", ["chair"]),
        ("заместитель председателя КСБ", "rev", ["deputy"]),  # the rank is kept
        ("зампред Комитета сборов", "rev", ["deputy"]),
        ("Алым комитеті төрағасының орынбасары", "rev", ["deputy"]),
        ("первый заместитель председателя КСБ", "rev", ["first"]),
        ("директор Службы охраны", "guard", ["guard-head"]),  # a title's second part, with the first's body
        ("head of Guard Service", "guard", ["guard-head"]),
        ("председатель службы охраны Кыргызстана", "foreign-guard", ["kg-head"]),  # the state closing the name
    ],
)
def test_a_post_at_a_body_the_search_found(query, kb_id, holders):
    assert body_heads.body_post_holders(query, _found(kb_id), "2026-12-05") == holders


@pytest.mark.parametrize(
    ("query", "results"),
    [
        ("Комитет сборов", _found("rev")),  # no head: the body itself is asked for
        ("председатель КСБ по Сарыбелской области", _found("rev")),  # a word the body's names lack
        ("председатель КСБ", _found("rev", score=60.0)),  # the body named too weakly
        ("председатель КСБ", _found("rev", type_="location")),
        ("председатель КСБ", []),
    ],
)
def test_no_post_at_a_body(query, results):
    assert body_heads.body_post_holders(query, results, "2026-12-05") == []


def test_the_post_in_kazakh_at_the_body_found():
    """«председатель Комитета сборов» as Kazakh prints it before a name, for the people
    the articles name so (store.search.text_roles)."""
    chair = body_heads.kazakh_posts("председатель Комитета сборов", _found("rev"))
    assert chair[:3] == ["Алым комитеті төрағасы", "Алым комитеті басшысы", "Алым комитеті директоры"]
    deputy = body_heads.kazakh_posts("первый заместитель председателя КСБ", _found("rev"))
    assert deputy[0] == "Алым комитеті төрағасының бірінші орынбасары"
    assert body_heads.kazakh_posts("Комитет сборов", _found("rev")) == []
    assert body_heads.kazakh_posts("председатель Комитета сборов", []) == []

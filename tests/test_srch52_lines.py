"""A road or railway named by its two ends asks for our posts on the border it crosses
(issue 16, srch52): «трасса Алматы — Бишкек» is a Kyrgyz crossing, «дорога Уральск —
Саратов» one of West Kazakhstan's on the Russian border. The places are real ones of the
knowledge base (regions.csv, places.csv, countries.csv); the gazetteer's posts are read
as the gazetteer orders them."""

from __future__ import annotations

import pytest

from store.lang import gazetteer
from store.search.line_posts import line_posts


def _borders(ids: list[str]) -> set[str]:
    return {gazetteer.get(i).border for i in ids}


@pytest.mark.parametrize(
    ("query", "border"),
    [
        ("трасса Алматы — Бишкек", "Кыргызстан"),
        ("автодорога Бишкек – Алматы", "Кыргызстан"),  # either end first, an en dash
        ("трасса Шымкент - Ташкент", "Узбекистан"),  # a hyphen between spaces
        ("Актау — Туркменбаши", "Туркменистан"),  # two towns need no word for a line
    ],
)
def test_a_line_crosses_the_border_of_its_other_end(query, border):
    found = line_posts(query)
    assert found and _borders(found) == {border}


def test_our_end_narrows_to_its_region():
    found = line_posts("дорога Уральск — Саратов")  # Уральск is a city of West Kazakhstan oblast
    assert found and {gazetteer.get(i).region for i in found} == {"Западно-Казахстанская область"}


def test_a_railway_lists_rail_posts():
    found = line_posts("железная дорога Казахстан — Туркменистан — Иран")  # Иран: not a neighbour, left out
    assert found and {gazetteer.get(i).kind for i in found} == {"rail"}


@pytest.mark.parametrize(
    "query",
    [
        "Казахстан — Китай",  # two states, no word for a line: relations, not a road
        "Алматы — Астана",  # both ends ours
        "Москва — Пекин",  # neither end ours
        "Алматы-Бишкек",  # one hyphenated word
        "трасса Алматы — Жетыгенсай",  # an end no knowledge-base row names
    ],
)
def test_not_a_line_across_the_border(query):
    assert line_posts(query) == []


def test_a_line_end_named_like_our_post_is_the_town(monkeypatch):
    from store.search import related

    def described(conn, ids, query, score, state):  # the gazetteer's ids as results
        return [{"kind": "entity", "type": "checkpoint", "id": n, "name": i, "score": score} for n, i in enumerate(ids)]

    monkeypatch.setattr(related, "_rows_as_results", described)
    town = {"kind": "entity", "type": "location", "id": 98, "name": "Петропавловск", "score": 100.0}
    post = {"kind": "entity", "type": "checkpoint", "id": 99, "name": "petropavlovsk", "score": 100.0}
    out = related._with_border_posts(None, "трасса Петропавловск — Курган", [town, post], ())
    assert [r["name"] for r in out][:2] == ["Петропавловск", "zhana-zhol"]  # the road's post, not the rail one
    assert related._with_border_posts(None, "Петропавловск", [town, post], ()) is None

"""A post asked for by the neighbour's town it stands at (both sides of the crossing), by a
road whose end the query follows with other words, and by its name in Chinese characters
(issue 16, srch56). The posts, towns and roads are the knowledge base's real rows; the
stored articles are made-up notes."""

from __future__ import annotations

import pytest

from store.search.han_names import han_names_as_russian
from store.search.road_posts import road_posts
from store.search.town_posts import town_posts


@pytest.mark.parametrize(
    ("query", "posts"),
    [
        ("граница у Троицка", ["kairak", "ru-bugristoe"]),  # ours first, then the Russian post at Троицк
        ("Чугучак пункт пропуска", ["bakhty", "bakhty-rail", "cn-baketu"]),
    ],
)
def test_a_town_gives_both_sides_of_its_crossing(query, posts):
    assert town_posts(query) == posts


@pytest.mark.parametrize(
    ("query", "posts"),
    [
        ("трасса Астана — Костанай граница", ["kairak"]),  # words after the end
        ("дорога Самара — Шымкент пункт пропуска", ["syrym"]),
        ("Западная Европа — Западный Китай", ["zhaisan", "nur-zholy"]),
    ],
)
def test_a_road_end_among_other_words(query, posts):
    assert road_posts(query) == posts


@pytest.mark.parametrize("query", ["трасса Алматы — Бишкек", "Костанай граница", "граница — пункт пропуска"])
def test_no_road_row_no_road_posts(query):
    assert road_posts(query) == []


@pytest.mark.parametrize(
    ("query", "read"),
    [
        ("霍尔果斯", "Хоргос"),
        ("阿拉山口口岸", "Алашанькоу 口岸"),  # a word no post is named folds away later
        ("巴克图 очередь", "Бакту очередь"),
        ("Хоргос очередь", "Хоргос очередь"),  # no Chinese character: as typed
    ],
)
def test_chinese_names_read_as_russian(query, read):
    assert han_names_as_russian(query) == read


_NOTES = [
    ("checkpoint", "Хоргос", "Хоргос работает в обычном режиме."),
    ("checkpoint", "Бахты", "Бахты закрыт на ремонт."),
    ("checkpoint", "Бакту", "Бакту принимает грузовики."),
    ("location", "Варненский район", "Варненский район готовится к ярмарке."),
    ("checkpoint", "Николаевка", "Николаевка принимает фуры."),
    ("checkpoint", "Аят", "Аят открыт круглосуточно."),
]


@pytest.fixture
def store(tmp_path):
    from tests.notes import store_of_openings

    return store_of_openings(tmp_path / "s56.db", _NOTES)


def _entities(store, query: str) -> list[str]:
    from tests.notes import entity_names

    return entity_names(store, query)


def test_a_chinese_query_finds_the_post(store):
    assert _entities(store, "霍尔果斯")[:1] == ["Хоргос"]
    assert "Бакту" in _entities(store, "巴克图口岸")[:3]


def test_the_neighbours_post_follows_ours(store):
    found = _entities(store, "Варна пункт пропуска")
    assert found.index("Аят") < found.index("Николаевка") < 5

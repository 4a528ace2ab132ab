"""Searches that found nothing or the wrong thing first (issue 16, srch53): a neighbour's
town a post stands at («Тачэн», «граница у Троицка») lists our post facing it; a kind
abbreviation before a post's name («АПП Кордай») is no body's name; a given name with a
patronymic («Нурсултан Абишевич») asks for a person, not the city once named after him.
The towns are the knowledge base's (foreign_posts.csv `towns`, checkpoints.csv
`opposite`); the notes are made up."""

from __future__ import annotations

import pytest

from store.search.town_posts import town_posts


@pytest.mark.parametrize(
    ("query", "post"),
    [
        ("Тачэн", "bakhty"),  # the Chinese city Бакту stands at
        ("КПП Чугучак", "bakhty"),  # its old Russian name, with a word for posts
        ("Tacheng border crossing", "bakhty"),
        ("граница у Троицка", "kairak"),  # a case form: Бугристое is by Троицк
        ("очередь в Палласовке", "zhanibek"),  # Вишнёвка is in the Палласовский район
        ("Красный Яр граница", "kurmangazy"),  # a town of two words
        ("Навои", "kaplanbek"),  # the Uzbek post's name, kept out of the gazetteer's names
        ("Черлак граница", "urlyutobe"),
    ],
)
def test_a_town_across_the_border_names_our_post(query, post):
    assert post in town_posts(query)


@pytest.mark.parametrize(
    "query",
    [
        "Хоргос",  # a post's own name: the post is found, and faced, by the related search
        "Рубцовск",  # also a Russian post's name
        "Алматы граница",  # our city
        "Троицкая",  # no town's stem
        "бред",  # a short stem («Бреды» without its ending) is another word
        "",
    ],
)
def test_no_town_no_post(query):
    assert town_posts(query) == []


_NOTES = [
    ("location", "Чугучак", "Чугучак готовится к ярмарке."),
    ("location", "Троицк", "Троицк встречает гостей."),
    ("organization", "АП", "АП опубликовала ответ."),
    ("checkpoint", "Кордай", "Кордай работает в обычном режиме."),
    ("location", "Нур-Султан", "Нур-Султан принял делегацию."),
    ("person", "Нурсултан Назарбаев", "Нурсултан Назарбаев выступил с речью."),
    ("person", "Нурлан Абенов", "Нурлан Абенов сообщил о ремонте."),
]


@pytest.fixture
def store(tmp_path):
    from tests.notes import store_of_openings

    return store_of_openings(tmp_path / "s53.db", _NOTES)


def _entities(store, query: str) -> list[str]:
    from tests.notes import entity_names

    return entity_names(store, query)


@pytest.mark.parametrize(
    ("query", "town", "post"),
    [
        ("Чугучак", "Чугучак", "Бахты"),  # with a word for posts the post comes first: test_srch57_town_posts
        ("граница у Троицка", "Троицк", "Кайрак"),
    ],
)
def test_the_post_comes_right_after_the_town(store, query, town, post):
    found = _entities(store, query)
    assert found[:2] == [town, post]


def test_a_kind_abbreviation_is_no_body_name(store):
    # «АПП» folds like «АП» (a doubled letter counts once): read as the word for a road post
    assert _entities(store, "АПП Кордай")[:1] == ["Кордай"]


def test_a_given_name_and_patronymic_ask_for_a_person(store):
    found = _entities(store, "Нурсултан Абишевич")
    assert found[:1] == ["Нурсултан Назарбаев"]
    assert "Нурлан Абенов" not in found[:1]


@pytest.mark.parametrize(
    ("query", "post"),
    [
        ("М-32", "syrym"),  # a road number, Cyrillic М
        ("m32", "syrym"),  # Latin, no hyphen
        ("трасса Самара — Шымкент", "syrym"),  # ends deep inside a neighbour: the road's own crossing
        ("дорога от Уральска до Самары — Шымкент", "syrym"),  # case forms of the ends
        ("KAZ-03", "kairak"),
        ("Р-322", "auyl"),
    ],
)
def test_a_road_named_by_number_or_known_ends_gives_its_crossing(query, post):
    from store.search.road_posts import road_posts

    assert road_posts(query) == [post]


@pytest.mark.parametrize("query", ["трасса Алматы — Бишкек", "М-99", "Самара", "Шымкент — Алматы"])
def test_a_road_no_row_knows_is_left_to_the_line_search(query):
    from store.search.road_posts import road_posts

    assert road_posts(query) == []


def test_road_rows_name_gazetteer_posts_and_a_source():
    from store.lang import gazetteer
    from store.search.road_posts import roads

    for road in roads():
        assert road.source and road.posts and (road.numbers or len(road.ends) >= 2)
        assert all(gazetteer.get(p) is not None and not gazetteer.get(p).foreign for p in road.posts)

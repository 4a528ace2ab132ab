"""Issue 16 (srch57): a word for posts beside a neighbour's town («Навои КПП», «КПП Чугучак»)
asks for our post facing the town, so the post comes before the town; the town alone
(«Варна») still comes first, its posts right after it. Made-up notes, the knowledge
base's towns (foreign_posts.csv `towns`, checkpoints.csv `opposite`)."""

from __future__ import annotations

import pytest

from store.search.related import _asks_posts

_NOTES = [
    ("location", "Варненский район", "Варненский район готовится к посевной."),
    ("location", "Троицк", "Троицк встречает участников слёта."),
    ("location", "Чугучак", "Чугучак принимает торговую делегацию."),
    ("location", "Навоийская область", "Навоийская область строит новый завод."),
    ("checkpoint", "Аят", "Аят работает круглосуточно."),
    ("checkpoint", "Николаевка", "Николаевка пропускает легковые машины."),
    ("checkpoint", "Кайрак", "Кайрак закрыт на ремонт дороги."),
    ("checkpoint", "Бахты", "Бахты принимает фуры с овощами."),
    ("checkpoint", "Капланбек", "Капланбек увеличил число полос."),
    ("checkpoint", "Кордай", "Кордай работает в обычном режиме."),
]


@pytest.fixture
def store(tmp_path):
    from tests.notes import store_of_openings

    st = store_of_openings(tmp_path / "s57.db", _NOTES)
    yield st
    st.close()


def _entities(store, query: str) -> list[str]:
    from tests.notes import entity_names

    return entity_names(store, query)


@pytest.mark.parametrize(
    ("query", "post", "town"),
    [
        ("Варна КПП", "Аят", "Варненский район"),
        ("пункт пропуска Варна", "Аят", "Варненский район"),
        ("Троицк КПП", "Кайрак", "Троицк"),
        ("КПП Чугучак", "Бахты", "Чугучак"),
        ("Навои КПП", "Капланбек", "Навоийская область"),
        ("Navoi checkpoint", "Капланбек", "Навоийская область"),
        ("Навои өткізу пункті", "Капланбек", "Навоийская область"),
    ],
)
def test_a_post_word_puts_the_post_before_the_town(store, query, post, town):
    found = _entities(store, query)
    assert found[:1] == [post]
    assert town in found[:5]  # the user may have meant the town itself


@pytest.mark.parametrize(
    ("query", "town", "post"),
    [
        ("Варна", "Варненский район", "Аят"),
        ("Троицк", "Троицк", "Кайрак"),
        ("граница у Троицка", "Троицк", "Кайрак"),
    ],
)
def test_the_town_alone_keeps_its_place(store, query, town, post):
    found = _entities(store, query)
    assert found[:2] == [town, post]


def test_a_post_named_as_typed_stays_first(store):
    assert _entities(store, "Кордай КПП")[:1] == ["Кордай"]


@pytest.mark.parametrize(
    ("query", "asks"),
    [
        ("Навои КПП", True),
        ("пункты пропуска", True),
        ("Troitsk checkpoint", True),
        ("өткізу пункті", True),
        ("граница у Троицка", False),
        ("Варна", False),
    ],
)
def test_words_for_posts(query, asks):
    assert _asks_posts(query) is asks

"""Issue 16 (srch57): a word for a village beside a name («Сырым ауылы», «Сырым village»)
says what the name is: the post named for the village comes first, not the posts
«Ауыл» and «Аул» that the Kazakh word «ауылы» matches almost whole. A post's name typed
as it is («Ауыл», «Ауыл Веселоярск») still names that post. Made-up notes."""

from __future__ import annotations

import pytest

from store.search.search_topics import _settlement_word

_NOTES = [
    ("checkpoint", "Ауыл", "Ауыл работает в обычном режиме."),
    ("checkpoint", "Веселоярск", "Веселоярск принимает грузовики."),
    ("checkpoint", "Сырым", "Сырым закрыт на ремонт весов."),
    ("checkpoint", "Жаныбек", "Жаныбек открыл новую полосу."),
    ("location", "Сырымский район", "Сырымский район готовится к посевной."),
]


@pytest.fixture
def store(tmp_path):
    from tests.notes import store_of_openings

    st = store_of_openings(tmp_path / "s57v.db", _NOTES)
    yield st
    st.close()


def _entities(store, query: str) -> list[str]:
    from tests.notes import entity_names

    return entity_names(store, query)


@pytest.mark.parametrize(
    ("query", "post"),
    [
        ("Сырым ауылы", "Сырым"),
        ("Сырым селосы", "Сырым"),
        ("Сырым village", "Сырым"),
        ("село Сырым", "Сырым"),
        ("Жаныбек ауылында", "Жаныбек"),
        ("Ауыл", "Ауыл"),
        ("Ауыл Веселоярск", "Ауыл"),
    ],
)
def test_the_village_named_comes_first(store, query, post):
    assert _entities(store, query)[:1] == [post]


@pytest.mark.parametrize(
    ("word", "is_one"),
    [("ауылы", True), ("ауылында", True), ("селосы", True), ("село", True), ("посёлок", True), ("Сырым", False)],
)
def test_words_for_a_village(word, is_one):
    assert _settlement_word(word) is is_one

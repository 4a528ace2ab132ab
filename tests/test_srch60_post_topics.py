"""Issue 16 (srch60): a post followed by a word of the matter («премьер поручение»,
«президент поручил») gives the post's holder first (people.csv's, or the person the
articles give the post), as the post alone does; a name
after the post («аким Кайраков») is no topic word and keeps the query whole. The holders
are people.csv's; the notes are made up."""

from __future__ import annotations

import pytest

from store.search.related import post_before_topic

_NOTES = [
    ("person", "Касым-Жомарт Токаев", "Касым-Жомарт Токаев встретился с фермерами."),
    ("person", "Олжас Бектенов", "Олжас Бектенов открыл новую школу."),
    ("organization", "Комитет государственных доходов", "Комитет государственных доходов сообщил о сборах."),
]


@pytest.mark.parametrize(
    ("query", "post"),
    [
        ("премьер поручение", "премьер"),
        ("президент поручил", "президент"),
        ("министр транспорта заявил сегодня", "министр транспорта"),
        ("премьер-министр", "премьер-министр"),  # a post whole: unchanged
        ("аким Кайраков", "аким Кайраков"),  # a surname is no topic word
        ("Хоргос очередь", "Хоргос очередь"),  # no post is left
    ],
)
def test_the_post_before_its_topic_words(query, post):
    assert post_before_topic(query) == post


def test_a_post_the_articles_give():
    """«министр связи» is a role a stored person holds, not a people.csv post."""
    from store.search.role_holders import role_holders
    from tests.role_entities import roles_table

    conn = roles_table(((7, 1, ["министр связи"]),))
    try:

        def names_post(text: str) -> bool:
            return bool(role_holders(conn, text, (text,)))

        assert post_before_topic("министр связи поручил", names_post) == "министр связи"
        assert post_before_topic("министр связи Ерланов", names_post) == "министр связи Ерланов"
    finally:
        conn.close()


@pytest.fixture
def store(tmp_path):
    from tests.notes import store_of_openings

    st = store_of_openings(tmp_path / "s60.db", _NOTES)
    yield st
    st.close()


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("премьер поручение", "Олжас Бектенов"),
        ("премьер поручил министрам", "Олжас Бектенов"),
        ("президент поручил", "Касым-Жомарт Токаев"),
    ],
)
def test_the_search_gives_the_holder_first(store, query, name):
    from tests.notes import entity_names

    assert entity_names(store, query)[:1] == [name]

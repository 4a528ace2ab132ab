"""qa51: a person found by a post («председатель КГД», «Mangystau governor») opened a page
that never said the post when his articles print none: the TUI's entity page now lists
the posts the people table records for him, with their terms (and `c` copies them)."""

from __future__ import annotations

from store.db import store as db
from store.lang import people
from tests.test_tui import SIZE, drawn, make_app, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.screens.entity_screen import EntityScreen, known_posts


def _person_id(path, name: str) -> int:
    store = db.open_store(path)
    try:
        return store.conn.execute("SELECT id FROM entities WHERE name = ? AND type = 'person'", (name,)).fetchone()[0]
    finally:
        store.close()


def test_known_posts_reads_the_people_row_by_any_spelling():
    row = people.row_of_name("Олжас Бектенов")
    assert row is not None and row.posts
    first = known_posts("Олжас Бектенов")[0]
    assert first.startswith(row.posts[0].title)
    assert known_posts("Выдуманный Человекович") == []


async def test_the_entity_page_shows_the_rows_posts_at_80x24(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(EntityScreen(_person_id(store_path, "Олжас Бектенов")))
        await settle(pilot)
        title = people.row_of_name("Олжас Бектенов").posts[0].title
        text = await drawn(pilot, "posts: ")
        assert isinstance(app.screen, EntityScreen)
        assert f"posts: {title}" in text
        assert f"posts: {title}" in app.screen.copy_text()

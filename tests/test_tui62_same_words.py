"""A keystroke that changes only the spaces of the search text (a space typed after a
word, or a trailing one taken back) shows the whole results already on screen, without
a search: the screen searches the words alone, and such a key waited behind the search
thread's read-ahead of the name just typed."""

from __future__ import annotations

import pytest

from tests.test_tui_helpers import checkpoint_notes, search_screen_on, type_until_whole


@pytest.fixture
def store_path(tmp_path):
    """Two made-up notes about one made-up checkpoint."""
    name = "Каракемер"
    bodies = [
        f"Через пункт {name} за сутки прошли сорок грузовиков.",
        f"На пункте {name} открыли вторую полосу для легковых машин.",
    ]
    return checkpoint_notes(tmp_path / "s.db", name, bodies, "Каракемер", "2024-07")


async def _submitted_while(pilot, screen, keys: list[str]) -> list[str]:
    """The texts the search thread was given while these keys were pressed."""
    runner = screen._runner
    asked: list[str] = []
    real = runner.submit
    runner.submit = lambda seq, query, quiet_until=None: asked.append(query) or real(seq, query, quiet_until)
    try:
        for key in keys:
            await pilot.press(key)
    finally:
        runner.submit = real
    return asked


async def test_a_space_after_a_word_shows_the_results_on_screen_without_a_search(store_path):
    async with search_screen_on(store_path) as (app, pilot, screen):
        await type_until_whole(pilot, screen, "каракемер")
        assert screen.full_seq == screen._seq
        rows, before = list(screen.last_results), screen._seq
        assert await _submitted_while(pilot, screen, ["space"]) == []
        assert screen._seq == before + 1 and screen.full_seq == screen._seq  # this key's whole results
        assert screen.last_results == rows
        assert screen.query_one("#search-input").value == "каракемер "


async def test_taking_a_trailing_space_back_searches_nothing_and_a_new_word_searches(store_path):
    async with search_screen_on(store_path) as (app, pilot, screen):
        await type_until_whole(pilot, screen, "каракемер ")
        assert await _submitted_while(pilot, screen, ["backspace"]) == []
        assert screen.full_seq == screen._seq
        assert await _submitted_while(pilot, screen, ["space", "п"]) == ["каракемер п"]
        await type_until_whole(pilot, screen, "")
        assert screen.full_seq == screen._seq


async def test_a_space_before_the_whole_results_came_is_searched(store_path, monkeypatch):
    """The rows on screen are not the text's whole results yet: the key is searched."""
    async with search_screen_on(store_path) as (app, pilot, screen):
        await type_until_whole(pilot, screen, "каракемер")
        screen.full_seq -= 1  # as if the last key's whole results were still to come
        assert await _submitted_while(pilot, screen, ["space"]) == ["каракемер "]

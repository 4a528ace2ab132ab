"""qa59: keys typed in one burst on the search screen (a paste, a fast typist over SSH,
tmux's send-keys) all count, in order, as they do typed one by one.

↓ from the box moved the focus to the results a message round later (Widget.focus), so
the second ↓ of «↓↓» reached the box and only moved the focus again: it was lost. And ↓
or enter typed right behind the query acted on the rows of a shorter query (or on none),
before the query's own results came. ↓ now moves the focus at once, and ↓ or enter typed
before the query's results are on screen waits for them, with every key behind it."""

from __future__ import annotations

from textual import events

from tests.test_qa52_entity_typing import _character_to_key
from tests.test_tui import make_app, screen_text, settle, settle_until_still
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)

NAMED = {"down": None, "up": None, "enter": "\r"}


def _key(k: str) -> events.Key:
    return events.Key(k, NAMED[k]) if k in NAMED else events.Key(_character_to_key(k), k)


async def _typed(path, keys: list[str], *, burst: bool) -> tuple[str, str, str, int | None]:
    """What the screen is after `keys`: posted at once, or one by one with the app settled
    between them. (screen, box text, focused widget, highlighted row)."""
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for k in keys:
            app.post_message(_key(k))
            if not burst:
                await settle(pilot)
        await settle_until_still(pilot, 10)
        screen = app.screen
        if type(screen).__name__ != "SearchScreen":
            return type(screen).__name__, screen_text(app).splitlines()[0], "", None
        rows = screen.query_one("#search-results")
        box = screen.query_one("#search-input")
        return "SearchScreen", box.value, type(screen.focused).__name__, rows.highlighted


async def _same_either_way(path, keys: list[str]) -> tuple:
    slow = await _typed(path, keys, burst=False)
    fast = await _typed(path, keys, burst=True)
    assert fast == slow
    return slow


async def test_down_down_in_one_burst_moves_to_the_second_hit(store_path):  # noqa: F811
    screen, box, focused, highlighted = await _same_either_way(store_path, [*"/khorgos", "down", "down"])
    assert (screen, box, focused) == ("SearchScreen", "khorgos", "ResultRows")
    first = await _typed(store_path, [*"/khorgos", "down"], burst=True)
    assert highlighted is not None and first[3] is not None and highlighted > first[3]  # it moved


async def test_a_query_then_down_enter_in_one_burst_opens_its_first_hit(store_path):  # noqa: F811
    opened = await _same_either_way(store_path, [*"/khorgos", "down", "enter"])
    assert opened[0] != "SearchScreen"  # a page opened


async def test_down_up_and_a_letter_on_the_results_keep_their_order(store_path):  # noqa: F811
    """A letter typed on the results goes on at the query's end in the box (qa58), burst or not."""
    screen, box, focused, _ = await _same_either_way(store_path, [*"/khorgo", "down", "s"])
    assert (box, focused) == ("khorgos", "SearchInput")
    moved = await _same_either_way(store_path, [*"/khorgos", "down", "down", "up"])
    assert moved[2] == "ResultRows"

"""qa71: an enter on the search results with no row highlighted (a query nothing matches,
↓ to the empty results) opens nothing, so the keys typed behind it act at once. It held
them for HOLD_MAX_S (2 s) as if a page were coming: a letter typed after it reached the
query two seconds late."""

from __future__ import annotations

import time

from textual import events

from tests.test_qa52_entity_typing import _character_to_key
from tests.test_qa59_tab_burst import NAMED
from tests.test_tui import make_app, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.screens.search_screen import HOLD_MAX_S, SearchInput


def _post(app, k: str) -> None:
    app.post_message(events.Key(k, NAMED[k]) if k in NAMED else events.Key(_character_to_key(k), k))


async def _letter_after_enter(path, query: str, first: list[str]) -> tuple[str, float, str]:
    """The box's text after `first`, then enter and `z` in one burst, the seconds that took
    to show, and the screen on top."""
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for k in ["slash", *query, *first]:
            _post(app, k if k != "slash" else "/")
            await settle(pilot)
        start = time.monotonic()
        for k in ["enter", "z"]:
            _post(app, k)
        box = app.screen.query_one(SearchInput)
        while not box.value.endswith("z") and time.monotonic() - start < HOLD_MAX_S * 2:
            await pilot.pause(0.05)
        return box.value, time.monotonic() - start, type(app.screen).__name__


async def test_a_letter_behind_enter_on_empty_results_acts_at_once(store_path):  # noqa: F811
    value, took, top = await _letter_after_enter(store_path, "qqxq", ["down"])
    assert value == "qqxqz" and top == "SearchScreen"
    assert took < HOLD_MAX_S * 0.75, took

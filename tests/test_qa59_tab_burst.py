"""qa59: a tab's number and the keys behind it typed in one burst (a paste, a fast typist
over SSH, tmux's send-keys: `3` ↓ ↓ enter). Widget.focus() moved the focus to the new
tab's list a message round after the tab's binding, so ↓ ↓ enter, whose bindings come
next, moved and opened the Articles tab's rows (an article where a checkpoint was meant);
and the new tab's list, not counted yet, took ↓ and enter as nothing. Now the list takes
the focus at once, and keys typed before its rows come wait for them. Burst or one by
one, the same screen results."""

from __future__ import annotations

import pytest
from textual import events

from tests.test_qa52_entity_typing import _character_to_key
from tests.test_tui import make_app, screen_text, settle, settle_until_still
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)

NAMED = {"down": None, "enter": "\r", "escape": "\x1b"}


async def post_keys(app, pilot, keys: list[str], *, burst: bool) -> None:
    """`keys` posted as a terminal sends them: in one burst (a paste, a fast typist over SSH)
    or each after the screen has settled; then the app is given time to act on all of them."""
    for k in keys:
        app.post_message(events.Key(k, NAMED[k]) if k in NAMED else events.Key(_character_to_key(k), k))
        if not burst:
            await settle(pilot)
    await settle_until_still(pilot, 8)


async def _after(path, keys: list[str], *, burst: bool) -> tuple[str, str]:
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await post_keys(app, pilot, keys, burst=burst)
        return type(app.screen).__name__, screen_text(app)


@pytest.mark.parametrize(
    "keys",
    [
        ["3", "down", "enter"],  # the board's second row: a post no article names, its gazetteer page (ux85)
        ["5", "enter"],  # a fact's page
        ["4", "enter"],  # the directive's article
        ["2", "down", "enter"],  # an entity's page
    ],
)
async def test_a_tab_and_the_keys_behind_it_in_one_burst(store_path, keys):  # noqa: F811
    slow = await _after(store_path, keys, burst=False)
    fast = await _after(store_path, keys, burst=True)
    assert fast == slow
    if keys == ["3", "down", "enter"]:
        # the board's second post's page (Акбалшык, by name), not an article of tab 1
        assert slow[0] == "CheckpointScreen" and slow[1].startswith(" Акбалшык")
    else:
        assert slow[0] != "MainScreen"  # something opened

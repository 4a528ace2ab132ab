"""qa71: the keys typed behind a ⏎ wait for the page it opens however long the opening
takes. race69's hold let them go RELEASE_AFTER_S after ⏎ had acted on its list; when the
main screen took longer than that to turn the list's Selected into a page (a loaded
machine; here a slowed handler, test-only), `4` switched the tab under the page, which then
opened over Directives."""

from __future__ import annotations

import asyncio

from textual import events

from tests.test_qa52_entity_typing import _character_to_key
from tests.test_qa59_tab_burst import NAMED
from tests.test_tui import make_app, settle, settle_until_still
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.screens import held_keys
from tui.screens.held_keys import RELEASE_AFTER_S
from tui.screens.main_screen import MainScreen
from tui.widgets.virtual_list import VirtualList


def _replace_open(monkeypatch, handler) -> None:
    """MainScreen's @on(VirtualList.Selected) handler replaced (Textual keeps the decorated
    functions in a per-class table, so patching the attribute alone would not reach it)."""
    table = MainScreen.__dict__["_decorated_handlers"]
    entries = table[VirtualList.Selected]
    monkeypatch.setitem(table, VirtualList.Selected, [(handler, selectors) for _, selectors in entries])


def _slow_open(monkeypatch) -> None:
    """The main screen busy for longer than the hold's timer before it opens the row."""
    open_row = MainScreen._open

    async def slowed(self, event):
        await asyncio.sleep(RELEASE_AFTER_S * 1.6)
        open_row(self, event)

    _replace_open(monkeypatch, slowed)


async def _burst(path, keys: list[str]) -> tuple[list[str], str]:
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for k in keys:
            app.post_message(events.Key(k, NAMED[k]) if k in NAMED else events.Key(_character_to_key(k), k))
        await asyncio.sleep(RELEASE_AFTER_S * 2)
        await settle_until_still(pilot, 8)
        main = next(s for s in app.screen_stack if isinstance(s, MainScreen))
        return [type(s).__name__ for s in app.screen_stack], main.active_pane


async def test_a_digit_behind_enter_waits_for_a_slow_page(store_path, monkeypatch):  # noqa: F811
    _slow_open(monkeypatch)
    stack, tab = await _burst(store_path, ["enter", "4"])
    assert stack[-1] == "ArticleScreen" and tab == "articles"


async def test_a_slow_page_then_escape_comes_back_to_the_same_tab(store_path, monkeypatch):  # noqa: F811
    _slow_open(monkeypatch)
    stack, tab = await _burst(store_path, ["2", "enter", "4", "escape"])
    assert stack[-1] == "MainScreen" and tab == "entities"


async def test_a_page_that_never_opens_keeps_no_key_for_ever(store_path, monkeypatch):  # noqa: F811
    """Selected handled but no page pushed (a store that never answers): after WAIT_FOR_ROWS_S
    the keys act on the main screen."""
    monkeypatch.setattr(held_keys, "WAIT_FOR_ROWS_S", RELEASE_AFTER_S * 1.2)
    _replace_open(monkeypatch, lambda self, event: None)
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for k in ["enter", "4"]:
            app.post_message(events.Key(k, NAMED[k]) if k in NAMED else events.Key(_character_to_key(k), k))
        await asyncio.sleep(RELEASE_AFTER_S * 3)
        await settle_until_still(pilot, 8)
        main = next(s for s in app.screen_stack if isinstance(s, MainScreen))
        assert (app.screen, main.active_pane, main._held.holding) == (main, "directives", False)

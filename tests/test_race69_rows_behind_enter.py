"""race69: a ⏎ typed on a list whose rows have not come yet (the tab's number just before
it, in one burst over SSH) is put aside by the list until they come; the keys typed behind
it are the page's it opens, as when the rows were there. Before, the main screen's hold let
them go after a second whatever the list was doing, so on a slow store «2 ⏎ 4» opened the
entity's page over the Directives tab. Here the first count of a list is held back by a
gate the test opens (a test-only slowed reader), past the hold's own timer."""

from __future__ import annotations

import asyncio
import threading

import pytest
from textual import events

from tests.test_qa52_entity_typing import _character_to_key
from tests.test_qa59_tab_burst import NAMED
from tests.test_tui import make_app, settle, settle_until_still
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tests.test_ui63_enter_burst import _after
from tui.screens import held_keys
from tui.screens.held_keys import RELEASE_AFTER_S
from tui.screens.main_screen import MainScreen


def _gate_counts(app, source_class: str) -> threading.Event:
    """Hold back every count of `source_class` rows (the list's first fetch) until the
    returned event is set: the store answering late, as on a loaded machine. Test-only."""
    gate = threading.Event()
    run = app.reader.run

    def slowed(fn, *args, **kwargs):
        owner = getattr(fn, "__self__", None)
        if type(owner).__name__ == source_class and fn.__name__ == "count":
            gate.wait(10)
        return run(fn, *args, **kwargs)

    app.reader.run = slowed
    return gate


async def _burst_on_slow_rows(path, keys: list[str], source_class: str) -> tuple[str, str]:
    """The screen on top and the main screen's tab after `keys` in one burst, the rows of
    `source_class` coming only after the hold's timer has run out."""
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        gate = _gate_counts(app, source_class)
        for k in keys:
            app.post_message(events.Key(k, NAMED[k]) if k in NAMED else events.Key(_character_to_key(k), k))
        await asyncio.sleep(RELEASE_AFTER_S * 1.5)  # the loop runs: any timer fires
        gate.set()
        await settle_until_still(pilot, 8)
        main = next(s for s in app.screen_stack if isinstance(s, MainScreen))
        return type(app.screen).__name__, main.active_pane


async def test_a_digit_behind_enter_on_rows_not_come_is_the_pages(store_path):  # noqa: F811
    top, tab = await _burst_on_slow_rows(store_path, ["2", "enter", "4"], "EntitySource")
    assert top != "MainScreen" and tab == "entities"


@pytest.mark.parametrize(
    ("keys", "source_class"),
    [
        (["4", "enter", "2"], "DirectiveSource"),  # the directive's article
        (["5", "enter", "2"], "FactSource"),  # a fact's article
        (["3", "down", "enter", "2"], "BoardSource"),  # a post no article names: nothing opens
    ],
)
async def test_late_rows_end_where_the_keys_one_by_one_end(store_path, keys, source_class):  # noqa: F811
    slow = await _after(store_path, keys, burst=False)
    assert await _burst_on_slow_rows(store_path, keys, source_class) == slow


async def test_rows_that_never_come_keep_no_key_for_ever(store_path, monkeypatch):  # noqa: F811
    """A store that does not answer: the keys behind the waiting ⏎ act after WAIT_FOR_ROWS_S."""
    monkeypatch.setattr(held_keys, "WAIT_FOR_ROWS_S", RELEASE_AFTER_S * 1.2)
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        gate = _gate_counts(app, "EntitySource")
        for k in ["2", "enter", "4"]:
            app.post_message(events.Key(k, NAMED[k]) if k in NAMED else events.Key(_character_to_key(k), k))
        await asyncio.sleep(RELEASE_AFTER_S * 2.5)
        main = next(s for s in app.screen_stack if isinstance(s, MainScreen))
        assert (app.screen, main.active_pane, main._held.holding) == (main, "directives", False)
        gate.set()


async def test_a_digit_behind_enter_waits_for_a_slow_tab_build(store_path, monkeypatch):  # noqa: F811
    """The tab's number before ⏎ still building its tab when the hold's timer runs out (a
    loaded machine; here a slowed build_tab, test-only): `4` is still the page's."""
    build = MainScreen.build_tab

    async def slowed(self, pane):
        if pane not in self.built_tabs:  # the first build only: a built tab is shown at once
            await asyncio.sleep(RELEASE_AFTER_S * 1.5)
        return await build(self, pane)

    monkeypatch.setattr(MainScreen, "build_tab", slowed)
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for k in ["2", "enter", "4"]:
            app.post_message(events.Key(k, NAMED[k]) if k in NAMED else events.Key(_character_to_key(k), k))
        await settle_until_still(pilot, 8)
        main = next(s for s in app.screen_stack if isinstance(s, MainScreen))
        assert app.screen is not main and main.active_pane == "entities"


async def _stack_after(path, keys: list[str], *, burst: bool) -> tuple[list[str], str]:
    """The screens open and the main screen's tab after `keys`, in one burst or one by one."""
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for k in keys:
            app.post_message(events.Key(k, NAMED[k]) if k in NAMED else events.Key(_character_to_key(k), k))
            if not burst:
                await settle(pilot)
        await settle_until_still(pilot, 10)
        main = next(s for s in app.screen_stack if isinstance(s, MainScreen))
        return [type(s).__name__ for s in app.screen_stack], main.active_pane


async def test_keys_behind_a_held_enter_on_the_search_hits_are_the_pages(store_path):  # noqa: F811
    """↓ typed before the query's results is held with every key behind it; the enter
    among them opens a hit's page, and the keys after it are that page's: escape closes
    it, as typed one by one (it was dropped with the search screen, `4` typed into its box)."""
    keys = [*"/khorgos", "down", "enter", "4", "escape"]
    slow = await _stack_after(store_path, keys, burst=False)
    assert slow == (["Screen", "MainScreen"], "articles")
    assert await _stack_after(store_path, keys, burst=True) == slow


async def _burst_on_painted_results(path, keys: list[str]) -> list[str]:
    """The screens open after `/khorgos` typed one key at a time (its results painted),
    then `keys` in one burst."""
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for k in "/khorgos":
            app.post_message(events.Key(_character_to_key(k), k))
            await settle(pilot)
        for k in keys:
            app.post_message(events.Key(k, NAMED[k]) if k in NAMED else events.Key(_character_to_key(k), k))
        await settle_until_still(pilot, 10)
        return [type(s).__name__ for s in app.screen_stack]


@pytest.mark.parametrize("keys", [["enter", "escape"], ["down", "enter", "escape"], ["down", "enter", "4", "escape"]])
async def test_escape_behind_enter_on_painted_hits_closes_the_page(store_path, keys):  # noqa: F811
    """An enter on a hit acting at once holds what follows for the page: escape closed the
    search screen before the hit dismissed it, and the hit's dismiss then took the main
    screen off too (a blank app)."""
    assert await _burst_on_painted_results(store_path, keys) == ["Screen", "MainScreen"]

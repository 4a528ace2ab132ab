"""tui71: the keys typed behind a ⏎ that opens a page are that page's once it can take
them: once its record is shown, not merely once it is on top. A page paints «Loading…»
and reads its record on a worker; a ↓ or ⏎ typed before the record came reached its empty
lists and was lost, so «⏎ ⏎» in one burst (open an entity, open its first article) ended
on the entity's page where the same keys one by one open the article. Here the store
answers a page's read late (a test-only gate on the app's reader, opened by the test
after the hold's old timer has run out). Escape while a page loads still leaves at once.
"""

from __future__ import annotations

import asyncio
import threading

import pytest
from textual import events

from tests.test_qa52_entity_typing import _character_to_key
from tests.test_qa59_tab_burst import NAMED
from tests.test_tui import make_app, settle, settle_until_still
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.app import BorderdocsApp
from tui.screens.held_keys import RELEASE_AFTER_S
from tui.screens.main_screen import MainScreen


def _gate_pages(app) -> threading.Event:
    """Hold back every page's read of its record (DetailScreen.query_store) until the
    returned event is set: the store answering late, as on a loaded machine. Test-only."""
    gate = threading.Event()
    run = app.reader.run

    def slowed(fn, *args, **kwargs):
        if getattr(fn, "__name__", "") == "query_store":
            gate.wait(10)
        return run(fn, *args, **kwargs)

    app.reader.run = slowed
    return gate


def _post(app, keys: list[str]) -> None:
    for k in keys:
        app.post_message(events.Key(k, NAMED[k]) if k in NAMED else events.Key(_character_to_key(k), k))


def _shown(app) -> tuple[list[str], str]:
    main = next(s for s in app.screen_stack if isinstance(s, MainScreen))
    return [type(s).__name__ for s in app.screen_stack], main.active_pane


async def _one_by_one(path, before: list[str], keys: list[str]) -> tuple[list[str], str]:
    """Where `before` then `keys`, each typed once the screen has settled, end."""
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for k in [*before, *keys]:
            _post(app, [k])
            await settle(pilot)
        await settle_until_still(pilot, 8)
        return _shown(app)


async def _burst_on_slow_pages(path, before: list[str], keys: list[str]) -> tuple[list[str], str]:
    """`before` typed one by one, then `keys` in one burst while every page's record comes
    only after the hold's timer has run out."""
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for k in before:
            _post(app, [k])
            await settle(pilot)
        gate = _gate_pages(app)
        _post(app, keys)
        await asyncio.sleep(RELEASE_AFTER_S * 2.5)  # the loop runs: any timer fires
        gate.set()
        await settle_until_still(pilot, 10)
        return _shown(app)


async def test_enter_behind_enter_opens_the_slow_pages_first_item(store_path):  # noqa: F811
    """An entity's page, then ⏎ on its first item: the second ⏎ waits for the page's list."""
    keys = ["enter", "enter"]
    typed = await _one_by_one(store_path, ["2"], keys)
    assert typed[0][-1] == "ArticleScreen"
    assert await _burst_on_slow_pages(store_path, ["2"], keys) == typed


async def test_a_search_hits_page_takes_the_keys_once_it_has_loaded(store_path):  # noqa: F811
    """A hit opened from the search (`/khorgos`, settled), and ⏎ on its page's first item in
    the same burst: the hit's keys went to its page before the page had anything to open."""
    before = [*"/khorgos"]
    keys = ["down", "enter", "enter"]
    typed = await _one_by_one(store_path, before, keys)
    assert len(typed[0]) == 4  # the hit's page and the page its first item opens
    assert await _burst_on_slow_pages(store_path, before, keys) == typed


async def test_escape_leaves_a_page_that_is_still_loading(store_path):  # noqa: F811
    """A page whose record never comes (gate not opened): escape still goes back."""
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        _post(app, ["2"])
        await settle(pilot)
        pushed = []
        push = app.push_screen
        app.push_screen = lambda screen, *args, **kwargs: (pushed.append(screen), push(screen, *args, **kwargs))[1]
        gate = _gate_pages(app)
        _post(app, ["enter", "down", "escape"])
        for _ in range(100):  # up to 5 s: the page pushed, then closed
            await pilot.pause(0.05)
            if pushed and isinstance(app.screen, MainScreen):
                break
        assert not gate.is_set() and len(pushed) == 1  # the first entity's page, never loaded
        assert _shown(app) == (["Screen", "MainScreen"], "entities")
        gate.set()


@pytest.mark.parametrize("late", ["busy", "deferred"])
async def test_a_late_search_hit_keeps_its_keys_for_its_page(store_path, monkeypatch, late):  # noqa: F811
    """The hit's page opened by the search screen's dismiss callback later than the old
    1 s cap (test-only): the callback busy that long («busy»), or pushing the page from a
    timer of its own («deferred»: the loop free meanwhile). The ⏎ typed behind the hit's
    reached the app after the search screen had gone, and the main screen, holding
    nothing (the search screen had held no key to hand on), let it act there: lost
    («busy»), or it opened the highlighted article under the post («deferred»). Now it
    opens the post page's first item, as typed one by one."""
    open_target = BorderdocsApp.open_nav_target
    calls = []

    async def busy(self, target):
        await asyncio.sleep(RELEASE_AFTER_S * 1.6)
        open_target(self, target)

    def first_late(self, target):
        """The hit's open (the first) late; the page's own opens as they are."""
        calls.append(target)
        if len(calls) > 1:
            return open_target(self, target)
        if late == "busy":
            return busy(self, target)  # awaited by the dismiss callback's caller
        self.set_timer(RELEASE_AFTER_S * 1.6, lambda: open_target(self, target))
        return None

    monkeypatch.setattr(BorderdocsApp, "open_nav_target", first_late)
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for k in "/khorgos":
            _post(app, [k])
            await settle(pilot)
        _post(app, ["down", "enter", "enter"])
        await asyncio.sleep(RELEASE_AFTER_S * 2.5)
        await settle_until_still(pilot, 8)
        stack, tab = _shown(app)
        # as typed one by one: the hit's post, and the article its first item opens
        assert (stack, tab) == (["Screen", "MainScreen", "CheckpointScreen", "ArticleScreen"], "articles")

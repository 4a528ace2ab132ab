"""qa61: a tab's number and a name typed right behind it in one burst («2kara»: a fast
typist over SSH, a paste, tmux's send-keys). The number's binding acted only once the
keys queued behind it had passed the screen: the letters reached the screen while the
Articles list still had the focus, and then the new tab's list took them as its keys
(`k` up…), so the Entities filter stayed empty. Now a tab's number acts as it reaches the
screen, and the letters behind it are the filter's, as when typed one by one."""

from __future__ import annotations

from textual import events

from tests.test_qa52_entity_typing import _character_to_key
from tests.test_tui import make_app, settle, settle_until_still
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)


def _post(app, keys: str) -> None:
    for ch in keys:
        app.post_message(events.Key(_character_to_key(ch), ch))


async def _filter_after(path, keys: str, *, burst: bool) -> tuple[str, str | None]:
    """The entity filter's text and the focused widget's id after `keys`."""
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        if burst:
            _post(app, keys)
        else:
            for ch in keys:
                _post(app, ch)
                await settle(pilot)
        await settle_until_still(pilot, 6)
        box = app.screen.query_one("#entity-filter")
        return box.value, getattr(app.screen.focused, "id", None)


async def test_a_name_right_behind_2_goes_to_the_entity_filter(store_path):  # noqa: F811
    slow = await _filter_after(store_path, "2kara", burst=False)
    fast = await _filter_after(store_path, "2kara", burst=True)
    assert slow == ("kara", "entity-filter")
    assert fast == slow


async def test_a_cyrillic_name_right_behind_2_too(store_path):  # noqa: F811
    assert await _filter_after(store_path, "2Хорг", burst=True) == ("Хорг", "entity-filter")


async def test_from_another_tab_and_with_the_entities_tab_built(store_path):  # noqa: F811
    """`3` first (the board), then `2` and the name in one burst; and `2`, `1`, then «2gul»:
    the tab already mounted."""
    assert (await _filter_after(store_path, "32kara", burst=True))[0] == "kara"
    assert (await _filter_after(store_path, "212gul", burst=True))[0] == "gul"


async def test_an_enter_behind_the_name_submits_the_filter(store_path):  # noqa: F811
    """«2kara⏎» in one burst: the filter holds «kara» and the list has the focus, as
    typed one by one (enter in the box submits it)."""
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        _post(app, "2kara")
        app.post_message(events.Key("enter", "\r"))
        await settle_until_still(pilot, 6)
        assert app.screen.query_one("#entity-filter").value == "kara"
        assert app.screen.focused.id == "entity-list"


async def test_a_digit_after_the_name_is_the_filters_too(store_path):  # noqa: F811
    """Once the name has begun, the box takes every character, a digit too (one by one,
    «2ka1» types «ka1»: the box has the focus)."""
    slow = await _filter_after(store_path, "2ka1", burst=False)
    assert slow == ("ka1", "entity-filter")
    assert await _filter_after(store_path, "2ka1", burst=True) == slow


async def test_a_page_opened_in_the_burst_takes_the_keys_behind_it(store_path):  # noqa: F811
    """⏎ then «2ka» in one burst: the article opens, and the `2` and letters behind it are no
    filter's; back on the lists, keys act as before (nothing kept from the burst)."""
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.post_message(events.Key("enter", "\r"))
        _post(app, "2ka")
        await settle_until_still(pilot, 6)
        assert type(app.screen).__name__ != "MainScreen"
        await pilot.press("escape")
        await settle_until_still(pilot, 3)
        assert type(app.screen).__name__ == "MainScreen"
        for ch in "2gu":
            _post(app, ch)
            await settle(pilot)
        await settle_until_still(pilot, 3)
        assert app.screen.query_one("#entity-filter").value.endswith("gu")
        assert app.screen.focused.id == "entity-filter"

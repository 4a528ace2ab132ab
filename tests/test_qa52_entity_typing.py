"""qa52: a name typed on the Entities list goes to its filter box (qa39), but over SSH a
name arrives as one burst of keys, all queued before the box takes the focus: after the
first letter the rest still reached the list, whose keys acted (`k` up, `g` first, `e`
export), so «Бектенов» pasted or typed fast became «Бктнов»-like and «akorda» lost its
`k`. Once a letter has started the box, the letters queued behind it go there too."""

from __future__ import annotations

from textual import events
from textual.keys import _character_to_key

from tests.test_tui import make_app, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)


async def burst(pilot, text: str) -> None:
    """Keys posted all at once, as a terminal delivers a fast typist's or a paste's."""
    for ch in text:
        pilot.app.post_message(events.Key(_character_to_key(ch), ch))
    await settle(pilot)


async def test_a_burst_of_letters_all_go_to_the_entity_filter(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        await burst(pilot, "oljas bekgen")
        box = app.screen.query_one("#entity-filter")
        assert box.value == "oljas bekgen"
        assert app.screen.focused is box


async def test_after_the_box_a_list_key_acts_again(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        await burst(pilot, "Хорг")
        await pilot.press("escape")
        await settle(pilot)
        lst = app.screen.query_one("#entity-list")
        assert app.screen.focused is lst
        await pilot.press("t")  # the type key, not a letter of the filter
        await settle(pilot)
        assert app.screen.query_one("#entity-filter").value == "Хорг"
        assert app.screen.entity_source.type is not None


async def test_slash_and_words_in_one_burst_filter_the_directives(store_path):  # noqa: F811
    """`/bektenov` typed fast on Directives opened the export prompt at its `e` (the
    words reached the list, the focus not yet in the box); an enter in the burst submits."""
    from tui.screens.main_screen import MainScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        await burst(pilot, "/sek")
        assert isinstance(app.screen, MainScreen)  # no export prompt
        box = app.screen.query_one("#directive-filter")
        assert box.value == "sek"
        pilot.app.post_message(events.Key("enter", None))
        await settle(pilot)
        assert app.screen.focused is app.screen.query_one("#directive-list")
        assert box.value == "sek"


async def test_escape_and_keys_in_one_burst_leave_the_box_first(store_path):  # noqa: F811
    """`escape` then `x` (clear) and `1` (Articles) sent in one burst from the entity
    filter box were typed into it («…x1»): escape acted only after the keys behind it."""
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        await burst(pilot, "Хорг")
        box = app.screen.query_one("#entity-filter")
        assert app.screen.focused is box
        pilot.app.post_message(events.Key("escape", None))
        await burst(pilot, "x1")
        assert box.value == ""
        assert app.screen.active_pane == "articles"

"""qa58: keys as a terminal delivers them at 80×24.

- `escape` then a key, typed quickly (or delivered in one read by tmux or SSH), reaches
  the app as one Alt chord: ESC x as alt+x with the character «x», ESC 2 as «™». In the
  entity filter box they were typed into it («Хоргx», «Хорг™») instead of leaving the box
  and clearing the filter or switching tab. They are now read as escape, then the key.
- On the entity list `j` `k` `g` `G` (the list's hidden twins of the arrows, home and end)
  moved the cursor, so «kara» typed there filtered by «ara» and «gulnara» by «ulnara»; they
  now begin the name in the filter box like any other letter no key uses. `t` stays the
  type key."""

from __future__ import annotations

from textual import events

from tests.test_qa52_entity_typing import burst
from tests.test_tui import make_app, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.escape_keys import key_after_escape


def test_an_alt_chord_is_read_as_escape_then_its_key():
    assert key_after_escape(events.Key("alt+x", "x")).key == "x"
    assert key_after_escape(events.Key("trade_mark_sign", "™")).key == "2"  # ESC 2 as Textual reads it
    assert key_after_escape(events.Key("x", "x")) is None
    assert key_after_escape(events.Key("escape", "\x1b")) is None
    assert key_after_escape(events.Key("ctrl+x", None)) is None


async def _in_box(pilot, text: str):
    await settle(pilot)
    await pilot.press("2")
    await settle(pilot)
    await burst(pilot, text)
    box = pilot.app.screen.query_one("#entity-filter")
    assert box.value == text and pilot.app.screen.focused is box
    return box


async def test_escape_x_read_as_alt_x_clears_the_entity_filter(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        box = await _in_box(pilot, "Хорг")
        app.post_message(events.Key("alt+x", "x"))
        await settle(pilot)
        assert box.value == ""
        assert app.screen.focused is app.screen.query_one("#entity-list")
        assert app.screen.entity_source.text == ""


async def test_escape_2_read_as_a_sign_switches_tab_not_types_it(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        box = await _in_box(pilot, "Хорг")
        app.post_message(events.Key("inverted_exclamation_mark", "¡"))  # ESC 1
        await settle(pilot)
        assert box.value == "Хорг"  # the filter kept, as escape keeps it
        assert app.screen.active_pane == "articles"


async def test_list_moving_letters_begin_a_name_on_the_entity_list(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("k", "a", "r")
        await settle(pilot)
        box = app.screen.query_one("#entity-filter")
        assert box.value == "kar"
        await pilot.press("escape", "x")
        await settle(pilot)
        await pilot.press("G", "u")
        await settle(pilot)
        assert box.value == "Gu"
        await pilot.press("escape", "x", "down", "t")  # the arrows move; `t` is still the type key
        await settle(pilot)
        assert box.value == ""
        assert app.screen.entity_source.type is not None
        assert app.screen.focused is app.screen.query_one("#entity-list")


async def test_the_help_leaves_the_moving_letters_out_on_the_entity_list(store_path):  # noqa: F811
    from tui.screens.help_screen import screen_keys

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "| `↑` `k` | Up |" in screen_keys(app, app.screen)  # the Articles list: `k` moves
        await pilot.press("2")
        await settle(pilot)
        keys = screen_keys(app, app.screen)
        assert "| `↑` | Up |" in keys and "`k`" not in keys and "`g`" not in keys


async def test_letters_and_backspace_on_the_search_results_edit_the_query(store_path):  # noqa: F811
    """On the search results a letter no key takes, or backspace, did nothing: they now
    edit the query in the box, which takes the focus again; `k` still moves."""
    from tui.screens.search_screen import SearchInput, SearchScreen
    from tui.widgets.result_rows import ResultRows

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "х", "о", "р")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        box, rows = app.screen.query_one(SearchInput), app.screen.query_one(ResultRows)
        await pilot.press("down")
        await settle(pilot)
        assert app.screen.focused is rows
        await pilot.press("k")  # a key of the results: it moves, the query stays
        await settle(pilot)
        assert box.value == "хор" and app.screen.focused is rows
        await pilot.press("г")
        await settle(pilot)
        assert box.value == "хорг" and app.screen.focused is box
        await pilot.press("down")
        await settle(pilot)
        await pilot.press("backspace")
        await settle(pilot)
        assert box.value == "хор" and app.screen.focused is box
        assert isinstance(app.screen, SearchScreen)

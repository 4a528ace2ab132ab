"""tui71: what the narrowest terminal (60 columns) still shows. The table tabs' key hints
were cut by the screen («(s S» of the board's «(s S b k u)», «(k» of the facts'); now a
hint that does not fit beside its status goes on a second line, whole, and at 80 columns
the line is as before. Every page's footer says how to leave it («esc Back», first), and
at 80 columns an entity's or a post's footer still ends with «c Copy»."""

from __future__ import annotations

import pytest

from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.screens.main_screen import MainScreen

HINTS = {"3": "(s S b k u)", "4": "(/ words, s S sort, x clears)", "5": "(k kind, b border)"}


@pytest.mark.parametrize("width", [60, 80])
async def test_each_table_tabs_hint_is_shown_whole(store_path, width):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        for key, hint in HINTS.items():
            await pilot.press(key)
            await settle(pilot)
            line = next((line for line in screen_text(app).splitlines() if hint in line), None)
            assert line is not None, (key, screen_text(app))  # whole, on whichever line
            if width == 80:  # beside its status, as before
                assert any(word in line for word in ("checkpoint", "directive", "fact")), line


async def test_a_hint_follows_the_width(store_path):  # noqa: F811
    """Narrowed, then widened again: the hint moves under the status and back beside it.
    Since ux87 the board's status drops the filters not set before its hint goes under it:
    at 60 columns «103 checkpoints · by name  (s S b k u)» on one line, a border set too
    («· Китай»), and sorted by deadline with a border the hint goes under."""
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        for width, whole in ((60, False), (80, True)):
            await pilot.resize_terminal(width, 24)
            await settle(pilot)
            line = next(line for line in screen_text(app).splitlines() if HINTS["3"] in line)
            assert "checkpoints" in line and ("all borders · all kinds" in line) == whole, line
        await pilot.press(*"s" * 7, "b")  # by deadline, on one border
        await settle(pilot)
        for width, beside in ((60, False), (80, True)):
            await pilot.resize_terminal(width, 24)
            await settle(pilot)
            line = next(line for line in screen_text(app).splitlines() if HINTS["3"] in line)
            assert ("checkpoints" in line) == beside, line


PAGES = {  # the keys to a page from the lists, and the page
    "article": (["1"], "ArticleScreen"),
    "checkpoint": (["2", "t"], "CheckpointScreen"),  # the entity list by type: checkpoints
    "place": (["2", "t", "t", "t", "t"], "EntityScreen"),  # … then persons, bodies, places
}


async def _page_footer(path, keys: list[str], width: int) -> tuple[str, str]:
    """The page ⏎ opens on the first row after `keys`, and its footer line."""
    app = make_app(path)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        for key in [*keys, "enter"]:
            await pilot.press(key)
            await settle(pilot)
        return type(app.screen).__name__, screen_text(app).splitlines()[-1]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("width", [60, 80])
async def test_every_page_footer_says_how_to_leave_it(store_path, page, width):  # noqa: F811
    keys, screen = PAGES[page]
    shown, footer = await _page_footer(store_path, keys, width)
    assert shown == screen
    assert footer.split()[:2] == ["esc", "Back"], footer
    if width == 80:
        assert "c Copy" in footer, footer


async def test_escape_shown_on_a_page_goes_back_to_the_lists(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2", "enter")
        await settle(pilot)
        await pilot.press("down", "enter")  # a page from the page
        await settle(pilot)
        assert len(app.screen_stack) == 4
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and app.screen.active_pane == "entities"


@pytest.mark.parametrize("width", [60, 80])
async def test_the_search_says_its_keys_and_how_to_leave_it(store_path, width):  # noqa: F811
    """The search screen has no footer: its frame's bottom edge says what its keys do,
    escape first, whole at 60 columns."""
    from tui.screens.search_screen import SEARCH_KEYS

    app = make_app(store_path)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"khorgos")
        await settle(pilot)
        bottom = screen_text(app).splitlines()[-1]
        assert SEARCH_KEYS in bottom and SEARCH_KEYS.startswith("esc close"), bottom
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)

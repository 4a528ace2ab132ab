"""ui63: a key typed in the same burst as the ⏎ that opens a page (a paste, a fast typist
over SSH, tmux's send-keys: ⏎ `3`) is the page's, as if typed once the page was on top:
`3` no longer switches the main screen's tab under the page that just opened, so escape
comes back to the tab ⏎ was pressed on. When ⏎ opens nothing (a board row no article
names) the keys act on the main screen, as typed."""

from __future__ import annotations

from tests.test_qa59_tab_burst import post_keys
from tests.test_tui import make_app, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.screens.main_screen import MainScreen


async def _after(path, keys: list[str], *, burst: bool) -> tuple[str, str]:
    """The screen on top and the main screen's tab after `keys`, in one burst or one by one."""
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await post_keys(app, pilot, keys, burst=burst)
        main = next(s for s in app.screen_stack if isinstance(s, MainScreen))
        return type(app.screen).__name__, main.active_pane


async def test_a_digit_right_behind_enter_is_the_pages_not_the_tabs(store_path):  # noqa: F811
    assert await _after(store_path, ["enter", "3"], burst=True) == ("ArticleScreen", "articles")
    assert await _after(store_path, ["enter", "3", "escape"], burst=True) == ("MainScreen", "articles")
    top, tab = await _after(store_path, ["2", "enter", "4"], burst=True)  # the first entity's page
    assert top != "MainScreen" and tab == "entities"


async def test_a_burst_ends_where_the_same_keys_one_by_one_end(store_path):  # noqa: F811
    for keys in (["enter", "3", "escape"], ["3", "down", "enter", "2"], ["4", "enter", "5", "escape", "1"]):
        assert await _after(store_path, keys, burst=True) == await _after(store_path, keys, burst=False), keys

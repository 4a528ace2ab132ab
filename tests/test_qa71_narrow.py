"""qa71: at 60 columns the tab row shows every tab's number and name. It needed 62 cells
(a cell of padding either side of each title): the row scrolled, so «5 Facts» lost its
last letter on the first tabs and «1» was scrolled off on the last ones."""

from __future__ import annotations

import pytest

from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.screens.main_screen import TAB_TITLES

TITLES = [title for _, title in TAB_TITLES]


@pytest.mark.parametrize("width", [60, 80])
async def test_every_tab_title_whole_on_each_tab(store_path, width):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(width, 20)) as pilot:
        await settle(pilot)
        for key in "23451":
            await pilot.press(key)
            await settle(pilot)
            row = screen_text(app).splitlines()[0]
            assert all(title in row for title in TITLES), (key, row)
            assert row.startswith(" 1 Articles"), (key, row)  # nothing scrolled off to the left

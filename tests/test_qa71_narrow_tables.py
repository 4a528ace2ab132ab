"""qa71: at 60 columns the table tabs fit their lists. The columns kept their full widths
however narrow the terminal: the board's «last queue» began past the edge, a directive's
«what» and a fact's words were cut by the screen, not by an «…». Now the flexible column
shares what is left (down to FLEX_FLOOR cells) and the board's status date shows below
70 columns only when the board is sorted by it."""

from __future__ import annotations

import pytest

from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.screens.main_tables import TABLE_LISTS

LAST_LABEL = {"checkpoints": "last queue", "directives": "what", "facts": "fact"}


@pytest.mark.parametrize("width", [60, 80])
async def test_each_table_header_and_rows_fit_the_list(store_path, width):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(width, 20)) as pilot:
        await settle(pilot)
        for key, pane in zip("345", ("checkpoints", "directives", "facts"), strict=True):
            await pilot.press(key)
            await settle(pilot)
            lst = app.screen.query_one(TABLE_LISTS[pane])
            room = lst.scrollable_content_region.width
            header = lst.source.header(room)
            assert header.cell_len <= room and LAST_LABEL[pane] in header.plain, (pane, header.plain)
            for row in lst.source.rows[:5] if pane == "checkpoints" else ():
                assert lst.source.render_row(row, room).cell_len <= room


async def test_sorted_by_status_date_the_narrow_board_shows_the_date(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        for _ in range(12):
            if "by status date" in screen_text(app):
                break
            await pilot.press("s")
            await settle(pilot)
        # the column labels' line: under the status, which takes two lines at 60 columns
        # when its keys' hint does not fit beside it (tui71)
        header = next(line for line in screen_text(app).splitlines() if line.startswith("checkpoint"))
        assert "date ▼" in header and "deadline" in header, header

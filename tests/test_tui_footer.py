"""The main screen's footer at 80 columns (issue 17): on every tab each key it shows
is drawn whole (the board's once ended in «c Cop»), and a key the footer leaves out
still acts. Textual's own Footer; the waits are on what the screen shows."""

from __future__ import annotations

import pytest

from tests.test_tui import drawn, make_app, screen_text, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.widgets.board_list import BoardList

TABS = ("1", "2", "3", "4", "5")


def footer_line(app) -> str:
    return screen_text(app).splitlines()[-1]


def shown_keys(app) -> list[set[str]]:
    """For each binding the footer should show on the current screen now, its label as
    «key Label» under each of its keys (the footer draws one of them: f1 or ?)."""
    labels: dict[tuple, set[str]] = {}
    for key, active in app.screen.active_bindings.items():
        binding = active.binding
        if binding.show and active.enabled:
            label = f"{app.get_key_display(binding.with_key(key)) or key} {binding.description}"
            labels.setdefault((binding.action, binding.description), set()).add(label)
    return list(labels.values())


@pytest.mark.parametrize("tab", TABS)
async def test_every_key_the_footer_shows_fits_at_80_columns(store_path, tab):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(tab)
        await settle(pilot)
        keys = shown_keys(app)
        assert {"f1 Help", "? Help"} in keys and {"⏎ Open"} in keys  # the probe reads the live bindings
        await drawn(pilot, "Help")
        line = footer_line(app)
        missing = [k for k in keys if not any(label in line for label in k)]
        assert not missing, (missing, line)


async def test_the_board_footer_shows_its_own_keys_and_c_still_copies(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        line = footer_line(app)
        for key in ("k Kind", "⏎ Open", "s Sort", "b Border", "e Export", "q Quit", "f1 Help"):
            assert key in line, line
        assert "Cop" not in line  # left out whole, not cut
        board = app.screen.query_one(BoardList)
        assert board.has_focus and board.current is not None
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard == board.current["name"]


@pytest.mark.parametrize("tab", TABS)
async def test_the_palette_key_ends_the_row_at_60_columns(store_path, tab):  # noqa: F811
    """qa69: at 60 columns the keys run on under the ^p key, and the cell its margin left
    showed one of their letters («^p palettee», «^p paletteC»); the row ends in the key."""
    app = make_app(store_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press(tab)
        await settle(pilot)
        await drawn(pilot, "palette")
        line = footer_line(app)
        assert line.rstrip().endswith("^p palette"), line

"""SVG snapshots at 80x24 (pytest-textual-snapshot) of the screens a user sees,
on the hand-made store (so the pictures do not move when extraction changes).
Update after a deliberate UI change with `pytest tests/test_tui_snapshots.py --snapshot-update`."""

from __future__ import annotations

import pytest

from tests.test_tui import settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tests.test_tui_hostile import hostile_path  # noqa: F401  (fixture)
from tests.test_tui_views import views_path  # noqa: F401  (fixture)
from tui.cli import build_app

SIZE = (80, 24)


def app_for(path):
    """The explorer on `path`, drawing without animations: the tabs' underline glides to a
    new tab over 0.3 s, started by a timer and a refresh after the key, so on a loaded
    machine the picture was sometimes taken mid-glide (articles_chips-160x48 failed so
    after «2 ⏎ +» went to Entities and back). Without animations it is drawn where the
    glide ends: the same picture, at once."""
    app = build_app(["--db", str(path)])
    app.animation_level = "none"
    return app


def keys(*presses):
    """A run_before that presses keys, letting workers land after each."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in presses:
            await pilot.press(key)
            await settle(pilot)
        for widget in pilot.app.screen.query("Input"):
            widget.cursor_blink = False
        # settled: no animation pending, and what call_after_refresh queued (the column
        # labels laid out again when a scrollbar appears) drawn
        await pilot.wait_for_scheduled_animations()
        await settle(pilot)

    return run_before


def test_snapshot_articles(snap_compare, store_path):
    assert snap_compare(app_for(store_path), terminal_size=SIZE, run_before=keys())


def test_snapshot_article_reader(snap_compare, store_path):
    assert snap_compare(app_for(store_path), terminal_size=SIZE, run_before=keys("j", "enter"))


def test_snapshot_checkpoint(snap_compare, store_path):
    assert snap_compare(app_for(store_path), terminal_size=SIZE, run_before=keys("j", "enter", "tab", "enter"))


def test_snapshot_entities(snap_compare, store_path):
    assert snap_compare(app_for(store_path), terminal_size=SIZE, run_before=keys("tab"))


def test_snapshot_help(snap_compare, store_path):
    assert snap_compare(app_for(store_path), terminal_size=SIZE, run_before=keys("f1"))


def test_snapshot_hostile_reader(snap_compare, hostile_path):
    assert snap_compare(app_for(hostile_path), terminal_size=SIZE, run_before=keys("enter"))


# ---------------------------------------------------------------- issue 17 views, 80x24 and 160x48
# (at 160 columns the Articles list and the board have their preview pane)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
@pytest.mark.parametrize(
    "presses",
    [(), ("2", "enter", "plus"), ("3",), ("4",), ("5",), ("5", "k")],
    ids=["articles", "articles_chips", "board", "directives", "facts", "facts_queue"],
)
def test_snapshot_views(snap_compare, views_path, presses, size):
    assert snap_compare(app_for(views_path), terminal_size=size, run_before=keys(*presses))

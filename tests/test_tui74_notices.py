"""The explorer's notices at 80×24 (stop 42, tui74): what holds for the whole session
(older rules, a read-only or damaged store) is a line of the main screen under its lists,
shown until `!` hides it, never over the rows being read; a toast (copy, export) is one
or two lines on the footer's row, not rows of the list."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from tests.conftest import copy_store
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)


@pytest.fixture
def older_store(sample_store_path, tmp_path):
    """The sample store as if its articles had been extracted by older rules."""
    path = copy_store(sample_store_path, tmp_path / "older.db")
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE article_rules SET rules = 'rules of an older release'")
    conn.close()
    return path


@pytest.fixture
def quick_check(monkeypatch):
    import tui.app

    monkeypatch.setattr(tui.app, "HEALTH_CHECK_DELAY_S", 0.05)


async def _settled(app, pilot) -> None:
    """The first screen loaded, the damage check and the older-rules count done."""
    for _ in range(60):
        await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        if app.session_notices:
            break
    await pilot.pause()


def _overlaps(a, b) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


@pytest.mark.parametrize("width", [80, 60])
async def test_older_rules_is_a_line_under_the_list_until_hidden(older_store, quick_check, width):
    from tui.cli import build_app
    from tui.widgets.article_list import ArticleList
    from tui.widgets.notice_line import NoticeLine

    app = build_app(["--db", str(older_store)])
    async with app.run_test(size=(width, 24)) as pilot:
        await _settled(app, pilot)
        line = app.screen.query_one(NoticeLine)
        listed = app.screen.query_one(ArticleList)
        said = line.render().plain
        assert said.startswith("! Older rules: ") and "borderdocs reextract" in said
        assert line.display and line.region.height == 1  # one line at 60 columns too (tui75)
        assert not _overlaps(line.region, listed.region)  # the rows are shorter, none covered
        assert not [n for n in app._notifications if "older rules" in str(n.message).lower()]  # no toast
        before = listed.region.height
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert not line.display and not app.session_notices
        assert listed.region.height == before + line.region.height or listed.region.height > before


async def test_the_notice_waits_under_the_search_and_is_there_after_it(older_store, quick_check):
    """Said while the search screen is open (it covers the main screen at 80×24), the
    notice is on the main screen's line when the search closes."""
    from tui.cli import build_app
    from tui.screens.search_screen import SearchScreen
    from tui.widgets.notice_line import NoticeLine

    app = build_app(["--db", str(older_store)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await _settled(app, pilot)
        assert not app.screen.query("NoticeLine") and not app._notifications
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one(NoticeLine).render().plain.startswith("! Older rules:")


async def test_a_copy_toast_sits_on_the_footer_row_at_80x24(sample_store_path, tmp_path, quick_check):
    """The copy toast is at most two lines, its last on the footer's row: the list's rows
    above the last one stay uncovered."""
    from textual.widgets._toast import Toast

    from tui.cli import build_app

    app = build_app(["--db", str(copy_store(sample_store_path, tmp_path / "s.db"))])
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _settled(app, pilot)
        app.copy_to_clipboard = lambda text: None  # no terminal to copy to
        await pilot.press("c")
        await app.workers.wait_for_complete()  # the article is read on a worker
        await pilot.pause(0.2)
        toasts = list(app.screen.query(Toast))
        assert toasts and str(toasts[0].render()).startswith("Copied: ")
        region = toasts[0].region
        assert region.bottom == 24 and region.height <= 2 and region.width <= 48


def test_snapshot_the_older_rules_line_at_80x24(snap_compare, store_path, tmp_path, quick_check):  # noqa: F811
    """The picture: the notice on its own row between the list and the footer."""
    from tests.test_tui_snapshots import SIZE, app_for, keys

    older = copy_store(store_path, tmp_path / "older.db")
    with closing(sqlite3.connect(older)) as conn, conn:
        conn.execute("DROP TABLE IF EXISTS article_rules")  # a store older than the fingerprint
    conn.close()
    settle = keys()

    async def run_before(pilot) -> None:
        await _settled(pilot.app, pilot)
        await settle(pilot)

    assert snap_compare(app_for(older), terminal_size=SIZE, run_before=run_before)

"""Pilot tests for the main screen's footer (tui.widgets.batched_footer): a tab
switch rebuilds the keys once, not once per bindings signal, and the keys shown are
still the tab's own."""

from __future__ import annotations

import pytest
from textual.widgets._footer import FooterKey

from tests.test_tui import make_app, settle
from tests.test_tui_helpers import sample_articles, write_store
from tui.widgets.batched_footer import BatchedFooter

SIZE = (80, 24)


@pytest.fixture(scope="module")
def footer_path(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("footer") / "store.db", sample_articles())


def shown_keys(app) -> set[str]:
    return {key.description for key in app.screen.query_one(BatchedFooter).query(FooterKey)}


async def test_each_tab_switch_rebuilds_the_footer_once_with_the_tab_keys(footer_path):
    app = make_app(footer_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(BatchedFooter)
        assert {"Filter", "Words"} <= shown_keys(app) and "Sort" not in shown_keys(app)
        for key, present, absent in (
            ("4", {"Sort"}, {"Words", "Border"}),
            ("5", {"Border"}, {"Sort", "Words"}),
            ("3", {"Sort", "Border"}, {"Words"}),
            ("1", {"Filter", "Words"}, {"Sort"}),
        ):
            before = footer.rebuilds
            await pilot.press(key)
            await settle(pilot)
            assert footer.rebuilds == before + 1, key  # Textual's own Footer rebuilt three times here
            assert present <= shown_keys(app) and not absent & shown_keys(app), (key, shown_keys(app))


async def test_signals_that_change_no_key_rebuild_nothing(footer_path):
    app = make_app(footer_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(BatchedFooter)
        before, keys = footer.rebuilds, shown_keys(app)
        for _ in range(3):
            app.screen.refresh_bindings()
            await pilot.pause()
        await settle(pilot)
        assert footer.rebuilds == before and shown_keys(app) == keys


async def test_the_footer_follows_the_keys_back_from_another_screen(footer_path):
    app = make_app(footer_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("f1")  # the help screen, then back
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert "Sort" in shown_keys(app) and "Words" not in shown_keys(app)

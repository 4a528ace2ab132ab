"""The footer is rebuilt only when the keys it shows change (tui68): a signal of changed
bindings that leaves the same keys shown (the search box opened and closed, the focus
back on the same list, a screen's own `refresh_bindings`) keeps the footer's key widgets;
a tab whose keys differ gets its own keys, as before."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.widgets.key_footer import KeyFooter


def footer_keys(app) -> list[FooterKey]:
    return list(app.screen.query_one(KeyFooter).query(FooterKey))


def footer_line(app) -> str:
    return screen_text(app).splitlines()[-1]


async def test_bindings_refreshed_with_the_same_keys_keep_the_footer(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        before, line = footer_keys(app), footer_line(app)
        assert before and "f Filter" in line
        app.screen.refresh_bindings()
        await settle(pilot)
        await pilot.press("slash")  # the search box over the main screen, then away again
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert footer_keys(app) == before  # the same widgets: nothing was rebuilt
        assert footer_line(app) == line


async def test_a_tab_with_other_keys_gets_them_and_its_keys_act(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        on_articles = footer_keys(app)
        await pilot.press("2")
        await settle(pilot)
        line = footer_line(app)
        assert "t Type" in line and "f Filter" not in line, line
        assert footer_keys(app) != on_articles
        await pilot.press("1")
        await settle(pilot)
        line = footer_line(app)
        assert "f Filter" in line and "t Type" not in line, line
        await pilot.press("f")  # a key the rebuilt footer shows still acts
        await settle(pilot)
        assert app.screen is not None and type(app.screen).__name__ != "MainScreen"


async def test_a_tab_switch_relabels_the_footer_and_composes_nothing(store_path, monkeypatch):  # noqa: F811
    """A tab switch moves the focus and refreshes the bindings more than once; the keys
    change once. tui68 composed the footer once for it; qa71 relabels the FooterKeys in
    place (KeyFooter._relabel) and mounts or removes only the difference, so nothing is
    composed, and the row is what a fresh footer draws for that tab."""
    composed = []
    compose = KeyFooter.compose

    def counting(self):
        composed.append(self)
        return compose(self)

    monkeypatch.setattr(KeyFooter, "compose", counting)
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = {}
        for tab in "23451":
            composed.clear()
            await pilot.press(tab)
            await settle(pilot)
            assert composed == [], tab
            lines[tab] = footer_line(app)
        for tab in "2345":  # the relabelled row is what a footer composed for that tab shows
            await pilot.press(tab)
            await settle(pilot)
            assert footer_line(app) == lines[tab], tab
            footer = app.screen.query_one(KeyFooter)
            footer.call_later(footer.recompose)  # in the footer's own context, as Footer does
            await settle(pilot)
            assert len(composed) == 1 and footer_line(app) == lines[tab], tab
            composed.clear()

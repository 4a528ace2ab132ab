"""qa56: `/` and a query typed right behind it in one burst (over SSH a fast typist's or a
paste's keys arrive at once) lost the query: the keys were queued for the list before the
search screen took the focus, so `/khorgos` opened an empty search box (or «horgos»),
its letters acting on the list (`k` up, `g` first row). Now the keys queued behind `/`
are typed into the search box, on every tab where `/` searches."""

from __future__ import annotations

import pytest
from textual import events

from tests.test_qa52_entity_typing import burst
from tests.test_tui import make_app, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)


@pytest.mark.parametrize("tab", ["1", "2", "3", "5"])
async def test_slash_and_a_query_in_one_burst_search_the_query(store_path, tab):  # noqa: F811
    from tui.screens.search_screen import SearchScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(tab)
        await settle(pilot)
        await burst(pilot, "/khorgos")
        assert isinstance(app.screen, SearchScreen)
        box = app.screen.query_one("#search-input")
        assert box.value == "khorgos"
        assert app.screen.focused is box


async def test_a_burst_after_the_search_box_opened_goes_on_at_its_end(store_path):  # noqa: F811
    """Keys typed once the box has the focus are typed there as before, after the burst's."""
    from tui.screens.search_screen import SearchScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await burst(pilot, "/kho")
        await burst(pilot, "rgos")
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#search-input").value == "khorgos"


async def test_escape_in_the_burst_closes_the_search(store_path):  # noqa: F811
    """`/`, letters, escape in one burst: the search closes and the list keys act again."""
    from tui.screens.main_screen import MainScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await burst(pilot, "/kh")
        pilot.app.post_message(events.Key("escape", None))
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("2")
        await settle(pilot)
        assert app.screen.active_pane == "entities"


@pytest.mark.parametrize("tab", ["1", "2"])
async def test_slash_and_a_query_in_one_burst_from_a_page(store_path, tab):  # noqa: F811
    """The same on a page opened from a list (an article's, a checkpoint's: its lists took
    the letters)."""
    from tui.screens.detail import DetailScreen
    from tui.screens.search_screen import SearchScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(tab)
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        await burst(pilot, "/khorgos")
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#search-input").value == "khorgos"


async def test_a_remapped_search_key_leaves_slash_alone(store_path):  # noqa: F811
    """The search opens by its binding's key, whatever a keymap makes it: `/` remapped away
    opens nothing (Articles has no other use for it)."""
    from tui.screens.main_screen import MainScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.set_keymap({"main.slash": "ctrl+f", "app.search": "ctrl+f"})
        await burst(pilot, "/kh")
        assert isinstance(app.screen, MainScreen)


async def test_w_and_words_in_one_burst_fill_the_words_prompt(store_path):  # noqa: F811
    """`w` then «очередь» in one burst opened the words prompt empty; now the words are in
    it, and an enter in the burst applies them."""
    from tui.screens.main_screen import MainScreen
    from tui.screens.prompt_screen import PromptScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await burst(pilot, "wкпп")
        assert isinstance(app.screen, PromptScreen)
        assert app.screen.query_one("#prompt-input").value == "кпп"
        await burst(pilot, "х")
        assert app.screen.query_one("#prompt-input").value == "кппх"  # typed on, not replacing
        pilot.app.post_message(events.Key("escape", None))
        await settle(pilot)
        await burst(pilot, "wхоргос")
        pilot.app.post_message(events.Key("enter", None))
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert "хоргос" in str(app.screen.article_filter.chips())


async def test_f_and_an_outlet_in_one_burst_fill_the_filter_dialog(store_path):  # noqa: F811
    """`f` then «kazinform» in one burst opened the filter dialog with its outlet empty (it
    was opened after a worker had read the outlets); now at once, the letters in it."""
    from tui.screens.filter_screen import FilterScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await burst(pilot, "frail")
        assert isinstance(app.screen, FilterScreen)
        box = app.screen.query_one("#filter-source")
        assert box.value == "rail" and app.screen.focused is box
        await burst(pilot, "-n")
        assert box.value == "rail-n"  # typed on, not over
        assert "Rail-news.kz" in str(app.screen.query_one("#filter-outlets").render())
        pilot.app.post_message(events.Key("enter", None))
        await settle(pilot)
        assert not isinstance(app.screen, FilterScreen)
        assert app.screen.article_source.filter.source == "Rail-n"  # matched against the outlets

"""qa57: `e` and a file name typed right behind it in one burst (over tmux a fast
typist's or a paste's keys arrive at once) opened the export prompt with its default
name, the letters lost on the list under it (`e` posted a message the app answered after
the burst's keys had passed). Now the prompt opens as `e` reaches the screen and the
letters typed behind it replace the default name, as a letter typed into the opened
prompt does."""

from __future__ import annotations

import pytest
from textual import events

from tests.test_qa52_entity_typing import burst
from tests.test_tui import make_app, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)


@pytest.mark.parametrize("tab", ["1", "4", "5"])
async def test_e_and_a_file_name_in_one_burst_fill_the_export_prompt(store_path, tab):  # noqa: F811
    from tui.screens.prompt_screen import PromptScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(tab)
        await settle(pilot)
        await burst(pilot, "eout.json")
        assert isinstance(app.screen, PromptScreen)
        box = app.screen.query_one("#prompt-input")
        assert box.value == "out.json"
        await burst(pilot, "l")
        assert box.value == "out.jsonl"  # typed on, not over


async def test_the_burst_with_enter_exports_to_the_typed_name(store_path, tmp_path, monkeypatch):  # noqa: F811
    """`e`, a name and enter in one burst write the list to that name."""
    from tui.screens.main_screen import MainScreen

    monkeypatch.chdir(tmp_path)
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await burst(pilot, "elist.csv")
        pilot.app.post_message(events.Key("enter", None))
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert (tmp_path / "list.csv").read_text(encoding="utf-8").startswith("id,")
        assert not (tmp_path / "borderdocs-articles.csv").exists()


async def test_e_alone_still_offers_the_default_name(store_path):  # noqa: F811
    from tui.screens.prompt_screen import PromptScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, PromptScreen)
        assert app.screen.query_one("#prompt-input").value == "borderdocs-entities.csv"
        await pilot.press("x")
        assert app.screen.query_one("#prompt-input").value == "x"  # the default selected: typing replaces it

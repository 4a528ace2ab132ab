"""qa52: `e` offers a bare file name («borderdocs-facts.csv») and said «Exported 162 facts
to borderdocs-facts.csv»: over SSH, from a terminal started in some folder, the user was
not told which one (a tmux pane's is not the shell's). The notice names the whole path."""

from __future__ import annotations

from tests.test_tui import make_app, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)


async def test_the_export_notice_names_the_folder(store_path, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.chdir(tmp_path)
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.query_one("#prompt-input").value == "borderdocs-articles.csv"
        await pilot.press("enter")
        await settle(pilot)
        notices = [str(n.message) for n in app._notifications]
    assert (tmp_path / "borderdocs-articles.csv").is_file()
    assert any(f"to {tmp_path / 'borderdocs-articles.csv'}" in n for n in notices), notices

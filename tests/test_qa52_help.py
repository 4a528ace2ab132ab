"""qa52: the help at 80×24 over SSH. Markdown's tables ruled a line between rows and its
headings took three blank lines, so F1 showed 6 keys of a screen's list in a 24-line
terminal; now a key is one line. The global table lists every key the README's key
table does (`ctrl+l` was missing)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.screens.help_screen import HELP, HelpScreen

SIZE = (80, 24)


async def test_help_shows_a_key_a_line_at_80_by_24(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        shown = [k for k in ("Up", "Down", "First", "Last", "Page up", "Page down", "Open", "Next pane") if k in text]
        # the screen's own keys, one after the other with no rule between them
        assert len(shown) == 8, text
        lines = text.splitlines()
        up = next(i for i, ln in enumerate(lines) if re.search(r"\bUp\b", ln))
        assert re.search(r"\bDown\b", lines[up + 1]), text
        assert not any(set(ln.strip(" │")) <= set("─┼├┤") and "─" in ln for ln in lines), text


def test_the_help_lists_every_key_of_the_readme_table():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Keys", 1)[1].split("\n\n", 1)[0]
    keys = {
        m for row in table.splitlines() if row.startswith("| `") for m in re.findall(r"`([^`]+)`", row.split("|")[1])
    }
    help_keys = set(re.findall(r"`([^`]+)`", HELP.read_text(encoding="utf-8")))
    assert keys and keys <= help_keys, keys - help_keys


async def test_the_keys_column_is_as_wide_as_its_keys(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        line = next(ln for ln in screen_text(app).splitlines() if re.search(r"\bUp\b", ln))
    # «↑ k» then the description after two cells, not half the box away
    assert re.search(r"↑ k\s{2,12}Up", line), line

"""tui72: the explorer's last rough edges, each through the running app.

- `e` to a .csv wrote a headline that opens with «=» as it came: a spreadsheet opening the
  file ran it (a made-up «=HYPERLINK(…)» title here); the cell now starts with «'», as the
  CLI's CSV does (store.sanitize.spreadsheet_cell), and the JSON keeps the title as written.
- At 60 columns a checkpoint page's footer ended at «f1 Help»: «c Copy», a key of the page
  shown, fell off the row; the page's keys now come before the ones every screen has.
- A half-year deadline gone by read «H1 past» on the board and in the facts' date column,
  no year: now «25H1 past» in the board's 9 cells, «25-H1 past» in the facts' 10.
The articles, titles and facts are made up."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import pytest

from store.db.board import BOARD_SORTS
from store.model import Fact
from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import sample_articles, store_path, write_store  # noqa: F401  (fixture)

FORMULA_TITLE = '=HYPERLINK("http://example.invalid/q";"Очередь на посту")'
DEADLINE_WORDS = "работы на посту закончат в первом полугодии 2025 года"


@pytest.fixture(scope="module")
def rough_store(tmp_path_factory):
    """The hand-made store, its first article titled like a formula and holding a deadline
    of a half-year long gone (2025-H1: behind any day these tests run on)."""
    items = sample_articles()
    article, extraction = items[0]
    deadline = Fact(
        "khorgos", "deadline", DEADLINE_WORDS, "Работы на посту закончат в первом полугодии 2025 года.", "2025-H1"
    )
    items[0] = (replace(article, title=FORMULA_TITLE), replace(extraction, facts=[*extraction.facts, deadline]))
    return write_store(tmp_path_factory.mktemp("tui72") / "store.db", items)


async def _export(path, tmp_path, monkeypatch, name: str) -> None:
    """Press `e` on the articles tab, type `name` over the offered file name, ⏎."""
    monkeypatch.chdir(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#prompt-input").value = name
        await pilot.press("enter")
        await settle(pilot)


async def test_the_csv_export_keeps_a_formula_title_from_running(rough_store, tmp_path, monkeypatch):
    await _export(rough_store, tmp_path, monkeypatch, "out.csv")
    with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as f:
        titles = [row["title"] for row in csv.DictReader(f)]
    assert "'" + FORMULA_TITLE in titles, titles
    assert not any(t.startswith(("=", "+", "-", "@")) for t in titles), titles
    assert "Достык: грузооборот вырос" in titles  # a plain title as it was


async def test_the_json_export_keeps_the_title_as_written(rough_store, tmp_path, monkeypatch):
    await _export(rough_store, tmp_path, monkeypatch, "out.json")
    titles = [row["title"] for row in json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))]
    assert FORMULA_TITLE in titles  # JSON is data, not a sheet: nothing added


@pytest.mark.parametrize("width", [60, 80])
async def test_a_checkpoint_pages_footer_shows_its_own_keys_first(store_path, width):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        for key in ("2", "t", "enter"):  # the entity list by type: checkpoints, then the first
            await pilot.press(key)
            await settle(pilot)
        assert type(app.screen).__name__ == "CheckpointScreen"
        footer = screen_text(app).splitlines()[-1]
        own = ["esc Back", "a Its articles", "+ AND filter", "c Copy"]
        assert all(key in footer for key in own), footer
        assert [footer.index(key) for key in own] == sorted(footer.index(key) for key in own), footer
        if "f1 Help" in footer:  # the keys every screen has come after the page's
            assert footer.index("f1 Help") > footer.index("c Copy"), footer
        await pilot.press("c")  # the key shown acts: something of the page to the clipboard
        await settle(pilot)
        assert app.clipboard, footer


@pytest.mark.parametrize("width", [60, 80])
async def test_a_passed_half_year_keeps_its_year_on_the_board_and_in_the_facts(rough_store, width):
    app = make_app(rough_store)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        for _ in BOARD_SORTS:  # `s` through the sorts to the deadline's: deadlines on top
            if "by deadline" in screen_text(app):
                break
            await pilot.press("s")
            await settle(pilot)
        row = next(line for line in screen_text(app).splitlines() if line.startswith("Хоргос"))
        assert "25H1 past" in row, row
        await pilot.press("5")
        await settle(pilot)
        row = next(line for line in screen_text(app).splitlines() if "Хоргос" in line and "past" in line)
        assert row.startswith("25-H1 past"), row


@pytest.mark.parametrize("tab", ["2", "4"])
async def test_a_footer_key_that_does_not_fit_is_left_out_whole(store_path, tab):  # noqa: F811
    """At 60 columns the entities' and directives' footers ended in «f1» under the ^p key,
    its «Help» cut off; a key that does not fit is left out, and is back once it fits."""
    app = make_app(store_path)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        await pilot.press(tab)
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        # «q Quit» and «f1 Help» are kept on the tabs (board73): «c Copy» is the key left out
        assert "f1 Help" in footer and "c Copy" not in footer and "c\N{HORIZONTAL ELLIPSIS}" not in footer, footer
        assert footer.rstrip().endswith("^p palette"), footer
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "c Copy" in footer and "f1 Help" in footer, footer
        await pilot.press("f1")  # the key acts whether it is shown or not
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpScreen"

"""ux86: three things ux85's walk through the explorer at 80×24 found unexplained
(/work/scratch/ux85/findings.md 7, 8, 10): a post's page titled without the kind the board
names its row by, the Entities list's counts without column labels, and the board's
deadline order said only as «by deadline». Pilot tests on ux85's hand-made store."""

from __future__ import annotations

import re

from tests.test_tui import down_to, make_app, screen_text, settle
from tests.test_tui_helpers import write_store
from tests.test_ui66_answers import answers_path  # noqa: F401  (a fixture: ui66's store of deadlines)
from tests.test_ux85_row_detail import items, open_tab


async def test_a_post_page_is_titled_as_the_board_names_its_row(tmp_path):
    """Сырдарья is a passenger and a rail crossing (two gazetteer rows): the board says
    «Сырдарья (rail)», and its page said «Сырдарья», as the passenger one's did."""
    from tui.screens.checkpoint_screen import CheckpointScreen

    path = write_store(tmp_path / "store.db", items())
    app = make_app(path)
    titles = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await open_tab(pilot, "3")
        board = app.screen.query_one("#board-list")
        for label in ("Достык", "Сырдарья (passenger)", "Сырдарья (rail)"):
            await down_to(pilot, board, lambda row, label=label: row["label"] == label)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, CheckpointScreen)
            titles[label] = screen_text(app).splitlines()[0]
            await pilot.press("escape")
            await settle(pilot)
    # the row's label begins the page's first line, the other names after it
    assert titles["Сырдарья (rail)"].startswith(" Сырдарья (rail)  Сырдария")
    assert titles["Сырдарья (passenger)"].startswith(" Сырдарья (passenger)  Сырдария")
    assert titles["Достык"].startswith(" Достык  ")  # a name no other row has: no kind (an article names it)


async def entity_lines(app) -> tuple[str, list[str]]:
    """The entity list's header line and its row lines, as drawn."""
    lines = screen_text(app).splitlines()
    header = app.screen.query_one("#entities-header").region
    lst = app.screen.query_one("#entity-list").region
    return lines[header.y], lines[lst.y : lst.y + lst.height]


async def test_the_entity_list_says_what_its_counts_count(tmp_path):
    """«69 art   ×158» had no label: a line above the rows names the type and name columns
    and says, ending where the counts end, what «art» and «×» count, with or without the
    list's scrollbar, at 80 and 60 columns."""
    path = write_store(tmp_path / "store.db", items())
    wide, mid = "art = articles naming it, most first · × = mentions", "art = articles, most first · × = mentions"
    for size, legend, scrolls in (((80, 24), wide, False), ((60, 20), mid, False), ((80, 8), wide, True)):
        app = make_app(path)
        async with app.run_test(size=size) as pilot:
            await open_tab(pilot, "2")
            header, rows = await entity_lines(app)
            shown = [r for r in rows if r.strip()]
            assert app.screen.query_one("#entity-list").show_vertical_scrollbar == scrolls
        assert header.startswith("type       name ") and header.rstrip().endswith(legend)
        assert shown and all(" art " in r and "×" in r for r in shown)
        # the legend's end is the counts' end (the rows are as wide as the list leaves them)
        ends = {re.search(r"×\d+", r).end() for r in shown}  # type: ignore[union-attr]
        assert ends == {len(header.rstrip())}, (header, shown)


async def test_the_board_sorted_by_deadline_says_its_order(answers_path):
    """Sorted by deadline the board puts the deadlines ahead first, then those gone by, under
    «deadline▲»; the status said only «by deadline». It says the order, and `S` turns it.
    ui66's store: Калжат's deadline 2099 is ahead, Тажен's 2019 gone by."""
    app = make_app(answers_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3", *"s" * 7)  # name, border, kind, region, status, date, capacity, deadline
        await settle(pilot)
        ahead_first = screen_text(app).splitlines()
        await pilot.press("S")
        await settle(pilot)
        past_first = screen_text(app).splitlines()
    named = [line.split()[0] for line in ahead_first if line.split() and line.split()[0] in ("Калжат", "Тажен")]
    # since ux87 the filters not set give way where the line would wrap at 80 columns
    assert "by deadline: ahead, then past  (s S b k u)" in ahead_first[2]
    assert named == ["Калжат", "Тажен"]
    named = [line.split()[0] for line in past_first if line.split() and line.split()[0] in ("Калжат", "Тажен")]
    assert "by deadline: past, then ahead  (s S b k u)" in past_first[2] and "reversed" not in past_first[2]
    assert named == ["Тажен", "Калжат"]

"""What qa39 met using the explorer and the CLI at 80x24 on a store of fresh pages
(s37): typing on the entity list, escape in a filter box, posts of one name, a
name shown twice in a header, article hits whose date and outlet fell off the
row, and the stats line's «?» outlet. Made-up articles in the same shapes."""

from __future__ import annotations

import json

import pytest
from rich.text import Text

from store import cli
from store.db import store as db
from store.lang import gazetteer
from store.model import Article, Extraction
from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import mention, write_store
from tui.screens.checkpoint_screen import CheckpointScreen
from tui.screens.entity_screen import EntityScreen
from tui.screens.main_screen import MainScreen
from tui.screens.search_screen import SearchScreen
from tui.widgets.result_rows import ResultRows, fit

SIZE = (80, 24)
LONG_TITLE = "Очереди большегрузов на границе: водители снова жалуются на работу поста в соседней области"
BODY_A = "Водители большегрузов стоят у пункта Хоргос. Об этом пишет Azat Press."
BODY_B = "На пункте Хоргос снова очереди большегрузов, сообщили водители."


def items():
    a = Article(
        file="a.txt", path="/in/a.txt", title=LONG_TITLE, body=BODY_A, raw=BODY_A, date="2026-02-21", source="Мой город"
    )
    b = Article(file="b.txt", path="/in/b.txt", title=LONG_TITLE, body=BODY_B, raw=BODY_B, date="2025-07-29")
    ea = Extraction(
        mentions=[
            mention(BODY_A, "checkpoint", "Хоргос", "Хоргос"),
            mention(BODY_A, "organization", "Azat Press", "Azat Press"),
        ],
        lemmas="водитель большегруз\nпункт хоргос",
    )
    eb = Extraction(mentions=[mention(BODY_B, "checkpoint", "Хоргос", "Хоргос")], lemmas="пункт хоргос большегруз")
    return [(a, ea), (b, eb)]


@pytest.fixture(scope="module")
def qa_path(tmp_path_factory):
    path = write_store(tmp_path_factory.mktemp("qa39") / "store.db", items())
    store = db.open_store(path, write=True)
    with store.conn:  # a gazetteer row that lists a spelling twice, once in another case
        store.conn.execute(
            "UPDATE checkpoints SET names_latin=? WHERE id='khorgos'",
            (json.dumps(["Khorgos", "Khorgos", "khorgos", "Qorgas"]),),
        )
    store.close()
    return path


async def test_typing_a_name_on_the_entity_list_filters_it(qa_path):
    app = make_app(qa_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        assert app.focused.id == "entity-list"
        await pilot.press(*"Хорг")
        await settle(pilot)
        assert app.focused.id == "entity-filter"
        assert app.screen.query_one("#entity-filter").value == "Хорг"
        assert "1 entity ·" in screen_text(app)  # singular since qa45
        await pilot.press("escape")  # back to the list, the filter kept
        assert isinstance(app.screen, MainScreen) and app.focused.id == "entity-list"
        assert app.screen.query_one("#entity-filter").value == "Хорг"
        await pilot.press("down", "x")  # keys the list or the screen use still act (qa58: `j` begins a name there)
        await settle(pilot)
        assert app.focused.id == "entity-list" and app.screen.query_one("#entity-filter").value == ""


async def test_escape_leaves_the_directive_filter_box(qa_path):
    app = make_app(qa_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4", "slash", *"abc", "escape")
        await settle(pilot)
        assert app.focused.id == "directive-list"
        await pilot.press("1")  # a tab number after escape switches the tab, not typed
        await settle(pilot)
        assert app.screen.query_one("TabbedContent").active == "articles"


async def test_a_checkpoint_row_says_whose_post_it_is(qa_path):
    app = make_app(qa_path)
    cp = gazetteer.get("khorgos")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        assert f"Хоргос — {cp.kind}, border with {cp.border}" in screen_text(app)  # qa41: not «, Казахстан»


async def test_checkpoint_header_names_each_spelling_once(qa_path):
    app = make_app(qa_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("enter")  # Хоргос: the most mentioned
        await settle(pilot)
        assert isinstance(app.screen, CheckpointScreen)
        header = screen_text(app).splitlines()[0]
        assert header.count("Khorgos") == 1 and "khorgos" not in header and "Qorgas" in header


async def test_entity_header_skips_a_latin_name_equal_to_the_name(qa_path):
    app = make_app(qa_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "down", "enter")  # qa58: `j` on the entity list begins a name
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
        header = screen_text(app).splitlines()[0]
        assert header.count("Azat Press") == 1 and "org" in header


async def test_article_hits_keep_date_and_outlet_at_80_columns(qa_path):
    app = make_app(qa_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"большегрузов")
        for _ in range(40):
            await settle(pilot)
            if "2025-07-29" in screen_text(app):
                break
        assert isinstance(app.screen, SearchScreen)
        rows = [ln for ln in screen_text(app).splitlines() if "Очереди большегрузов" in ln]
        assert len(rows) == 2, screen_text(app)
        assert any("· 2026-02-21 Мой город" in r for r in rows) and any("· 2025-07-29" in r for r in rows)
        assert all("…" in r for r in rows)  # the title is the part cut
        assert app.screen.query_one(ResultRows).rows


def test_fit_keeps_the_end_and_cuts_the_head():
    prompt = Text("a" * 50 + "  · 2026-01-01 Outlet")
    cut_whole = "a" * 39 + "…"  # nothing kept, or too little head left: the row ends in «…» at the width (qa45)
    assert fit(prompt, 0, 40).plain == cut_whole
    cut = fit(prompt, len("  · 2026-01-01 Outlet"), 40)
    assert cut.cell_len == 40 and cut.plain.endswith("a…  · 2026-01-01 Outlet")
    assert fit(prompt, len(prompt.plain) - 3, 40).plain == cut_whole
    assert fit(Text("short  · x"), 3, 40).plain == "short  · x"


def test_stats_names_a_missing_outlet(qa_path, capsys):
    assert cli.main(["stats", "--db", str(qa_path)]) == 0
    out = capsys.readouterr().out
    sources = next(ln for ln in out.splitlines() if ln.startswith("top sources"))
    assert "(no source) 1" in sources and "?" not in sources and "Мой город 1" in sources
    assert cli.main(["stats", "--db", str(qa_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sources"]["?"] == 1  # the JSON keeps its key


async def test_the_footer_says_what_slash_does_on_each_tab(qa_path):
    app = make_app(qa_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "/ Search" in screen_text(app).splitlines()[-1]
        await pilot.press("4")
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "/ Filter" in footer and "Search" not in footer
        await pilot.press("slash")
        assert app.focused.id == "directive-filter" and isinstance(app.screen, MainScreen)
        await pilot.press("escape", "3", "slash")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)

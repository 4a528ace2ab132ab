"""Pilot tests for the tabs 3 Checkpoints board, 4 Directives and 5 Facts (issue 17),
on a hand-made store (the one of test_tui_helpers plus an article with queue and
status facts), and their store side (store.board)."""

from __future__ import annotations

import csv
import json

import pytest

from store.db import board, directive_reads, fact_reads
from store.db.store import open_store
from store.lang import gazetteer
from store.model import Article, Extraction, Fact
from tests.test_tui import down_to, make_app, screen_text, settle
from tests.test_tui_helpers import mention, sample_articles, write_store
from tui.screens.article_screen import ArticleScreen
from tui.screens.checkpoint_screen import CheckpointScreen
from tui.screens.main_screen import MainScreen
from tui.widgets.board_list import BoardList
from tui.widgets.directive_list import DirectiveList
from tui.widgets.fact_list import FactList

SIZE = (80, 24)
BODY5 = "На пункте пропуска Достык очередь из 300 грузовиков. Хоргос работает в штатном режиме."


def views_articles():
    a5 = Article(
        file="a5.txt",
        path="/in/a5.txt",
        title="Очередь на Достыке",
        body=BODY5,
        raw=BODY5,
        date="2025-11-02",
        source="Tengrinews",
        language="ru",
    )
    e5 = Extraction(
        mentions=[mention(BODY5, "checkpoint", "Достык", "Достык"), mention(BODY5, "checkpoint", "Хоргос", "Хоргос")],
        facts=[
            Fact("dostyk", "queue", "очередь из 300 грузовиков", BODY5.split(". ")[0], None),
            Fact("khorgos", "status", "работает в штатном режиме", BODY5.split(". ")[1], None),
        ],
    )
    return [*sample_articles(), (a5, e5)]


@pytest.fixture(scope="module")
def views_path(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("views") / "store.db", views_articles())


# ---------------------------------------------------------------- store.board


def test_board_has_every_gazetteer_checkpoint_with_its_newest_facts(views_path):
    store = open_store(views_path)
    try:
        rows = board.board_rows(store)
    finally:
        store.close()
    assert [r["id"] for r in rows] == [r["id"] for r in sorted(rows, key=lambda r: (r["name"].casefold(), r["name"]))]
    assert sorted(r["id"] for r in rows) == sorted(cp.id for cp in gazetteer.all())
    khorgos = next(r for r in rows if r["id"] == "khorgos")
    assert (khorgos["status"], khorgos["status_date"]) == ("working", "2025-11-02")  # its label
    assert khorgos["status_words"] == "работает в штатном режиме"
    assert khorgos["capacity"] == "с 200 до 1600 транспортных средств в сутки"
    assert (khorgos["queue"], khorgos["queue_date"]) == ("кезек азайды", "2025-10-08")
    assert khorgos["articles"] == 3 and khorgos["entity_id"] is not None
    unmentioned = next(r for r in rows if r["id"] == "nur-zholy")
    assert unmentioned["articles"] == 0 and unmentioned["entity_id"] is None


def test_board_sorts_filters_and_keeps_empty_values_last(views_path):
    store = open_store(views_path)
    try:
        by_articles = board.board_rows(store, "articles")
        reversed_ = board.board_rows(store, "articles", reverse=True)
        china_rail = board.board_rows(store, border="Китай", kind="rail")
    finally:
        store.close()
    assert [r["articles"] for r in by_articles[:2]] == [3, 2]
    assert by_articles[0]["id"] == "khorgos"
    assert reversed_[0]["articles"] == 0
    assert china_rail and all(r["border"] == "Китай" and r["kind"] == "rail" for r in china_rail)
    dated = board.sort_board(by_articles, "status_date")
    assert dated[0]["id"] == "khorgos" and dated[-1]["status_date"] is None


def test_directive_and_fact_pages_seek_like_offsets(views_path):
    store = open_store(views_path)
    try:
        facts = fact_reads.fact_page(store, limit=10)
        first, second = fact_reads.fact_list_page(store, None, None, 0, 2), None
        second = fact_reads.fact_list_page(store, None, None, 1, 2, first)
        assert first + second == facts[:4]
        assert [f["date"] for f in facts] == sorted((f["date"] for f in facts), reverse=True)
        queues = fact_reads.fact_page(store, "queue")
        assert [(f["checkpoint"], f["date"]) for f in queues] == [("Достык", "2025-11-02"), ("Хоргос", "2025-10-08")]
        assert (
            fact_reads.count_facts(store, "queue", "Китай") == 2
            and fact_reads.count_facts(store, "queue", "Россия") == 0
        )
        assert directive_reads.count_directives(store, "БЕКТЕНОВ комитет") == 1
        assert directive_reads.count_directives(store, "премьер-министр") == 1  # the giver's post counts
        assert directive_reads.count_directives(store, "бектенов нетакого") == 0
        d = directive_reads.directive_page(store, "бектенов")[0]
        assert (d["by"], d["post"], d["to"], d["when"]) == (
            "Олжас Бектенов",
            "премьер-министр",
            "Комитет государственных доходов",
            "в месячный срок",
        )
        assert d["title"].startswith("Бектенов поручил")
    finally:
        store.close()


# ---------------------------------------------------------------- pilot: tabs and keys


async def test_number_keys_switch_tabs_and_focus_their_list(views_path):
    app = make_app(views_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.screen
        for key, pane, widget in (
            ("3", "checkpoints", "board-list"),
            ("4", "directives", "directive-list"),
            ("5", "facts", "fact-list"),
            ("2", "entities", "entity-list"),
            ("1", "articles", "article-list"),
        ):
            await pilot.press(key)
            await settle(pilot)
            assert main.active_pane == pane and main.focused.id == widget, key


async def test_board_lists_every_checkpoint_and_enter_opens_its_page(views_path):
    app = make_app(views_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        lst = app.screen.query_one(BoardList)
        assert lst.row_count == len(gazetteer.all())
        text = screen_text(app)
        assert f"{len(gazetteer.all())} checkpoints" in text
        assert "checkpoint ▲" in text and "status" in text and "date" in text
        assert "region" not in text  # 80 columns: name, border, status, date only
        await down_to(pilot, lst, lambda row: row["id"] == "khorgos")
        assert "working" in screen_text(app)  # the label of «работает в штатном режиме»
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CheckpointScreen)
        assert "Timeline (3)" in screen_text(app)


async def test_board_sort_reverse_border_and_kind_keys(views_path):
    app = make_app(views_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        main, lst = app.screen, app.screen.query_one(BoardList)
        for expected in board.BOARD_SORTS[1:]:
            await pilot.press("s")
            await settle(pilot)
            assert main.board_source.sort == expected
        assert lst.current["id"] == "khorgos"  # by articles: the most named first
        await pilot.press("S")
        await settle(pilot)
        assert main.board_source.reverse and lst.current["articles"] == 0
        await pilot.press("b")
        await settle(pilot)
        first_border = board.borders()[0]
        assert all(lst.row(i)["border"] == first_border for i in range(lst.row_count))
        await pilot.press("k")  # on the board `k` is the kind filter, not "up"
        await settle(pilot)
        kind = board.kinds()[0]
        assert main.board_source.kind == kind
        assert all(lst.row(i)["kind"] == kind for i in range(lst.row_count))
        assert f"{first_border} · {kind}" in screen_text(app)
        await pilot.press("x")
        await settle(pilot)
        assert lst.row_count == len(gazetteer.all())


async def test_board_is_wider_at_160_columns(views_path):
    """At 160 columns the board shows kind, capacity and article count, and the preview
    pane beside it the highlighted checkpoint's region, deadline and queue; from 200
    columns every column is in the list itself."""
    app = make_app(views_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("3", *"s" * (board.BOARD_SORTS.index("articles")))
        await settle(pilot)
        text = screen_text(app)
        for label in ("kind", "capacity", "art."):
            assert label in text, label
        assert "с 200 до 1600" in text
        assert app.screen.query_one(BoardList).current["name"] == "Хоргос"  # the most articles
        for label in ("region", "queue    кезек азайды  (2025-10-08)"):
            assert label in text, label
        await pilot.resize_terminal(200, 48)
        await settle(pilot)
        text = screen_text(app)
        for label in (
            "kind",
            "region",
            "capacity",
            "deadline",
            "last queue",
            "art.",
        ):  # qa46: the month in the queue cell
            assert label in text.splitlines()[3], label  # the header row


async def test_directives_filter_by_words_and_enter_opens_the_article(views_path):
    app = make_app(views_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        lst = app.screen.query_one(DirectiveList)
        assert lst.row_count == 1
        # the addressee too long for its column is shown by the body's abbreviation (dir74)
        assert "Олжас Бектенов" in screen_text(app) and " КГД " in screen_text(app)
        await pilot.press("slash")
        assert app.screen.focused.id == "directive-filter"
        await pilot.press(*"нетакого")
        await settle(pilot)
        assert lst.row_count == 0 and "No directives." in screen_text(app)
        app.screen.query_one("#directive-filter").value = "бектенов"
        await settle(pilot)
        await pilot.press("enter")  # from the filter to the list
        assert app.screen.focused is lst and lst.row_count == 1
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert "Бектенов поручил ускорить" in screen_text(app)


async def test_slash_outside_directives_is_still_the_search(views_path):
    from tui.screens.search_screen import SearchScreen

    app = make_app(views_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3", "slash")
        assert isinstance(app.screen, SearchScreen)


async def test_facts_newest_first_filtered_to_queues_and_by_border(views_path):
    app = make_app(views_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)
        main, lst = app.screen, app.screen.query_one(FactList)
        assert lst.row_count == 4
        await pilot.press("k")
        await settle(pilot)
        assert main.fact_source.kind == "queue"
        assert [(lst.row(i)["checkpoint"], lst.row(i)["date"]) for i in range(lst.row_count)] == [
            ("Достык", "2025-11-02"),
            ("Хоргос", "2025-10-08"),
        ]
        text = screen_text(app)
        assert text.index("очередь из 300 грузовиков") < text.index("кезек азайды")
        await pilot.press("b")
        await settle(pilot)
        assert main.fact_source.border == board.borders()[0] == "Китай" and lst.row_count == 2
        await pilot.press("b")
        await settle(pilot)
        assert lst.row_count == 0
        await pilot.press("x", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)


async def test_tab_keys_only_act_and_show_on_their_tab(views_path):
    app = make_app(views_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.screen
        await pilot.press("s", "b")
        await settle(pilot)
        assert main.board_source == type(main.board_source)() and main.fact_source.border is None
        footer = screen_text(app).splitlines()[-1]
        assert "Sort" not in footer and "Filter" in footer
        await pilot.press("3")
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "Sort" in footer and "Border" in footer and "Filter" not in footer


@pytest.mark.parametrize(
    "pane,key,name,fields",
    [
        ("checkpoints", "3", "board.csv", board.BOARD_FIELDS),
        ("directives", "4", "directives.json", directive_reads.DIRECTIVE_FIELDS),
        ("facts", "5", "facts.csv", fact_reads.FACT_FIELDS),
    ],
)
async def test_export_writes_the_current_tab(views_path, tmp_path, pane, key, name, fields):
    app = make_app(views_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(key, "e")
        await pilot.pause()
        field = app.screen.query_one("#prompt-input")
        assert field.value == f"borderdocs-{pane}.csv"
        field.value = str(tmp_path / name)
        await pilot.press("enter")
        await settle(pilot)
    out = tmp_path / name
    if name.endswith(".json"):
        rows = json.loads(out.read_text(encoding="utf-8"))
        assert rows and list(rows[0]) == fields
    else:
        with out.open(encoding="utf-8") as f:
            reader = csv.DictReader(f)
            rows = list(reader)
        assert reader.fieldnames == fields
    expected = {"checkpoints": len(gazetteer.all()), "directives": 1, "facts": 4}[pane]
    assert len(rows) == expected


async def test_cursor_row_is_visible_in_every_theme_and_without_colour(views_path, monkeypatch):
    """The cursor row's style differs from its neighbours' even where cells set their own
    styles, in the default and ansi-dark themes and under NO_COLOR (reverse video)."""
    for theme, no_color in (("textual-dark", False), ("ansi-dark", False), ("textual-dark", True)):
        if no_color:
            monkeypatch.setenv("NO_COLOR", "1")
        app = make_app(views_path, "--theme", theme) if theme != "textual-dark" else make_app(views_path)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("3")
            await settle(pilot)
            lst = app.screen.query_one(BoardList)
            cursor, other = lst.render_line(0), lst.render_line(1)
            cur_styles = {s.style for s in cursor if s.text.strip()}
            other_styles = {s.style for s in other if s.text.strip()}
            assert cur_styles.isdisjoint(other_styles), theme
            if no_color:
                assert all(s.reverse for s in cur_styles)
        monkeypatch.delenv("NO_COLOR", raising=False)


async def test_help_shows_this_screens_keys_first_and_scrolls_with_g(views_path):
    from tui.screens.help_screen import HelpScreen

    app = make_app(views_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3", "f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        md = app.screen.query_one("#help-text").source
        here = md.split("# borderdocs")[0]
        assert here.startswith("# Keys here: the lists")
        for expected in ("| `s` | Sort |", "| `S` | Reverse |", "| `b` | Border |", "| `k` | Kind |", "| `⏎` | Open |"):
            assert expected in here, expected
        assert "Filter" not in here  # `f` does nothing on the board
        box = app.screen.query_one("#help-box")
        await pilot.press("G")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert box.scroll_y == 0


async def test_export_asks_before_replacing_a_file_and_writes_article_sources_and_names(views_path, tmp_path):
    from tui.screens.confirm_screen import ConfirmScreen

    out = tmp_path / "articles.csv"
    out.write_text("keep me", encoding="utf-8")
    app = make_app(views_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for answer in ("n", "y"):
            await pilot.press("e")
            await pilot.pause()
            app.screen.query_one("#prompt-input").value = str(out)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ConfirmScreen)
            await pilot.press(answer)
            await settle(pilot)
            if answer == "n":
                assert out.read_text(encoding="utf-8") == "keep me"
    with out.open(encoding="utf-8") as f:
        rows = {r["title"]: r for r in csv.DictReader(f)}
    bektenov = rows["Бектенов поручил ускорить реконструкцию пунктов пропуска"]
    assert bektenov["path"] == "/in/a1.txt" and bektenov["checkpoints"] == "Хоргос"
    assert bektenov["entities"].split("; ")[0] == "Олжас Бектенов"  # most mentioned first
    assert "Комитет государственных доходов" in bektenov["entities"]
    assert rows["Очередь на Достыке"]["checkpoints"] == "Достык; Хоргос"


async def test_filter_refuses_impossible_dates_and_matches_outlets_by_any_case_substring(views_path):
    from tui.screens.filter_screen import FilterScreen
    from tui.widgets.article_list import ArticleList

    app = make_app(views_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        await pilot.press("f")
        await settle(pilot)
        dialog = app.screen
        dialog.query_one("#filter-date_from").value = "2024-13"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog and "there is no month 13" in screen_text(app)
        dialog.query_one("#filter-date_from").value = "2025-02-30"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog and "there is no day 30 in 2025-02" in screen_text(app)
        dialog.query_one("#filter-date_from").value = ""
        dialog.query_one("#filter-source").value = "nosuch"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog and "no outlet contains «nosuch»" in screen_text(app)
        dialog.query_one("#filter-source").value = "kazakhstan"
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, FilterScreen)
        assert articles.row_count == 1 and articles.current["source"] == "Kazakhstan Today"
        assert "outlet: Kazakhstan ×" in screen_text(app)  # its chip


async def test_command_palette_offers_the_lists_actions(views_path):
    app = make_app(views_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        for title in (
            "Facts tab (5)",
            "Checkpoints board (3)",
            "Filter articles (f)",
            "Export this list (e)",
            "Sort the board (s)",
            "Search (/)",
            "Theme",
        ):
            assert any(t.startswith(title) for t in commands), title
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"Facts tab")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and app.screen.active_pane == "facts"
        commands["Checkpoints board (3)"].callback()
        await settle(pilot)
        commands["Sort the board (s)"].callback()
        await settle(pilot)
        assert app.screen.active_pane == "checkpoints" and app.screen.board_source.sort == "border"


def test_counted_says_first_n_of_m_only_when_capped():
    from tui.text import counted

    assert counted("Articles", 3, 3) == "Articles (3)"
    assert counted("Articles", 100, 1786) == "Articles (first 100 of 1,786)"


async def test_capped_checkpoint_lists_show_their_true_totals(views_path, monkeypatch):
    from store.db import entity_reads

    monkeypatch.setattr(entity_reads, "DETAIL_LIMIT", 1)
    app = make_app(views_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3", *"s" * board.BOARD_SORTS.index("articles"), "enter")  # Хоргос: most articles
        await settle(pilot)
        assert isinstance(app.screen, CheckpointScreen)
        text = screen_text(app)
        assert "Timeline (first 1 of 3)" in text
        # the one directive of Хоргос's articles names no checkpoint in its sentence (schema 4)
        assert "Directives" not in text


def test_board_status_without_a_status_fact_is_the_gazetteers_said_so(views_path):
    """No article states Достык's status (only a queue): its cell is the gazetteer's
    status, marked as such and undated; sorted by status, reported ones come first."""
    store = open_store(views_path)
    try:
        rows = {r["id"]: r for r in board.board_rows(store)}
        by_status = board.board_rows(store, "status")
    finally:
        store.close()
    assert (rows["dostyk"]["status"], rows["dostyk"]["status_date"]) == ("working (gazetteer)", None)
    planned = [cp.id for cp in gazetteer.all() if cp.status == "planned"]
    assert planned and rows[planned[0]]["status"] == "planned (gazetteer)"
    assert by_status[0]["id"] == "khorgos" and by_status[0]["status_date"] == "2025-11-02"
    assert all(r["status_date"] is None for r in by_status[1:])


def test_a_road_and_a_rail_crossing_of_one_name_are_told_apart(views_path):
    """Алимбет is a road and a rail crossing (two gazetteer rows, one name): at 80
    columns the board hides the kind, so the name says it."""
    store = open_store(views_path)
    try:
        rows = board.board_rows(store)
    finally:
        store.close()
    labels = {r["id"]: r["label"] for r in rows}
    assert labels["alimbet"] == "Алимбет (road)" and labels["alimbet-rail"] == "Алимбет (rail)"
    assert labels["khorgos"] == "Хоргос"  # a name of one row is left alone
    names = [r["name"] for r in rows]
    twice = {n for n in names if names.count(n) > 1}
    assert all(r["label"] != r["name"] for r in rows if r["name"] in twice)
    assert len({r["label"] for r in rows}) == len(rows)  # no two rows read the same


async def test_the_board_at_80_columns_names_the_kind_of_alimbet(views_path):
    app = make_app(views_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        text = screen_text(app)
        assert "Алимбет (road)" in text and "Алимбет (rail)" in text

"""Pilot tests: every flow of the explorer, driven by keys at 80x24 on a hand-made store.

The app is built by tui.cli.build_app, the same factory the console script uses.
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable

from textual import events
from textual.worker import WorkerCancelled

from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.cli import build_app
from tui.screens.article_screen import ArticleScreen
from tui.screens.checkpoint_screen import CheckpointScreen
from tui.screens.entity_screen import EntityScreen
from tui.screens.help_screen import HelpScreen
from tui.screens.main_screen import MainScreen
from tui.screens.search_screen import SearchScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.entity_list import EntityList
from tui.widgets.nav_list import NavList
from tui.widgets.result_rows import ResultRows

SIZE = (80, 24)


async def settle(pilot, rounds: int = 3) -> None:
    """Let workers finish and their results land on screen. A worker cancelled while
    it is waited for (a page closed by a key of the burst before its load finished) has
    finished too: the app cancels it on purpose, so the wait goes on with the rest."""
    for _ in range(rounds):
        for worker in list(pilot.app.workers):
            try:
                await worker.wait()
            except WorkerCancelled:
                pass
        await pilot.pause()


def _work_still_waiting(app) -> bool:
    """Keys the explorer has put aside to act on later: behind a ⏎ that opens a page
    (HeldKeys), behind a query whose results are not painted (the search screen), or
    typed on a list before its rows came (VirtualList); or a query whose whole results
    are not on screen yet."""
    from tui.widgets.virtual_list import VirtualList

    for screen in app.screen_stack:
        held = getattr(screen, "_held", None)
        if getattr(held, "holding", False) or isinstance(held, list) and held:
            return True
        if isinstance(screen, SearchScreen) and screen._results_pending():
            return True
        if any(lst._waiting for lst in screen.query(VirtualList)):
            return True
    return False


def _what_is_shown(app) -> tuple:
    focused = app.screen.focused
    return tuple(type(s).__name__ for s in app.screen_stack), type(focused).__name__, id(focused), screen_text(app)


async def settle_until(pilot, check: Callable[[], object], what: str, most_s: float = 30.0) -> None:
    """settle() until `check()` holds: a step of a test waits for the state the next step
    needs (a tab built, a list filtered, a page's record shown), not for a number of
    rounds, which a busy machine outran (race66: open_entity_page typed into the Entities
    filter before its tab was built). `most_s` only ends a wait that would never end."""
    ends = time.monotonic() + most_s
    while not check():
        assert time.monotonic() < ends, f"waited {most_s} s for {what}"
        await settle(pilot, 1)


async def settle_until_still(pilot, most: int) -> None:
    """settle() until the app has no key put aside, no worker running, and one more
    settle changes nothing it shows (screens, focus, text), at most `most` times: the
    burst tests gave every key the same `most` settles whether it needed them or not
    (each settle waits for idle three times, a second or more at a busy machine's load).
    A key acted on later still changes what is shown, so the loop goes on for it."""
    before = None
    for _ in range(most):
        await settle(pilot)
        now = None if _work_still_waiting(pilot.app) else _what_is_shown(pilot.app)
        if now is not None and now == before:
            return
        before = now


async def down_to(pilot, lst, wanted) -> None:
    """`j` pressed on the list `lst` until `wanted(row)` holds for the cursor's row: as many
    presses as that loop made, posted as one burst (as a held key or a paste sends them; the
    lists take a burst as they take keys one by one, test_qa59_tab_burst), then settled.
    A hundred presses each awaited until the app idled took 10-30 s of waiting."""
    rows = [lst.row(i) for i in range(lst.cursor, lst.row_count)]
    steps = next(n for n, row in enumerate(rows) if row is not None and wanted(row))
    for _ in range(steps):
        pilot.app.post_message(events.Key("j", "j"))
    await settle(pilot)
    assert wanted(lst.current), lst.current


def screen_text(app) -> str:
    """What the current screen shows, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def drawn(pilot, text: str, rounds: int = 50) -> str:
    """The screen's text once `text` is on it (a screen just switched back to may paint
    a frame after its workers are done), or as it is after `rounds` pauses."""
    for _ in range(rounds):
        shown = screen_text(pilot.app)
        if text in shown:
            break
        await pilot.pause(0.02)
    return shown


def make_app(path, *extra):
    app = build_app(["--db", str(path), *extra])
    assert not isinstance(app, str), app
    return app


async def test_launch_shows_titles_newest_first(store_path):
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        text = screen_text(app)
        assert "4 articles, newest first" in text
        lines = [ln for ln in text.splitlines() if ln[:4] in ("2025", "2024", "unda")]
        # the undated article last, saying so (qa57: it printed «—», tabs 4 and 5 «undated»)
        assert [ln[:10] for ln in lines] == ["2025-10-08", "2025-08-07", "2024-09-16", "undated   "]
        assert "Бектенов поручил ускорить" in text


async def test_search_khorgos_then_enter_shows_checkpoint(store_path):
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"khorgos")
        await settle(pilot)
        prompts = [str(row.prompt) for row in app.screen.query_one(ResultRows).rows]
        assert any("Хоргос" in p for p in prompts), prompts
        assert prompts[0].startswith("Checkpoints")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CheckpointScreen)
        text = screen_text(app)
        for expected in (
            "Хоргос",
            "Қорғас",
            "Khorgos",
            "road",
            "China",
            "Жетісу",
            "с 200 до 1600 транспортных средств в сутки",
            "Timeline (2)",
        ):
            assert expected in text, expected


async def test_search_escape_closes_and_results_update_per_key(store_path):
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"дост")
        await settle(pilot)
        names = [r["name"] for r in app.screen.last_results]
        assert "Достык" in names
        await pilot.press("backspace", "backspace", "backspace", "backspace", *"бектен")
        await settle(pilot)
        assert "Олжас Бектенов" in [r["name"] for r in app.screen.last_results]
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_article_reader_and_navigation_to_entity(store_path):
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")  # second row: the Bektenov article
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        text = screen_text(app)
        assert "Бектенов поручил ускорить реконструкцию" in text
        assert "2025-08-07 · Kazakhstan Today · Астана · Иван Петров · ru" in text
        assert "Премьер-министр Олжас Бектенов провел совещание" in text
        related = app.screen.query_one(NavList)
        items = [str(related.get_option_at_index(i).prompt) for i in range(related.option_count)]
        assert items[:2] == ["Checkpoints (1)", "Хоргос  ×1"]
        assert "Олжас Бектенов — премьер-министр  ×2" in items
        assert any("с 200 до 1600" in i for i in items)
        assert any(i.startswith("Олжас Бектенов → Комитет государственных доходов") for i in items)
        # body highlights: the mention spans carry the type styles
        body = app.screen.query_one("#body-text").content
        styled = {body.plain[s.start : s.end]: str(s.style) for s in body.spans}
        assert styled["Олжас Бектенов"] == "bold cyan"
        assert styled["Хоргос"] == "bold reverse yellow"
        # tab to the list, down to the person, enter opens the entity
        await pilot.press("tab")
        assert app.screen.focused is related
        while related.current is None or related.current.type != "person":
            await pilot.press("j")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
        text = screen_text(app)
        assert "Olzhas Bektenov" in text and "премьер-министр" in text
        assert "2025-08 … 2025-08" in text  # the sparkline's month range
        assert "Mentioned with" in text


async def test_back_and_history(store_path):
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        await pilot.press("tab", "enter")  # the first related item: Хоргос
        await settle(pilot)
        assert isinstance(app.screen, CheckpointScreen)
        await pilot.press("backspace")
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.focused is app.screen.query_one(NavList)  # focus comes back where it was
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CheckpointScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("escape", "backspace")  # nothing behind the lists: stays
        assert isinstance(app.screen, MainScreen)


async def test_help_f1_and_question_mark(store_path):
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("f1", "question_mark"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            md = app.screen.query_one("#help-text").source
            for k in ("`/`", "`tab` / `shift+tab`", "`backspace`", "`e`", "`c`", "`q`, `ctrl+q`"):
                assert k in md
            await pilot.press("escape")
            assert isinstance(app.screen, MainScreen)


async def test_every_binding_has_an_id():
    from textual.app import App

    from tui import app as app_mod
    from tui.screens import (
        checkpoint_screen,
        entity_screen,
        filter_screen,
        help_screen,
        main_screen,
        prompt_screen,
        search_screen,
    )
    from tui.widgets import body_view, nav_list, result_rows, virtual_list

    classes = [
        app_mod.BorderdocsApp,
        main_screen.MainScreen,
        search_screen.SearchScreen,
        help_screen.HelpScreen,
        entity_screen.EntityScreen,
        checkpoint_screen.CheckpointScreen,
        filter_screen.FilterScreen,
        prompt_screen.PromptScreen,
        virtual_list.VirtualList,
        nav_list.NavList,
        result_rows.ResultRows,
        body_view.BodyView,
    ]
    for cls in classes:
        own = [b for b in cls.__dict__.get("BINDINGS", [])]
        assert own, cls
        assert all(b.id for b in own), cls
    assert App.COMMANDS < app_mod.BorderdocsApp.COMMANDS


async def test_q_quits(store_path):
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_tab_cycles_panes_and_entity_filter(store_path):
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.screen
        assert main.focused.id == "article-list"
        await pilot.press("tab")
        assert main.focused.id == "entity-filter"
        await settle(pilot)
        assert "7 entities" in screen_text(app)
        await pilot.press(*"бектен")
        await settle(pilot)
        entities = main.query_one(EntityList)
        assert entities.row_count == 1
        assert entities.current["name"] == "Олжас Бектенов"
        await pilot.press("tab")
        assert main.focused is entities
        stops = []
        for _ in range(5):  # board, directive filter, directive list, facts, then round to articles
            await pilot.press("tab")
            stops.append(main.focused.id)
        assert stops == ["board-list", "directive-filter", "directive-list", "fact-list", "article-list"]
        for _ in range(5):
            await pilot.press("shift+tab")
        assert main.focused is entities
        # enter opens it, `a` lists its articles, filtered by the entity
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        articles = main.query_one(ArticleList)
        assert articles.row_count == 1 and articles.current["date"] == "2025-08-07"
        assert "Олжас Бектенов ×" in await drawn(pilot, "Олжас Бектенов ×")  # its chip
        await pilot.press("x")
        await settle(pilot)
        assert articles.row_count == 4


async def test_the_first_screen_builds_and_fetches_only_the_articles_tab(store_path):
    """The other tabs are built when first shown and their lists fetch then: the first
    paint lays out and waits on the Articles tab alone."""
    from tui.widgets.virtual_list import VirtualList

    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert {lst.id: lst.started for lst in app.screen.query(VirtualList)} == {"article-list": True}
        for pane in ("entities", "checkpoints", "directives", "facts"):
            assert not app.screen.query_one(f"TabPane#{pane}").children
        await pilot.press("2")
        await settle(pilot)
        assert app.screen.query_one("#entity-list").started
        assert "7 entities" in await drawn(pilot, "7 entities")
        assert not app.screen.query_one("TabPane#checkpoints").children


async def test_entity_type_cycle(store_path):
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "t")  # to the entity list, then: checkpoints only
        await settle(pilot)
        entities = app.screen.query_one(EntityList)
        assert entities.row_count == 2
        assert {entities.row(i)["type"] for i in range(2)} == {"checkpoint"}


async def test_filter_by_outlet_language_and_dates(store_path):
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("tab", *"ru", "tab", *"2025", "enter")  # language ru, from 2025
        await settle(pilot)
        assert articles.row_count == 1 and articles.current["source"] == "Kazakhstan Today"
        await pilot.press("f")
        await settle(pilot)
        for _ in range(2):
            await pilot.press("tab")
        await pilot.press(*["backspace"] * 4, "tab", *"2024-12", "enter")  # language ru, up to 2024-12
        await settle(pilot)
        assert articles.row_count == 1 and articles.current["source"] == "Rail-news.kz"


async def test_export_csv_and_json(store_path, tmp_path):
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#prompt-input")
        assert field.value == "borderdocs-articles.csv"
        field.value = str(tmp_path / "out.csv")
        await pilot.press("enter")
        await settle(pilot)
        with open(tmp_path / "out.csv", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert [r["date"] for r in rows] == ["2025-10-08", "2025-08-07", "2024-09-16", ""]
        await pilot.press("tab", "tab", "e")
        await pilot.pause()
        app.screen.query_one("#prompt-input").value = str(tmp_path / "ents.json")
        await pilot.press("enter")
        await settle(pilot)
        ents = json.loads((tmp_path / "ents.json").read_text(encoding="utf-8"))
        assert len(ents) == 7 and {"Хоргос", "Олжас Бектенов"} <= {e["name"] for e in ents}


async def test_copy_article_and_entity(store_path):
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard.startswith("Қорғас шекара бекетінде кезек азайды\n2025-10-08 · Kazinform")
        await pilot.press("j", "enter")
        await settle(pilot)
        await pilot.press("c")
        assert app.clipboard.splitlines()[0] == "Бектенов поручил ускорить реконструкцию пунктов пропуска"
        assert "Олжас Бектенов провел совещание" in app.clipboard
        await pilot.press("tab", "enter")  # Хоргос
        await settle(pilot)
        await pilot.press("c")
        assert app.clipboard.splitlines()[:2] == ["Хоргос", "kazakh: Қорғас"]


async def test_command_palette_finds_entities(store_path):
    app = make_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"dostyk")
        for _ in range(20):
            await pilot.pause(0.05)
            text = screen_text(app)
            if "Достык" in text:
                break
        assert "Достык" in text
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CheckpointScreen)
        assert "Алашанькоу" in screen_text(app)


def test_missing_or_invalid_store_is_one_line(tmp_path, capsys):
    from tui.cli import main

    assert main(["--db", str(tmp_path / "none.db")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no store here" in err
    bad = tmp_path / "bad.db"
    bad.write_text("not sqlite at all " * 100)
    assert main(["--db", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a borderdocs store" in err


async def test_paths_are_ingested_with_progress_then_shown(tmp_path, monkeypatch):
    """PATH arguments go through IngestScreen (a thread worker calling store.ingest.ingest
    with a progress callback), then the store opens. The pipeline itself is replaced by
    one that writes the hand-made articles, so this stays fast and deterministic."""
    import store.ingest
    from tests.test_tui_helpers import sample_articles, write_store
    from tui.screens.ingest_screen import IngestScreen

    calls = []

    def fake_ingest(paths, store_path, progress=None, **kw):
        calls.append(list(paths))
        progress(1, 2, "a1.txt")
        write_store(store_path, sample_articles())
        progress(2, 2, "a2.txt")
        return store.ingest.Summary(files=2, ingested=4)

    monkeypatch.setattr(store.ingest, "ingest", fake_ingest)
    src = tmp_path / "in"
    src.mkdir()
    app = make_app(tmp_path / "new.db", str(src))
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, IngestScreen) or isinstance(app.screen, MainScreen)
        await settle(pilot, 5)
        assert calls == [[str(src)]]
        assert isinstance(app.screen, MainScreen)
        assert "4 articles, newest first" in screen_text(app)


async def test_real_sample_store_khorgos_flow(sample_store_path):
    """The issue's acceptance flow on the store the real pipeline builds from sample_data/."""
    app = make_app(sample_store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "5 articles, newest first" in screen_text(app)
        await pilot.press("slash", *"khorgos")
        await settle(pilot)
        assert app.screen.last_results[0]["name"] == "Хоргос"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CheckpointScreen)
        text = screen_text(app)
        assert "kind" in text and "border" in text and "Timeline" in text
        assert app.screen.data["record"]["border"] in text

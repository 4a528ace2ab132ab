"""The search screen's result list (ResultRows) and its search thread's wait for the
UI's frame: no store, made-up rows, a bare Textual app."""

from __future__ import annotations

import threading

from rich.text import Text
from textual.app import App, ComposeResult

from tui import search_runner, searching
from tui.widgets.result_rows import ResultRows

ROWS = [
    "Checkpoints (2)",
    (Text("Хоргос"), "open-1"),
    (Text("Нур Жолы"), "open-2"),
    "Articles (1)",
    (Text("Новость"), "a"),
]


def spy_on_refresh(monkeypatch) -> list:
    """Every `ResultRows.refresh` call from now on, as (regions, kwargs); the real refresh still runs."""
    calls: list = []
    real = ResultRows.refresh

    def spy(self, *regions, **kwargs):
        calls.append((regions, kwargs))
        return real(self, *regions, **kwargs)

    monkeypatch.setattr(ResultRows, "refresh", spy)
    return calls


class RowsApp(App):
    def __init__(self) -> None:
        super().__init__()
        self.chosen: list = []

    def compose(self) -> ComposeResult:
        yield ResultRows(id="rows")

    def on_result_rows_selected(self, event: ResultRows.Selected) -> None:
        self.chosen.append(event.payload)


async def test_rows_skip_headings_and_enter_posts_the_payload():
    app = RowsApp()
    async with app.run_test(size=(40, 10)) as pilot:
        rows = app.query_one(ResultRows)
        rows.set_rows(ROWS)
        rows.focus()
        await pilot.pause()
        assert rows.highlighted == 1 and rows.current == "open-1"
        await pilot.press("down", "down")  # over the heading «Articles (1)»
        assert rows.highlighted == 4 and rows.current == "a"
        await pilot.press("up")
        assert rows.highlighted == 2
        await pilot.press("g")
        assert rows.highlighted == 1
        await pilot.press("G", "enter")
        await pilot.pause()
        assert app.chosen == ["a"]


async def test_new_rows_repaint_only_the_lines_that_changed_and_never_ask_for_layout(monkeypatch):
    app = RowsApp()
    async with app.run_test(size=(40, 10)) as pilot:
        rows = app.query_one(ResultRows)
        rows.set_rows(ROWS)
        await pilot.pause()
        calls = spy_on_refresh(monkeypatch)
        changed = list(ROWS)
        changed[2] = (Text("Нур Жолы · 3 articles"), "open-2")
        rows.set_rows(changed)
        assert [r[0][0].y for r in calls] == [2] and not any(k.get("layout") for _, k in calls)
        calls.clear()
        rows.set_rows(changed)  # the same rows again: nothing to draw
        assert calls == []
        await pilot.pause()
        lines = [rows.render_line(y).text for y in range(len(changed))]
        assert lines[2].startswith("Нур Жолы · 3 articles") and len(lines[2]) == rows.size.width


async def test_a_row_keeps_its_drawn_line_while_it_is_shown():
    app = RowsApp()
    async with app.run_test(size=(40, 10)) as pilot:
        rows = app.query_one(ResultRows)
        rows.set_rows(ROWS)
        await pilot.pause()
        drawn = rows.rows[2].lines
        assert drawn  # drawn in the frame
        rows.set_rows([ROWS[0], ROWS[2], ROWS[1]])  # the same rows in another order
        assert rows.rows[1].lines is drawn


class _Reader:
    def run(self, fn, *args, **kwargs):
        return fn(None, *args, **kwargs)


def test_the_search_waits_for_the_frame_the_ui_owes(monkeypatch):
    """Held, the thread starts no search until painted(); a newer query ends the wait."""
    monkeypatch.setattr(search_runner, "FRAME_WAIT_S", 30.0)
    monkeypatch.setattr(searching, "warm_entities", lambda store, reader=None: None)
    monkeypatch.setattr(searching, "warm_articles", lambda store, reader=None: None)
    started: list[tuple[str, bool]] = []
    called = threading.Event()

    def engine(store, query, reader=None, limit=30, entities_only=False):
        started.append((query, runner._frame_due))
        called.set()
        return []

    monkeypatch.setattr(searching, "search", engine)
    delivered = threading.Event()
    runner = search_runner.SearchRunner(_Reader(), lambda *a: delivered.set(), lambda *a: None)
    runner.start()
    try:
        runner.hold()
        runner.submit(1, "khorgos")
        assert not called.wait(0.2)  # held (the wait would last FRAME_WAIT_S)
        runner.painted()
        assert called.wait(10) and delivered.wait(10)
        assert started[0] == ("khorgos", False)
    finally:
        runner.stop()

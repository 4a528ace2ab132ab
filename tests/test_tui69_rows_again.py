"""The search list keeps the drawn lines of rows it showed a key or two before: a backspace
brings back an earlier text's rows, and each was cut and rendered again at every such key.
Made-up rows, a bare Textual app; a theme change drops what was drawn."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from tui.widgets.result_rows import ResultRows

POSTS = [
    "Checkpoints (2)",
    (Text("Калжат"), "post-1"),
    (Text("Кольжат · 12 articles"), "post-2"),
]
QUEUE = [
    "Articles (2)",
    (Text("Очередь грузовиков на выезде выросла до сорока машин  · 2026-11-30 inform"), "a-1", 18),
    (Text("Пункт пропуска перевёл досмотр на круглосуточный режим  · 2026-12-01 kaz"), "a-2", 14),
]


class RowsApp(App):
    def compose(self) -> ComposeResult:
        yield ResultRows(id="rows")


async def test_rows_shown_before_come_back_with_their_drawn_lines():
    app = RowsApp()
    async with app.run_test(size=(40, 8)) as pilot:
        rows = app.query_one(ResultRows)
        rows.set_rows(POSTS)
        await pilot.pause()
        drawn = rows.rows[1].lines
        assert drawn
        rows.set_rows(QUEUE)  # another text's rows
        await pilot.pause()
        rows.set_rows(POSTS)  # the first text again (a backspace)
        assert rows.rows[1].lines is drawn
        await pilot.pause()
        assert rows.render_line(1).text.startswith("Калжат")


async def test_rows_drawn_in_another_theme_are_drawn_again():
    app = RowsApp()
    async with app.run_test(size=(40, 8)) as pilot:
        rows = app.query_one(ResultRows)
        rows.set_rows(QUEUE)
        await pilot.pause()
        before = rows.render_line(1)
        rows.set_rows(POSTS)
        await pilot.pause()
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        rows.set_rows(QUEUE)
        await pilot.pause()
        after = rows.render_line(1)
        assert after.text == before.text
        assert [s.style for s in after] != [s.style for s in before]

"""tui82: a new set of result rows marks its changed lines dirty in one refresh call
(each call also clears the widget's caches and asks for an idle round), the same lines
as one call per line marked, and none when nothing changed."""

from __future__ import annotations

from rich.text import Text

from tests.test_search_tui_rows import RowsApp, spy_on_refresh
from tui.widgets.result_rows import ResultRows

ROWS = [
    "Checkpoints (2)",
    (Text("Хоргос"), "open-1"),
    (Text("Нур Жолы"), "open-2"),
    "Articles (3)",
    (Text("Новость"), "a"),
    (Text("Қорғас өткізу пунктінде кезек — 650 көлік"), "b"),
    (Text("Другая"), "c"),
]


async def test_changed_lines_are_marked_in_one_call(monkeypatch):
    app = RowsApp()
    async with app.run_test(size=(40, 10)) as pilot:
        rows = app.query_one(ResultRows)
        rows.set_rows(ROWS)
        await pilot.pause()
        calls = spy_on_refresh(monkeypatch)
        changed = list(ROWS)
        changed[2] = (Text("Нур Жолы · 3 articles"), "open-2")
        changed[5] = (Text("Қорғас — 700 көлік"), "b")
        changed.append((Text("Ещё одна"), "d"))  # a line added below
        rows.set_rows(changed)
        assert len(calls) == 1 and not calls[0][1].get("layout")
        assert [(r.x, r.y, r.width, r.height) for r in calls[0][0]] == [(0, y, rows.size.width, 1) for y in (2, 5, 7)]
        calls.clear()
        rows.set_rows(changed)  # the same rows again: nothing marked
        assert calls == []
        await pilot.pause()
        assert [rows.render_line(y).text.rstrip() for y in (2, 5, 7)] == [
            "Нур Жолы · 3 articles",
            "Қорғас — 700 көлік",
            "Ещё одна",
        ]

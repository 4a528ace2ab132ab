"""ui63: an item of a page's side list (a checkpoint's timeline, an entity's articles) that
wraps goes on indented, so only an item's first line starts at the list's left edge: a
timeline entry's wrapped source line began at column 0 and read as the next entry.
Every sentence here is made up."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from rich.console import Console
from rich.text import Text

from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import checkpoint_notes
from tui.navigation import CheckpointTarget
from tui.screens.checkpoint_screen import CheckpointScreen
from tui.widgets.nav_list import HANG, Hanging

ENTRY = Text("2025-04-01 · queue · очередь из сорока грузовиков у поста растянулась на два километра")
SOURCE = Text("  Пример-новости · Водители третий день ждут проезда на границе с соседней страной")


def lines_of(text: Text, width: int) -> list[str]:
    console = Console(width=width, record=True)
    console.print(Hanging(text), end="")
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_only_the_first_line_of_an_item_starts_at_the_edge():
    lines = lines_of(ENTRY + Text("\n") + SOURCE, 40)
    assert lines[0].startswith("2025-04-01") and len(lines) > 4
    assert all(line.startswith(" " * HANG) and line.strip() for line in lines[1:])
    assert " ".join(" ".join(lines).split()) == " ".join((ENTRY.plain + " " + SOURCE.plain).split())


def test_an_item_that_fits_is_drawn_as_it_is():
    assert lines_of(Text("2025-04-01 · queue · коротко"), 40) == ["2025-04-01 · queue · коротко"]
    assert str(Hanging(ENTRY)) == ENTRY.plain


async def test_a_checkpoint_pages_wrapped_article_line_goes_on_indented(tmp_path):
    body = "На пункте пропуска Хоргос очередь из сорока грузовиков растянулась на два километра."
    title = "Водители третий день ждут проезда на границе с соседней страной у пункта пропуска"
    path = checkpoint_notes(tmp_path / "hang.db", "Хоргос", [body], title, "2025-04")
    with closing(sqlite3.connect(path)) as conn, conn:
        [(entity_id,)] = conn.execute("SELECT id FROM entities WHERE type = 'checkpoint'").fetchall()
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_nav_target(CheckpointTarget(entity_id))
        await settle(pilot)
        assert isinstance(app.screen, CheckpointScreen)
        lines = screen_text(app).splitlines()
        at = next(i for i, line in enumerate(lines) if line.startswith(" 2025-04-01 · "))
        assert "Водители" in lines[at] and lines[at + 1].startswith(" " * (1 + HANG) + "пункта")

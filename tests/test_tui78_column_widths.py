"""The table lists choose their columns by the list's width with its scrollbar counted
(tui78): the board's border, kind and art. show from a 100-column list whether or not it
scrolls, and its rows then give the scrollbar's two cells up from the last queue."""

from __future__ import annotations

from tui.widgets import board_list
from tui.widgets.board_list import BoardSource
from tui.widgets.columns import visible

ROW = {
    "label": "Тестовый пост",
    "border": "Кыргызстан",
    "kind": "road",
    "region": "Тестовая область",
    "status": "working",
    "status_date": "2026-01-02",
    "queue": "40 фур",
    "queue_date": "2026-01-02",
    "articles": 3,
}


def test_columns_chosen_by_the_width_with_the_scrollbar():
    shown = [c.key for c, _ in visible(board_list.COLUMNS, 98, at=100)]
    assert {"border", "kind", "articles"} <= set(shown)
    assert "border" not in [c.key for c, _ in visible(board_list.COLUMNS, 98)]  # the rows' width alone: hidden


def test_a_scrolling_row_fills_its_cells_and_no_more():
    row = BoardSource().render_row(ROW, 98, 100)
    assert row.cell_len == 98
    assert "Кыргызстан" in row.plain and row.plain.rstrip().endswith("3")
    header = BoardSource().header(98, 100).plain
    assert len(header) == 98
    assert "border" in header and "art." in header


def test_region_from_a_150_column_list():
    assert "Тестовая область" in BoardSource().render_row(ROW, 148, 150).plain
    assert "Тестовая область" not in BoardSource().render_row(ROW, 147, 149).plain

"""qa56: on the board at 80 columns (`borderdocs board`, the TUI's tab 3) a deadline
that no date was read for showed its first words cut to 8 cells: «биылғы …» (the
Kazakh «this year's …» of an undated article) — neither when nor that nobody knows when.
Such a cell now says «undated», as a status reported with no date does; dated deadlines
are as before. The rows are made up."""

from __future__ import annotations

from store.cli.table import format_rows
from store.cli.views import BOARD_COLUMNS
from tui.widgets.board_list import COLUMNS as TUI_COLUMNS
from tui.widgets.columns import render_cells

WORDS = "биылғы жылдың соңына дейін аяқталады"


def _row(deadline: str | None, date: str | None) -> dict:
    return {
        "label": "Придуманный",
        "status": "working (gazetteer)",
        "status_date": None,
        "deadline": deadline,
        "deadline_date": date,
    }


def test_the_cli_board_says_undated_for_deadline_words_with_no_date():
    lines = format_rows([_row(WORDS, None), _row("до конца 2027 года", "2027"), _row("к маю", None)], BOARD_COLUMNS, 80)
    assert lines.splitlines()[1].split()[-1] == "undated"
    assert lines.splitlines()[2].split()[-1] == "2027"
    assert lines.splitlines()[3].split()[-2:] == ["к", "маю"]  # words that fit are kept
    assert "2025-12" in format_rows([_row("до 15 декабря", "2025-12-15")], BOARD_COLUMNS, 80)


def test_the_tui_board_says_undated_too():
    assert "undated" in render_cells(TUI_COLUMNS, _row(WORDS, None), 80).plain
    assert "биылғы" not in render_cells(TUI_COLUMNS, _row(WORDS, None), 80).plain
    assert "2026-H1" in render_cells(TUI_COLUMNS, _row("в первом полугодии", "2026-H1"), 80).plain

"""qa46: the headless board at 80 columns reads whole: the last queue keeps its figure and
month, a gazetteer status and a deadline's day are shortened before they are cut."""

from store.cli.table import cells, format_rows
from store.cli.views import BOARD_COLUMNS

ROWS = [
    {
        "label": "Сартобе",
        "status": "commissioned",
        "status_words": "открыт",
        "status_date": "2025-08-07",
        "deadline_date": "2026-12-31",
        "queue": "15 машин",
        "queue_date": "2025-09-01",
    },
    {"label": "Жолбарыс", "status": "simplified (gazetteer)", "queue": "около 40 грузовиков", "queue_date": None},
]


def _lines(width: int) -> list[str]:
    return format_rows(ROWS, BOARD_COLUMNS, width=width).splitlines()


def test_80_columns_fit_and_keep_the_queue_readable():
    lines = _lines(80)
    assert all(cells(line) <= 80 for line in lines)
    assert "deadline" in lines[0] and "deadli…" not in lines[0]
    assert "15 машин · 2025-09" in lines[1]
    assert "2026-12" in lines[1] and "2026-1…" not in lines[1]
    assert "simplified (gaz.)" in lines[2]
    assert "(undated)" not in lines[2] and "около 40" in lines[2]


def test_150_columns_show_the_queue_in_full():
    lines = _lines(150)
    assert all(cells(line) <= 150 for line in lines)
    assert "15 машин (2025-09-01)" in lines[1]
    assert "около 40 грузовиков (undated)" in lines[2]


def test_the_explorer_board_shows_the_queue_with_its_month_at_every_width():
    from tui.widgets import board_list
    from tui.widgets.columns import render_cells, visible

    row = {**ROWS[0], "name": "Сартобе", "border": "Китай", "kind": "road", "articles": 3, "capacity": None}
    for width in (78, 98, 118, 148):
        cols = visible(board_list.COLUMNS, width)
        assert "queue" in [c.key for c, _ in cols]
        assert sum(w for _, w in cols) + len(cols) - 1 <= width
        assert "15 машин · 2025-09" in render_cells(board_list.COLUMNS, row, width).plain
    long = {**row, "queue": "кезек азайды бүгін таңертең", "queue_date": "2025-10-08"}
    assert "кезек аза… · 2025-10" in render_cells(board_list.COLUMNS, long, 78).plain  # the month kept (board73)


def test_sorted_by_queue_date_an_undated_queue_comes_before_no_queue():
    from store.db.board import sort_board

    rows = [
        {"name": n, "kind": "road", "queue": q, "queue_date": d}
        for n, q, d in [("Ащысу", None, None), ("Бугунь", "30 машин", None), ("Жетысу", "5 машин", "2025-01-02")]
    ]
    assert [r["name"] for r in sort_board(rows, "queue_date")] == ["Жетысу", "Бугунь", "Ащысу"]
    assert [r["name"] for r in sort_board(rows, "queue_date", reverse=True)] == ["Жетысу", "Бугунь", "Ащысу"]


def test_show_says_undated_where_a_fact_directive_or_article_has_no_date():
    from store.cli.show import _article_line, _directive_line, _fact_line

    assert _fact_line({"date": None, "kind": "status", "text": "закрыт", "source": "Газета"}).startswith("undated ")
    assert _directive_line({"date": None, "by": "Аким", "what": "ускорить"}).startswith("undated ")
    assert _article_line({"date": None, "source": "Газета", "title": "Т"}).startswith("undated ")

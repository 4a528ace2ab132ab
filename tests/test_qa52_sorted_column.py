"""qa52: at 80 columns the board sorted by border (`3`, `s`) said «by border» and listed
Китай's posts, then Кыргызстан's, with no border printed (the column waits for 100), and
sorted by kind or article count the same; the directives sorted by deadline or checkpoint
likewise. The sort column is now shown where the width hides it, in the place of the
board's last queue or the directives' addressee; at a width that shows it nothing moves.
Rows here are made up."""

from __future__ import annotations

from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.widgets.board_list import BoardSource
from tui.widgets.directive_list import DirectiveSource

BOARD_ROW = {
    "label": "Придуманный",
    "border": "Китай",
    "kind": "road",
    "region": "область",
    "status": "working",
    "status_date": "2025-01-02",
    "capacity": None,
    "deadline": None,
    "deadline_date": None,
    "queue": "40 машин",
    "queue_date": "2025-01-03",
    "articles": 3,
}
DIRECTIVE_ROW = {
    "date": "2025-01-02",
    "by": "Арман Выдуманов",
    "post": None,
    "to": "министерство",
    "what": "открыть полосу",
    "when": "до конца года",
    "checkpoint": "Придуманный",
    "checkpoints": ["Придуманный"],
    "source": "Example.kz",
}


def test_the_board_sorted_by_a_hidden_column_shows_it_at_80():
    for sort, label, value in (
        ("border", "border ▲", "Китай"),
        ("kind", "kind ▲", "road"),
        ("articles", "art. ▼", "3"),
    ):
        source = BoardSource(sort=sort)
        header, row = source.header(80).plain, source.render_row(BOARD_ROW, 80).plain
        assert label in header and value in row.split(), (header, row)
        assert len(header) <= 80 and len(row) <= 80
        assert "last queue" not in header  # the queue yields its place
    wide = BoardSource(sort="border")
    assert "last queue" in wide.header(120).plain and "border ▲" in wide.header(120).plain


def test_the_board_sorted_by_a_shown_column_is_as_before():
    source = BoardSource(sort="status")
    assert source.header(80).plain.split()[:3] == ["checkpoint", "status", "▲"]
    assert "last queue" in source.header(80).plain and "border" not in source.header(80).plain


def test_directives_sorted_by_deadline_or_checkpoint_show_it_at_80():
    for sort, label, value in (("when", "when ▲", "до конца года"), ("checkpoint", "checkpoint ▲", "Придуманный")):
        source = DirectiveSource(sort=sort)
        header, row = source.header(80).plain, source.render_row(DIRECTIVE_ROW, 80).plain
        assert label in header and value in row, (header, row)
        assert "to " not in header and len(row) <= 80
    assert " to " in DirectiveSource(sort="date").header(80).plain


async def test_the_board_tab_sorted_by_border_prints_the_borders(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        text = screen_text(app)
    assert "by border" in text and "border ▲" in text
    rows = [ln for ln in text.splitlines() if "(gazetteer)" in ln or "gaz." in ln]
    assert rows and all(
        any(b in ln for b in ("Китай", "Кыргызстан", "Россия", "Узбекистан", "Туркмени")) for ln in rows
    )


def test_the_cli_board_sorted_by_a_hidden_column_prints_it_last(capsys, monkeypatch, tmp_path):
    from store.cli.table import cells
    from tests.notes import run_cli
    from tests.test_tui_helpers import sample_articles, write_store

    path = str(write_store(tmp_path / "s.db", sample_articles()))
    for sort, header in (("border", "border"), ("kind", "kind"), ("region", "region"), ("articles", "art.")):
        code, out, _ = run_cli(capsys, monkeypatch, "board", "--db", path, "--sort", sort)
        lines = out.splitlines()
        assert code == 0 and lines[0].split()[-1] == header, lines[0]
        assert all(cells(line) <= 80 for line in lines)
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", path, "--sort", "border")
    assert out.splitlines()[1].endswith("Китай")  # Китай sorts first of the five
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", path, "--sort", "border", columns=120)
    assert out.splitlines()[0].split()[1] == "border" and "last queue" in out.splitlines()[0]

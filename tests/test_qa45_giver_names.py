"""qa45: a giver's name too long for the directives' «by» column (17 cells at 80 columns since dir75)
keeps its surname: «К.-Ж. Токаев», not «Касым-Жомарт То…», in `borderdocs directives`
and in the TUI's tab 4. A body's name is cut as before. Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.cli import main
from store.cli.table import initialed as cli_initialed
from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import write_givers
from tui.text import initialed as tui_initialed

BODY = "Совещание прошло в столице. Участники обсудили очереди на придуманном переходе."
GIVERS = [
    ("2025-03-01", "Касым-Жомарт Токаев", "снизить очереди"),
    ("2025-02-01", "Нурлан Аскарович Сауранбаев", "открыть полосу"),
    ("2025-01-01", "Мемлекет басшысы тапсырмасымен", "расширить дорогу"),
]


@pytest.mark.parametrize("initialed", [cli_initialed, tui_initialed])
@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Касым-Жомарт Токаев", "К.-Ж. Токаев"),
        ("Қасым-Жомарт Тоқаев", "Қ.-Ж. Тоқаев"),
        ("Нурлан Аскарович Сауранбаев", "Н. А. Сауранбаев"),
        ("Olzhas Bektenov", "O. Bektenov"),
        ("Мемлекет басшысы", "Мемлекет басшысы"),  # a title, not a name
        ("Правительство РК", "Правительство РК"),  # an abbreviation
        ("М. А. Кочеров", "М. А. Кочеров"),  # already initials
        ("Комитет 2025 года", "Комитет 2025 года"),
    ],
)
def test_a_name_gives_its_first_names_as_initials(initialed, name, short):
    assert initialed(name) == short


@pytest.fixture(scope="module")
def givers_path(tmp_path_factory):
    return write_givers(tmp_path_factory.mktemp("givers") / "store.db", GIVERS, BODY)


def test_the_directives_table_keeps_the_surname(givers_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["directives", "--db", str(givers_path)]) == 0
    out = capsys.readouterr().out
    assert "К.-Ж. Токаев" in out and "Н. А. Сауранбаев" in out
    assert "Мемлекет басшысы…" in out  # not a name: cut as any cell
    assert "Касым-Жомарт То…" not in out


async def test_the_directives_tab_keeps_the_surname_at_80_columns(givers_path):
    app = make_app(givers_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        text = screen_text(app)
        detail_y = app.screen.query_one("#directives-detail").region.y
    # the list's rows; under them the highlighted directive is whole (tui.widgets.row_detail, ux85)
    rows, detail = "\n".join(text.splitlines()[:detail_y]), "\n".join(text.splitlines()[detail_y:])
    assert "К.-Ж. Токаев" in rows and "Н. А. Сауранбаев" in rows and "Касым-Жомарт" not in rows
    assert "Касым-Жомарт Токаев →" in detail


async def test_a_wide_tab_keeps_the_whole_name(givers_path):
    app = make_app(givers_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        await pilot.resize_terminal(200, 40)
        await settle(pilot)
        text = screen_text(app)
    assert "Касым-Жомарт Токаев" in text or "К.-Ж. Токаев" in text

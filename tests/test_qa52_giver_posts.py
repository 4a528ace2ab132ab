"""qa52: a directive's giver written as a post with its place («Президент Казахстана»,
no person linked) is capitalized like a name, and the «by» column's initials turned it
into «П. Казахстана» in `borderdocs directives` and tab 4: who gave the order was lost.
A post keeps its words (cut like any cell); a person's name still keeps its surname.
Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.cli import main
from store.lang.labels import initialed
from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import write_givers

BODY = "Совещание прошло в столице. Участники обсудили очереди на придуманном переходе."
GIVERS = [
    ("2025-03-01", "Президент Казахстана", "снизить очереди"),
    ("2025-02-01", "Қазақстан Президенті", "жолды кеңейту"),
    ("2025-01-01", "Касым-Жомарт Токаев", "открыть полосу"),
]


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Президент Казахстана", "Президент Казахстана"),
        ("Аким Алматы", "Аким Алматы"),
        ("Қазақстан Президенті", "Қазақстан Президенті"),
        ("Облыс Әкімі", "Облыс Әкімі"),
        ("Экс-президент Кыргызстана", "Экс-президент Кыргызстана"),
        ("Касым-Жомарт Токаев", "К.-Ж. Токаев"),
        ("Нурлан Аскарович Сауранбаев", "Н. А. Сауранбаев"),
    ],
)
def test_a_post_is_not_shortened_to_initials(name, short):
    assert initialed(name) == short


@pytest.fixture(scope="module")
def givers_path(tmp_path_factory):
    return write_givers(tmp_path_factory.mktemp("posts") / "store.db", GIVERS, BODY)


def test_the_directives_table_keeps_a_post(givers_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["directives", "--db", str(givers_path)]) == 0
    out = capsys.readouterr().out
    assert "Президент Казахс…" in out and "Қазақстан Презид…" in out and "К.-Ж. Токаев" in out
    assert "П. Казахстана" not in out and "Қ. Президенті" not in out


async def test_the_directives_tab_keeps_a_post_at_80_columns(givers_path):
    app = make_app(givers_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        text = screen_text(app)
    assert "Президент Казах" in text and "К.-Ж. Токаев" in text and "П. Казахстана" not in text

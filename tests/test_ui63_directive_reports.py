"""ui63: one directive reported by two articles (not near-duplicate copies of one text) is
one row of the Directives tab, «2×» before what was ordered, and ⏎ opens its newest report
with the other one first in the page's side list; `borderdocs directives --json` keeps one
object a stored directive and adds `reports`. What «the same» is: store.db.directive_sameness.
Every sentence here is made up."""

from __future__ import annotations

import json

import pytest

from store.db.directive_sameness import fold_words, group_reports, same_key
from store.model import Article, Directive, Extraction
from tests.notes import run_cli
from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import write_store
from tui.screens.article_screen import ArticleScreen
from tui.widgets.nav_list import NavList

SAID = "Премьер поручил министерству финансов РК еженедельно докладывать о работе постов."
SAID_AGAIN = "Министерству финансов премьер поручил еженедельно докладывать о работе постов."
OTHER = "Премьер поручил акимату убрать снег у поста."


def report(n: int, date: str | None, by: str, to: str, what: str, sentence: str) -> tuple[Article, Extraction]:
    body = f"Заметка номер {n} о пунктах пропуска. {sentence} Других новостей нет."
    article = Article(file=f"r{n}.txt", path=f"/in/r{n}.txt", title=f"Заметка {n}", body=body, raw=body, date=date)
    return article, Extraction(directives=[Directive(by, to, what, None, sentence)])


@pytest.fixture
def reports_path(tmp_path):
    return write_store(
        tmp_path / "reports.db",
        [
            report(
                1, "2025-03-03", "Премьер", "министерство финансов РК", "еженедельно докладывать о работе постов", SAID
            ),
            report(
                2,
                "2025-03-04",
                "премьер",
                "Министерство финансов",
                "Еженедельно докладывать о работе постов.",
                SAID_AGAIN,
            ),
            report(3, "2025-03-04", "Премьер", "акимат", "убрать снег у поста", OTHER),
        ],
    )


def test_case_punctuation_endings_and_rk_do_not_make_another_directive():
    assert fold_words("Ужесточить требования, РК!") == fold_words("ужесточению требований")
    assert same_key(None, "Премьер", "Министерство финансов РК", "закрыть пост") == same_key(
        None, "премьер", "министерство финансов", "Закрыть пост."
    )
    assert same_key(7, "Премьер", None, "закрыть пост") != same_key(8, "Премьер", None, "закрыть пост")
    assert same_key(None, "Премьер", None, "закрыть пост") != same_key(None, "Премьер", None, "закрыть пост Хоргос")
    assert fold_words("Тоқаев ұсынды") == fold_words("Токаев усынды")


def test_a_report_joins_the_newest_one_within_the_window_only():
    key, other = ("k",), ("o",)
    rows = [
        (5, "2025-03-20", key),
        (4, "2025-03-19", other),
        (3, "2025-03-02", key),  # 18 days before the group's newest: the same order
        (2, "2024-01-10", key),  # a year before: the same words given again
        (1, None, key),  # undated: with undated reports only
        (0, None, key),
    ]
    assert group_reports(rows) == {5: [5, 3], 4: [4], 2: [2], 1: [1, 0]}


def test_the_cli_json_keeps_every_row_and_says_how_many_report_it(reports_path, capsys, monkeypatch):
    code, out, _ = run_cli(capsys, monkeypatch, "directives", "--db", reports_path, "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 3
    assert sorted(r["reports"] for r in rows) == [1, 2, 2]
    assert {"date", "by", "to", "what", "when", "sentence", "article_id"} <= set(rows[0])


async def test_the_tab_lists_the_directive_once_and_its_page_lists_the_other_report(reports_path):
    app = make_app(reports_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        text = screen_text(app)
        assert "2 directives, newest first · 3 reports" in text
        assert "2× Еженедельно докладывать" in text
        assert text.casefold().count("докладывать") == 1
        await pilot.press("down", "enter")  # newest first: the report of 2025-03-04, then snow
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        related = app.screen.query_one("#related", NavList)
        items = [str(related.get_option_at_index(i).prompt) for i in range(related.option_count)]
        assert items[0] == "The same directive, also reported in (1)"
        assert "2025-03-03" in items[1] and "Заметка 1" in items[1]
        related.focus()
        related.highlighted = 1
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen) and app.screen.data["title"] == "Заметка 1"
        assert app.screen.sentence == SAID  # opened at its own report of the order


def test_newest_first_lists_every_report_until_the_groups_are_read(reports_path):
    """The first paint does not wait for the read of every directive (0.2-0.6 s at
    100,000 articles): each report a row at once, the groups once they are read."""
    from store.db import directive_reads
    from store.db.store import open_store
    from tui.widgets.directive_list import DirectiveSource

    store = open_store(reports_path)
    try:
        first = DirectiveSource()
        assert first.count(store) == 3 and not first.grouped
        assert len(first.fetch(store, 0, 100, None)) == 3
        directive_reads.sort_table(store, "")
        then = DirectiveSource()
        assert then.count(store) == 2 and then.grouped and then.reports == 3
    finally:
        store.close()


def test_the_cli_table_marks_each_report_of_one_order(reports_path, capsys, monkeypatch):
    code, out, _ = run_cli(capsys, monkeypatch, "directives", "--db", reports_path, columns=120)
    lines = out.splitlines()
    assert code == 0 and lines[-1].startswith("3 reports of 2 directives")  # tab 4's count beside the rows' (ui66)
    assert sum("2× " in line and "докладывать" in line.casefold() for line in lines) == 2
    assert any("убрать снег" in line and "×" not in line for line in lines)

"""qa57: the Articles tab printed «—» for an article with no date while the Facts and
Directives tabs (qa56) and `borderdocs show` say «undated». Now it says «undated» too;
a checkpoint page's copied facts as well. The rows are made up."""

from __future__ import annotations

from tui.widgets.article_list import ArticleSource


def test_an_undated_article_says_undated():
    row = {"date": None, "source": "Придуманные вести", "title": "Очередь на придуманном посту"}
    plain = ArticleSource().render_row(row, 80).plain
    assert plain.startswith("undated ") and "—" not in plain
    assert ArticleSource().render_row({**row, "date": "2025-05-05"}, 80).plain.startswith("2025-05-05 ")

"""The preview pane (issue 17): from 140 columns the Articles list and the
Checkpoints board show the highlighted article or checkpoint beside them; below
that there is no pane and nothing is read for it."""

from __future__ import annotations

from tests.test_tui import down_to, make_app, screen_text, settle
from tests.test_tui_views import views_path  # noqa: F401  (fixture)
from tui.widgets.article_list import ArticleList
from tui.widgets.board_list import BoardList
from tui.widgets.preview import Preview

WIDE, NARROW = (160, 48), (80, 24)


def preview_text(app, pane: str) -> str:
    return str(app.screen.query_one(f"#{pane}-preview", Preview).query_one(".preview-text").render())


async def test_wide_articles_preview_follows_the_cursor(views_path):
    app = make_app(views_path)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#article-preview", Preview).display
        assert preview_text(app, "article").startswith("Очередь на Достыке")
        assert "очередь из 300 грузовиков" in preview_text(app, "article")  # the body
        await pilot.press("j")
        await settle(pilot)
        assert app.screen.query_one(ArticleList).current["title"] == "Қорғас шекара бекетінде кезек азайды"
        text = preview_text(app, "article")
        assert text.startswith("Қорғас шекара бекетінде кезек азайды") and "2025-10-08 · Kazinform" in text
        assert "Хоргос" in text  # the entities it names


async def test_wide_board_previews_the_checkpoint(views_path):
    app = make_app(views_path)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        board = app.screen.query_one(BoardList)
        await down_to(pilot, board, lambda row: row["name"] == "Хоргос")
        text = preview_text(app, "board")
        assert text.startswith("Хоргос") and "status   working «работает в штатном режиме»  (2025-11-02)" in text
        assert "queue    кезек азайды  (2025-10-08)" in text and "articles 3" in text


async def test_narrow_has_no_preview_until_widened(views_path):
    app = make_app(views_path)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        pane = app.screen.query_one("#article-preview", Preview)
        assert not pane.display and "Очередь на Достыке\n" not in screen_text(app)
        assert preview_text(app, "article") == "Nothing highlighted."  # nothing was read
        await pilot.resize_terminal(*WIDE)
        await settle(pilot)
        assert pane.display and preview_text(app, "article").startswith("Очередь на Достыке")

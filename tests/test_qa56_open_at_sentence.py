"""qa56: enter on a directive (tab 4) or a fact (tab 5) opened its article at the top,
and at 80×24 the order was pages below: «who ordered whom what» meant scrolling and
reading for it. The reader now opens at that sentence, marked, with two lines above it.
The articles are made up."""

from __future__ import annotations

import pytest

from store.model import Article, Directive, Extraction
from tests.test_tui import make_app, settle
from tests.test_tui_helpers import write_store

FILLER = "Совещание о придуманном переходе шло долго, и каждый говорил о своём участке дороги."
ORDER = "Премьер Иван Придумов поручил министерству закончить ремонт придуманного перехода до конца года."


@pytest.fixture
def far_order(tmp_path):
    body = "\n\n".join([FILLER] * 30 + [ORDER] + [FILLER] * 5)
    art = Article(file="o.txt", path="/in/o.txt", title="Совещание", body=body, raw=body, date="2025-05-05")
    order = Directive("Иван Придумов", "министерству", "закончить ремонт придуманного перехода", None, ORDER)
    return write_store(tmp_path / "o.db", [(art, Extraction(directives=[order]))])


async def test_a_directive_opens_its_article_at_its_sentence(far_order):
    from tui.screens.article_screen import ArticleScreen

    app = make_app(far_order)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        body = screen.query_one("#body")
        assert body.scroll_y > 30  # 30 filler paragraphs (two lines and a blank each) above
        static = screen.query_one("#body-text")
        top = int(body.scroll_y)
        shown = [static.render_line(y).text for y in range(top, top + body.size.height)]
        assert any("Премьер Иван Придумов поручил" in x for x in shown), shown


async def test_an_article_opened_from_its_list_opens_at_the_top(far_order):
    from tui.screens.article_screen import ArticleScreen

    app = make_app(far_order)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.query_one("#body").scroll_y == 0

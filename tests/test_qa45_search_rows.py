"""qa45: a search hit too long for the box ends in «…», never cut mid-word at the edge
(«cn-alashankou-cus», «…Южную К» read as whole); an entity's «· N articles · whose post»
stays whole as an article's date and outlet did. Made-up rows, a bare Textual app."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from tui.screens.search_screen import SearchScreen
from tui.widgets.result_rows import ResultRows, fit

TITLE = "Придуманный переход временно закрыли для грузовиков из-за ремонта дороги у самой границы"


class RowsApp(App):
    def compose(self) -> ComposeResult:
        yield ResultRows(id="rows")


def test_a_row_with_nothing_to_keep_ends_in_an_ellipsis():
    cut = fit(Text(TITLE), 0, 40)
    assert cut.cell_len == 40 and cut.plain.endswith("…") and TITLE.startswith(cut.plain[:-1])


def test_a_row_that_fits_is_unchanged():
    assert fit(Text("Хоргос"), 0, 40).plain == "Хоргос"


def test_an_entity_keeps_whose_post_it_is():
    hit = {
        "kind": "entity",
        "type": "checkpoint",
        "name": "Придуманный пост",
        "matched": "Придуманный пограничный пост у реки",
        "score": 90.0,
        "articles": 3,
        "kb_id": None,
    }
    prompt = SearchScreen._prompt(hit)
    keep = SearchScreen._kept(hit)
    assert keep and prompt.plain.endswith("3 articles")
    assert fit(prompt, keep, 40).plain.endswith("…  · 3 articles")


async def test_the_drawn_line_ends_in_an_ellipsis_at_80_columns():
    app = RowsApp()
    async with app.run_test(size=(80, 5)) as pilot:
        rows = app.query_one(ResultRows)
        rows.set_rows(["Articles (1)", (Text(TITLE + " " + TITLE), "a", 0)])
        await pilot.pause()
        drawn = rows.render_line(1).text
    assert drawn.rstrip().endswith("…") and len(drawn.rstrip()) == 80


async def test_enter_on_a_knowledge_base_row_says_why_nothing_opens(sample_store_path):
    from tests.test_tui_helpers import search_screen_on, type_until_whole

    async with search_screen_on(sample_store_path, size=(80, 24)) as (app, pilot, screen):
        await type_until_whole(pilot, screen, "Ермек Кошербаев")
        rows = screen.query_one(ResultRows)
        assert screen._row_results[rows.highlighted]["kb_id"] == "p-kosherbayev"
        await pilot.press("enter")
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert app.screen is screen  # nothing to open: the search stays
    # his posts from people.csv, in the order it lists them (kbp51 added his deputy premiership,
    # per58 the foreign ministry of September 2025 and his embassy in Moscow)
    expected = (
        "Ермек Кошербаев is in the knowledge base (аким Восточно-Казахстанской области; заместитель премьер-министра;"
        " министр иностранных дел; посол Казахстана в России)"
    )
    assert any(expected in m for m in said), said


async def test_a_list_of_one_says_one_entity_and_one_fact(tmp_path):
    from store.model import Article, Extraction, Fact, Mention
    from tests.test_tui import make_app, screen_text, settle
    from tests.test_tui_helpers import write_store

    body = "На придуманном переходе Кордай очередь из 45 машин."
    article = Article(file="o.txt", path="/in/o.txt", title="Очередь", body=body, raw=body, date="2025-06-01")
    start = body.index("Кордай")
    extraction = Extraction(
        mentions=[Mention("checkpoint", "Кордай", "Кордай", start, start + 6)],
        facts=[Fact("kordai", "queue", "45 машин", body)],
    )
    path = write_store(tmp_path / "one.db", [(article, extraction)])
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        entities = screen_text(app)
        await pilot.press("5")
        await settle(pilot)
        facts = screen_text(app)
    assert "1 entity · all types" in entities and "1 entities" not in entities
    assert "1 fact, newest first" in facts


def test_an_article_row_ends_in_an_ellipsis_at_its_width():
    from tui.widgets.article_list import ArticleSource

    row = {"date": None, "source": "Очень-длинное-издание.kz", "title": TITLE}
    drawn = ArticleSource().render_row(row, 78)
    assert drawn.cell_len == 78 and drawn.plain.endswith("…")
    assert "Очень-длинное-и… Придуманный" in drawn.plain  # the outlet cut to 16 cells with «…» too

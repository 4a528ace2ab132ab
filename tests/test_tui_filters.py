"""Combined filters on the Articles tab (issue 17): entity AND entity AND words, added
from entity and checkpoint pages (`+`) and the `w` prompt, shown as removable chips.

The store is made up here: three short invented articles whose lemmas are written
as ingest writes them (store.lang.lemmas), so the word filter runs on the real
full-text index."""

from __future__ import annotations

import pytest

from store.db import queries
from store.db.queries import ArticleFilter
from store.db.rows import ArticleQuery, fts_words
from store.db.store import open_store
from store.lang.lemmas import lemmatize
from store.model import Article, Extraction
from tests.test_tui import make_app, screen_text, settle, settle_until
from tests.test_tui_helpers import mention, write_store
from tui.screens.checkpoint_screen import CheckpointScreen
from tui.screens.detail import DetailScreen
from tui.screens.entity_screen import EntityScreen
from tui.screens.main_screen import MainScreen
from tui.screens.prompt_screen import PromptScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.filter_chips import FilterChips

SIZE = (80, 24)
MINTRANS = "Министерство транспорта"
TEXTS = {
    "queue": (
        "Очереди на Хоргосе",
        "Грузовики стоят в очередях у пункта Хоргос. Министерство транспорта обещало помощь.",
    ),
    "terminal": ("Новый терминал", "На пункте Хоргос открыли новый терминал."),
    "roads": ("Ремонт дорог", "Министерство транспорта отчиталось о ремонте дорог."),
}


def filter_articles():
    out = []
    for n, (key, (title, body)) in enumerate(TEXTS.items()):
        article = Article(
            file=f"{key}.txt", path=f"/in/{key}.txt", title=title, body=body, raw=body, date=f"2025-0{n + 1}-01"
        )
        mentions = []
        if "Хоргос" in body:
            mentions.append(mention(body, "checkpoint", "Хоргос", "Хоргос"))
        if MINTRANS in body:
            mentions.append(mention(body, "organization", MINTRANS, MINTRANS))
        out.append((article, Extraction(mentions=mentions, lemmas=lemmatize(title) + "\n" + lemmatize(body))))
    return out


@pytest.fixture(scope="module")
def filters_path(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("filters") / "store.db", filter_articles())


def entity_id(path, name: str) -> int:
    store = open_store(path)
    try:
        return store.conn.execute("SELECT id FROM entities WHERE name = ?", (name,)).fetchone()[0]
    finally:
        store.close()


def titles(path, filt: ArticleFilter) -> list[str]:
    store = open_store(path)
    try:
        assert queries.count_articles(store, filt) == len(rows := queries.article_page(store, filt))
        return [r["title"] for r in rows]
    finally:
        store.close()


# ---------------------------------------------------------------- store side


def test_entities_and_words_all_must_hold(filters_path):
    khorgos, mintrans = entity_id(filters_path, "Хоргос"), entity_id(filters_path, MINTRANS)
    both = ArticleQuery().with_entity(khorgos, "Хоргос").with_entity(mintrans, MINTRANS)
    assert titles(filters_path, both) == ["Очереди на Хоргосе"]
    assert titles(filters_path, ArticleQuery().with_entity(khorgos, "Хоргос")) == [
        "Новый терминал",
        "Очереди на Хоргосе",
    ]
    # any form of the word: «очередь» finds «очередях»; words add up with the entities
    assert titles(filters_path, ArticleQuery().with_words("очередь")) == ["Очереди на Хоргосе"]
    assert titles(filters_path, ArticleQuery().with_entity(khorgos, "Хоргос").with_words("терминал")) == [
        "Новый терминал"
    ]
    assert titles(filters_path, both.with_words("терминал")) == []


def test_chips_name_each_filter_and_drop_one_at_a_time():
    q = ArticleQuery(source="Kazinform").with_entity(1, "Хоргос").with_entity(2, MINTRANS).with_words("очередь грузы")
    assert q.with_entity(1, "Хоргос") is q  # already in: no duplicate chip
    assert [label for _, label in q.chips()] == ["Хоргос", MINTRANS, "«очередь»", "«грузы»", "outlet: Kazinform"]
    no_first = q.without("entity:1")
    assert (no_first.entity_id, no_first.entity_name, no_first.more_entities) == (2, MINTRANS, ())
    assert q.without("word:0").words == "грузы"
    assert q.without("source").source is None
    assert ArticleQuery.of(ArticleFilter(language="kk")) == ArticleQuery(language="kk")


def test_words_are_never_fts_syntax(filters_path):
    assert fts_words('") OR * NEAR(') == '"or" "near"'  # plain words, each quoted
    # a topic word asks for its translations too (search71: store/data/topic_words.csv), each quoted
    assert fts_words("очереди") == '("очередь"OR"queue"OR"queues"OR"кезек")'
    assert fts_words("границе") == '"граница"'
    assert fts_words("*") == ""
    assert titles(filters_path, ArticleQuery().with_words('") OR * NEAR(')) == []


# ---------------------------------------------------------------- in the app


async def open_entity_page(pilot, app, name: str) -> None:
    """2 (Entities), type the name, enter: the entity's (or checkpoint's) page. Each step
    waits for the state the next one needs, not for a number of rounds: under random
    0-30 ms delays (a busy machine) the name went in before `2` had built the tab
    (NoMatches), enter reached the list before its filtered rows came or before focus()
    had moved there, and the test read the page before its record was shown (chips66)."""
    main = app.screen
    await pilot.press("2")
    await settle_until(pilot, lambda: main.active_pane == "entities" and main.query("#entity-filter"), "the tab")
    main.query_one("#entity-filter").value = name
    entities = main.query_one("#entity-list")
    await settle_until(
        pilot,
        lambda: entities.source.text == name and entities.loaded and entities.row_count,
        f"the entities named {name!r}",
    )
    main.set_focus(entities)  # at once (focus() moves it a message round later)
    await pilot.press("enter")
    await settle_until(
        pilot,
        lambda: isinstance(app.screen, DetailScreen) and app.screen.is_mounted and not app.screen._reading,
        f"the page of {name!r}",
    )
    await settle(pilot)


async def test_plus_on_pages_and_w_add_up_as_chips(filters_path):
    app = make_app(filters_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.screen
        articles = main.query_one(ArticleList)
        assert articles.row_count == 3 and not main.query_one(FilterChips).has_class("-active")
        await open_entity_page(pilot, app, "Хоргос")
        assert isinstance(app.screen, CheckpointScreen)
        await pilot.press("plus")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and articles.row_count == 2
        await open_entity_page(pilot, app, "Министерство")
        assert isinstance(app.screen, EntityScreen)
        await pilot.press("plus")
        await settle(pilot)
        assert articles.row_count == 1 and articles.current["title"] == "Очереди на Хоргосе"
        text = screen_text(app)
        assert "Хоргос ×" in text and f"{MINTRANS} ×" in text and "2 filters, all hold" in text
        # w: words, ANDed to the entities
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"терминал", "enter")
        await settle(pilot)
        assert articles.row_count == 0 and "«терминал» ×" in screen_text(app)
        # - drops the last chip (the word), a click on a chip drops that one
        await pilot.press("minus")
        await settle(pilot)
        assert articles.row_count == 1
        chip = next(b for b in main.query_one(FilterChips).query("Button") if b.name.startswith("entity:"))
        chip.press()
        await settle(pilot)
        assert articles.row_count == 2 and "Хоргос ×" not in screen_text(app)
        await pilot.press("x")
        await settle(pilot)
        assert articles.row_count == 3 and not main.query_one(FilterChips).has_class("-active")

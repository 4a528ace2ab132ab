"""The TUI's vocabulary: screens post tui.messages to whatever app hosts them,
navigation targets are frozen dataclasses, and the long lists' rows come from
store.db.rows (a store module that loads no UI)."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest
from textual.app import App

from store.db import entity_reads, rows
from store.db.queries import ArticleFilter
from store.db.store import open_store
from tests.test_import_hygiene import UI, loaded_after
from tests.test_tui import settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui import searching
from tui.messages import OpenTarget, ShowEntityArticles
from tui.navigation import ArticleTarget, CheckpointTarget, EntityTarget, entity_target
from tui.reader import StoreReader
from tui.screens.checkpoint_screen import CheckpointScreen
from tui.screens.entity_screen import EntityScreen

TUI = Path(__file__).resolve().parent.parent / "tui"


# ---------------------------------------------------------------- targets


def test_entity_target_picks_the_checkpoint_screen_by_type():
    assert entity_target(3, "checkpoint") == CheckpointTarget(3)
    assert entity_target(4, "person") == EntityTarget(4, "person")
    assert entity_target(5, None) == EntityTarget(5, None)


def test_targets_are_frozen_values():
    target = ArticleTarget("a1")
    assert target == ArticleTarget("a1") and hash(target) == hash(ArticleTarget("a1"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        target.id = "a2"


def test_search_results_become_targets():
    assert searching.target({"kind": "article", "id": "a1"}) == ArticleTarget("a1")
    assert searching.target({"kind": "entity", "id": 7, "type": "checkpoint"}) == CheckpointTarget(7)
    assert searching.target({"kind": "entity", "id": "8", "type": "location"}) == EntityTarget(8, "location")


# ---------------------------------------------------------------- messages


class RecordingApp(App):
    """Hosts one screen and records the messages it posts: a screen needs no
    BorderdocsApp method, only an app that answers (or here, records) messages."""

    def __init__(self, reader: StoreReader, screen) -> None:
        super().__init__()
        self.reader = reader
        self.first = screen
        self.received: list = []

    def on_mount(self) -> None:
        self.push_screen(self.first)

    def on_open_target(self, message: OpenTarget) -> None:
        self.received.append(message)
        # it opens no page: as BorderdocsApp.open_nav_target does then, the screen is told, so the
        # keys it holds for the page a ⏎ asked for (tui71) go on to it
        nothing_opened = getattr(self.screen, "nothing_opened", None)
        if callable(nothing_opened):
            nothing_opened()

    def on_show_entity_articles(self, message: ShowEntityArticles) -> None:
        self.received.append(message)


def entity_id(store_path, name: str) -> int:
    store = open_store(store_path)
    try:
        return next(r["id"] for r in entity_reads.entity_page(store, name) if r["name"] == name)
    finally:
        store.close()


async def test_entity_screen_posts_open_target_and_show_articles(store_path):
    eid = entity_id(store_path, "Олжас Бектенов")
    reader = StoreReader.open(store_path)
    app = RecordingApp(reader, EntityScreen(eid))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the first article naming him
        await pilot.press("a")
        await settle(pilot)
    reader.close()
    opened, articles = app.received
    assert isinstance(opened, OpenTarget) and isinstance(opened.target, ArticleTarget)
    assert isinstance(articles, ShowEntityArticles)
    assert (articles.entity_id, articles.name) == (eid, "Олжас Бектенов")


async def test_checkpoint_screen_posts_show_articles(store_path):
    eid = entity_id(store_path, "Хоргос")
    reader = StoreReader.open(store_path)
    app = RecordingApp(reader, CheckpointScreen(eid))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
    reader.close()
    assert [(type(m), m.entity_id) for m in app.received] == [(ShowEntityArticles, eid)]


APP_DATA = {"reader", "console", "no_color"}  # our store handle, Textual's console and NO_COLOR flag: data


def app_method_references(path: Path) -> list[str]:
    """`self.app.NAME` where NAME is neither Textual's App API nor the store
    handle: a method of our app called by name, which a message should replace."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "app"
            and not hasattr(App, node.attr)
            and node.attr not in APP_DATA
        ):
            found.append(f"{path.name}:{node.lineno} self.app.{node.attr}")
    return found


def test_screens_and_widgets_call_no_app_method_by_name():
    files = [*TUI.glob("screens/*.py"), *TUI.glob("widgets/*.py"), TUI / "commands.py"]
    assert len(files) > 10
    assert [ref for f in files for ref in app_method_references(f)] == []


# ---------------------------------------------------------------- row sources


def test_store_rows_loads_no_ui():
    mods = loaded_after("import store.db.rows")
    assert "sqlite3" in mods and "store" in mods  # the probe really imported the rows module
    assert not mods & set(UI), mods & set(UI)


def test_article_pages_seek_from_the_previous_page(store_path):
    """A keyset page (after the previous page's last row) equals an OFFSET page."""
    store = open_store(store_path)
    try:
        filt = ArticleFilter()
        first = rows.article_list_page(store, filt, 0, 2)
        by_offset = rows.article_list_page(store, filt, 1, 2)
        by_seek = rows.article_list_page(store, filt, 1, 2, previous=first)
        assert [r["id"] for r in by_seek] == [r["id"] for r in by_offset]
        assert len(first) == 2 and len(by_seek) == 2
        assert not {r["id"] for r in first} & {r["id"] for r in by_seek}
    finally:
        store.close()


def test_entity_export_pages_through_every_entity(store_path, monkeypatch):
    monkeypatch.setattr(rows, "EXPORT_BATCH", 2)  # 7 entities: pages of 2, 2, 2, 1
    store = open_store(store_path)
    try:
        everything = rows.entity_export_rows(store, "", None)
        checkpoints = rows.entity_export_rows(store, "", "checkpoint")
        articles = rows.article_export_rows(store, ArticleFilter(source="Kazinform"))
    finally:
        store.close()
    assert len(everything) == 7 and len({r["id"] for r in everything}) == 7
    assert all(list(r) == rows.ENTITY_FIELDS for r in everything)
    assert {r["name"] for r in checkpoints} == {"Хоргос", "Достык"}
    assert [(r["source"], list(r)) for r in articles] == [("Kazinform", rows.ARTICLE_FIELDS)]

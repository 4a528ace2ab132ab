"""tui81: a key whose whole results miss the early paint shows its entity hits with the
article rows on screen kept under them, when an entity row on screen is among its hits:
painted alone, the entity rows blanked the articles for a frame or two and most came
back with the whole results (the 100k store's «khorgos оч»). The status line marks them
as not yet updated; entity hits of another name replace the rows as before."""

from __future__ import annotations

import threading

from tests.test_search_tui_paint import _wait, store_path  # noqa: F401  (the fixture)
from tests.test_tui_helpers import search_screen_on, type_until_whole

TYPED, HELD = "tulegenov оче", "tulegenov очер"  # a name and a topic word being typed


def _held_search(monkeypatch, entities=None):
    """searching.search with «tulegenov очер»'s whole search held until the event is set;
    `entities` (when given) rewrites its entity hits."""
    from tui import searching
    from tui.screens import search_screen

    monkeypatch.setattr(search_screen, "EARLY_PAINT_S", 0.05)
    release = threading.Event()
    real = searching.search

    def held(store, query, reader=None, limit=30, entities_only=False):
        if query == HELD and not entities_only:
            release.wait(10)
        out = real(store, query, reader, limit, entities_only)
        if query == HELD and entities_only and entities is not None:
            out = entities(out)
        return out

    monkeypatch.setattr(searching, "search", held)
    return release


def _status(screen) -> str:
    from textual.widgets import Static

    return str(screen.query_one("#search-status", Static).render())


async def test_the_same_entities_early_keep_the_articles_marked_until_the_whole_results(store_path, monkeypatch):  # noqa: F811
    from tui.widgets.result_rows import ResultRows

    release = _held_search(monkeypatch)
    async with search_screen_on(store_path) as (app, pilot, screen):
        await type_until_whole(pilot, screen, TYPED)
        rows = screen.query_one(ResultRows)
        before = [r.prompt.plain for r in rows.rows]
        assert sum("Новость" in p for p in before) == 2 and "not yet" not in _status(screen)
        set_rows: list[int] = []
        real_set = ResultRows.set_rows
        monkeypatch.setattr(
            ResultRows, "set_rows", lambda self, items: (set_rows.append(len(items)), real_set(self, items))
        )

        await pilot.press("р")
        await _wait(lambda: screen.shown_seq == screen._seq)
        assert screen.full_seq != screen._seq  # the early paint, before the articles
        assert [r["name"] for r in screen.last_results] == ["Арман Тулегенов"]  # what is ready of this key
        assert [r.prompt.plain for r in rows.rows] == before  # the articles stay on screen
        assert screen.articles_kept and not screen.rows_changed
        assert "articles not yet updated" in _status(screen)
        assert set_rows == []  # the rows were not set anew

        release.set()
        await _wait(lambda: screen.full_seq == screen._seq)
        assert screen.full_seq == screen._seq and not screen.articles_kept
        assert any(r.get("kind") == "article" for r in screen.last_results)
        assert sum("Новость" in r.prompt.plain for r in rows.rows) == 2
        assert "not yet" not in _status(screen)


async def test_other_entities_early_replace_the_rows(store_path, monkeypatch):  # noqa: F811
    """An entity row that reads otherwise (here its article count) is no longer the rows'
    heading: the early paint shows the key's entity hits alone, as before tui81."""
    from tui.widgets.result_rows import ResultRows

    def recounted(hits):
        return [{**h, "articles": 7} for h in hits]

    release = _held_search(monkeypatch, recounted)
    async with search_screen_on(store_path) as (app, pilot, screen):
        await type_until_whole(pilot, screen, TYPED)
        rows = screen.query_one(ResultRows)
        await pilot.press("р")
        await _wait(lambda: screen.shown_seq == screen._seq)
        assert screen.full_seq != screen._seq and not screen.articles_kept
        shown = [r.prompt.plain for r in rows.rows]
        assert not any("Новость" in p for p in shown) and any("Тулегенов" in p for p in shown)
        assert "not yet" not in _status(screen)
        release.set()
        await _wait(lambda: screen.full_seq == screen._seq)
        assert screen.full_seq == screen._seq


async def test_an_entity_the_early_hits_add_is_shown_above_the_kept_articles(store_path, monkeypatch):  # noqa: F811
    """The entity step found one more entity than the rows show (the 100k store's «khorgos
    оч»: an organization the whole results drop again): it is shown, and the articles stay
    under it, and open what they opened, until the whole results replace them."""
    from tui.widgets.result_rows import ResultRows

    def one_more(hits):
        return [*hits, {**hits[0], "id": 99, "type": "organization", "name": "ТОО Тулеген", "matched": "ТОО Тулеген"}]

    release = _held_search(monkeypatch, one_more)
    async with search_screen_on(store_path) as (app, pilot, screen):
        await type_until_whole(pilot, screen, TYPED)
        rows = screen.query_one(ResultRows)
        before = [r.prompt.plain for r in rows.rows]
        articles = [(r.prompt.plain, r.payload) for r in rows.rows if "Новость" in r.prompt.plain]
        await pilot.press("р")
        await _wait(lambda: screen.shown_seq == screen._seq)
        assert screen.full_seq != screen._seq and screen.articles_kept
        assert len(screen.last_results) == 2  # the key's own early hits
        shown = [r.prompt.plain for r in rows.rows]
        assert any("ТОО Тулеген" in p for p in shown) and shown[-len(before) + 2 :] == before[2:]
        assert [(r.prompt.plain, r.payload) for r in rows.rows if "Новость" in r.prompt.plain] == articles
        hits = [screen._row_results.get(n) for n, r in enumerate(rows.rows) if "Новость" in r.prompt.plain]
        assert [h["kind"] for h in hits] == ["article", "article"]  # each row is still its hit
        assert "4 results · articles not yet updated" in _status(screen)
        release.set()
        await _wait(lambda: screen.full_seq == screen._seq)
        assert not screen.articles_kept and not any("ТОО Тулеген" in r.prompt.plain for r in rows.rows)

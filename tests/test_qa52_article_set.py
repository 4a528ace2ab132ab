"""qa52: ctrl+l from the search box sends its article hits to the Articles pane as a set,
but only those among the 30 results the screen lists: «очередь» over 409 saved pages
gave «search «очередь»: 30 articles» where `w очередь` finds 67. The set is now every
article hit of the query. The articles are made up."""

from __future__ import annotations

from store.model import Article, Extraction
from tests.test_tui_helpers import search_screen_on, type_until_whole, write_store
from tui import searching

N = 40


def test_searching_gives_every_article_hit(tmp_path):
    from store.db import store as db

    path = _store(tmp_path)
    store = db.open_store(path)
    try:
        assert len(searching.article_ids(searching.search(store, "очередь"))) < N
        assert len(searching.all_article_ids(store, "очередь")) == N
    finally:
        store.close()


async def test_ctrl_l_sends_every_article_hit(tmp_path):
    from tui.screens.search_screen import SearchScreen

    async with search_screen_on(_store(tmp_path), size=(80, 24)) as (app, pilot, screen):
        await type_until_whole(pilot, screen, "очередь")
        assert len(searching.article_ids(screen.last_results)) < N
        await pilot.press("ctrl+l")
        for _ in range(50):
            await app.workers.wait_for_complete()
            await pilot.pause(0.02)
            if not isinstance(app.screen, SearchScreen):
                break
        filt = app.main_screen.article_source.filter
        assert len(filt.article_ids) == N
        assert ("hits", f"search «очередь»: {N} articles") in filt.chips()


def _store(tmp_path):
    path = tmp_path / "many.db"
    if path.exists():
        return path
    items = []
    for n in range(N):
        body = f"На придуманном переходе номер {n} выстроилась очередь из {n + 10} машин."
        art = Article(
            file=f"q{n}.txt", path=f"/in/q{n}.txt", title=f"Очередь {n}", body=body, raw=body, date="2025-01-01"
        )
        items.append((art, Extraction(lemmas="на придумать переход номер выстроиться очередь машина")))
    return write_store(path, items)

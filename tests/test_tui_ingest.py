"""An ingest started from the TUI lists each rejected file with its reason (issue 17),
and waits for enter before opening the store so they can be read. The pipeline is
replaced by one that writes the hand-made articles and reports two made-up
rejections through the same callbacks store.ingest.ingest calls."""

from __future__ import annotations

from tests.test_tui import make_app, screen_text, settle
from tui.screens.ingest_screen import IngestScreen
from tui.screens.main_screen import MainScreen

SIZE = (80, 24)
REJECTS = [("empty.txt", "no article text found"), ("bad\x1b[31m.html", "cannot parse: ValueError: broken")]


def fake_ingest(rejects):
    import store.ingest
    from tests.test_tui_helpers import sample_articles, write_store

    def run(paths, store_path, progress=None, on_reject=None, **kw):
        progress(1, 3, "a1.txt")
        for file, reason in rejects:
            on_reject(file, reason)
        write_store(store_path, sample_articles())
        progress(3, 3, "a2.txt")
        return store.ingest.Summary(files=3, ingested=4, rejected=list(rejects))

    return run


async def test_rejected_files_are_listed_with_their_reasons(tmp_path, monkeypatch):
    import store.ingest

    monkeypatch.setattr(store.ingest, "ingest", fake_ingest(REJECTS))
    src = tmp_path / "in"
    src.mkdir()
    app = make_app(tmp_path / "new.db", str(src))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, 5)
        assert isinstance(app.screen, IngestScreen)  # waits: there is something to read
        text = screen_text(app)
        assert "✗ empty.txt: no article text found" in text
        assert "cannot parse: ValueError: broken" in text and "\x1b" not in text  # the name is cleaned
        assert "4 articles stored, 2 rejected:" in text and "enter opens the store" in text
        await pilot.press("enter")
        await settle(pilot, 5)
        assert isinstance(app.screen, MainScreen) and "4 articles, newest first" in screen_text(app)


async def test_without_rejections_the_store_opens_at_once(tmp_path, monkeypatch):
    import store.ingest

    monkeypatch.setattr(store.ingest, "ingest", fake_ingest([]))
    src = tmp_path / "in"
    src.mkdir()
    app = make_app(tmp_path / "new.db", str(src))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, 5)
        assert isinstance(app.screen, MainScreen)

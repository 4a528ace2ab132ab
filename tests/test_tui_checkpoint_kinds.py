"""The checkpoint page shows, beside the gazetteer row's kind, the kinds the articles' own
words give the post (mentions.kind): a pilot test on the hand-made store, with the two
Хоргос mentions given their text's kind."""

from __future__ import annotations

import pytest

from tests.test_tui import SIZE, drawn, make_app, settle
from tests.test_tui_helpers import sample_articles, write_store
from tui.screens.checkpoint_screen import CheckpointScreen


@pytest.fixture
def kinds_store(tmp_path):
    items = sample_articles()
    for _article, extraction in items[:2]:
        for m in extraction.mentions:
            if m.type == "checkpoint":
                m.kind = "rail" if m.surface == "Қорғас" else "road"
    return write_store(tmp_path / "store.db", items)


async def test_the_checkpoint_page_shows_the_kinds_its_articles_name(kinds_store):
    app = make_app(kinds_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"khorgos")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CheckpointScreen)
        text = await drawn(pilot, "as named")
        assert "as named" in text and "rail 1 · road 1" in text, text
        assert "road" in text.split("as named")[0]  # the gazetteer row's kind stays shown
        assert "as named: rail 1 · road 1" in app.screen.copy_text()

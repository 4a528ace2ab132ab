"""qa71: the board's card (the preview beside the board from 140 columns) states a post's
status as the board's row does. Two reports of one day that contradict showed the label
stored last with its words («working «работает…»») and the conflict under it; now both
labels stand in the status line, and no one report's words. Notes made up (ui68's store,
with one more pair written here)."""

from __future__ import annotations

from datetime import date

from store.db import board
from store.db.store import open_store
from tests.test_ui68_answers import answers_path  # noqa: F401  (fixture)
from tui.widgets.preview import checkpoint_preview


def _card(path, checkpoint: str) -> list[str]:
    store = open_store(path)
    try:
        rows = {r["id"]: r for r in board.board_rows(store, today=date(2026, 12, 6))}
    finally:
        store.close()
    return [" ".join(text.split()) for text in checkpoint_preview(rows[checkpoint]).plain.splitlines()]


def test_a_conflict_replaces_the_stored_label_on_the_card(answers_path):  # noqa: F811
    lines = _card(answers_path, "kordai")
    status = next(text for text in lines if text.startswith("status"))
    assert status == "status closed / working (2026-11-20)"
    assert "conflicting reports that day" in lines
    assert not any("штатном" in text or "закрыт" in text for text in lines)  # one report's words would pick a side


def test_a_plain_status_keeps_its_words_and_a_past_closure_its_queue(answers_path):  # noqa: F811
    lines = _card(answers_path, "alakol")
    assert "status to close «закроют» (2026-03-12 past)" in lines
    assert "queue later, 2026-04-02" in lines
    assert not any("conflicting" in text for text in lines)

"""ux89's walk through three tasks at 80×24 (where do trucks queue, which posts are rebuilt
and by when, who ordered what about Нур Жолы), keyboard only. Cycling a filter had one
direction: twelve fact kinds and eight statuses meant a lap of the list for a filter one key
too far. `B`, `K` and `U` step back."""

from __future__ import annotations

from store.db import board
from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)
from tui.screens.main_tables import fact_kinds


async def test_shift_steps_the_board_filters_back(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3", "U")  # from all, the last label
        await settle(pilot)
        assert app.screen.board_source.status == board.BOARD_STATUSES[-1] == "working"
        await pilot.press(*"u" * 4, "U")  # all, closed, to close, limited: one too far, and one back
        await settle(pilot)
        assert app.screen.board_source.status == "to close"
        assert "· to close  (s S b k u)" in screen_text(app)
        await pilot.press("U", "U")
        await settle(pilot)
        assert app.screen.board_source.status is None
        await pilot.press("K")
        await settle(pilot)
        assert app.screen.board_source.kind == board.kinds()[-1]
        await pilot.press("B")
        await settle(pilot)
        assert app.screen.board_source.border == board.borders()[-1]
        await pilot.press("b")
        await settle(pilot)
        assert app.screen.board_source.border is None


async def test_shift_k_steps_the_fact_kind_back(store_path):  # noqa: F811
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("5", "k", "k", "K")  # queue, status, back to queue
        await settle(pilot)
        assert app.screen.fact_source.kind == "queue"
        assert "· queue ·" in screen_text(app)
        await pilot.press("K", "K")  # all kinds, then the last one
        await settle(pilot)
        assert app.screen.fact_source.kind == fact_kinds()[-1]
        await pilot.press("f1")
        await settle(pilot)
        assert "Kind back" in screen_text(app)  # F1's «Keys here» lists it

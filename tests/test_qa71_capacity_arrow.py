"""qa71: sorted by capacity the board lists the biggest throughput first, so its column's
arrow is «▼», as for the article counts and dates; it said «▲», which reads smallest
first, above «30 000 a day» then «15 000 a day»."""

from __future__ import annotations

from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)


async def _header_by_capacity(path, *, reverse: bool) -> str:
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        for _ in range(12):
            if "· by capacity ·" in screen_text(app):
                break
            await pilot.press("s")
            await settle(pilot)
        if reverse:
            await pilot.press("S")
            await settle(pilot)
        lines = screen_text(app).splitlines()
        assert "by capacity" in lines[2], lines[2]
        return lines[3]


async def test_the_capacity_arrow_points_down_for_the_biggest_first(store_path):  # noqa: F811
    assert "capacity ▼" in await _header_by_capacity(store_path, reverse=False)
    assert "capacity ▲" in await _header_by_capacity(store_path, reverse=True)

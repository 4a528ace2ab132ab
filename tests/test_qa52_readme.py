"""qa52: the README's «At 80×24 in tmux, on the sample store» capture had gone stale
(titles cut mid-word where the list now ends them with «…»). It is checked against the
explorer's first screen on the bundled sample, line by line."""

from __future__ import annotations

from pathlib import Path

from tests.test_tui import make_app, screen_text, settle

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_capture() -> list[str]:
    text = README.read_text(encoding="utf-8").split("At 80×24 in tmux, on the sample store:", 1)[1]
    block = text.split("```", 2)[1]
    return [ln.rstrip() for ln in block.split("\n")[1:-1]]


async def test_the_readme_capture_is_the_first_screen(sample_store_path):
    app = make_app(sample_store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = [ln.rstrip() for ln in screen_text(app).splitlines()]
    assert shown == readme_capture()

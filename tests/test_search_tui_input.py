"""The search box (SearchInput) stores its new width without asking the screen for a
layout on every key, and still shows the typed text, scrolls a long text to keep the
cursor in view, and takes a paste: no store, a bare Textual app."""

from __future__ import annotations

from textual import events
from textual.app import App, ComposeResult
from textual.widget import Widget

from tui.screens.search_screen import SearchInput

BOX_WIDTH = 20


class BoxApp(App):
    CSS = f"SearchInput {{ border: none; height: 1; width: {BOX_WIDTH}; padding: 0; }}"

    def compose(self) -> ComposeResult:
        yield SearchInput(id="box")


def _shown(box: SearchInput) -> str:
    return box.render_line(0).text


async def _typing_box(pilot) -> SearchInput:
    box = pilot.app.query_one(SearchInput)
    box.focus()
    await pilot.pause()
    return box


async def test_typed_text_shows_without_a_layout_per_key(monkeypatch):
    app = BoxApp()
    async with app.run_test(size=(40, 5)) as pilot:
        box = await _typing_box(pilot)
        layouts: list[str] = []
        real = Widget.refresh

        def spy(self, *regions, **kwargs):
            if kwargs.get("layout"):
                layouts.append(type(self).__name__)
            return real(self, *regions, **kwargs)

        monkeypatch.setattr(Widget, "refresh", spy)
        await pilot.press(*"хоргос")
        await pilot.pause()
        assert box.value == "хоргос"
        assert _shown(box).startswith("хоргос")
        assert box.virtual_size.width == len("хоргос") + 1  # one cell more, for the cursor at the end
        assert layouts == []


async def test_a_long_text_scrolls_to_keep_the_cursor_in_view():
    app = BoxApp()
    async with app.run_test(size=(40, 5)) as pilot:
        box = await _typing_box(pilot)
        text = "abcdefghijklmnopqrstuvwxyz0123456789"
        await pilot.press(*text)
        await pilot.pause()
        assert box.value == text
        assert box.scroll_x > 0
        assert _shown(box).rstrip().endswith("6789")  # the end, where the cursor is
        await pilot.press("home")
        await pilot.pause()
        assert box.scroll_x == 0 and _shown(box).startswith("abcdef")
        await pilot.press("end", *["backspace"] * 30)
        await pilot.pause()
        assert box.value == "abcdef" and _shown(box).startswith("abcdef")


async def test_a_paste_is_inserted_at_the_cursor_and_shown():
    app = BoxApp()
    async with app.run_test(size=(40, 5)) as pilot:
        box = await _typing_box(pilot)
        await pilot.press(*"нур")
        box.post_message(events.Paste(" жолы очередь"))
        await pilot.pause()
        assert box.value == "нур жолы очередь"
        assert _shown(box).startswith("нур жолы очередь")

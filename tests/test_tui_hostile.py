"""Untrusted text on screen: markup-looking brackets show as typed, escape
sequences never reach the terminal, emoji and Kazakh letters survive.

The hostile article is written through db.write_article directly, skipping the
ingest-time sanitizer, so the display boundary is what is tested."""

from __future__ import annotations

import pytest

from store.model import Article, Extraction, Mention
from tests.test_tui import screen_text, settle
from tests.test_tui_helpers import write_store
from tui.cli import build_app
from tui.screens.article_screen import ArticleScreen
from tui.text import highlighted_body, line

KAZAKH = "ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І"
TITLE = "[bold]Жирный[/bold] [@click=app.quit]клик[/] «[/ внутри» \x1b]52;c;SGVsbG8=\x07🚚🇰🇿"
BODY = (
    "Қорғас [red]…[/] шекара \x1b[31mкрасный\x1b[0m текст. [some text] и [/ внутри.\n"
    f"Буквы: {KAZAKH}. Эмодзи 🚚 и флаг 🇰🇿. \x9b2J C1, \u202eперевернуто\u202c, \x07звонок."
)


def hostile_items():
    start = BODY.index("Қорғас")
    article = Article(
        file="evil.txt",
        path="/in/evil.txt",
        title=TITLE,
        body=BODY,
        raw=BODY,
        date="2025-01-02",
        source="[link=https://evil.example]Outlet[/link]",
        author="[b]Автор",
        language="kk",
    )
    extraction = Extraction(
        mentions=[
            Mention(type="checkpoint", name="Хоргос", surface="Қорғас", start=start, end=start + 6),
            Mention(
                type="person",
                name="[@click=app.quit]Злой[/]",
                surface="[some text]",
                start=BODY.index("[some text]"),
                end=BODY.index("[some text]") + 11,
                role="[italic]роль",
            ),
        ]
    )
    return [(article, extraction)]


@pytest.fixture(scope="module")
def hostile_path(tmp_path_factory):
    return write_store(tmp_path_factory.mktemp("hostile") / "evil.db", hostile_items())


def no_controls(text: str) -> bool:
    return not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) < 0xA0 or c in "\u202e\u202c" for c in text)


async def test_hostile_article_shows_as_typed(hostile_path):
    app = build_app(["--db", str(hostile_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "[link=https://e… " in text  # the outlet column, cut to 16 cells with «…» (qa45)
        assert "[bold]Жирный[/bold] [@click=app.quit]клик[/]" in text
        assert no_controls(text)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        text = screen_text(app)
        assert "«[/ внутри»" in text and "]52;c;" not in text
        assert "Қорғас [red]…[/] шекара красный текст. [some text] и [/ внутри." in text
        assert KAZAKH in text and "🚚" in text
        assert "[@click=app.quit]Злой[/] — [italic]роль" in text
        assert no_controls(text)
        # the mention highlight still lands on the right words after cleaning
        body = app.screen.query_one("#body-text").content
        spans = {body.plain[s.start : s.end] for s in body.spans}
        assert spans == {"Қорғас", "[some text]"}
        # clicking on the text that looks like an action does nothing
        await pilot.click("#body-text", offset=(2, 0))
        await pilot.press("tab", "j", "enter")
        await settle(pilot)
        assert app.is_running
        await pilot.press("escape", "c")
        await settle(pilot)
        assert app.is_running


def test_display_helpers_strip_controls_and_keep_brackets():
    assert line("a\x1b[31mb\x07c\nd").plain == "abc d"
    assert line("[bold]x[/]").plain == "[bold]x[/]"
    body = highlighted_body("\x1b[1mЖ\x1b[0m Хоргос", [{"field": "body", "start": 10, "end": 16, "type": "checkpoint"}])
    assert body.plain == "Ж Хоргос"
    assert [(body.plain[s.start : s.end], str(s.style)) for s in body.spans] == [("Хоргос", "bold reverse yellow")]

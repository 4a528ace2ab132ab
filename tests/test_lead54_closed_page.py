"""Stop 54: a page closed before its first refresh does not scroll.

The reader marks the sentence it was opened at and scrolls to it after the first refresh. A
burst of keys over SSH (⏎ then escape before the screen paints) closed the page first, and the
scheduled scroll asked a removed screen for its body: the app stopped with NoMatches (the
clean-clone CI at 37081b9a, tests/test_ui63_enter_burst.py, one run in several).
"""

from __future__ import annotations

from rich.text import Text

from tui.screens.article_screen import ArticleScreen


def test_scrolling_a_page_with_no_body_left_does_nothing():
    page = ArticleScreen(1, sentence="Очередь выросла.")
    assert page._scroll_to(Text("Граница. Очередь выросла."), 9) is None

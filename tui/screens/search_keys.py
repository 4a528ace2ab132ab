"""`/` (and `w`) and the keys typed right behind it, on the screens they open a box from.

The app forwards each key to the widget focused when it reads the key, so the keys of
one burst (a fast typist over SSH, a paste: «/khorgos») all went to the list under the
search box before the box took the focus, and were lost there. Here `/` acts as it
reaches the screen, and the keys queued behind it are handed to the box (any screen on
top with a `take_queued_key` method: the search, the words prompt of `w`, the filter dialog of `f`,
the export prompt of `e`). This module
imports no search code: the first paint loads none (tests/test_import_hygiene.py).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from textual import events
from textual.screen import Screen
from textual.widgets import Input

# the actions that open a box to type in at once: the search (the app's and the main
# screen's names for it), the Articles tab's words prompt and filter dialog, and the
# lists' export prompt
SEARCH_ACTIONS = ("search", "slash", "words", "filter", "export")


async def search_at_once(screen: Screen, event: events.Key) -> bool:
    """The key that opens the search (`/`, or what a keymap made of it), acted on as it
    reaches `screen` rather than as a binding, which acts once the keys queued behind it
    have passed the screen: those keys then go to the box (queued_for_search)."""
    if screen.app.screen is not screen or not event.is_printable:
        return False
    bound = screen.active_bindings.get(event.key)
    if bound is None or not bound.enabled or bound.binding.action not in SEARCH_ACTIONS:
        return False
    event.stop()
    event.prevent_default()
    action = bound.binding.action
    # awaited: the box is pushed before the next key is handled
    await screen.run_action("app.search" if action == "search" else action)
    return True


def queued_for_search(screen: Screen, event: events.Key) -> bool:
    """Hand a key that reached `screen` while a search box opened from it is on top to
    that box (SearchScreen.take_queued_key); False when no search is on top of it."""
    top = screen.app.screen
    return top is not screen and callable(take := getattr(top, "take_queued_key", None)) and take(event)


def typed_into(box: Input | None, event: events.Key, not_built: Callable[[str], None]) -> bool:
    """A printable key handed to a box that opened under it: the letter goes on at the
    box's end, or to `not_built` while the box is not yet composed (the text it will be
    made with). False for any other key: the caller's escape and enter come first."""
    if not (event.is_printable and event.character):
        return False
    if box is None:
        not_built(event.character)
    else:
        box.cursor_position = len(box.value)
        box.insert_text_at_cursor(event.character)
    return True


def taken(event: events.Key) -> bool:
    """A queued key a box took: no one under it sees it."""
    event.stop()
    event.prevent_default()
    return True


class TypedOrder:
    """When each of the last letters typed into a box was typed (events.Key.time, stamped
    as the driver reads the key), so a letter that reaches the box late goes in among
    them where it was typed. The letters of one burst travel to a box by different
    paths: those the app had forwarded to the list under it before `/` had acted climb
    that list's chain of widgets to its screen (queued_for_search), those read after go
    to the box or its screen at once, and overtook the first under load («/Достык» in
    one burst searched «Дотсык» under random 0-30 ms delays, race65/race66). Typed in
    order, every letter goes at the end, as before."""

    KEPT = 64  # a late letter is one of a burst's: older times are not needed

    def __init__(self) -> None:
        self._times: list[float] = []  # of the text's last len(_times) letters, oldest first
        self._text: str | None = None  # the text they are the end of

    def place(self, text: str, when: float) -> int:
        """Where in `text` a letter typed at `when` goes: before the letters at its end
        that were typed after it (the text's length when none was). Then `typed` with
        the new text; any other edit of the box forgets the times (the text differs)."""
        if text != self._text:
            self._times = []
        i = bisect_right(self._times, when)
        at = len(text) - (len(self._times) - i)
        self._times.insert(i, when)
        del self._times[: -self.KEPT]
        return at

    def typed(self, text: str) -> None:
        self._text = text

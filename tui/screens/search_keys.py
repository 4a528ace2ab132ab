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

from collections.abc import Callable

from textual import events
from textual.screen import Screen
from textual.widgets import Input

from ..widgets.typed_input import TypedOrder

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


def typed_into(
    order: TypedOrder, box: Input | None, event: events.Key, not_built: Callable[[str, float], None]
) -> bool:
    """A printable key handed to a box that opened under it: the letter goes in at the
    box's end where it was typed among the burst's (`order`, the one the box's own keys
    go in by: widgets.typed_input), or to `not_built` while the box is not yet composed
    (with the key's time, for the text it will be made with). False for any other key:
    the caller's escape and enter come first."""
    if not (event.is_printable and event.character):
        return False
    if box is None:
        not_built(event.character, event.time)
    else:
        if not box.has_focus:  # its focus, to come, must not select what is typed (the next letter replaced it)
            box.select_on_focus = False
        order.type_into(box, event.character, event.time)
    return True


def letter_to_screen(screen: Screen, event: events.Key) -> None:
    """A letter that reached a box's screen itself: the app sends a key to the screen while
    no widget has the focus (the box takes it a message round after mount), and the box
    stops every letter it reads, so none comes up from it. It goes in as one typed behind
    the key that opened the box (take_queued_key); it was lost («wочередь» gave «очереь»
    under random delays, race67; the search's own: SearchScreen._on_screen_key)."""
    take = getattr(screen, "take_queued_key", None)
    if event.is_printable and callable(take):
        take(event)


def taken(event: events.Key) -> bool:
    """A queued key a box took: no one under it sees it."""
    event.stop()
    event.prevent_default()
    return True

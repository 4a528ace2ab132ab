"""Letters of one burst into a box in the order they were typed, whatever path each took.

A box opened by a key (`/` the search, `w` the words prompt, `f` the filter dialog, `e`
the export prompt) gets the letters typed right behind that key by two paths: those the
app had forwarded to the list under the box before the key had acted climb that list's
chain of widgets to its screen, which hands them to the box (tui.screens.search_keys,
`take_queued_key`); those read after go to the box at once. Each path is in order, the
two are not: under load a letter still climbing was overtaken by one typed after it
(«/Достык» searched «Дотсык», race65/race66). Every letter at a box's end, from either
path, goes in by its key's events.Key.time (TypedOrder); typed in order, that is the end.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from textual import events
from textual.widgets import Input


class TypedOrder:
    """When each of the last letters typed into a box was typed (events.Key.time, stamped
    as the driver reads the key), so a letter that reaches the box late goes in among
    them where it was typed. Typed in order, every letter goes at the end, as before."""

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

    def insert(self, text: str, letter: str, when: float) -> str:
        """`text` (what a box not yet built will be made with) with `letter` where it was typed."""
        at = self.place(text, when)
        text = text[:at] + letter + text[at:]
        self.typed(text)
        return text

    def type_into(self, box: Input, letter: str, when: float) -> None:
        """`letter` into `box` where it was typed, through Input.replace (the one edit a
        subclass sees: the search searches from there); the cursor stays at the end."""
        low, high = sorted(box.selection)
        if low != high and high == len(box.value):  # typed over a selection reaching the end: it replaces it
            self._times, self._text = [when], None
            box.replace(letter, low, high)
        else:
            at = self.place(box.value, when)
            box.replace(letter, at, at)
        box.cursor_position = len(box.value)
        self.typed(box.value)


def at_the_end(box: Input, event: events.Key) -> bool:
    """A letter typed at the box's end (the cursor there, or a selection reaching it: the
    export prompt's default opens selected): the edit a late letter of the burst can be
    ordered against (anything else is the user's own editing, which Input does as ever)."""
    return bool(event.is_printable and event.character and max(box.selection) == len(box.value))


class TypedInput(Input):
    """An Input whose letters at the end go in where they were typed (`order`, shared
    with its screen's path for the letters handed to it late)."""

    def __init__(self, value: str | None = None, *, order: TypedOrder | None = None, **kwargs: Any) -> None:
        super().__init__(value, **kwargs)
        self.order = order if order is not None else TypedOrder()

    async def _on_key(self, event: events.Key) -> None:
        if at_the_end(self, event):
            event.stop()
            event.prevent_default()
            self._restart_blink()  # as Input._on_key does
            self.order.type_into(self, event.character or "", event.time)
            return
        await super()._on_key(event)

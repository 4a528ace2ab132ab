"""Keys typed right behind the ⏎ that opens a page, kept for that page.

⏎ on a row of the main screen opens a page a few message rounds later (the list posts
Selected, the screen posts OpenTarget, the app pushes the page). A key typed in the same
burst (a paste, a fast typist over SSH, tmux's send-keys: ⏎ `3`) reached the main screen
before the page was on top, so `3` switched the tab under the page that had just opened,
and escape came back to another tab. From ⏎ until the page is on top the main screen
holds such keys; then they are sent on, in order, to whatever screen is on top: the page,
or the main screen itself when ⏎ opened nothing (a board row no article names). A timer
lets them go in any case, so a ⏎ that posts nothing (an empty list) never keeps a key.

A list whose rows have not come yet (its tab's number typed just before ⏎) puts ⏎ aside
until they do (VirtualList._later). The timer then waits for the list as well: while the
list still has ⏎ put aside, the keys stay held (up to WAIT_FOR_ROWS_S), so they reach the
page the late ⏎ opens, as when the rows were there. Before, the timer let them go after
RELEASE_AFTER_S whatever the list was doing: on a slow store «2 ⏎ 4» switched the tab to
Directives, and then the late ⏎ opened the entity's page over it.

The same holds after ⏎ has acted (qa71): its list's Selected still has to reach the main
screen and become a page, and on a loaded machine that took longer than RELEASE_AFTER_S,
so `4` switched the tab under the page about to open. The list marks itself `opening` from
Selected until the page is on top (or the screen finds nothing to open), and put_aside
reads that too.

A search hit (the search screen's enter) hands its keys here too (keep): the hit opens
from the search screen's dismiss callback, and the main screen marks its page coming from
the hand-off until that page is on top or the callback opens nothing (tui71); it had the
bare RELEASE_AFTER_S cap, so a callback late by more than that let the keys act here.

A page then holds what reaches it until it can take it (tui.screens.detail, wait()): its
record shown, and the page a ⏎ on its own list opens on top. Those holds have no timer:
each ends at an event that always comes (the read's worker ends; the app handles the
OpenTarget), and escape leaves a page still loading at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual import events
from textual.app import App

RELEASE_AFTER_S = 1.0  # after ⏎ has acted: a ⏎ that opened nothing keeps no key longer
WAIT_FOR_ROWS_S = 10.0  # at most this long for a list's rows (a store that never answers)


class HeldKeys:
    """The keys held since a ⏎ that may open a page, sent on by release()."""

    def __init__(self) -> None:
        self.holding = False
        self.keys: list[events.Key] = []
        self._run = 0  # which ⏎ a timer was set for: an older one's timer lets nothing go
        self._put_aside: Callable[[], bool] = lambda: False  # ⏎ yet to act (start)
        self._until = 0.0  # the latest the keys wait for ⏎ to act (WAIT_FOR_ROWS_S)

    def start(self, app: App, put_aside: Callable[[], bool] = lambda: False) -> None:
        """⏎ on a row: hold what comes next until release() (or the timer) lets it go.
        `put_aside` says whether ⏎ has yet to act (its list's rows still coming): the
        timer waits for that too (_time_out)."""
        self.holding = True
        self._run += 1
        self._put_aside, self._until = put_aside, time.monotonic() + WAIT_FOR_ROWS_S
        run = self._run
        app.set_timer(RELEASE_AFTER_S, lambda: self._time_out(app, run))

    def _time_out(self, app: App, run: int, *, looked: bool = False) -> None:
        """RELEASE_AFTER_S passed: let the keys go, unless ⏎ has yet to act, then look again
        after as long, up to WAIT_FOR_ROWS_S. Before letting go, one more look behind the
        messages already queued: the timer can fire while ⏎ is still on its way to the list
        (its tab built late, on a loaded machine), about to be put aside there."""
        if self._run != run:  # an older ⏎'s timer: that hold has ended
            return
        if self._put_aside() and time.monotonic() < self._until:
            app.set_timer(RELEASE_AFTER_S, lambda: self._time_out(app, run))
        elif not looked:
            app.call_later(self._time_out, app, run, looked=True)
        else:
            self.release(app)

    def wait(self) -> None:
        """Hold what comes next, with no timer: the caller's own event, one that always
        comes, ends the hold (release)."""
        self.holding = True
        self._run += 1  # a timer of an earlier start lets nothing go

    def drop(self) -> None:
        """Stop holding and forget the kept keys (escape left the screen they were for)."""
        self.holding = False
        self.keys = []

    def keep(self, app: App, keys: list[tuple[str, str | None]], coming: Callable[[], bool] = lambda: False) -> None:
        """Hold `keys` (key, character) as if typed behind a ⏎ here: an enter on a screen
        above (the search's hits) that opens a page from this one; `coming` says whether
        that page is still to be pushed (the timer waits for it, up to WAIT_FOR_ROWS_S)."""
        self.start(app, put_aside=coming)
        self.keys.extend(events.Key(key, character) for key, character in keys)

    def hold(self, event: events.Key) -> bool:
        """Keep `event` when holding (it does nothing where it arrived); True if kept."""
        if not self.holding:
            return False
        self.keys.append(events.Key(event.key, event.character))
        event.stop()
        event.prevent_default()
        return True

    def release(self, app: App) -> None:
        """Stop holding; the kept keys go to the app, in order, as if typed now."""
        self.holding = False
        keys, self.keys = self.keys, []
        for key in keys:
            # sent by the app, as a typed key is: one sent by this screen stopped bubbling
            # at it (Textual stops a message at its sender) and no binding saw it
            app.post_message(key.set_sender(app))

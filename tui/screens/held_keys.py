"""Keys typed right behind the ⏎ that opens a page, kept for that page.

⏎ on a row of the main screen opens a page a few message rounds later (the list posts
Selected, the screen posts OpenTarget, the app pushes the page). A key typed in the same
burst (a paste, a fast typist over SSH, tmux's send-keys: ⏎ `3`) reached the main screen
before the page was on top, so `3` switched the tab under the page that had just opened,
and escape came back to another tab. From ⏎ until the page is on top the main screen
holds such keys; then they are sent on, in order, to whatever screen is on top: the page,
or the main screen itself when ⏎ opened nothing (a board row no article names). A timer
lets them go in any case, so a ⏎ that posts nothing (an empty list) never keeps a key.
"""

from __future__ import annotations

from textual import events
from textual.app import App

RELEASE_AFTER_S = 1.0  # at most this long: ⏎ on a list still loading waits for its rows


class HeldKeys:
    """The keys held since a ⏎ that may open a page, sent on by release()."""

    def __init__(self) -> None:
        self.holding = False
        self.keys: list[events.Key] = []
        self._run = 0  # which ⏎ a timer was set for: an older one's timer lets nothing go

    def start(self, app: App) -> None:
        """⏎ on a row: hold what comes next until release() (or the timer) lets it go."""
        self.holding = True
        self._run += 1
        run = self._run
        app.set_timer(RELEASE_AFTER_S, lambda: self._run == run and self.release(app))

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

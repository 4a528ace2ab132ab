"""What the reader screens share: load one record in a worker, then draw it.

The screen paints at once with "Loading…"; the store call runs in a thread
worker (never on the event loop), and `show` runs back on the loop with the data.

Keys that reach a page before it can take them are held and sent on, in order, when it
can (tui71): while its record is being read (a ↓ or ⏎ typed behind the ⏎ that opened the
page found its lists empty and was lost), and from a ⏎ on its own list until the page that
⏎ opens is on top (a key behind it acted on this page). Neither hold has a timer: the
first ends when the read's worker ends (shown, failed or cancelled: it always ends), the
second when the app has handled the OpenTarget (the new page on top, or nothing_opened).
Escape on a page still loading is not held: it leaves at once, the held keys with it (a
store that never answers keeps no one on «Loading…»).
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import events, on, work
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from ..messages import OpenTarget
from ..widgets.nav_list import NavList
from ..widgets.notice_line import HIDE_KEY
from .held_keys import HeldKeys
from .search_keys import queued_for_search, search_at_once

# the states a page's read ends in: the keys held for its record go on then
READ_ENDED = (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED)


def _measured_again(screen: Screen) -> None:
    """Make the next layout measure again the widgets the record just filled. Textual (8.2)
    caches a widget's size under its own count of layouts, which `refresh(layout=True)`
    (Static.update) leaves as it is while a layout of the widget is already pending; a
    screen layout in between (another widget's) had cached the «Loading…» size, and the
    update was laid out at it: the article's meta lost its date line (stop 45's flake of
    tests/test_qa59_tab_burst.py, captured at stop 46). The count moved here is the one
    that refresh skipped. Both names are Textual's private ones (pinned at 8.2.8 in
    constraints.txt): a Textual without them leaves the page as Textual lays it out, never
    an error."""
    for widget in screen.query(Widget):
        if getattr(widget, "_layout_required", False) and isinstance(getattr(widget, "_layout_updates", None), int):
            widget._layout_updates += 1


class DetailScreen(Screen):
    """A screen about one record (article, entity, checkpoint) of the store."""

    # the app's escape, shown: the footers said how to act on a page but not how to leave
    # it; first, so the narrowest footer still shows it (tui71). `q` still quits but is not
    # shown here (the lists' footer and the help list it): at 80 columns «esc Back» pushed
    # «c Copy» off an entity's or a post's footer.
    BINDINGS = [
        Binding("escape", "app.to_lists", "Back", id="page.back"),
        Binding("q", "app.quit", "Quit", show=False, id="page.quit"),
        # the notice line's key on a page too: hidden here, hidden on the lists (tui75)
        Binding(HIDE_KEY, "app.hide_session_notices", "Hide notices", show=False, id="page.hide_notices"),
    ]

    def __init__(self, key: Any) -> None:
        super().__init__()
        self.key = key
        self.data: dict | None = None
        # the record not read yet: keys wait for it (_hold); not `loading`, which is Widget's
        # and paints a spinner over the page
        self._reading = True
        self._held = HeldKeys()
        self._held.wait()

    def query_store(self, store, key) -> dict | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def show(self, data: dict) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def copy_text(self) -> str | None:
        return None

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def load(self) -> None:
        data = self.app.reader.run(self.query_store, self.key)
        self.app.call_from_thread(self._loaded, data)

    def _loaded(self, data: dict | None) -> None:
        if data is None:
            self.query_one("#meta", Static).update(Text("Not found in the store."))
        else:
            self.data = data
            self.show(data)
        _measured_again(self)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The read has ended (the record shown, or not found, failed, cancelled): the
        keys typed while it ran act now, on what it showed."""
        if event.worker.group == "detail" and event.state in READ_ENDED and self._reading:
            self._reading = False
            self._held.release(self.app)

    @on(events.Key)
    async def _search_burst(self, event: events.Key) -> None:
        """`/` and the query typed right behind it in one burst search the query (the
        letters reached this screen's lists, not the box, and were lost). Keys the page
        cannot take yet wait (_hold)."""
        if queued_for_search(self, event) or self._hold(event):
            return
        await search_at_once(self, event)

    def _hold(self, event: events.Key) -> bool:
        """Keep `event` for later while the page cannot take it; start holding behind a ⏎
        that opens an item. True if kept. Escape while loading goes on to leave."""
        if self._reading and event.key == "escape":
            self._held.drop()
            return False
        if self._held.hold(event):
            return True
        focused = self.focused
        if event.key == "enter" and isinstance(focused, NavList) and focused.current:
            self._held.wait()  # ⏎ goes on to the list, which opens its item
        return False

    def on_screen_suspend(self) -> None:
        """A page on top (the one a ⏎ here opened): the keys typed behind that ⏎ are its."""
        if not self._reading:
            self._held.release(self.app)

    def nothing_opened(self) -> None:
        """The app opened no page for a target of this page's: the keys act here."""
        if not self._reading:
            self._held.release(self.app)

    def on_option_list_option_selected(self, event: NavList.OptionSelected) -> None:
        """Enter on an item opens what it points to (its payload, a tui.navigation target)."""
        target = event.option_list.payload(event.option.id) if isinstance(event.option_list, NavList) else None
        if target:
            self.post_message(OpenTarget(target))
        else:
            self.nothing_opened()

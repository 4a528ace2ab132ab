"""A Footer that rebuilds its keys only when the keys it would show have changed.

Textual's Footer recomposes (unmounts and mounts every key) on each bindings signal.
A tab switch on the main screen sends three (the focus moves into the pane, the
tabs settle, the old keys are pruned), and the keys were rebuilt three times before
the new tab could be drawn: about a third of the CPU of opening a tab. Here the
signals before one refresh share a rebuild, and a rebuild that would show the same
keys as the last one is skipped.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class BatchedFooter(Footer):
    """Footer that recomposes once per change of the keys it shows."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._rebuild_pending = False
        self._shown: tuple | None = None
        self.rebuilds = 0  # how many times the keys were rebuilt (the tests read it)

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True  # as Footer.bindings_changed: compose() shows keys from now on
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        if not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)

    def _keys(self) -> tuple:
        """What compose() would draw: each shown binding, its label and whether it acts."""
        return tuple(
            (key, b.action, b.description, b.key_display, enabled, tooltip)
            for key, (_, b, enabled, tooltip) in self.screen.active_bindings.items()
            if b.show
        )

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        keys = self._keys()
        if keys == self._shown:
            return
        self._shown = keys
        self.rebuilds += 1
        await self.recompose()

"""The footer of key bindings, rebuilt only when the keys it shows change.

Textual's Footer recomposes itself (removes every FooterKey, composes, mounts, styles
and lays out new ones) on each `bindings_updated` signal of its screen. The explorer's
screens send that signal several times for one key that shows the same keys before and
after: a tab switch sends three (the focus moves, the tab's `refresh_bindings`, the
focus chain after the refresh), closing the search screen one. Each rebuild is a
frame's worth of the UI thread's CPU for nothing. KeyFooter keeps what its last compose
showed and recomposes only when the shown keys differ: same keys shown, same widgets."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

Shown = tuple[tuple[Any, ...], ...]


class KeyFooter(Footer):
    """A Footer that skips recomposing when its screen's shown bindings did not change."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shown: Shown | None = None  # what the last compose drew; None: nothing yet

    def shown_bindings(self) -> Shown:
        """Everything of the screen's bindings that Footer.compose reads: which keys show,
        how each is written, whether it is enabled, its tooltip and group, and the
        command palette's key."""
        shown = []
        for key, (_node, binding, enabled, tooltip) in self.screen.active_bindings.items():
            if binding.show or key == self.app.COMMAND_PALETTE_BINDING:
                group = binding.group
                shown.append(
                    (
                        key,
                        binding.key,
                        binding.action,
                        binding.description,
                        self.app.get_key_display(binding),
                        enabled,
                        tooltip,
                        binding.tooltip,
                        binding.show,
                        None if group is None else (group.description, group.compact),
                    )
                )
        return (tuple(shown), (self.compact, self.show_command_palette, self.app.ENABLE_COMMAND_PALETTE))

    def compose(self) -> ComposeResult:
        self._shown = self.shown_bindings() if self._bindings_ready else None
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        """As Footer's, but the rebuild waits for the refresh and happens only if the
        shown keys differ from the last compose's."""
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        if not self.is_attached or self._shown == self.shown_bindings():
            return
        await self.recompose()

"""The footer of key bindings, rebuilt only when the keys it shows change.

Textual's Footer recomposes itself (removes every FooterKey, composes, mounts, styles
and lays out new ones) on each `bindings_updated` signal of its screen. The explorer's
screens send that signal several times for one key that shows the same keys before and
after: a tab switch sends three (the focus moves, the tab's `refresh_bindings`, the
focus chain after the refresh), closing the search screen one. Each rebuild is a
frame's worth of the UI thread's CPU for nothing. KeyFooter keeps what its last compose
showed and recomposes only when the shown keys differ: same keys shown, same widgets.

When they differ (a tab switch: each tab has keys of its own) the FooterKeys already
mounted are relabelled in place and only the difference in their number is mounted or
removed (_relabel): the whole rebuild cost 24-34 ms of the UI thread a switch (tui68).
Grouped keys, or a change of the palette key, still recompose as Footer does."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey, KeyGroup

Shown = tuple[tuple[Any, ...], ...]


class KeyFooter(Footer):
    """A Footer that skips recomposing when its screen's shown bindings did not change."""

    def __init__(self, *args: Any, kept: tuple[str, ...] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shown: Shown | None = None  # what the last compose drew; None: nothing yet
        self._kept = kept  # actions whose keys stay shown when the row is short (_fit_keys)

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
        self.call_after_refresh(self._fit_keys)
        for widget in super().compose():
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                # compact at once, not by Footer's data_bind (the palette key has none: it
                # stays compact): that sets it a message round after the key is mounted,
                # and a key laid out before then kept the compact width it was measured at
                # (its content width is cached by its container's width alone): «esc Bac
                # c Cop / Searc f1 Hel» on a page, for as long as the page was shown
                widget.compact = self.compact
            yield widget

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_keys)

    def _fit_keys(self) -> None:
        """Show a key only when it fits whole before the ^p key: at 60 columns the row ran
        on under that key and a key showed cut, «f1» with no «Help» (tui72). The keys of
        the `kept` actions are shown first, in their place, and the others fill the room
        they leave, in order, until one does not fit: at 60 columns the board's and the
        facts' footers left out «q Quit» and «f1 Help», how to leave and how to learn the
        rest (board73). A key left out still acts, as before."""
        if not self.is_attached:
            return
        palette = next(iter(self.query_children(".-command-palette")), None)
        room = self.size.width - (palette.outer_size.width if palette is not None else 0)
        keys = [key for key in self.query_children(FooterKey) if key is not palette]
        cells = {id(key): key.styles.margin.left + key.render().cell_len + key.styles.margin.right for key in keys}
        kept = [key for key in keys if key.action in self._kept]
        room -= sum(cells[id(key)] for key in kept)
        full = room < 0
        for key in keys:
            if key in kept:
                key.display = True
                continue
            full = full or cells[id(key)] > room
            key.display = not full
            room -= 0 if full else cells[id(key)]

    def bindings_changed(self, screen: Screen) -> None:
        """As Footer's, but the rebuild waits for the refresh and happens only if the
        shown keys differ from the last compose's."""
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        if not self.is_attached:
            return
        shown = self.shown_bindings()
        if self._shown == shown:
            return
        if self._relabel():
            self._shown = shown
            self.call_after_refresh(self._fit_keys)
        else:
            await self.recompose()

    def _plain_keys(self) -> list[tuple[str, str, str, str, bool, str]] | None:
        """The keys Footer.compose would draw before the palette key, one per action (key,
        how it is written, description, action, disabled, tooltip); None when a binding
        shown has a group (those are composed in a KeyGroup: left to recompose)."""
        keys: dict[str, tuple[str, str, str, str, bool, str]] = {}
        for _node, binding, enabled, tooltip in self.screen.active_bindings.values():
            if not binding.show:
                continue
            if binding.group is not None:
                return None
            keys.setdefault(
                binding.action,
                (
                    binding.key,
                    self.app.get_key_display(binding),
                    binding.description,
                    binding.action,
                    not enabled,
                    tooltip,
                ),
            )
        return list(keys.values())

    def _relabel(self) -> bool:
        """Show the screen's keys by relabelling the mounted FooterKeys, mounting or
        removing only the difference in their number; False (nothing changed) where only
        a recompose draws them as Footer would: grouped keys, or a palette key whose
        binding changed."""
        wanted = self._plain_keys()
        if self._shown is None or wanted is None or self.query(KeyGroup):  # nothing drawn yet, or groups
            return False
        mounted = [key for key in self.query_children(FooterKey) if not key.has_class("-command-palette")]
        palette = next(iter(self.query_children(".-command-palette")), None)
        if (palette is not None) != self._palette_wanted() or palette is not None and self._palette_changed(palette):
            return False
        for widget, spec in zip(mounted, wanted, strict=False):
            _set_key(widget, *spec)
        for widget in mounted[len(wanted) :]:
            widget.remove()
        new = [FooterKey(*spec[:4], disabled=spec[4], tooltip=spec[5]) for spec in wanted[len(mounted) :]]
        for widget in new:
            widget.compact = self.compact
        if new:
            self.mount(*new, before=palette) if palette is not None else self.mount(*new)
        self.styles.grid_size_columns = len(wanted)
        return True

    def _palette_wanted(self) -> bool:
        """Whether Footer.compose draws the command palette's key (as it decides)."""
        return (
            self.show_command_palette
            and self.app.ENABLE_COMMAND_PALETTE
            and self.app.COMMAND_PALETTE_BINDING in self.screen.active_bindings
        )

    def _palette_changed(self, palette: Any) -> bool:
        entry = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if entry is None:
            return True
        _node, binding, enabled, _tooltip = entry
        return (palette.key, palette.action, palette._disabled) != (binding.key, binding.action, not enabled)


def _set_key(
    widget: FooterKey, key: str, display: str, description: str, action: str, disabled: bool, tip: str
) -> None:
    """A mounted FooterKey shows another binding: what its constructor would have set."""
    widget.key, widget.key_display, widget.description, widget.action = key, display, description, action
    widget._disabled = disabled
    widget.set_class(disabled, "-disabled")
    widget.tooltip = tip or None
    widget.refresh(layout=True)

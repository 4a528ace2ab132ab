"""An Input of a dialog with several fields that keeps a burst of keys in order.

The app hands each key to the widget focused when it reads the key, so the keys of one
burst (a paste, a fast typist over SSH, tmux's send-keys: «Zakon.kz», tab, «kk», enter in
the filter dialog) were all queued for the first field before tab, a binding acted on
only once the key had passed up to the app, moved the focus: «kk» went on in the outlet
(«Zakon.kzkk») and the language stayed empty. Here tab moves the focus as the field reads
it, and a letter a field reads once the focus has left it goes on in the field that has
it now. Letters at a field's end go in where they were typed (TypedInput: those the
dialog is handed late, tui.screens.filter_screen, by the same order).
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from .typed_input import TypedInput


class FieldInput(TypedInput):
    """Input whose tab and shift+tab act at once and whose late letters follow the focus."""

    async def _on_key(self, event: events.Key) -> None:
        screen = self.screen
        focused = screen.focused
        if event.key in ("tab", "shift+tab"):
            screen.focus_next() if event.key == "tab" else screen.focus_previous()
        elif focused is not self and isinstance(focused, Input) and event.is_printable and event.character:
            # queued here before tab moved the focus
            if isinstance(focused, TypedInput):
                focused.order.type_into(focused, event.character, event.time)
            else:
                focused.insert_text_at_cursor(event.character)
        else:
            await super()._on_key(event)
            return
        event.stop()
        event.prevent_default()

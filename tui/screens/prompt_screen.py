"""A one-line question in a modal (the export path)."""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from ..widgets.typed_input import TypedInput, TypedOrder
from .search_keys import letter_to_screen, taken, typed_into


class PromptScreen(ModalScreen[str | None]):
    """Dismisses with the typed value, or None on escape."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(self, question: str, value: str = "", *, typed_replaces: bool = False) -> None:
        """`typed_replaces`: `value` is a default (the export's file name) that the first
        letter typed replaces, whether typed into the box (it opens selected) or right
        behind the key that opened it; otherwise (the words prompt) letters go on after it."""
        super().__init__()
        self.question = question
        self.value = value
        self.typed_replaces = typed_replaces
        self._typed_ahead = False
        # when the answer's last letters were typed: the box's own and those handed to
        # this screen late go in by it (widgets.typed_input)
        self._letters = TypedOrder()
        self._composed_box: TypedInput | None = None  # made, maybe not mounted yet (take_queued_key)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.question))
            # letters typed ahead (take_queued_key) are the answer's start, not a default to replace
            self._composed_box = TypedInput(
                self.value, id="prompt-input", select_on_focus=not self._typed_ahead, order=self._letters
            )
            yield self._composed_box
            yield Static(Text("enter: ok   escape: cancel", style="dim"))

    @on(Input.Submitted)
    def _ok(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(events.Key)
    def _on_screen_key(self, event: events.Key) -> None:
        letter_to_screen(self, event)

    def take_queued_key(self, event: events.Key) -> bool:
        """A key typed right behind the one that opened this prompt, which reached the
        screen under it (tui.screens.search_keys): `w` then «очередь» in one burst left
        the box empty. A letter goes on at the box's end (into its first value while it
        is not yet built), enter answers once it is, escape cancels."""
        box = self._composed_box  # made by compose, mounted or not: a letter set into `value` after is lost
        if event.key == "escape":
            self.action_cancel()
        elif event.key == "enter":
            self.call_after_refresh(self._submit)
        else:
            if self.typed_replaces and not self._typed_ahead and event.is_printable and event.character:
                self._start_over(box)
            if not typed_into(self._letters, box, event, self._type_ahead):
                return False
        return taken(event)

    def _start_over(self, box: Input | None) -> None:
        """The first letter typed ahead replaces a default value (built or not yet),
        unless a letter typed into the box has replaced it already (it opens selected):
        that letter may have overtaken this one, which goes in where it was typed."""
        replaced = box is not None and box.value != self.value
        self.value, self._typed_ahead = "", True
        if box is not None and not replaced:
            box.value = ""

    def _type_ahead(self, letter: str, when: float) -> None:
        self.value, self._typed_ahead = self._letters.insert(self.value, letter, when), True

    async def _submit(self) -> None:
        await self.query_one(Input).action_submit()

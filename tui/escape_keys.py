"""`escape` then a key, typed quickly, read back as the two keys they were.

A terminal sends escape as the byte ESC, and Alt+x as ESC x: typed within 100 ms (a user
quick on the keys, tmux or SSH delivering both in one read), escape then `x` reaches
Textual as one key, `alt+x` with the character «x». In a filter box that typed «x» after
the filter instead of leaving the box and clearing it; escape then `2` arrived as «™»
(Textual reads ESC 2 as a macOS Option+2) and went into the box too. No key of the
explorer is an Alt chord, so such a key is taken for what the user typed: escape, then
the key.
"""

from __future__ import annotations

from textual import events
from textual._ansi_sequences import ANSI_SEQUENCES_KEYS

# «™» for ESC 2 and the other characters Textual makes of ESC and a digit (its table of
# macOS Option-row sequences), back to the digit: the tab keys. «§» is left alone (ESC §
# reads as «§» too), and so are ESC - and ESC = («–», «≠»: an en dash is typed in names).
_OPTION_ROW = {
    value: sequence[1]
    for sequence, value in ANSI_SEQUENCES_KEYS.items()
    if isinstance(value, str) and len(sequence) == 2 and sequence[0] == "\x1b" and sequence[1].isdigit()
}
_OPTION_ROW.pop("§", None)


def key_after_escape(event: events.Key) -> events.Key | None:
    """The key typed right after an escape when `event` is the two read as one (ESC x read
    as alt+x, ESC 2 as «™»), else None."""
    character = event.character
    if event.key.startswith("alt+") and character and character.isprintable():
        return events.Key(_key_name(character), character)
    if character in _OPTION_ROW:
        typed = _OPTION_ROW[character]
        return events.Key(_key_name(typed), typed)
    return None


def _key_name(character: str) -> str:
    """Textual's name of the key of a printable character («x», «2», «minus», «G»)."""
    from textual.keys import _character_to_key

    return character if character.isalnum() else _character_to_key(character)

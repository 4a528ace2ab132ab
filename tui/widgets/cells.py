"""A row's terminal cells, counted as rich counts them, in one step for the letters of the news.

rich measures a string in one step only when every letter is in its short list of one-cell
ranges (Latin, Latin-1, Cyrillic to U+0482, box drawing); any other letter sends the whole
string down its slow path: each letter's width looked up one by one, and a cut (`truncate`)
splits the string into graphemes first. Kazakh letters (ә ғ қ ң ө ұ ү һ), «—», «–», «№»
and the «…» our own cuts end in are outside that list, so the result list's new rows at a
topic key (a Kazakh page's snippet and title, cut to the width, then measured again as a
Strip) spent 3.5-4.5 ms of the UI thread's key on those walks (tui82: the 100k store's
«khorgos оч», «khorgos очередь», «khorgos rail», «khorgos railway», ~10 snippet lines and
~8 cut titles a key, 0.15 ms a snippet line).

Here a letter's width is rich's own answer (`get_character_cell_size`), asked once per
letter and kept: the letters of width 1 go in a set, and a string all of whose letters are
in it is `len()` cells (one C-speed `issuperset`). Any other string (a wide or zero-width
letter, a joiner, a variation selector) is handed to rich as before, so every count and
every cut is rich's (tests/test_tui82_cells.py compares them over mixed scripts).
"""

from __future__ import annotations

from rich.cells import cell_len, get_character_cell_size
from rich.text import Text

# letters known to be one cell (rich's answer), printable ASCII from the start; a letter of
# any other width is kept apart so it is asked once
_ONE: set[str] = {chr(c) for c in range(0x20, 0x7F)}
_OTHER: set[str] = set()
LETTERS_KEPT = 65_536  # past this many distinct letters seen, new ones are not kept (rich answers)


def one_cell(text: str) -> bool:
    """Is every letter of `text` one cell wide (so it is `len(text)` cells)?"""
    if _ONE.issuperset(text):
        return True
    for ch in set(text).difference(_ONE):
        if ch in _OTHER:
            return False
        if len(_ONE) + len(_OTHER) >= LETTERS_KEPT:
            return False  # not kept: rich measures this string itself
        if len(ch) == 1 and get_character_cell_size(ch) == 1:
            _ONE.add(ch)
        else:
            _OTHER.add(ch)
            return False
    return True


def cells(text: str) -> int:
    """rich.cells.cell_len(text)."""
    return len(text) if one_cell(text) else cell_len(text)


def truncate(text: Text, width: int) -> None:
    """`text.truncate(width, overflow="ellipsis")`, in place: longer than `width` cells, it
    ends in «…» at the width."""
    plain = text.plain
    if width < 2 or not one_cell(plain):
        text.truncate(width, overflow="ellipsis")
    elif len(plain) > width:
        text.plain = plain[: width - 1] + "…"

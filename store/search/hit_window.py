"""Where a line showing an article hit's snippet opens, so the matched word is in view:
shared by the CLI's hit line (store/cli/search_hits.py) and the explorer's
(tui/widgets/hit_line.py), each measuring cells its own way (store may not import rich).
A cut from the snippet's start often ended before the word («…по итогам совещания в
акимате …» and no «очередь» in sight): the word opens a third of the line in."""

from __future__ import annotations

from collections.abc import Callable

LEAD = 3  # the word opens a third of the line in: what comes before it says where it stands


def hit_span(hit: object, clean: str, snippet: str) -> tuple[int, int] | None:
    """The hit as (start, end), when it is a valid span of the snippet and cleaning
    changed nothing (else its offsets may point elsewhere and nothing is marked)."""
    if clean != snippet or not isinstance(hit, list | tuple) or len(hit) != 2:
        return None
    start, end = hit
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(clean)):
        return None
    return start, end


def opening(text: str, at: int, room: int, width: Callable[[str], int]) -> int:
    """Where the line opens for the word at `at`: 0 when the word is within the first
    third, else a third of the line before it, at a word's start, and never so far in
    that the text's end leaves cells unused, nor inside a word («…ьный пункт»: a few
    cells unused). `width`: a string's terminal cells."""
    if width(text[:at]) <= room // LEAD:
        return 0
    start = max(0, at - room // LEAD)
    space = text.find(" ", start, at)
    start = space + 1 if space >= 0 else start
    tail, tail_room = width(text[start:]), room - 1  # the «…» it opens with
    while start > 0 and tail + width(text[start - 1]) <= tail_room:
        start -= 1
        tail += width(text[start])
    if start and not text[start - 1].isspace():  # from inside a word: from its end instead
        space = text.find(" ", start, at)
        start = space + 1 if space >= 0 else start
    return start

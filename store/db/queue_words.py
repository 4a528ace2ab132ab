"""A queue report's words cut to the cells a list gives them, keeping its figure.

The board's «last queue» has 18-20 cells at 80 columns, and a queue is often told with
its figure at the end: «хвост колонны вытянулся примерно на 50 км» was shown
«хвост колонны вытян…», «кезектің ұзындығы 18 шақырымға созылған» as «кезектің
ұзындығы 1…» — «where do trucks queue, and how long» lost its answer. Words too long for
their cells begin at their first figure instead, after «…»: «…50 км», «…18 шақырымға
созыл…». Words whose figure the cut keeps («около 40 грузов…», «179 транспортных…») or
that have none («выстроилась пробка») are cut at the end as before. Display only; nothing here reads
the store.
"""

from __future__ import annotations

import re

# the first number of the words, not inside a date or a word («2025 жылы», «М-32» are rare
# in a queue's words; a figure after a space or the start)
_FIGURE = re.compile(r"(?<![\w.,-])\d+(?:[.,]\d+)?")
# how the store writes the figure it read from a count in words: «около трехсот фур (≈300)»
_READ_AS = "(≈"


def from_figure(words: str, width: int) -> str:
    """`words` as they are when they fit `width` cells or the cut at `width` keeps their
    first figure whole; else «…» and the words from that figure on («…50 км»)."""
    if len(words) <= width:
        return words
    m = _FIGURE.search(words)
    if m is None or m.end() <= width - 1:  # the cut leaves width - 1 cells and «…»
        return words
    if words[: m.start()].endswith(_READ_AS):  # the store's reading of a count in words
        return "…" + _last_words(words, width - 1)
    return "…" + words[m.start() :]


def _last_words(words: str, cells: int) -> str:
    """The whole words at the end of `words` that fit `cells` (the last one at least).
    «около трехсот фур (≈300)» began at its figure as «…300)», the bracket cut in two and
    the count's words gone; «…фур (≈300)» says what was counted."""
    parts = words.split()
    kept = [parts.pop()]
    while parts and len(parts[-1]) + 1 + sum(len(p) + 1 for p in kept) - 1 <= cells:
        kept.insert(0, parts.pop())
    return " ".join(kept)


def dated(words: str, month: str, width: int) -> str:
    """A queue's words and its report's month in `width` cells, «…300 фур · 2025-06»: the
    words from their figure (from_figure), cut with «…» when still too long, the month
    always kept (a queue without its month cannot say whether it is today's; board73).
    Below the month's own cells, the month alone."""
    tail = f" · {month}"
    room = width - len(tail)
    if room < 2:
        return month[:width]
    shown = from_figure(words, room)
    if len(shown) > room:
        shown = shown[: room - 1].rstrip() + "…"
    return shown + tail

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


def from_figure(words: str, width: int) -> str:
    """`words` as they are when they fit `width` cells or the cut at `width` keeps their
    first figure whole; else «…» and the words from that figure on («…50 км»)."""
    if len(words) <= width:
        return words
    m = _FIGURE.search(words)
    if m is None or m.end() <= width - 1:  # the cut leaves width - 1 cells and «…»
        return words
    return "…" + words[m.start() :]

"""A fact's words as the lists print them (tab 5, a post's page, `borderdocs facts` and
`show`): a capacity of another sort than throughput named first («places: 42 орын
дайындалған», store.db.capacity_sorts), a status with the label the board gives it
(«closed: жұмыс істемейді», store.lang.statuses), every other fact as written.

A status fact was its words alone: «жұмыс істемейді», «жабық тұрады (…)», «жұмысын қайта
бастайды» on Facts filtered to statuses told a reader without Kazakh nothing, while the board
said «closed / to close / reopened» of the same facts (ux87). JSON and CSV keep the words
alone (`text`); the label is what the board's status is read from, so the two agree."""

from __future__ import annotations

from functools import lru_cache

from store.db import capacity_sorts
from store.lang.statuses import status_label


def fact_text(kind: str, text: str) -> str:
    if kind == "capacity":
        return capacity_sorts.fact_text(kind, text)
    if kind == "status":
        return _status_text(text)
    return text


@lru_cache(maxsize=4096)
def _status_text(text: str) -> str:
    """~60 µs a phrase through the status patterns (a list redraws its rows on each
    move); the same phrases recur («идет реконструкция»), so each is read once."""
    label = status_label(text)
    return f"{label}: {text}" if label and not text.casefold().startswith(label) else text

"""When two stored directives are one order reported twice.

Two articles of different outlets (not near-duplicate copies of one text) often report the
same order: «Бектенов поручил привлечь к ответственности…» on the day and again the next
morning, with «РК» dropped or a capital letter changed. The Directives view lists such
reports as one row saying how many articles report it; this module decides which reports
are «the same», in one place, from what the store keeps of each directive. Nothing here
reads the store or imports a UI library.

The same directive (`same_key`, `group_reports`):
- the same giver: the same person or body entity, else the same giver's text folded;
- the same addressee and the same task, each folded (`fold_words`): case, Kazakh letters
  read as Russian, «ё» as «е», punctuation and the word «РК» left out, each word cut to
  its first STEM letters, so «ужесточить требования» and «ужесточению требований» agree
  word for word but a task with one word more or less does not (conservative: two rows
  shown where one was meant is the old behaviour; one row where two were meant hides an
  order);
- the verb is the task's first word, so it is part of the task;
- reported within WINDOW_DAYS of the group's newest report: the same words given again a
  year later are a new order. An undated report joins only undated reports of its key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date as Date

STEM = 6  # letters of each word kept: Russian endings are mostly within the last three
WINDOW_DAYS = 31
_DROPPED = frozenset({"рк"})
_WORD = re.compile(r"\w+")
_KAZAKH_AS_RUSSIAN = tuple(zip("қғңөұүһіәё", "кгноуухиае", strict=True))


def fold_words(text: str | None) -> str:
    """`text` as the words two reports of one order share: casefolded, Kazakh letters as
    Russian, punctuation and «РК» left out, each word cut to STEM letters. One
    str.replace per Kazakh letter present, as directive_reads._fold (translate looks up
    every Cyrillic letter in a dict)."""
    folded = (text or "").casefold()
    for kazakh, russian in _KAZAKH_AS_RUSSIAN:
        if kazakh in folded:
            folded = folded.replace(kazakh, russian)
    return " ".join(w[:STEM] for w in _WORD.findall(folded) if w not in _DROPPED)


def same_key(
    giver_id: int | None, giver: str | None, to: str | None, what: str | None, memo: dict | None = None
) -> tuple:
    """What two reports of one directive have in common (the window aside). `memo`, a
    dict kept over many calls, folds each distinct text once (a list of thousands of
    directives repeats its givers, addressees and common orders)."""
    fold = _memoized(memo) if memo is not None else fold_words
    who = ("entity", giver_id) if giver_id is not None else ("text", fold(giver))
    return (who, fold(to), fold(what))


def _memoized(memo: dict):
    def fold(text: str | None) -> str:
        found = memo.get(text)
        if found is None:
            found = memo[text] = fold_words(text)
        return found

    return fold


def _day(value: str | None) -> Date | None:
    """A stored date («2025-08-07», «2025-08», «2025») as its first day; None undated."""
    if not value:
        return None
    parts = [*value.split("-"), "1", "1"][:3]
    try:
        return Date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def group_reports(rows: Iterable[tuple[int, str | None, tuple]]) -> dict[int, list[int]]:
    """Reports of one directive gathered: `rows` are (directive id, date, same_key(...))
    newest first; the answer maps each group's first (newest) id to every id of the group,
    that one first, in the order given. One pass, one dict lookup a row."""
    groups: dict[int, list[int]] = {}
    open_group: dict[tuple, tuple[int, Date | None]] = {}  # key, dated or not -> (first id, its day)
    days: dict[str | None, Date | None] = {}  # thousands of rows share a few hundred dates
    for directive_id, date, key in rows:
        day = days[date] if date in days else days.setdefault(date, _day(date))
        slot = (key, day is None)
        found = open_group.get(slot)
        if found is not None and (day is None or (found[1] is not None and (found[1] - day).days <= WINDOW_DAYS)):
            groups[found[0]].append(directive_id)
            continue
        open_group[slot] = (directive_id, day)
        groups[directive_id] = [directive_id]
    return groups

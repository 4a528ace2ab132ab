"""A reader poll's answers under a page («• Да, уже привык;(33)», «Нет (12)», «Не знаю (4%)»):
furniture, but only in a poll's context. A headline may end in a count of its own («… очередь
из грузовиков (2)», the second part of a story): alone, a line ending in «(N)» is text.

A poll is two answers or more one under the other, each a short line of words ending in its
count or share, or one such answer under a line that asks to vote («Опрос», «Проголосуйте»,
«Сауалнама»). An answer holds no figure before its count: «Китай — 1 200 машин (45%)» is a
statistic of the story, not a vote.
"""

from __future__ import annotations

import re

from store.reading.furniture import word_count

# the count or share at a line's end: «;(33)», «разницы(0)», «Нет (12)», «Не знаю (4%)»
_COUNT = re.compile(r"[^\W\d_][^\w(]*\(\s*\d{1,6}(?:[.,]\d+)?\s*%?\s*\)\s*$")
# a vote word in the lines just above the answers
_VOTE = re.compile(r"(?i)\b(?:опрос|голосова|проголосу|голосуй|ваше мнение|сауалнама|дауыс бер|poll\b|vote)")
_DIGIT = re.compile(r"\d")
MAX_WORDS = 20  # an answer is a short line
VOTE_ABOVE = 3  # how many lines above the answers a vote word is looked for


def is_answer_shaped(line: str) -> bool:
    """A short line of words that ends in a count or share, with no figure before it."""
    s = line.strip()
    if not s.endswith(")"):
        return False  # every match of _COUNT ends the stripped line with its «)» (ingest96: a scan of every line saved)
    m = _COUNT.search(s)
    return bool(m) and word_count(s) <= MAX_WORDS and not _DIGIT.search(s[: s.rfind("(")])


def poll_answers(lines: list[str]) -> set[int]:
    """The indexes of the lines that are a poll's answers (see the module's docstring)."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        if not is_answer_shaped(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and is_answer_shaped(lines[j]):
            j += 1
        if j - i >= 2 or any(_VOTE.search(ln) for ln in lines[max(0, i - VOTE_ABOVE) : i]):
            found.update(range(i, j))
        i = j
    return found


def without_poll_answers(lines: list[str]) -> list[str]:
    """The lines with a poll's answers left out (each line looked at a bounded number of times)."""
    answers = poll_answers(lines)
    return [ln for k, ln in enumerate(lines) if k not in answers] if answers else lines

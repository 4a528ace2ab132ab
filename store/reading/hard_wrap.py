"""Text hard-wrapped at a fixed width: one paragraph printed as several lines, each as full as
the width allows, as `lynx -dump`, html2text, mail and some archives write a page.

A wrapped line that starts in lower case is joined to the line above by paragraphs() already;
one that starts with a capital or a quote («…пункта пропуска» / «Достык» на границе…», «ТОО» /
«Транстелеком».) was left a paragraph of its own, and the halves of the sentence were then read
as a header line and a closing line and dropped, with the bodies they name. In a text whose lines
show a wrap width, a line is a continuation when the line above is full: the next line's first
word would not have fitted on it.
"""

from __future__ import annotations

import re

# Widths wrappers use (mail and terminals 70–80, html2text 78, some archives 60 or 100).
_WIDTHS = (40, 100)
# A text is wrapped when most of its lines that have a line under them are full.
_MIN_FULL_LINES = 3
_MIN_FULL_SHARE = 0.6
# A line this much shorter than the width is not full, whatever the next word (a short line is a paragraph's last).
_SLACK = 25
_LIST_MARKS = ("•", "-", "–", "—", "*", "·")
# A line of prose has words; a table row or a list of codes («<hash>  worked/w01.txt») has a few.
_MIN_WORDS = 5
_SENTENCE_END = re.compile(r"[.!?:;…]\W*$")


def wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, or None when it is not wrapped: the longest line,
    when at most one line in twenty is longer than a wrapper's width and most lines of prose
    with a line under them are full at that width."""
    lines = [ln.strip() for ln in lines]
    filled = [ln for ln in lines if ln]
    if len(filled) < _MIN_FULL_LINES + 1:
        return None
    long_lines = sum(1 for ln in filled if len(ln) > _WIDTHS[1])
    if long_lines * 20 > len(filled):
        return None
    width = max((len(ln) for ln in filled if len(ln) <= _WIDTHS[1]), default=0)
    if width < _WIDTHS[0]:
        return None
    pairs = [(a, b) for a, b in zip(lines, lines[1:], strict=False) if a and b and len(a.split()) >= _MIN_WORDS]
    full = sum(1 for a, b in pairs if is_full(a, b, width))
    return width if full >= _MIN_FULL_LINES and full >= _MIN_FULL_SHARE * len(pairs) else None


def is_full(line: str, below: str, width: int) -> bool:
    """Was `line` broken at the width: the first word of the line under it did not fit?"""
    return len(line) >= width - _SLACK and len(line) + 1 + len(below.split(" ", 1)[0]) > width


def continues(line: str, below: str, width: int | None) -> bool:
    """Is `below` the rest of the sentence `line` was wrapped in the middle of (not a list item)?
    A line that ends a sentence may end its paragraph too: the next one stays a line of its own."""
    return (
        bool(width)
        and is_full(line, below, width or 0)
        and not _SENTENCE_END.search(line)
        and not below.startswith(_LIST_MARKS)
    )


# Words a sentence never ends on, nor a headline: Russian prepositions and conjunctions, the
# Kazakh «and» words. A line ending on one was broken in mid-phrase («… закрыт до» / «вечера …»).
# Prepositions that are adverbs as well and may close a sentence («против», «мимо», «вблизи»,
# «напротив», «спустя») are left out, and so are Kazakh postpositions: they follow their noun, and
# a headline may end on one («… екі сағатқа дейін»).
_MID_PHRASE_WORDS = frozenset(
    "в во на с со к ко по из от до за для о об обо у при через без под над между про из-за "
    "около возле вдоль вокруг после перед передо среди вместо кроме ради сквозь из-под ввиду "
    "вследствие согласно "
    "и а но или либо что чтобы как где когда если а также не ни "
    "который которая которое которые которого которой которую котором которым которыми "
    "және мен бен пен немесе".split()
)


def ends_mid_phrase(line: str) -> bool:
    """Does `line` end on a preposition or a conjunction, with no punctuation after it?"""
    last = line.rsplit(" ", 1)[-1]
    return " " in line and last.lower() in _MID_PHRASE_WORDS

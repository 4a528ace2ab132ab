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

# Widths wrappers use (mail and terminals 70–80, html2text 78, some archives 41, 60 or 100).
_WIDTHS = (40, 100)
# A text is wrapped when most of its lines of prose that have a line under them are full.
_MIN_FULL_LINES = 3
_MIN_FULL_SHARE = 0.6
# A line this much shorter than the width is not full, whatever the next word (a short line is a paragraph's last).
_SLACK = 25
# A text wrapped at 40 may have no line of 40: its longest wrapped lines are read down to 30.
_NARROW = 10
# A line that ends a sentence ends its paragraph unless it is this close to the width: a
# paragraph's last line can be of any length, a wrapped one leaves room for less than a long word.
_SENTENCE_SLACK = 12
_LIST_MARKS = ("•", "-", "–", "—", "*", "·")
# A line of prose has words; a table row or a list of codes («<hash>  worked/w01.txt») has a few.
# Three: at 40 columns a line holds three or four Russian words («Министерство индустрии и»).
_MIN_WORDS = 3
_SENTENCE_END = re.compile(r"[.!?:;…]\W*$")


def wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, or None when it is not wrapped.

    The width is read from the lines of prose that have a line under them: of their lengths
    (30–100: a text wrapped at 40 may have no line of 40), the one at which most of them are
    full (the smallest, of equals: the longest wrapped line). The longest line of the text is
    no guide: a headline, a masthead or a short paragraph the wrapper left alone is longer than
    the width, and a text of seven lines at 41 has one such line in eight. The text is wrapped
    when at that width at least three of those lines are full, most of the ones near it (within
    the slack, not longer) are, and the full ones are more than twice the lines longer than any
    wrapper's width (a page of long paragraphs with a few short lines between is not wrapped:
    tests/data/parse/interfax_style.txt has three lines «full» at 74 and two of 100+)."""
    lines = [ln.strip() for ln in lines]
    pairs = [(a, b) for a, b in zip(lines, lines[1:], strict=False) if a and b and len(a.split()) >= _MIN_WORDS]
    if len(pairs) < _MIN_FULL_LINES:
        return None
    best, width = 0, 0
    for w in sorted({len(a) for a, _ in pairs if _WIDTHS[0] - _NARROW <= len(a) <= _WIDTHS[1]}):
        full = sum(1 for a, b in pairs if is_full(a, b, w))
        if full > best:
            best, width = full, w
    if best < _MIN_FULL_LINES:
        return None
    near = sum(1 for a, _ in pairs if width - _SLACK <= len(a) <= width)
    longer = sum(1 for ln in lines if len(ln) > _WIDTHS[1])
    if not (best >= _MIN_FULL_SHARE * near and best > 2 * longer):
        return None
    # A page's text of one block a line (Common Crawl's WET, a scraper's `text` with single line
    # ends) has its paragraphs longer than any «width» its short lines — menu, date, caption, a
    # short last sentence — look full at (fmt02: «Сурет: …» glued to the lead under it,
    # «Читайте также» to the last sentence, at «widths» of 41–49). A wrapper leaves few lines
    # longer than the width (a headline, a masthead) or breaks some paragraph into three lines
    # or more, two full ones in a row.
    over = sum(1 for ln in lines if len(ln) > width and len(ln.split()) >= _MIN_WORDS)
    if not (best > over or _two_full_in_a_row(lines, width)):
        return None
    return width if _breaks_mid_sentence(pairs, width, best) else None


# Of the full lines, the share that must be broken inside a sentence for the text to be wrapped.
_MIN_MID_SENTENCE_SHARE = 1 / 3


def _breaks_mid_sentence(pairs: list[tuple[str, str]], width: int, full: int) -> bool:
    """Do the full lines show prose broken at the width, not furniture that happens to be as long?
    A wrapper breaks where the width falls, so most of its breaks fall inside a sentence: the line
    under opens in lower case, or the full one ends on a comma or a preposition. A forum's or a
    portal's header lines («Тема: …», «Сообщение #1 …», a breadcrumb) and a page of short
    sentences one a line are each whole, and the line under opens with a capital (e2e114's w6: a
    width of 50 read off them glued the thread's title, date and the ministry into one line)."""
    mid = sum(
        1 for a, b in pairs if is_full(a, b, width) and (b[:1].islower() or a.endswith(",") or ends_mid_phrase(a))
    )
    return mid >= 1 and mid >= _MIN_MID_SENTENCE_SHARE * full


def _two_full_in_a_row(lines: list[str], width: int) -> bool:
    return any(
        a and b and c and is_full(a, b, width) and is_full(b, c, width)
        for a, b, c in zip(lines, lines[1:], lines[2:], strict=False)
    )


def is_full(line: str, below: str, width: int) -> bool:
    """Was `line` broken at the width: it fits, and the first word of the line under it did not?"""
    return width - _SLACK <= len(line) <= width and len(line) + 1 + len(below.split(" ", 1)[0]) > width


def continues(line: str, below: str, width: int | None) -> bool:
    """Is `below` the rest of the paragraph `line` was wrapped in? In a wrapped text a full line
    is continued whether or not it ends a sentence: a wrapper breaks where the width falls, and a
    paragraph's last line is seldom full («…таможни.» / «По договоренности…»). Not after a colon
    or a semicolon (a list's lead-in, an item) unless in lower case («очереди:» / «проверка…»),
    not a list item, nor a line opening with a date (a list of links, a masthead's date line).
    A dash opens a list item only under a line that ended a sentence or was an item itself;
    under one broken in mid-sentence it is the sentence's dash («…«Достык» / – Алашанькоу…»)."""
    if not (width and is_full(line, below, width)) or _DATED.match(below):
        return False
    if _LEAD_IN_END.search(line) and not below[:1].islower():
        return False
    if _SENTENCE_END.search(line) and len(line) < width - _SENTENCE_SLACK:
        return False
    if below.startswith(_DASHES):
        return not _SENTENCE_END.search(line) and not line.startswith(_LIST_MARKS)
    return not below.startswith(_LIST_MARKS)


_DASHES = ("- ", "– ", "— ")
# A colon or a semicolon ends a list's lead-in or an item («…пункты пропуска:» / «Шаган» (РК) / …).
_LEAD_IN_END = re.compile(r"[:;]\W*$")
# «13.11.2025 18:40 Курс тенге…», «2025-10-09 …», «11 ақпан 2020 | 15:12», «Бейсенбі, 17 Сәуір 2025»: a date first.
_DATED = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}\b|\d{4}-\d{2}-\d{2}\b|(?:\w+, )?\d{1,2} \w+ \d{4}\b")


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

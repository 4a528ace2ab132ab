"""The body's sentences as find_facts reads them: razdel over the whole body, taken from the
paragraphs' own split when that is provably the same (issue 15, stop 50).

find_facts splits the whole body (a sentence may run over a line break: «…пункт\\nпропуска
закрыт.»), while the mentions have already split it paragraph by paragraph
(spans.paragraph_sentences, kept for the article). razdel decides at each delimiter from the
`window` characters either side of it and, in one rule (list_item), from the sentence so far
when that is at most BULLET_SIZE long. So a delimiter farther than that from its line's edges is
decided alike in the whole body and in its line, and the line's sentences show how (one ends at
it or none does). The whole body's split is the lines' splits joined when, in addition, every
line ends with a delimiter (only blanks after it) at which the whole body's split ends a
sentence, and every delimiter near a line's edge is decided as in its line: both are asked of
razdel's own rules (its Segmenter.join; in the shape most line ends have, its rules' tests read
directly, `_joins`) with the whole body's windows and sentence so far. When
any of this does not hold (a heading with no full stop, a line going on in lower case, an
abbreviation before the break, a blank line), the whole body is split as before.
"""

from __future__ import annotations

import re

from razdel.segmenters.sentenize import (
    BULLET_SIZE,
    DASHES,
    DELIMITERS,
    FIRST_TOKEN,
    LAST_TOKEN,
    PAIR_SOKR,
    SMILE_PREFIX,
    SPACE_PREFIX,
)
from razdel.segmenters.sentenize import sentenize as _segmenter
from razdel.segmenters.sokr import HEAD_SOKRS, INITIALS, PAIR_SOKRS, SOKRS

from store.extract.chunking import CHUNK_CHARS, sentence_spans
from store.extract.sentence_split import DELIMITER, joined
from store.extract.spans import paragraph_sentences

# razdel's own delimiters (none holds a line break), found behind a look at the characters they open with
# (needles.opening_with; stop 51, ingest114: its group of a smile's and a mark's class gives `re` no skip);
# the one sentence_split finds the paragraphs' delimiters with (stop 51, ingest118)
_DELIMITER: re.Pattern = DELIMITER
_WINDOW: int = _segmenter.split.window  # the characters razdel reads either side of one
_LINE = re.compile(r"[^\n]+")  # the paragraphs as spans.paragraph_sentences cuts them
# Within this of its line's start a delimiter's left window or sentence so far (list_item) may reach
# before the line; within _WINDOW of its end, its right window after it.
_NEAR = max(_WINDOW, BULLET_SIZE)


def body_sentences(text: str) -> list[tuple[int, int]]:
    """`chunking.sentence_spans(text)`: the paragraphs' split when it is the same (module docstring)."""
    if len(text) <= CHUNK_CHARS:
        lines = paragraph_sentences(text)
        if lines and _lines_are_whole(text, lines):
            return list(lines)
    return sentence_spans(text)


def _lines_are_whole(text: str, sentences: tuple[tuple[int, int], ...]) -> bool:
    """True when razdel over the whole of `text` gives `sentences`, its lines' sentences."""
    marks = [(m.start(), m.end(), m.group(1)) for m in _DELIMITER.finditer(text)]
    lines = []  # (start, end, its first delimiter, past its last), each line's checked first: cheap
    at = 0  # the next delimiter (none spans a line break: each lies inside one line)
    for line in _LINE.finditer(text):
        p0, p1 = line.span()
        first = at
        while at < len(marks) and marks[at][0] < p1:
            at += 1
        if at == first or text[marks[at - 1][1] : p1].strip():
            return False  # words after the last delimiter (or none): the line runs into the next
        lines.append((p0, p1, first, at))
    ends = {b for _a, b in sentences}
    start = 0  # where the whole body's sentence so far begins (after its last split)
    for n, (p0, p1, first, past) in enumerate(lines):
        for k in range(first, past):
            st, en, mark = marks[k]
            last = k == past - 1
            # a line's last delimiter must end a sentence but the text's last; elsewhere, as in the line
            split = n < len(lines) - 1 if last else en in ends
            if last or st - p0 <= _NEAR or p1 - en < _WINDOW:
                if _joins(text[max(0, st - _WINDOW) : st], mark, text[en : en + _WINDOW], text[start:st]) == split:
                    return False
            if split:
                start = en
    return True


def _joins(left: str, mark: str, right: str, buffer: str) -> bool:
    """razdel's `Segmenter.join` at a delimiter: True when it joins there (no sentence ends).

    Most lines end with a full stop before a line opening with a capitalised word, a figure or a
    quote; there razdel's eleven rules (razdel 0.5.0's sentenize.RULES, in order;
    tests/test_ingest114_cuts.py pins them) all pass: no side is empty, the right opens with a
    blank and with a word not in lower case or a token neither delimiter, dash nor smile, the word
    before the stop is no abbreviation (of those read before such a token too), pair of
    abbreviations or initial, and the sentence so far is longer than a list item's bullet. Those
    tests, read from the same windows with razdel's own patterns and word lists, decide it here
    without the SentSplit and its cached properties (~9 µs a join, ~7 joins a generated body:
    issue 15, stop 51); a side with no token is its first rule's join. Anything else is razdel's
    rules as sentence_split reads them (`joined`: the same verdict without razdel's SentSplit and
    its rule wrappers, ~9 -> ~2 µs a join; stop 51, ingest118)."""
    tail = LAST_TOKEN.search(left)
    word = FIRST_TOKEN.match(right)
    if tail is None or word is None:
        return True  # empty_side, the first rule: join
    if mark == "." and len(buffer) > BULLET_SIZE and SPACE_PREFIX.match(right) and not SMILE_PREFIX.match(right):
        head, last = word.group(1), tail.group(1)
        low = last.lower()
        # a word: not lower case (lower_right; then sokr_left's is_sokr is False too); a number or a
        # mark: no delimiter (delimiter_right), no dash (dash_right), and is_sokr is True: no SOKRS word
        if (
            (
                not head.islower()
                if head.isalpha()
                else head not in DELIMITERS and head not in DASHES and low not in SOKRS
            )
            and not PAIR_SOKR.search(left)
            and not (last.isupper() and len(last) == 1)
            and low not in HEAD_SOKRS
            and low not in INITIALS
            and (low, head.lower()) not in PAIR_SOKRS
        ):
            return False
    return joined(left, mark, right, buffer, 0, len(buffer))

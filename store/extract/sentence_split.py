"""razdel's sentences of a text as offsets, its own rules asked without its objects.

razdel's `sentenize` finds every delimiter (an ending, `;`, a closing quote or bracket, a
smiley) with one regex, then builds a `SentSplit` record for each (its left and right ten
characters, the sentence so far built by string concatenation), asks its eleven rules
through `FunctionRule` wrappers, each reading lazily computed tokens through a Python-level
descriptor, strips each sentence and searches the text again for it. Over the generated
articles that machinery was most of the "mentions" stage's own CPU (the paragraphs' sentences
are split there first; the directives and facts reuse them).

Here the same regex finds the same delimiters, the same windows are read, and the same rules
decide with razdel's own patterns and word lists (imported, not copied). Every one of
razdel's sentence rules answers JOIN or nothing (none says SPLIT), so a split is joined when
any rule joins it, whatever their order; `empty_side` is still asked first, since the others
read the tokens it proves present. The sentence so far (razdel's `buffer`) is the text from
the current sentence's start to the delimiter, sliced only when `list_item` reads it; the
offsets come from razdel's own search (`find_substrings`: the stripped sentence looked for
from the previous one's end). tests/test_ingest113_cuts.py compares the offsets with razdel's
on real, generated and random texts.
"""

from __future__ import annotations

import re

from razdel.segmenters.punct import CLOSE_BRACKETS, CLOSE_QUOTES, DASHES, ENDINGS, GENERIC_QUOTES, QUOTES
from razdel.segmenters.sentenize import (
    BULLET_BOUNDS,
    BULLET_SIZE,
    DELIMITERS,
    FIRST_TOKEN,
    LAST_TOKEN,
    PAIR_SOKR,
    SMILE_PREFIX,
    SPACE_PREFIX,
    SPACE_SUFFIX,
    TOKEN,
    WORD,
    is_bullet,
)
from razdel.segmenters.sentenize import sentenize as _segmenter
from razdel.segmenters.sokr import HEAD_PAIR_SOKRS, HEAD_SOKRS, INITIALS, PAIR_SOKRS, SOKRS

from store.extract.needles import opening_with

# razdel's own delimiters (none holds a line break), found behind a look at the characters they open
# with (needles.opening_with; its group of a smile's and a mark's class gives `re` no skip: 0.035 ->
# 0.029 ms a generated article, stop 51, ingest118). fact_sentences reads the same.
DELIMITER: re.Pattern = opening_with(_segmenter.split.re.pattern, _segmenter.split.re.flags, "!\"').:;=?\\]}»’”„…")
_WINDOW: int = _segmenter.split.window


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """[(start, stop)] of razdel.sentenize(text)'s sentences, in order."""
    chunks: list[tuple[int, int]] = []  # each sentence as razdel's segment gives it, unstripped
    begin = 0  # where the current sentence (razdel's buffer) starts
    for m in DELIMITER.finditer(text):
        start, stop = m.span()
        left, right = text[max(0, start - _WINDOW) : start], text[stop : stop + _WINDOW]
        if not joined(left, m.group(1), right, text, begin, start):
            chunks.append((begin, stop))
            begin = stop
    chunks.append((begin, len(text)))
    out: list[tuple[int, int]] = []
    offset = 0
    find = text.find
    for lo, hi in chunks:  # razdel's post (strip) and find_substrings
        chunk = text[lo:hi].strip()
        start = find(chunk, offset)
        offset = start + len(chunk)
        out.append((start, offset))
    return out


def joined(left: str, delimiter: str, right: str, text: str, begin: int, start: int) -> bool:
    """razdel's `Segmenter.join` at `delimiter` between the windows `left` and `right` (its
    `window` characters either side), the sentence so far being text[begin:start] (sliced only
    for list_item): True when one of its rules joins. fact_sentences asks it too, of the whole
    body's windows (there `text` is the sentence so far, begin 0, start its length)."""
    found = FIRST_TOKEN.match(right)
    right_token = found.group(1) if found else None
    found = LAST_TOKEN.search(left)
    left_token = found.group(1) if found else None
    if not left_token or not right_token:  # empty_side
        return True
    if not SPACE_PREFIX.match(right):  # no_space_prefix
        return True
    if right_token.isalpha() and right_token.islower():  # lower_right
        return True
    if right_token not in GENERIC_QUOTES and (  # delimiter_right
        right_token in DELIMITERS or SMILE_PREFIX.match(right)
    ):
        return True
    if delimiter == "." and (
        _sokr_left(left, left_token, right_token)
        or (left_token.lower(), right_token.lower()) in PAIR_SOKRS  # inside_pair_sokr
        or (left_token.isupper() and len(left_token) == 1)  # initials_left
        or left_token.lower() in INITIALS
    ):
        return True
    if (
        delimiter in BULLET_BOUNDS  # list_item
        and start - begin <= BULLET_SIZE
        and all(is_bullet(t) for t in TOKEN.findall(text[begin:start]))
    ):
        return True
    if delimiter in QUOTES:  # close_quote
        if delimiter in CLOSE_QUOTES:
            if left_token not in ENDINGS:  # close_bound
                return True
        elif delimiter in GENERIC_QUOTES and (SPACE_SUFFIX.search(left) or left_token not in ENDINGS):
            return True
    if delimiter in CLOSE_BRACKETS and left_token not in ENDINGS:  # close_bracket
        return True
    if right_token in DASHES:  # dash_right
        found = WORD.search(right)
        word = found.group(1) if found else None
        if word and word.isalpha() and word.islower():
            return True
    return False


def _sokr_left(left: str, left_token: str, right_token: str) -> bool:
    """razdel's sokr_left for a '.' delimiter (an abbreviation before it)."""
    match = PAIR_SOKR.search(left)
    if match:
        a, b = match.groups()
        pair = a.lower(), b.lower()
        if pair in HEAD_PAIR_SOKRS:
            return True
        if pair in PAIR_SOKRS:
            return _is_sokr(right_token)
    word = left_token.lower()
    return word in HEAD_SOKRS or (word in SOKRS and _is_sokr(right_token))


def _is_sokr(token: str) -> bool:
    """razdel's is_sokr: a number, a punctuation mark or a lowercase word."""
    if token.isdigit():
        return True
    if not token.isalpha():
        return True
    return token.islower()

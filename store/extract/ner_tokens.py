"""razdel's tokens for the NER model, found with razdel's own atoms and rules in one loop.

razdel's `tokenize` cuts a text into atoms (a run of Cyrillic or Latin letters, of
digits, one punctuation mark, one other character) with one regex, then builds a
`TokenSplit` object for every pair of neighbouring atoms, spaced or not, fills a window
of three atoms each side through cached properties, asks each rule in turn through a
chain of generators, and finally searches the text again for each token to give its
offsets. About a tenth of the NER's CPU went there (1.2 ms of 11 per article).

Here the atoms come from the same regex (razdel's `ATOM`, imported) and the same rules
run in the same order with the same first-answer-wins logic, but only where razdel asks
them: two atoms with nothing between them (a space always splits). A rule's window is
read straight from the atom list (it crosses spaces, as razdel's does), and a token's
offsets are its first atom's start and last atom's stop, which is where razdel's search
finds it (only spaces lie between tokens). tests/test_ingest_cpu.py and
bench/ingest_tokens.py check the tokens are razdel's, offsets included.
"""

from __future__ import annotations

from typing import NamedTuple

from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, LAT, OTHER, PUNCT, RU, SMILE

_INT = "INT"
_WORDY = (OTHER, RU, LAT)


class Token(NamedTuple):
    """A token as razdel's `Substring`: offsets into the text and the text itself."""

    start: int
    stop: int
    text: str


def tokenize(text: str) -> list[Token]:
    """razdel.tokenize(text), as a list. Each token is made by tuple.__new__, what Token's
    own constructor calls from its Python-level __new__ (the same object, one frame less
    a token: ~370 tokens an article)."""
    atoms = [(m.start(), m.end(), m.lastgroup, m.group()) for m in ATOM.finditer(text)]
    out: list[Token] = []
    if not atoms:
        return out
    new = tuple.__new__
    start = atoms[0][0]  # where the current token starts (its first atom's start)
    end = atoms[0][1]  # the previous atom's end
    for i in range(1, len(atoms)):
        at = atoms[i][0]
        if end != at or not _joined(atoms, i, text[start:end]):
            out.append(new(Token, (start, end, text[start:end])))
            start = at
        end = atoms[i][1]
    out.append(new(Token, (start, end, text[start:end])))
    return out


def _joined(atoms: list[tuple], i: int, buffer: str) -> bool:
    """razdel's rules, in its order, on the unspaced split before atom `i` (the first
    that answers decides; none answering splits). `buffer`: the token so far."""
    left, right = atoms[i - 1], atoms[i]
    before = atoms[i - 2] if i >= 2 else None  # left_2: razdel's window keeps at most 3 atoms a side
    after = atoms[i + 1] if i + 1 < len(atoms) else None  # right_2
    for marks, both_int in ((DASHES, False), ("_", False), (".,", True), ("/\\", True)):
        answer = _rule_2112(left, right, before, after, marks, both_int)
        if answer is not None:
            return answer
    ltype, rtype, ltext, rtext = left[2], right[2], left[3], right[3]
    if ltype == PUNCT and rtype == PUNCT:
        if SMILE.match(buffer + rtext):
            return True
        if ltext in ENDINGS and rtext in ENDINGS:
            return True
        if ltext + rtext in ("--", "**"):
            return True
    if ltype == OTHER and rtype in _WORDY:
        return True
    if ltype in _WORDY and rtype == OTHER:
        return True
    return ltext.lower() == "yahoo" and rtext == "!"


def _rule_2112(left, right, before, after, marks: str, both_int: bool) -> bool | None:
    """razdel's Rule2112 family (dash, underscore, float, fraction): a mark between two
    atoms. True to join, None when the rule has no answer (it never says split)."""
    if left[3] in marks:
        a, b = before, right
    elif right[3] in marks:
        a, b = left, after
    else:
        return None
    if a is None or b is None:
        return None
    if both_int:
        return True if a[2] == _INT and b[2] == _INT else None
    return None if a[2] == PUNCT or b[2] == PUNCT else True

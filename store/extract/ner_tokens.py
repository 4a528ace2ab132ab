"""razdel's tokens for the NER model, found with razdel's own atoms and rules in one loop.

razdel's `tokenize` cuts a text into atoms (a run of Cyrillic or Latin letters, of
digits, one punctuation mark, one other character) with one regex, then builds a
`TokenSplit` object for every pair of neighbouring atoms, spaced or not, fills a window
of three atoms each side through cached properties, asks each rule in turn through a
chain of generators, and finally searches the text again for each token to give its
offsets. About a tenth of the NER's CPU went there (1.2 ms of 11 per article).

Here the atoms come from the same regex (razdel's `ATOM`, imported) and the same rules
run in the same order with the same first-answer-wins logic, but only where razdel asks
them: two atoms with nothing between them (a space always splits). So a text is read a run
of non-space characters at a time, and a run's tokens are kept per process (`tokenize`):
0.34–0.40 -> 0.18–0.20 ms a generated article (ingest113, min of 12 alternated). A rule's window is
read straight from the atom list (it crosses spaces, as razdel's does), and a token's
offsets are its first atom's start and last atom's stop, which is where razdel's search
finds it (only spaces lie between tokens). tests/test_ingest_cpu.py and
bench/ingest_tokens.py check the tokens are razdel's, offsets included.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, LAT, OTHER, PUNCT, RU, SMILE

_INT = "INT"
# razdel's Rule2112 family in its order: (marks, both sides numbers?) of the dash, underscore,
# float and fraction rules
_FAMILIES = ((DASHES, False), ("_", False), (".,", True), ("/\\", True))
_WORDY = (OTHER, RU, LAT)


class Token(NamedTuple):
    """A token as razdel's `Substring`: offsets into the text and the text itself."""

    start: int
    stop: int
    text: str


def tokenize(text: str) -> list[Token]:
    """razdel.tokenize(text), as a list, a run of non-space characters at a time.

    A space always splits, and an atom is never across one, so each run's tokens are found
    from its own atoms; a rule reads past the run only where its first or last atom is a
    mark of the Rule2112 family, and then only that neighbouring atom's type (`_run`). A
    run's tokens are kept per process by the run, and by the neighbours' types where they
    are read: a news text repeats most of its words, and most runs are one token (kept as
    its length). Each token is made by tuple.__new__, what Token's own constructor calls
    from its Python-level __new__ (the same object, one frame less a token)."""
    out: list[Token] = []
    runs = _RUNS
    if len(runs) > RUNS_KEPT:
        runs.clear()
    pieces = _SPACES.split(text)  # runs at even indexes, the spaces after each at odd ones
    if pieces[-1] == "":
        pieces.pop()  # no run after the last spaces (or an empty text)
    if len(pieces) % 2:
        pieces.append("")  # every run has its spaces after it, none after the last
    first, at = (2, len(pieces[1])) if pieces and pieces[0] == "" else (0, 0)
    new, append, get = tuple.__new__, out.append, runs.get
    for k in range(first, len(pieces), 2):
        run = pieces[k]
        got: Any = get(run)
        if got is None:
            got = runs[run] = _run(run)
        if got.__class__ is int:  # one token, whatever is around it
            append(new(Token, (at, at + got, run)))
        else:
            for start, stop, word in got[0] if not got[3] else _around(pieces, k, first, got):
                append(new(Token, (at + start, at + stop, word)))
        at += len(run) + len(pieces[k + 1])
    return out


def _around(pieces: list[str], k: int, first: int, got: tuple) -> tuple:
    """The tokens of run pieces[k] (`got`: its `_run`) with the types of the atoms around
    it where its rules read them, kept by the run and those types."""
    edges = got[3]
    before = after = None
    if edges & _READS_BEFORE and k > first:
        before = _last_type(pieces[k - 2])
    if edges & _READS_AFTER and k + 2 < len(pieces):
        after = _first_type(pieces[k + 2])
    key = (pieces[k], before, after)
    tokens = _RUNS.get(key)
    if tokens is None:
        atoms = [(m.start(), m.end(), m.lastgroup, m.group()) for m in ATOM.finditer(pieces[k])]
        tokens = _RUNS[key] = _atom_tokens(pieces[k], atoms, before, after)
    return tokens


def _first_type(run: str) -> str:
    """The type of a run's first atom (razdel's atom regex at its start)."""
    return ATOM.match(run).lastgroup  # a run is never empty


def _last_type(run: str) -> str:
    """The type of a run's last atom."""
    return list(ATOM.finditer(run))[-1].lastgroup  # a run is never empty


# Runs kept per process (a few tens of MB at most): past this many the table starts again.
RUNS_KEPT = 200_000
_RUNS: dict[Any, Any] = {}  # run -> `_run`'s answer; (run, before, after) -> tokens
_SPACES = re.compile(r"(\s+)")  # what ATOM leaves out: every other character is in an atom
_READS_BEFORE, _READS_AFTER = 1, 2


def _run(run: str) -> int | tuple:
    """What `tokenize` keeps of a run: its length when it is one token whatever is around it,
    else its tokens read with no neighbour, its first and last atoms' types, and which
    neighbour's type a rule's answer may turn on (`_reads_past`)."""
    atoms = [(m.start(), m.end(), m.lastgroup, m.group()) for m in ATOM.finditer(run)]
    edges = _reads_past(atoms) if len(atoms) > 1 else 0
    tokens = _atom_tokens(run, atoms)
    if not edges and len(tokens) == 1:
        return len(run)
    return tokens, atoms[0][2], atoms[-1][2], edges


def _reads_past(atoms: list[tuple]) -> int:
    """Which neighbour of a run of two atoms or more a rule's answer may turn on. Only the
    Rule2112 family reads past its two atoms, and only when one of them is its mark: a mark
    first in the run reads the atom before it with the atom after the mark, a mark last in
    the run the atom after it with the atom before the mark (`_rule_2112`). Whatever that
    outer atom is, the rule has no answer when the inner one is not a number (the float and
    fraction rules) or is punctuation (the dash and underscore rules); a family whose mark
    the inner atom also is reads the other side instead."""
    edges = 0
    mark, inner = atoms[0], atoms[1]
    for marks, both_int in _FAMILIES:
        if mark[3] in marks and (inner[2] == _INT if both_int else inner[2] != PUNCT):
            edges |= _READS_BEFORE
    inner, mark = atoms[-2], atoms[-1]
    for marks, both_int in _FAMILIES:
        if mark[3] in marks and inner[3] not in marks and (inner[2] == _INT if both_int else inner[2] != PUNCT):
            edges |= _READS_AFTER
    return edges


def _atom_tokens(run: str, atoms: list[tuple], before: str | None = None, after: str | None = None) -> tuple:
    """(start, stop, text) of the tokens of a run's atoms (all unspaced), razdel's rules
    deciding between each two."""
    context = ([(-1, -1, before, "")] if before is not None else []) + atoms
    first = len(context) - len(atoms)
    if after is not None:
        context.append((-1, -1, after, ""))
    out = []
    start, end = atoms[0][0], atoms[0][1]
    for i in range(first + 1, first + len(atoms)):
        if not _joined(context, i, run[start:end]):
            out.append((start, end, run[start:end]))
            start = context[i][0]
        end = context[i][1]
    out.append((start, end, run[start:end]))
    return tuple(out)


def tokenize_by_atoms(text: str) -> list[Token]:
    """razdel.tokenize(text) atom by atom over the whole text (what `tokenize` did before it
    read a run at a time; kept as the reference its tests compare with)."""
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
    for marks, both_int in _FAMILIES:
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

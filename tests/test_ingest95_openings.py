"""ingest95's look ahead at a pattern's first character (store/extract/needles.py: opening_with)
finds what the pattern as written finds (issue 15, exports identical).

Two checks for every pattern built so: (1) `re`'s own parser reads the pattern as written and
gives the characters a match can open with (a look around or an anchor takes none; an
optional item lets the next one open it; an alternative adds its own), and over every code
point the look ahead's class holds each character those do, under the pattern's flags; (2)
the compiled pattern's matches (spans and groups, from `finditer`, `search` with bounds and
`match`) are the written pattern's on dev and factRu texts as written, upper- and
lower-cased, sentence by sentence, and on random strings of the pattern's own words and
characters with the letters `re` folds in odd ways."""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import store.extract.directives  # noqa: F401  (builds the directives' triggers)
import store.extract.facts  # noqa: F401  (builds every scan of the facts' modules)
from store.extract.needles import OPENINGS
from tests.conftest import FACTRU_TEXTS, exact_count, exact_sample

_C = re._constants
_P = re._parser
_REPO = Path(__file__).resolve().parent.parent
_FACTRU = FACTRU_TEXTS
_ANY = "any"
_CATEGORIES = {
    _C.CATEGORY_DIGIT: r"\d",
    _C.CATEGORY_NOT_DIGIT: r"\D",
    _C.CATEGORY_SPACE: r"\s",
    _C.CATEGORY_NOT_SPACE: r"\S",
    _C.CATEGORY_WORD: r"\w",
    _C.CATEGORY_NOT_WORD: r"\W",
}


def _first(items) -> tuple[object, bool]:
    """(the set of class items a match of `items` can open with, or _ANY; can it match empty)."""
    out: set = set()
    for op, av in items:
        got, empty = _first_item(op, av)
        if got is _ANY:
            return _ANY, False
        out |= got  # type: ignore[operator]
        if not empty:
            return out, False
    return out, True


def _first_item(op, av) -> tuple[object, bool]:
    if op is _C.LITERAL:
        return {(op, av)}, False
    if op is _C.IN:
        if any(o is _C.NEGATE for o, _ in av):
            return _ANY, False
        return {(o, tuple(a) if isinstance(a, list) else a) for o, a in av}, False
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):  # take no character
        return set(), True
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        assert not add_flags and not del_flags, "a group with flags of its own: not read here"
        return _first(sub)
    if op is _C.BRANCH:
        out: set = set()
        empty = False
        for alternative in av[1]:
            got, alt_empty = _first(alternative)
            if got is _ANY:
                return _ANY, False
            out |= got  # type: ignore[operator]
            empty = empty or alt_empty
        return out, empty
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        got, empty = _first(sub)
        return got, (empty or low == 0) if got is not _ANY else False
    if op is _C.ATOMIC_GROUP:
        return _first(av)
    return _ANY, False  # NOT_LITERAL, ANY, a group reference …: any character


def _class(items: set) -> str:
    parts = []
    for op, av in items:
        if op is _C.LITERAL:
            parts.append(f"\\U{av:08x}")
        elif op is _C.RANGE:
            parts.append(f"\\U{av[0]:08x}-\\U{av[1]:08x}")
        elif op is _C.CATEGORY:
            parts.append(_CATEGORIES[av])
        else:
            raise AssertionError(f"class item {op} not read here")
    return "[" + "".join(parts) + "]"


@cache
def _every_character() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_every_pattern_is_checked():
    assert len(OPENINGS) >= 19
    for pattern, flags, first, compiled in OPENINGS:
        assert compiled.pattern == f"(?=[{first}])(?:{pattern})" and compiled.flags == re.compile(pattern, flags).flags


def test_the_look_ahead_holds_every_first_character():
    every = _every_character()
    for pattern, flags, first, _compiled in OPENINGS:
        items, empty = _first(_P.parse(pattern, flags))
        assert items is not _ANY and not empty, pattern[:80]
        opening = set(re.findall(_class(items), every, flags))  # type: ignore[arg-type]
        allowed = set(re.findall(f"[{first}]", every, flags))
        assert opening and opening <= allowed, (pattern[:80], sorted(opening - allowed)[:20])


def _found(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)]


def _texts() -> list[str]:
    """dev's and factRu's texts (in the suite, every EXACT_EVERY-th of each)."""
    out = []
    for folder in (_REPO / "eval" / "corpus" / "dev", _FACTRU):
        if folder.is_dir():
            files = sorted(folder.rglob("*.txt"))
            assert folder == _FACTRU or len(files) > 50  # dev alone (a clean clone has no factRu): 63
            out += [p.read_text(encoding="utf-8", errors="replace") for p in exact_sample(files)]
    return out


def test_same_matches_on_real_texts():
    texts = _texts()
    cases = texts + [t.upper() for t in texts] + [t.lower() for t in texts]
    cases += [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t)[:40]]
    hits = 0
    for pattern, flags, _first, compiled in OPENINGS:
        old = re.compile(pattern, flags)
        for text in cases:
            got = _found(compiled, text)
            assert got == _found(old, text), (pattern[:60], text[:80])
            hits += len(got)
    assert hits > 1000  # the patterns do match there


def _pieces(pattern: str) -> list[str]:
    words = re.findall(r"[^\W\d_]{2,}", pattern)
    chars = sorted(set(re.findall(r"[^\W_]", pattern)))
    odd = ["\u1c80", "\u1c81", "\u1c82", "\u1c83", "\u1c84", "\u1c85", "İ", "ı", "K", "ſ", "ё", "Ё", "\u00a0"]
    marks = [" ", " ", "  ", "\n", "-", ",", ".", "«", "»", "2026", "15", "3"]
    return words + [w.upper() for w in words[::3]] + chars + odd + marks


def test_same_matches_on_random_strings():
    rng = random.Random(95)
    hits = 0
    for pattern, flags, _first, compiled in OPENINGS:
        old = re.compile(pattern, flags)
        pieces = _pieces(pattern)
        for _ in range(exact_count(2500)):  # the first quarter in the suite
            text = "".join(rng.choice(pieces) + rng.choice(("", " ", " ")) for _ in range(rng.randint(1, 14)))
            got = _found(compiled, text)
            assert got == _found(old, text), (pattern[:60], text)
            hits += len(got)
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            m1, m2 = compiled.search(text, a, b), old.search(text, a, b)
            assert (m1 and (m1.span(), m1.groups())) == (m2 and (m2.span(), m2.groups())), (pattern[:60], text, a, b)
            m1, m2 = compiled.match(text, a), old.match(text, a)
            assert (m1 and (m1.span(), m1.groups())) == (m2 and (m2.span(), m2.groups())), (pattern[:60], text, a)
    assert hits > exact_count(1000)

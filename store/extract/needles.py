r"""Whole-text pre-checks for case-insensitive patterns (issue 15).

`re` builds no first-letter skip for a pattern compiled with IGNORECASE: a scan tries the
pattern at every position of the text, and a rule asking it of each of an article's
sentences pays that ~17 times. When every match of a pattern must contain one of a few
words (its trigger verbs, its nouns), one look for those words in the text's lower-case
copy, made once, tells that no sentence can match.

Exact: a character `re` matches to a lower-case Cyrillic letter under IGNORECASE is that
letter or lowers to it (str.lower), but for the old letter forms U+1C80–U+1C88 (в, д, о,
с, т, ъ, ѣ, ꙋ), which `re` also equates with them; a text holding one of these is never
ruled out (tests/test_perf53_needles.py checks every code point).

Exact on any whitespace (stop 49, gate76): a needle of two words («не работа», «без перебоев»)
or with a space at its edge (« стоят», «тек ») guards patterns whose words part on `\s+` —
two spaces, a no-break space, a tab or a line break between them in a raw slice. The copy a
needle is looked for in is therefore `folded`: lower case, every run of whitespace (what
`\s` matches, str.split's set) one space, and a space at either end, so a needle written with
single spaces is found wherever the words stand apart by any blank, or open or close the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

# What `re` equates with a Cyrillic letter under IGNORECASE though str.lower() does not.
_CASE_EXTRAS = re.compile("[\u1c80-\u1c88]")
_ASKED: list = [None, None]  # the last text asked, its folded copy (None: never ruled out)


def folded(text: str) -> str:
    """`text` lower-cased, each run of whitespace one space, a space at either end: where a
    needle written with single spaces is looked for (the module's docstring says why)."""
    return " " + " ".join(text.lower().split()) + " "


def lowered(text: str) -> str | None:
    """`folded(text)`, kept for the last text asked (the passes ask of one text in turn);
    None when the text holds a character of _CASE_EXTRAS. Kept by value, not identity: the
    facts ask of a sentence sliced anew for each rule (`text[a:b]`), equal but not the same
    object, and lowered it again for each (stop 48, ingest95: 25,000 → 9,200 lowerings over
    589 texts)."""
    if text != _ASKED[0]:
        _ASKED[0], _ASKED[1] = text, None if _CASE_EXTRAS.search(text) else folded(text)
    return _ASKED[1]


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when `text` holds none of `words` (lower-case Cyrillic) in any case, so no
    case-insensitive pattern each of whose matches contains one of them can match in it
    (nor in any slice of it). `lowered` written out and a plain loop instead of `any` over a
    generator: the facts ask ~170 times a text (ingest95: 167 → 113 ms over 100,270 asks)."""
    if text != _ASKED[0]:
        _ASKED[0], _ASKED[1] = text, None if _CASE_EXTRAS.search(text) else folded(text)
    low = _ASKED[1]
    if low is None:
        return True
    for word in words:
        if word in low:
            return True
    return False


# Every pattern built by `opening_with`: (pattern as written, flags, first, the compiled pattern).
# tests/test_ingest95_openings.py parses each and checks that `first` holds every character one of its
# matches can open with, and that the compiled pattern finds what the written one does.
OPENINGS: list[tuple[str, int, str, re.Pattern]] = []


def opening_with(pattern: str, flags: int, first: str) -> re.Pattern:
    """`pattern` compiled behind a look ahead at the character its match opens with, `first`
    (a character class's body, written under the same flags): the same matches, found sooner.

    Why (issue 15): for a case-insensitive pattern opening with a letter `re` builds no
    first-character skip, and a search enters the whole pattern (each alternative, each
    letter folded) at every position of the text. One class test turns most positions away
    first; the facts' case-insensitive scans ran 1.5-3x faster so (stop 48, ingest95).
    Exact when every match opens with a character of `first`: a look ahead takes nothing,
    and the group around `pattern` captures nothing, so spans and groups are those of
    `pattern` itself. Not for a pattern `re` already skips through (a case-sensitive or
    uncased first character): the look ahead would hide that skip."""
    compiled = re.compile(f"(?=[{first}])(?:{pattern})", flags)
    OPENINGS.append((pattern, flags, first, compiled))
    return compiled


def part_may_hold(part: str, words: tuple[str, ...]) -> bool:
    """may_hold for a short slice (a window around a name), lowered each time: the last whole
    text's kept copy is left for the passes that ask of it."""
    if _CASE_EXTRAS.search(part):
        return True
    low = folded(part)
    return any(w in low for w in words)


@lru_cache(maxsize=4096)
def whole_word(word: str) -> re.Pattern:
    r"""A pattern of `word` (a literal) as a whole word, with the same matches as
    `(?<![\w-])word(?![\w-])`, its look back put after the word: «no [\w-] before the word»
    is the same test once the word has matched, but a pattern opening with a look back is
    tried at every position of the text, while one opening with the word's letters lets `re`
    skip in C to where they stand (gate75: 0.026 → 0.0006 ms a text for «Казинформ»).
    Compiled once a word (outlet_names, singular_places ask the same words again)."""
    w = re.escape(word)
    return re.compile(rf"{w}(?<![\w-]{w})(?![\w-])")


# Every pattern built by `from_first`: (the original, first, the compiled pattern), for the tests.
FROM_FIRST: list[tuple[re.Pattern, str, re.Pattern]] = []


def from_first(pattern: re.Pattern, first: str) -> re.Pattern:
    r"""`pattern` found from its first character (stop 50, ingest110): `[first]` (a class's body,
    under the pattern's flags) is consumed, then the whole of `pattern` is looked ahead at from
    that same character, inside a look back one character wide, so its groups keep their
    numbers and offsets; an empty group `_end` after it marks where its match ends.

    Why: a pattern opening with a look back (`(?<![\w-])…`) or a look ahead gives `re` no
    character to skip to, and a scan enters it at every position of the text; one opening with
    a class skips to that class's characters in C. Exact when every match of `pattern` opens
    with a character of `first` (a look back, a look ahead and the group take nothing); use
    `matches_from` to step past each match as finditer does. Not for a pattern `re` already
    skips through."""
    compiled = re.compile(rf"[{first}](?<=(?=(?:{pattern.pattern})(?P<_end>)).)", pattern.flags)
    FROM_FIRST.append((pattern, first, compiled))
    return compiled


def matches_from(fast: re.Pattern, text: str):
    """The matches of a `from_first` pattern that `original.finditer(text)` finds: each match's
    groups and start are the original's, `m.end("_end")` its end; a match starting inside the one
    before is skipped, as finditer goes on after a match's end."""
    last = 0
    for m in fast.finditer(text):
        if m.start() >= last:
            last = m.end("_end")
            yield m

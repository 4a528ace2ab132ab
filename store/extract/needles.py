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
    needle written with single spaces is looked for (the module's docstring says why).

    Kept by value for the last few texts (_FOLDED): the passes fold a handful of texts in turn,
    each several times — the body (national bodies, route spans and the directives' quotes each
    ask of it), its sentences (the facts, passage_rules, both_posts) and the windows of the kind
    cues (without_travel_modes folds one twice) — and `_ASKED` keeps only the last: 46 foldings of
    9,300 characters a generated article, 23 of 4,100 with 128 kept (stop 52, ingest121). The
    copy depends on the text alone; a text longer than _FOLDED_LONGEST is folded each time."""
    got = _FOLDED.get(text)
    if got is None:
        got = " " + " ".join(text.lower().split()) + " "
        if len(text) <= _FOLDED_LONGEST:
            if len(_FOLDED) >= _FOLDED_KEPT:
                _FOLDED.clear()
            _FOLDED[text] = got
    return got


# folded's copies by text, started again past _FOLDED_KEPT; texts up to _FOLDED_LONGEST characters
# (an article's body, not a whole long page: ~10 MB held at most).
_FOLDED: dict[str, str] = {}
_FOLDED_KEPT = 128
_FOLDED_LONGEST = 20_000


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


# Every pattern built by `by_opening`: (pattern as written, flags, the compiled rewrite).
# tests/test_ingest108_cuts.py checks over every code point that the groups open with disjoint
# characters and that each group's look ahead holds what its alternatives open with, and that the
# rewrite finds what the pattern as written finds.
BY_OPENING: list[tuple[str, int, re.Pattern]] = []


def by_opening(pattern: str, flags: int) -> re.Pattern:
    """`pattern`, an alternation at its top level, compiled with its alternatives grouped by the
    characters they open with, each group behind a look ahead at those: the same matches, found
    sooner (issue 15, stop 50).

    Why: `re` tries every alternative at every position of the text (~1.2 µs a letter for the
    checkpoints' 64 cue alternatives, case-insensitive, so without a first-letter skip); grouped,
    a position is turned away by one class test a group.
    Exact: two alternatives that can open with the same character are in one group (a group is
    the alternatives linked so), in their written order, so at any position at most one group can
    match, and inside it the alternatives are tried in the order written: the first that matches
    there is the one the pattern as written takes. A look ahead takes nothing and adds no group.
    When the pattern is not read here (capturing groups, an alternative that can open with any
    character or match empty, a flag set inside one that widens its letters), it is compiled as
    written."""
    compiled = re.compile(_grouped(pattern, flags), flags)
    BY_OPENING.append((pattern, flags, compiled))
    return compiled


def _grouped(pattern: str, flags: int) -> str:
    from re import _constants as c  # the parser `re` itself compiles with
    from re import _parser

    parsed = _parser.parse(pattern, flags)
    texts = _alternatives(pattern)
    if parsed.state.groups > 1 or len(parsed.data) != 1 or parsed.data[0][0] is not c.BRANCH:
        return pattern
    branch = parsed.data[0][1][1]
    if len(branch) != len(texts):
        return pattern
    classes, keys = [], []
    for alternative in branch:
        got = _opening(list(alternative.data), flags, c)
        if got is None or got[1]:
            return pattern  # any character, or nothing: not grouped
        classes.append(_class_text(got[0], c))
        keys.append(_case_keys(got[0], c))
    group = list(range(len(texts)))  # union-find: alternatives that can open alike share a group

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if root(i) != root(j) and _may_meet(keys[i], keys[j], flags):
                group[root(i)] = root(j)
    members: dict[int, list[int]] = {}
    for i in range(len(texts)):
        members.setdefault(root(i), []).append(i)
    return "|".join(
        "(?=[" + "".join(classes[i] for i in idx) + "])(?:" + "|".join(texts[i] for i in idx) + ")"
        for idx in sorted(members.values())
    )


def _alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives as written, in order (split at `|` outside groups and classes)."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or pattern[i - 1] == "["
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _opening(items: list, flags: int, c) -> tuple[set, bool] | None:
    """(the class items, LITERAL, RANGE or CATEGORY, a match of `items` can open with; can it
    match empty), or None when it can open with any character or an item is not read here."""
    out: set = set()
    for op, av in items:
        if op is c.LITERAL:
            return out | {(op, av)}, False
        if op is c.IN:
            if any(o not in (c.LITERAL, c.RANGE, c.CATEGORY) for o, _ in av):
                return None  # a negated class, or an item not read here
            return out | {(o, tuple(a) if isinstance(a, list) else a) for o, a in av}, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # takes no character
        if op is c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & ~flags:
                return None  # a flag the pattern lacks could widen what its letters match
            got = _opening(list(sub.data), flags, c)  # a flag taken away narrows it: the wider set stands
        elif op is c.BRANCH:
            got = (set(), False)
            for alternative in av[1]:
                one = _opening(list(alternative.data), flags, c)
                if one is None:
                    return None
                got = (got[0] | one[0], got[1] or one[1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            got = _opening(list(sub.data), flags, c)
            if got is not None and low == 0:
                got = (got[0], True)
        else:
            return None
        if got is None:
            return None
        out |= got[0]
        if not got[1]:
            return out, False
    return out, True


def _class_text(items: set, c) -> str:
    parts = []
    for op, av in sorted(items, key=repr):
        if op is c.LITERAL:
            parts.append(f"\\U{av:08x}")
        elif op is c.RANGE:
            parts.append(f"\\U{av[0]:08x}-\\U{av[1]:08x}")
        else:
            parts.append(_CATEGORY_TEXT[str(av)])
    return "".join(parts)


_CATEGORY_TEXT = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _case_keys(items: set, c) -> set:
    """A key for each character the items stand for in any case: its lower, upper and folded
    forms and `re`'s own extra cases (ı, ſ, K …), lowered; ("category", its text) for \\w, \\d and the like.
    Two alternatives whose keys meet may open alike; the test checks the groups over every code point."""
    from re import _casefix

    keys: set = set()
    for op, av in items:
        if op is c.CATEGORY:
            keys.add(("category", _CATEGORY_TEXT[str(av)]))
            continue
        lo, hi = (av, av) if op is c.LITERAL else av
        if hi - lo > 4096:
            keys.add(("category", "."))  # a wide range: taken as meeting anything
            continue
        for code in range(lo, hi + 1):
            ch = chr(code)
            forms = {ch, ch.lower(), ch.upper(), ch.casefold()}
            forms |= {chr(e) for f in list(forms) if len(f) == 1 for e in _casefix._EXTRA_CASES.get(ord(f), ())}
            keys |= {f.lower() for f in forms}
    return keys


def _may_meet(a: set, b: set, flags: int) -> bool:
    """Can two alternatives with these keys (_case_keys) open with one character? Two categories:
    taken as yes; a category and letters: when one of the letters' keys is of the category."""
    if a & b:
        return True
    cats_a = [k[1] for k in a if isinstance(k, tuple)]
    cats_b = [k[1] for k in b if isinstance(k, tuple)]
    if cats_a and cats_b:
        return True
    for cats, chars in ((cats_a, b), (cats_b, a)):
        for cat in cats:
            rx = re.compile(cat, flags | re.DOTALL)
            if any(isinstance(ch, str) and rx.fullmatch(ch) for ch in chars):
                return True
    return False


def words_or_search(text: str, words: tuple[str, ...], bounded: re.Pattern[str], whole: re.Pattern[str]) -> bool:
    """`bool(whole.search(text))` for a case-insensitive pattern `whole` that is an alternation of
    `words` (each found as a plain substring) and of `bounded` (its alternatives needing word
    bounds or spaces): a word `re` finds under IGNORECASE stands in the lower-case copy (`lowered`)
    and one standing there `re` finds; a text holding a letter `re` also equates with Cyrillic ones
    (U+1C80–U+1C88) gives no copy, and `whole` is asked. One loop for facts._future and
    fact_context._own_subject, which ask it of every sentence."""
    low = lowered(text)
    if low is None:
        return whole.search(text) is not None
    for word in words:
        if word in low:
            return True
    return bounded.search(text) is not None

"""Persons written in Latin letters: «Serik Zhumangarin», «Sapar Isakov», «Jarylqasyn
Áziretbergenuly», «N.Nazarbaev» in English and Kazakh Latin text.

Why: the Russian NER model reads no Latin names, so an English or Kazakh Latin article
loses every person. A given name followed by a surname says what it is: the surname by its
Kazakh, Russian or Kyrgyz ending written in Latin (-ov, -ev, -yev, -in, -uly, -kyzy,
-ova, -eva, -ina, -enko …), or the given name by the project's list of first names
(lexicon first_names, Cyrillic) folded to the same Latin key as the text
(store.lang.names.fold: «Серик» and «Serik» are one key). A place the knowledge base knows
(«Saratov») is no surname.

Named as printed, given name first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.ner import NerSpan
from store.extract.passes.kazakh_latin_places import find_latin_places
from store.lang.names import fold
from store.lang.wordlists import words

_UP = "A-Z\u00c0-\u00de"
_LOW = "a-z\u00df-\u024f"
_NAME = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_SURNAME_ENDINGS = re.compile(
    r"(?:ov|ev|yev|iev|ёv|in|yn|ova|eva|yeva|ina|yna|uly|ūly|kyzy|qyzy|qızy|enko|sky|skiy|skaya|bekov|bayev|baev)$"
)
_INITIALS = rf"[{_UP}]\.\s?(?:[{_UP}]\.\s?)?"
# The same matches as «(?<![\w.-])» before the name and the initials: the capital is matched
# first and the character before it looked back at after it, so `re` skips in C to the next
# capital instead of trying the look back at every position (issue 15; tests/test_perf73_gates.py).
_FREE_CAPITAL = rf"[{_UP}](?<![\w.-].)"
_ONE_NAME = re.compile(rf"{_FREE_CAPITAL}[{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?![\w-])")
_INITIAL_SURNAME = re.compile(rf"({_FREE_CAPITAL}\.\s?(?:[{_UP}]\.\s?)?)({_NAME})(?![\w-])")
# capitalized words that open a phrase and are no given names
_NOT_GIVEN = frozenset(
    "the this that these a an in on at of for from to by with and or but as after before since while "
    "president minister deputy prime head chairman governor akim mayor general director chief "
    "vice ambassador senator deputies mr mrs ms dr".split()
)


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """The lexicon's first names as Latin search keys."""
    return frozenset(fold(n) for n in words("first_names"))


def _surname_like(word: str) -> bool:
    return bool(_SURNAME_ENDINGS.search(word.lower().split("-")[-1]))


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_CAPITALIZED_LATIN_START = re.compile(rf"[{_UP}][{_LOW}]{{2}}")
_ONE_SPACE = re.compile(r"[ \u00a0]")


def find_latin_persons(text: str) -> list[tuple[NerSpan, str]]:
    """Every «Given Surname» and «I. Surname» in Latin letters in `text`, with its name."""
    if not _CAPITALIZED_LATIN_START.search(text):
        return []
    places = [(s.start, s.end) for s, _ in find_latin_places(text)]
    out: list[tuple[NerSpan, str]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in places) and not any(s.start < b and a < s.end for s, _ in out)

    names = list(_ONE_NAME.finditer(text))
    for a, b in zip(names, names[1:], strict=False):
        given, surname = a.group(), b.group()
        if not _ONE_SPACE.fullmatch(text[a.end() : b.start()]) or given.lower() in _NOT_GIVEN:
            continue
        if not free(a.start(), b.end()):
            continue
        if _surname_like(surname) or (fold(given) in _first_names() and not _surname_like(given)):
            out.append((NerSpan("person", a.start(), b.end(), text[a.start() : b.end()]), f"{given} {surname}"))
    for m in _INITIAL_SURNAME.finditer(text):
        if _surname_like(m.group(2)) and free(m.start(), m.end()):
            initials = " ".join(m.group(1).split())
            out.append((NerSpan("person", m.start(), m.end(), m.group()), f"{initials} {m.group(2)}"))
    return sorted(out, key=lambda p: p[0].start)


def latin_persons(text: str, spans: list, ctx) -> list:
    """The pass: each person found replaces the spans it overlaps, unless a body's name runs
    across it («Nazarbayev University»), and a checkpoint's words stay the checkpoint's."""
    found = [(s, n) for s, n in find_latin_persons(text) if not ctx.cp_index.overlapping(s.start, s.end)]
    if not found:
        return spans
    out = list(spans)
    for span, name in found:
        over = [s for s in out if s.start < span.end and span.start < s.end]
        if any(s.type == "organization" and (s.start < span.start or span.end < s.end) for s in over):
            continue
        out = [s for s in out if s not in over] + [span]
        ctx.names[(span.start, span.end)] = name
    return sorted(out, key=lambda s: (s.start, s.end))

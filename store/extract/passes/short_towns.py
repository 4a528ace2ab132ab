"""Towns whose names are shorter than four letters («Шу», «Уил», «Ош») in a Kazakh where-case:
«Шуда жаңа орталық салынады», «Алматыдан Шуға дейін», «Уилда аурухана ашылды».

The knowledge base's matcher passes over names under four letters (kb._usable: «Шу» and «Ош»
open too many words), so these towns were found only bare or in Russian after a head's title
(places_after_heads). With a Kazakh case ending the word is unmistakable: a capitalized short
town name followed by a locative, ablative or dative ending, or the «-дағы» of 'the one at',
and nothing more, is hardly any other word: «шу» 'noise' opens a sentence in a where-case
rarely, and «Шұғыла», «Уилсон» do not end so. Such a word no span holds, or one the model read
alone as a person, body or place («Уилда»; «Ошта», which the dictionary names «Ошт»), is the
town, named by its row.

Why: loc69's probe left «Шу» in Kazakh cases and «Уил» outside a title; names70's fresh
sentences lost «Шуда», «Шуға», «Шудан» and read «Уилда» as a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.ner import NerSpan
from store.lang import kb

# where, where from, where to, and «-дағы» ('the one at'): the cases that answer where
_WHERE_ENDINGS = "ндағы ндегі дағы дегі тағы тегі нда нде дан ден тан тен нан нен да де та те ға ге қа ке на не"
_SHORTEST_USABLE = 4  # kb._usable's bound for a one-word name


@lru_cache(maxsize=1)
def _short_towns() -> dict[str, kb.Form]:
    """The knowledge base's Cyrillic place names of two or three letters, by their text."""
    out: dict[str, kb.Form] = {}
    for f in kb.forms():
        t = f.text
        if f.row.type != "location" or f.script == "latin" or len(t) >= _SHORTEST_USABLE:
            continue
        if len(t) >= 2 and t[:1].isupper() and t[1:].islower() and t.isalpha() and not kb.is_abbreviation(t):
            out.setdefault(t, f)
    return out


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern | None:
    names = sorted(_short_towns(), key=len, reverse=True)
    if not names:
        return None
    endings = "|".join(sorted(_WHERE_ENDINGS.split(), key=len, reverse=True))
    # no look-behind first: a pattern opening with one is tried at every position of the text, one
    # opening with a letter skips in C to where it is; the character before is asked by _a_word_start
    return re.compile(rf"({'|'.join(map(re.escape, names))})(?:{endings})(?![\w-])")


_WORD_CHARACTER = re.compile(r"[\w-]")


def _a_word_start(text: str, i: int) -> bool:
    """No letter, digit or hyphen right before position `i`."""
    return i == 0 or _WORD_CHARACTER.match(text, i - 1) is None


def short_town_in_a_where_case(word: str) -> kb.Form | None:
    """The short town `word` is with a where-case ending («Шуда» → the form «Шу»), else None."""
    p = _pattern()
    m = p.fullmatch(word) if p is not None else None
    return _short_towns()[m.group(1)] if m else None


def town_name(form: kb.Form) -> str:
    """The row's name as a Kazakh text shows it («Уил» → «Ойыл»)."""
    return kb.display_name(form.row, [form], "kk")


def short_towns_in_kazakh_cases(text: str, spans: list, ctx) -> list:
    """The pass (see the module doc)."""
    p = _pattern()
    if p is None:
        return spans
    found = []
    for m in p.finditer(text):
        if not _a_word_start(text, m.start()):
            continue
        over = [s for s in spans if s.start < m.end() and m.start() < s.end]
        if over and not (len(over) == 1 and _one_word_misreading(over[0], m)):
            continue
        spans = [s for s in spans if s not in over]
        ctx.names[m.span()] = town_name(_short_towns()[m.group(1)])
        found.append(NerSpan("location", m.start(), m.end(), m.group()))
    return sorted(spans + found, key=lambda s: (s.start, s.end)) if found else spans


def _one_word_misreading(s: NerSpan, m: re.Match) -> bool:
    """The model's span over exactly the word: «Уилда» read as a surname, or «Ошта» as a place
    the dictionary would name «Ошт»."""
    return (s.start, s.end) == m.span()

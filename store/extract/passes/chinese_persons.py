"""Chinese names the model left unread or read as a body: «Ма Лин, директор компании …»,
«тілшісі Ма Синьхуа Үрімжіде болды» (a reporter whose given name is the agency's, «Синьхуа»).

A common one-syllable Chinese family name («Ма», «Ли», «Ван», chinese_names._FAMILY_NAMES)
followed by a given name of one or two Palladius syllables (with a Kazakh case ending off:
chinese_names.chinese_name) is a person — where no span holds the two words, or where the only
span is a body over exactly the pair or exactly the given name (the agency read in a reporter's
name). A place, a post or a person the model already found keeps its words; a family name
alone («агентство Синьхуа», «Ли и Си») is no name.

Why: stop 40's fresh text read «Ма Синьхуа» as the agency, and names70's fresh sentences lost
«Ма Лин» at a sentence's start and «Ма Синьхуа» in Kazakh altogether.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.ner import NerSpan
from store.lang.chinese_names import chinese_name, family_names

# what may not stand before the family name: a letter, digit, dot or hyphen
_WORD_BEFORE = re.compile(r"[\w.-]")


@lru_cache(maxsize=1)
def _pair() -> re.Pattern:
    """A family name of the list, capitalized, and the next capitalized word. It opens with the
    names, not with a look-behind (a pattern opening with one is tried at every position of
    the text; one opening with a letter skips in C to where it is)."""
    names = sorted((n[:1].upper() + n[1:] for n in family_names()), key=len, reverse=True)
    return re.compile(rf"({'|'.join(map(re.escape, names))})[ \u00a0]([А-ЯЁ][а-яё]+)(?![\w-])")


def chinese_persons(text: str, spans: list, ctx) -> list:
    """The pass (see the module doc)."""
    found = []
    for m in _pair().finditer(text):
        if m.start() and _WORD_BEFORE.match(text, m.start() - 1):
            continue
        name = chinese_name([m.group(1), m.group(2)])
        if name is None or ctx.cp_index.overlapping(m.start(), m.end()):
            continue
        over = [s for s in spans if s.start < m.end() and m.start() < s.end]
        if not all(_a_misread_body(s, m) for s in over):
            continue
        spans = [s for s in spans if s not in over]
        ctx.names[m.span()] = name
        found.append(NerSpan("person", m.start(), m.end(), m.group()))
    return sorted(spans + found, key=lambda s: (s.start, s.end)) if found else spans


def _a_misread_body(s: NerSpan, m: re.Match) -> bool:
    """A body span over exactly the pair or exactly its given name."""
    return s.type == "organization" and (s.start, s.end) in (m.span(), m.span(2))

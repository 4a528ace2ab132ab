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

from store.extract.ner import NerSpan
from store.lang.chinese_names import chinese_name, common_family_name

# a capitalized word of up to five letters (a family name) and the next capitalized word
_PAIR = re.compile(r"(?<![\w.-])([А-ЯЁ][а-яё]{0,4})[ \u00a0]([А-ЯЁ][а-яё]+)(?![\w-])")


def chinese_persons(text: str, spans: list, ctx) -> list:
    """The pass (see the module doc)."""
    found = []
    for m in _PAIR.finditer(text):
        if not common_family_name(m.group(1)):
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

"""The given name the model cut off a name with a patronymic.

«подписал председатель ассоциации перевозчиков Бауыржан Ержанович Кудайбергенов»: the model
reads «Бауыржан» as the tail of the association (or a body alone) and the person as
«Ержанович Кудайбергенов», a patronymic and a surname, which names no one (per66's person
probe lost the given name so, and the store kept him apart from «Бауыржан Кудайбергенов»).
A person span that opens with a Russian patronymic takes the given name right before it —
a capitalized word on the list of given names or read so by the dictionary — from whatever
span held it: a span of that word alone goes, a longer one ends before it.
"""

from __future__ import annotations

import re

from store.extract.naming import is_first_name
from store.extract.ner import NerSpan

_RUSSIAN_PATRONYMIC = re.compile(r"^[А-ЯЁ][а-яё]+(?:ович|евич|овна|евна|ична|инична)$")
_WORD_BEFORE = re.compile(r"([А-ЯЁ][а-яё]+)[ \u00a0]+$")


def _given_name_start(text: str, s: NerSpan) -> int | None:
    """Where the given name before the span's patronymic starts, or None."""
    words = s.text.split()
    if len(words) != 2 or not _RUSSIAN_PATRONYMIC.match(words[0]):
        return None
    m = _WORD_BEFORE.search(text, max(0, s.start - 30), s.start)
    return m.start(1) if m and is_first_name(m.group(1)) else None


def _without(span: NerSpan, start: int, end: int, text: str) -> NerSpan | None:
    """`span` less the words from `start` to `end` at its end (None when nothing is left)."""
    if span.end <= start or span.start >= end:
        return span
    if span.start >= start:
        return None
    cut = len(text[:start].rstrip())
    return NerSpan(span.type, span.start, cut, text[span.start : cut]) if cut > span.start else None


def patronymic_given_names(text: str, spans: list, ctx) -> list:
    """The pass: such a person span grows back to its given name (see module doc)."""
    grown = {}
    for i, s in enumerate(spans):
        if s.type == "person":
            start = _given_name_start(text, s)
            if start is not None:
                grown[i] = NerSpan("person", start, s.end, text[start : s.end])
    if not grown:
        return spans
    out = []
    for i, s in enumerate(spans):
        if i in grown:
            out.append(grown[i])
            continue
        for g in grown.values():
            s = _without(s, g.start, g.end, text) if s is not None else None
        if s is not None:
            out.append(s)
    return sorted(out, key=lambda s: (s.start, s.end))

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
from store.extract.roles import is_role_word
from store.lang import kb

_RUSSIAN_PATRONYMIC = re.compile(r"^[А-ЯЁ][а-яё]+(?:ович|евич|овна|евна|ична|инична)$")
# «Болатулы», «Нурланкызы» (the Kazakh «-ұлы/-қызы» as Russian text prints it, or as is)
_KAZAKH_PATRONYMIC = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}(?:[ұу]лы|[қк]ызы)$")
_WORD_BEFORE = re.compile(r"([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)[ \u00a0]+$")


def _given_name_start(text: str, s: NerSpan) -> int | None:
    """Where the given name before the span's patronymic starts, or None. Before a Kazakh
    patronymic any capitalized word but a role word or a place of the knowledge base is the
    given name («Мейіржан Болатулы Сапаров»: the model read «Мейіржан» as a place and the
    person as «Болатулы Сапаров»; per68): no list holds every Kazakh given name, and
    «Fatherұлы Surname» after a word is a name's shape."""
    words = s.text.split()
    kazakh = len(words) == 2 and bool(_KAZAKH_PATRONYMIC.match(words[0]))
    if len(words) != 2 or not (kazakh or _RUSSIAN_PATRONYMIC.match(words[0])):
        return None
    m = _WORD_BEFORE.search(text, max(0, s.start - 30), s.start)
    if m is None:
        return None
    given = m.group(1)
    if is_first_name(given):
        return m.start(1)
    known_place = kb.row_of_printed("location", given) is not None
    return m.start(1) if kazakh and not is_role_word(given) and not known_place else None


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

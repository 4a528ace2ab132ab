"""`kazakh_titles`: a Kazakh post title the Russian model reads as a place or a body, and the
person it names.

Why: Kazakh writes a post before the name with the ministry's field in front of it, as
capitalized words when they open a sentence: «Көлік вице-министрі Талғат Ластаевтың сөзінше»
(the transport vice minister), «Ауыл шаруашылығы министрі …» (agriculture: «ауыл» is
«village», «шаруашылығы» «economy»). The model, reading Russian, makes a place of the title
(«Көлік вице-министрі», «Ауыл») or a body of the name running on into the clause («Мади
Такиев сөз сөйледі»: M. T. made a speech), and the person is lost. A title ends in a post
noun with its possessive ending; no place's or body's name does. (kz52, issue 15)
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.lang.kazakh import kazakh_context

# post nouns with the possessive ending, bare or in a case: «министрі», «әкімінің»
_POST = re.compile(
    r"^(?:вице-)?(?:министр|әкім|төраға|басшы|бастығ|директор|орынбасар|хатшы|депутат)"
    r"(?:ы|і|сы|сі)(?:ның|нің|на|не|нан|нен|нда|нде|мен)?$",
    re.IGNORECASE,
)
# «Ауыл шаруашылығы» (agriculture): «Ауыл» alone is the common noun, no village's name
_COMMON_BEFORE = {"ауыл": re.compile(r"\s+шаруашылы[ғқ]")}
# a Kazakh or Russian surname's ending, bare (the model's span runs on past the name)
_SURNAME = re.compile(r"(?:ов|ев|ин|ова|ева|ина|ұлы|улы|қызы|кызы|бек|баев|баева)$")
_LOWER = re.compile(r"^[а-яәғқңөұүһі-]+$")


def _a_title(s: NerSpan) -> bool:
    """Is the place or body span a post title: its last word a post noun (see module doc)?"""
    words = s.text.split()
    return s.type in ("location", "organization") and bool(words) and bool(_POST.match(words[-1]))


def _a_common_noun(text: str, s: NerSpan) -> bool:
    after = _COMMON_BEFORE.get(s.text.lower())
    return s.type == "location" and after is not None and bool(after.match(text, s.end))


def _person_and_clause(text: str, s: NerSpan) -> NerSpan | None:
    """«Мади Такиев сөз сөйледі», one body to the model: a given name and a surname, then
    lower-case words only — the person, the rest a clause."""
    words = s.text.split()
    if s.type != "organization" or len(words) < 3 or not all(_LOWER.match(w) for w in words[2:]):
        return None
    first, last = words[0], words[1]
    if not (first[:1].isupper() and last[:1].isupper() and _SURNAME.search(last) and not first.isupper()):
        return None
    end = s.start + s.text.index(last, len(first)) + len(last)
    return NerSpan("person", s.start, end, text[s.start : end])


def kazakh_titles(text: str, spans: list, ctx) -> list:
    """The pass: a title read as a place or a body is dropped; a body that is a person's name
    and a clause becomes the person. Kazakh text only."""
    out = []
    for s in spans:
        if s.type not in ("location", "organization") or not kazakh_context(text, s.start, s.end):
            out.append(s)
            continue
        if _a_title(s) or _a_common_noun(text, s):
            continue
        person = _person_and_clause(text, s)
        out.append(person if person is not None else s)
    return out

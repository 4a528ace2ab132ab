"""A Kazakh «body» the model ran on into its representative's name.

«Комитет өкілі Нұржан Әбдіров түсіндірді»: the model read the body, the post word and the
person as one organization, and the person was lost (ent75's fresh text). Kazakh puts the post
after the body it belongs to («комитетінің өкілі», «департамент басшысы»), so the Russian pass
`role_led_bodies`, which wanted the post word first, never saw it (that pass was removed at
stop 47, passes69). A body's name does not hold a post word followed by a personal name;
when an organization span does — the post word («өкілі», «басшысы», «төрағасы», «орынбасары»,
«хатшысы», «бастығы», «директоры»), then a capitalised word and a surname of the region's
shape closing the span — the name is the person.
"""

from __future__ import annotations

import re

from store.extract.naming import SURNAME
from store.extract.ner import NerSpan

# Post words in the possessive form a Kazakh post takes after its body («комитет өкілі»).
_POST = re.compile(r"^(?:өкілі|басшысы|төрағасы|орынбасары|хатшысы|бастығы|директоры|меңгерушісі)$", re.IGNORECASE)
_WORDS = re.compile(r"\S+")
# A capitalised word of letters only: Kazakh given names are many and few are on the list
# («Нұрлыбек»), but after a post word and before a surname of the region's shape one is a name.
_NAME_WORD = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+$")


_INITIAL = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ]\.$")


def _a_surname(word: str) -> bool:
    return bool(_NAME_WORD.match(word) and SURNAME.search(word))


def _name_after_post(words: list) -> int | None:
    """Where the name closing the span starts: after a post word, a given name or an initial
    and a surname («өкілі Н. Әміров»), or a surname alone, the given name outside the span
    («өкілі Әміров» of «өкілі Әміров Нұрлыбек»); None when the span does not end so."""
    if len(words) >= 4 and _POST.match(words[-3].group()) and _a_surname(words[-1].group()):
        first = words[-2].group()
        if _NAME_WORD.match(first) or _INITIAL.match(first):
            return len(words) - 2
    if len(words) >= 3 and _POST.match(words[-2].group()) and _a_surname(words[-1].group()):
        return len(words) - 1
    return None


def _the_representative(s: NerSpan) -> NerSpan | None:
    """The person closing a body span after a Kazakh post word, or None."""
    words = list(_WORDS.finditer(s.text))
    at = _name_after_post(words)
    if at is None:
        return None
    return NerSpan("person", s.start + words[at].start(), s.end, s.text[words[at].start() :])


def kazakh_role_led_bodies(text: str, spans: list, ctx) -> list:
    """The pass: such a body span becomes the person it ends with; when the model has read
    that person already (the surname opening a person span), the body span is dropped."""
    people = [s for s in spans if s.type == "person"]
    out = []
    for s in spans:
        person = _the_representative(s) if s.type == "organization" else None
        if person is None:
            out.append(s)
        elif not any(p.start < person.end and person.start < p.end for p in people):
            out.append(person)
    return out

"""A Kazakh «body» the model ran on into its representative's name.

«Комитет өкілі Нұржан Әбдіров түсіндірді»: the model read the body, the post word and the
person as one organization, and the person was lost (ent75's fresh text). Kazakh puts the post
after the body it belongs to («комитетінің өкілі», «департамент басшысы»), so the Russian pass
`role_led_bodies`, which wants the post word first, never sees it. A body's name does not hold
a post word followed by a personal name; when an organization span does — the post word
(«өкілі», «басшысы», «төрағасы», «орынбасары», «хатшысы», «бастығы», «директоры»), then a
capitalised word and a surname of the region's shape closing the span — the name is the person.
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


def _the_representative(s: NerSpan) -> NerSpan | None:
    """The person closing a body span after a Kazakh post word, or None."""
    words = list(_WORDS.finditer(s.text))
    if len(words) < 4 or not _POST.match(words[-3].group()):
        return None
    first, last = words[-2].group(), words[-1].group()
    if not (_NAME_WORD.match(last) and SURNAME.search(last) and _NAME_WORD.match(first)):
        return None
    return NerSpan("person", s.start + words[-2].start(), s.end, s.text[words[-2].start() :])


def kazakh_role_led_bodies(text: str, spans: list, ctx) -> list:
    """The pass: such a body span becomes the person it ends with."""
    out = []
    for s in spans:
        person = _the_representative(s) if s.type == "organization" else None
        out.append(person or s)
    return out

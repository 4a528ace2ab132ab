"""Location spans that are phrases, not one place: a chain of known places glued by hyphens
(«в направлении Китай-Европа-Китай», «Актау-Баку-Актау»), and a border named as if it were a
place («через Государственную границу», «Казахстанская граница»).

Why (loc41, issue 15): over the ~770 distinct real pages earlier helpers saved, the model
read such phrases as one place; the scorer then counts a false place and misses the places
the chain names. A pair of known places glued by a dash is already split by
`split_glued_places`, and a route of en dashes by `route_places`; a chain of three hyphenated
parts or more, each a place the knowledge base knows, was left whole. Hyphenated single
names («Усть-Каменогорск», «Ак-Тилек», «Алма-Ата») are kept: their parts are no places of
the knowledge base, or the whole is one.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.lang import kb
from store.lang.places import place_nominative

_CHAIN_PART = re.compile(r"[^\s\-/–—]+")
_CHAIN = re.compile(r"^[^\s\-/–—]+(?:[-/][^\s\-/–—]+){2,}$")
_BORDER_WORD = re.compile(r"(?:^|\s|-)(?:границ\w*|шекара\w*)$", re.IGNORECASE)


def _known_place(word: str) -> bool:
    """A place the knowledge base or the place lexicon holds, written whole."""
    if place_nominative(word):
        return True
    found = kb.find(word)
    return len(found) == 1 and found[0].form.row.type == "location" and found[0].end == len(word)


def _chain_parts(s: NerSpan) -> list[NerSpan]:
    """The places of a hyphen chain («Урумчи-Хоргос-Москва»), or [s] when it is none."""
    if s.type != "location" or not _CHAIN.match(s.text) or _known_place(s.text):
        return [s]
    parts = list(_CHAIN_PART.finditer(s.text))
    if not all(p.group()[:1].isupper() and _known_place(p.group()) for p in parts):
        return [s]
    return [NerSpan("location", s.start + p.start(), s.start + p.end(), p.group()) for p in parts]


def place_chains(text: str, spans: list, ctx) -> list:
    """The pass: a chain of known places is its places (see module doc)."""
    return [part for s in spans for part in _chain_parts(s)]


def borders_not_places(text: str, spans: list, ctx) -> list:
    """The pass: a location span that ends in the noun «граница» / «шекара» names a border,
    no place («Государственная граница», «Кыргызско-казахстанская граница»)."""
    return [s for s in spans if not (s.type == "location" and _BORDER_WORD.search(s.text.strip()))]

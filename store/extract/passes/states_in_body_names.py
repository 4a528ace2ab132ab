"""`states_in_body_names`: in a Kazakh body's name, the state written as its abbreviation
(«ҚР ҰҚК Шекара қызметі», «ҚХР кеден») or by its official name at the name's head
(«Қазақстан Республикасы Ұлттық қауіпсіздік комитеті») is part of that name, not a place the
article speaks of.

Why (loc41, issue 15): a Kazakh body is written with its state before it, as one name, and
the linking made that state a place too; dev's reference does not hold it («Қазақстан
Республикасы Ұлттық қауіпсіздік комитеті», one of dev's nine false places). The Russian
shape, a state after the body («КНБ РК», «Министерства транспорта РК»), stays a place: it is
the established reading (`org_tails`, factRu's references), and dev's references hold it as
often as not (two articles each way). The country named in running text stays: only a span
that a body's span holds goes. So does an unknown word the model read as a place at the head of
a Kazakh body's name («Мемлекеттік кірістер департаментінің …», plc101: body_head_words.py).
"""

from __future__ import annotations

import re

from store.extract.passes.body_head_words import head_word_of_body
from store.lang import kb

_KAZAKH_STATE = re.compile(r"^\S+ Республикасы$")


def _a_country(text: str) -> bool:
    found = kb.find(text)
    return len(found) == 1 and found[0].form.row.kind == "country" and found[0].end - found[0].start == len(text)


_KAZAKH_ABBREVIATIONS = frozenset({"ҚР", "ҚХР"})  # Kazakhstan and China, as Kazakh writes them


def _named_in_body(s, bodies) -> bool:
    """Is the place span `s` a state abbreviation inside, or a Kazakh state name opening, a
    longer body span?"""
    written = s.text.strip()
    inside = [o for o in bodies if o.start <= s.start and s.end <= o.end and (o.end - o.start) > (s.end - s.start)]
    if not inside:
        return False
    if written in _KAZAKH_ABBREVIATIONS:
        return True
    return bool(_KAZAKH_STATE.match(written)) and _a_country(written) and any(o.start == s.start for o in inside)


def states_in_body_names(text: str, spans: list, ctx) -> list:
    """The pass (see module doc)."""
    bodies = [o for o in spans if o.type == "organization"]
    if not bodies:
        return spans
    return [
        s
        for s in spans
        if not (s.type == "location" and (_named_in_body(s, bodies) or head_word_of_body(s, bodies, ctx)))
    ]

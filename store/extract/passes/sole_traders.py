"""A sole trader's business named by its owner: «ИП Ахметов», «у ИП Ахметова».

The model reads «ИП» (индивидуальный предприниматель) and the surname after it as a person, or
the surname alone. In the news the letters before a surname name the business, as «ТОО» before
a quoted name does, so the two together are an organization named «ИП» + the surname in the
nominative (org105).
"""

from __future__ import annotations

import re

from store.extract.naming import person_nominative
from store.extract.spans import Named, mapped

_SOLE_TRADER = "ИП"
_FORM_BEFORE = re.compile(r"(?<![\w-])ИП[ \t]+$")


def _trader(text: str, s):
    """The person span as its owner's business when «ИП» opens it or stands right before it."""
    if s.type != "person":
        return s
    owner = s.text
    if owner.startswith(_SOLE_TRADER + " "):
        start, owner = s.start, owner[len(_SOLE_TRADER) :].strip()
    elif m := _FORM_BEFORE.search(text, max(0, s.start - 8), s.start):
        start = m.start()
    else:
        return s
    name = f"{_SOLE_TRADER} {person_nominative(owner, None)}"
    return Named("organization", start, s.end, text[start : s.end], name=name)


def sole_traders(text, spans, ctx):
    """Person spans led by «ИП» are the owner's business."""
    return mapped(spans, lambda s: _trader(text, s))

"""Names in quotes before a Kazakh head word (issue 15, org50).

Carriers, terminals, marketplaces and brokers of this domain go by Latin or quoted names in
Cyrillic text. natasha's model reads most of them as bodies already (org50 measured it on 19
fresh logistics pages and 364 saved pages that print Latin words: a shape rule «a Latin run
after «компания/оператор/брокер…» or before «компаниясы/операторы/өкілі…» is a body», and one
cutting a Kazakh case ending off a Latin name, «Maersk-тің», changed no entity there, and were
dropped; the knowledge base's rows name the ones a reader meets most often). What it gets wrong
is one shape:

`quoted_bodies_before_heads`: a quoted name, in any script, right before a Kazakh word for its
head or press service («"KTZE-Оңтүстік" Бас директорының орынбасары», «"X" баспасөз қызметі»)
is a body, in place of a shorter body read inside its quotes (the knowledge base reads «KTZE»
there, the parent's abbreviation).

org50's second pass, `terms_not_bodies` (a capital abbreviation glossed at once by a lower-case
noun phrase, «ETA (срок прибытия)», is a term, not a body), was removed at stop 48 (passes70): it
changed no extraction on dev, factRu, the seeds, 400 generated articles or the form sweeps, and
its gain was on org50's worked pages only (held out 17/2/1 → 18/2/0 came from a knowledge-base row).
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan

# A quoted name right before a Kazakh word for its head or spokesman («"KTZE-Оңтүстік" Бас директорының
# орынбасары», «"Х" басшысы», «"Х" баспасөз қызметі»): the name is the body's, whatever its script.
_KK_QUOTED = re.compile(
    r"«(?P<name>[^«»\n]{2,60})»\s+(?:[Бб]ас\s+директор|басшы|төраға|баспасөз\s+қызмет)[а-яәіңғүұқөһ]{0,8}(?![\w-])"
)


def quoted_bodies_before_heads(text: str, spans: list, ctx) -> list:
    """Each quoted name before a Kazakh head word as a body, in place of the shorter bodies
    inside its quotes («KTZE» of «"KTZE-Оңтүстік"» is the parent's abbreviation, not this body)."""
    if "»" not in text:
        return spans
    out = list(spans)
    for m in _KK_QUOTED.finditer(text):
        start, end = m.span("name")
        over = [s for s in out if s.start < end and start < s.end]
        if any(not _inside(s, start, end) for s in over):
            continue
        out = [s for s in out if s not in over] + [NerSpan("organization", start, end, m.group("name"))]
        ctx.names[(start, end)] = m.group("name")
    return sorted(out, key=lambda s: (s.start, s.end))


def _inside(s, start: int, end: int) -> bool:
    """Is `s` a body strictly inside [start, end)?"""
    return s.type == "organization" and start <= s.start and s.end <= end and (s.start, s.end) != (start, end)

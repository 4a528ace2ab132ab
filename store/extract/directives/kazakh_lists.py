"""Kazakh orders whose content follows a colon after the ordering verb.

A Kazakh order puts its content before the verb («… әзірлеуді тапсырды»); a meeting's
results put it after: «Премьер-министр … министрлігіне тапсырма берді: … іске қосу.», or
a list, «аудан әкімдеріне мынадай тапсырмалар берді: біріншіден, …; екіншіден, …» (or one
item a line, numbered). Each item is an order of the verb's giver to its addressee when it
ends in a verbal noun («қосу», «азайту», «салу»); kazakh.py reads the giver and the addressee
before the verb as it does for any order.
"""

from __future__ import annotations

import re

from store.extract.directives.kazakh import KZ_TRIGGER, KZ_WHEN, kz_giver_in
from store.extract.directives.kazakh_clauses import kz_addressee
from store.extract.directives.order_lists import list_span
from store.extract.directives.posts import WORD
from store.model import Directive

_COLON = re.compile(r"[ \t]*:[ \t]*")
# An item's ordinal lead: «біріншіден,», «екіншіден,», «сондай-ақ,».
_ORDINAL = re.compile(
    r"^\s*(?:(?:бірінші|екінші|үшінші|төртінші|бесінші|алтыншы|соңғы)(?:ден|дан)?|сондай-ақ|сонымен\s+қатар)[,\s]+",
    re.I,
)
# An item ending in a verbal noun, the content of an order («… іске қосу», «… салу»).
_ENDS_IN_ACTION = re.compile(r"[уюУЮ]$")


def kz_listed(text: str, a: int, b: int, persons, mentions) -> tuple[list[Directive], int] | None:
    """The orders after a colon that closes the ordering verb of sentence text[a:b], with where
    they end; None when no colon follows the verb or no item is an action."""
    sent = text[a:b]
    trig = KZ_TRIGGER.search(sent)
    colon = _COLON.match(text, a + trig.end()) if trig else None
    if colon is None:
        return None
    giver = kz_giver_in(text, a, a + trig.start(), persons)
    if giver is None:
        return None
    span = list_span(text, a + trig.end(), colon.end())
    items, end = (span[2], span[1]) if span else ([(colon.end(), b)], b)
    words = [(m.start(), m.group()) for m in WORD.finditer(sent[: trig.start()])]
    lo = next((i for i, (o, _) in enumerate(words) if a + o >= giver[1]), len(words))
    np = kz_addressee(sent, a, words, lo, len(words), mentions, "datv", None)
    to = np[2] if np else None
    orders = []
    for i, j in items:
        own = _own_addressee(text, i, j, mentions)  # «1) Көлік министрлігі — …», «2) Қаржы министрлігіне …»
        orders.append(_item(text[own[0] : j], giver[0], own[1], sent) if own else _item(text[i:j], giver[0], to, sent))
    found = [d for d in orders if d]
    return (found, end) if found else None


# An item's addressee before a dash: «Көлік министрлігі — жолды жөндеу» (a few words, no verb).
_DASHED_HEAD = re.compile(r"[ \t]*([^—–\n;:]{2,60}?)\s+[—–]\s+")
# How many words an item's own addressee may take at its start.
_OWN_WORDS = 5


def _own_addressee(text: str, i: int, j: int, mentions) -> tuple[int, str] | None:
    """An item's own addressee at its start, and where its content begins: a phrase before a
    dash (as written), else a dative body or official opening it (kazakh_clauses.kz_addressee,
    in the nominative). None when the item opens with neither: the verb's addressee holds."""
    item = _ORDINAL.sub(lambda m: " " * len(m.group()), text[i:j])
    dash = _DASHED_HEAD.match(item)
    if dash and len(dash.group(1).split()) <= _OWN_WORDS and not _ENDS_IN_ACTION.search(dash.group(1)):
        return i + dash.end(), dash.group(1).strip()
    words = [(m.start(), m.group()) for m in WORD.finditer(item[:200])]
    np = kz_addressee(item, i, words, 0, min(_OWN_WORDS, len(words)), mentions, "datv", None)
    if not np or words[np[0]][0] != len(item) - len(item.lstrip()):
        return None
    last = words[np[1] - 1]
    return i + last[0] + len(last[1]), np[2]


def _item(item: str, by: str, to: str | None, sentence: str) -> Directive | None:
    """One item's order: its words without the ordinal lead and its deadline."""
    what = _ORDINAL.sub("", item).strip(" .;,\n")
    when = KZ_WHEN.search(what)
    if when:
        what = " ".join(what.replace(when.group(), " ").split())
    if not what or not _ENDS_IN_ACTION.search(what):
        return None
    return Directive(
        by=by,
        to=to,
        what=what,
        when=" ".join(when.group().split()).lower() if when else None,
        sentence=" ".join(sentence.split()),
    )

"""A border service written in lowercase with the committee it belongs to spelled out in the
genitive: «погранслужба комитета национальной безопасности Казахстана», «пограничной службы
ГКНБ Кыргызстана» (issue 15, org55).

Agency items name the service this way after «сообщает», «по данным»; the lowercase head
made the model read only the committee («Комитет национальной безопасности»), so the
service was lost and the committee, which the references hold as an accepted extra here
(dev d011), took its place. `lowercase_bodies` reads a lowercase service with its state
right after it («пограничной службы Казахстана»); this reads the committee between them.
The committee's own span inside the name is left alone: the reference tolerates it, and a
text that names the committee on its own needs it.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.extract.spans import by_offsets

_SERVICE = r"(?:пограничн(?:ая|ой|ую|ою)\s+служб|погранслужб)(?:а|ы|е|у|ой|ою)"
_COMMITTEE = r"(?:[Кк]омитета\s+национальной\s+безопасности|Г?КНБ)"
_STATE = r"Казахстана|Республики\s+Казахстан|РК|Кыргызстана|Кыргызской\s+Республики|КР"
_SHAPE = re.compile(rf"(?<![\w-])(?P<service>{_SERVICE})\s+(?P<rest>{_COMMITTEE}(?:\s+(?:{_STATE}))?)(?![\w-])")
# every match of _SHAPE (case-sensitive) holds «служб» and «омитета» or «КНБ»: a text without them
# is passed over before the scan (issue 15, perf56)
SERVICE_WORD = "служб"
COMMITTEE_WORDS = ("омитета", "КНБ")
_NOMINATIVE = {"пограничн": "Пограничная служба", "погранслужб": "Погранслужба"}


def committee_services(text: str, spans: list, ctx) -> list:
    """The pass (see module doc): each lowercase service with its committee as one body,
    unless a body span already holds it or a person or checkpoint overlaps it."""
    if SERVICE_WORD not in text or not any(w in text for w in COMMITTEE_WORDS):
        return by_offsets(spans)
    out = list(spans)
    for m in _SHAPE.finditer(text):
        start, end = m.span()
        over = [s for s in out if s.start < end and start < s.end]
        if any(s.type in ("person", "checkpoint") for s in over):
            continue
        if any(s.type == "organization" and s.start <= start and end <= s.end for s in over):
            continue
        if any(s.type == "organization" and s.start < start for s in over):
            continue  # a body runs into it from before: keep that reading
        head = next(v for k, v in _NOMINATIVE.items() if m.group("service").startswith(k))
        ctx.names[(start, end)] = head + " " + " ".join(m.group("rest").split())
        out.append(NerSpan("organization", start, end, text[start:end]))
    return sorted(out, key=lambda s: (s.start, s.end))

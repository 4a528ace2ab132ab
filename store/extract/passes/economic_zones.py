"""A special or free economic zone named in quotes after its lowercase kind: «свободную
экономическую зону «Хоргос — Восточные ворота»», «в специальной экономической зоне «Астана
— новый город»» (issue 15, org55).

Dev's reference counts a zone as an organization («Қорғас – Шығыс қақпалары» СЭЗ, a020), and
the pipeline reads «СЭЗ «…»» and the capitalised kind; written out in lowercase, the kind
is read by no pass and the model finds only the town inside the quotes. The zone is named
as its knowledge-base rows are, «Специальная экономическая зона «…»» (or «Свободная …» as
written), with the quoted name as printed.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.extract.spans import by_offsets

_KIND = re.compile(
    r"(?<![\w-])(?P<adj>свободн|специальн)(?:ая|ой|ую|ою)\s+экономическ(?:ая|ой|ую|ою)\s+зон(?:а|ы|е|у|ой|ою)"
    r"\s+(?P<name>[«\"“][^«»\"“”\n]{2,60}[»\"”])"
)
# every match of _KIND (case-sensitive) holds it: a text without it is passed over before the scan
# (issue 15, perf56)
ZONE_WORD = "экономическ"
_NOMINATIVE = {"свободн": "Свободная", "специальн": "Специальная"}


def economic_zones(text: str, spans: list, ctx) -> list:
    """The pass (see module doc): the kind and the quoted name as one organization; a body
    span already over it stays, a place inside the quotes stays a place."""
    if ZONE_WORD not in text:
        return by_offsets(spans)
    out = list(spans)
    for m in _KIND.finditer(text):
        start, end = m.span()
        over = [s for s in out if s.start < end and start < s.end]
        if any(s.type != "location" for s in over):
            continue
        quoted = m.group("name")
        ctx.names[(start, end)] = f"{_NOMINATIVE[m.group('adj')]} экономическая зона «{quoted[1:-1].strip()}»"
        out.append(NerSpan("organization", start, end, text[start:end]))
    return sorted(out, key=lambda s: (s.start, s.end))

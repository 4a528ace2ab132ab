"""`aiyl_units`: a Kyrgyz rural unit named in Russian by its adjective and the Kyrgyz words
«айыл окмоту» is a place: «житель Ак-Тамского айыл окмоту» → Ак-Тамский айыл окмоту.

Why (loc55, issue 15): Kyrgyz reports in Russian (24.kg, kant.kg, the border service's
releases) place a village by its «айыл окмоту» (the rural council's area), keeping the two
Kyrgyz words undeclined after a declined Russian adjective. The model reads no place there,
or only the adjective. Named in the nominative as the references name a district
(«Ала-Букинский район»): the adjective's masculine nominative, the Kyrgyz words as printed.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan

_UNIT = re.compile(
    r"(?<![\w-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*?)(ск|цк)(?:ого|ому|им|ом|ий)\s+(айыл\s+окмоту|айыл\s+өкмөтү)(?![\w-])"
)


def find_aiyl_units(text: str) -> list[tuple[NerSpan, str]]:
    """Each «X-ского айыл окмоту» in `text`, as a location span with its nominative name
    (a text without «айыл», which every match holds, is passed over before the scan: issue 15)."""
    if "айыл" not in text:
        return []
    return [
        (
            NerSpan("location", m.start(), m.end(), m.group()),
            f"{m.group(1)}{m.group(2)}ий {' '.join(m.group(3).split())}",
        )
        for m in _UNIT.finditer(text)
    ]


def aiyl_units(text: str, spans: list, ctx) -> list:
    """The pass: the unit is a place; a location span inside it (its adjective alone) gives
    way, a longer span or one of another type is left alone."""
    found = find_aiyl_units(text)
    if not found:
        return spans
    out = list(spans)
    for unit, name in found:
        inside = [s for s in out if unit.start <= s.start and s.end <= unit.end and s.type == "location"]
        if any(s.start < unit.end and unit.start < s.end and s not in inside for s in out):
            continue
        out = [s for s in out if s not in inside] + [unit]
        ctx.names[(unit.start, unit.end)] = name
    return sorted(out, key=lambda s: (s.start, s.end))

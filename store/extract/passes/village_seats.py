"""`village_seats`: a village read together with the district or rural unit after it is two
places: «Добо Кара-Бакской сельской управы» → Добо, Кара-Бакская сельская управа; «Шалпай
Аксыйского района» → Шалпай, Аксыйский район.

Why (loc55, issue 15): border reports from Kyrgyzstan and Kazakhstan place a village by its
rural unit or district in the genitive («вблизи села Добо Кара-Бакской сельской управы»,
«села Караой Кызылтуского сельского округа»). The model sometimes runs the village into the
unit, and the one span then names neither place. The unit is an adjective in the genitive
followed by its kind noun; the village before it is one word, or two adjectives in the
nominative («между сёлами Неверовское и Большое Курейное Макушинского округа»), never an
oblique adjective (that is part of a longer unit's name).
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan

_ADJ_GEN = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*(?:ского|цкого|ской|цкой|ного|ной)"
_UNIT = (
    r"(?:района|области|(?:сельской|поселковой|аильной)\s+управы|(?:(?:сельского|поселкового|аильного|городского)\s+)?округа"
    r"|айыл\s+окмоту|аймака)"
)
_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*"
_ADJ_NOMINATIVE = r"[А-ЯЁ][а-яё-]+(?:ое|ее|ая|яя|ый|ий)"
# the village (one capitalized word, hyphens allowed, or two adjectives in the nominative:
# «Большое Курейное») and the unit after it, the whole span
_VILLAGE_SEAT = re.compile(rf"^((?:{_ADJ_NOMINATIVE}\s+)?{_WORD})\s+({_ADJ_GEN}\s+{_UNIT})$")
# an oblique adjective is part of a longer unit's name («Жамбылского Меркенского района»)
_OBLIQUE_END = re.compile(r"(?:ого|его|ому|ему|ым|им|ых|их|ую|юю|ой|ом|ем)$")
_NOMINATIVE_END = re.compile(r"(?:ое|ее|ая|яя|ый|ий)$")


def _split(s: NerSpan) -> list[NerSpan]:
    m = _VILLAGE_SEAT.match(s.text) if s.type == "location" else None
    if m is None or any(_OBLIQUE_END.search(w) for w in m.group(1).split()):
        return [s]
    return [
        NerSpan("location", s.start, s.start + m.end(1), m.group(1)),
        NerSpan("location", s.start + m.start(2), s.end, m.group(2)),
    ]


def village_seats(text: str, spans: list, ctx) -> list:
    """The pass: a place span that is a village and its unit becomes the two places; a
    village named by adjectives in the nominative («Большое Курейное», «Октябрьское») is
    named as printed (the naming would decline it as if oblique: «Большой Курейной»)."""
    out = []
    for s in spans:
        parts = _split(s)
        if len(parts) > 1:
            ctx.names.pop((s.start, s.end), None)
            village = parts[0]
            if _NOMINATIVE_END.search(village.text):
                ctx.names[(village.start, village.end)] = village.text
        out.extend(parts)
    return out

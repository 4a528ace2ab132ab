"""`long_vowel_places`: a Kyrgyz place whose name ends in a long vowel, written double, is named
as printed: «Кара-Суу», «Кызыл-Суу», «Чон-Талаа», «Ак-Тоо», not «Кара-Суа».

Why (loc55, issue 15): Russian text leaves these names undeclined («в Кара-Суу», «села
Кызыл-Суу»), but the dictionary does not know them and its guesser reads the final «-у» as a
feminine accusative, whose nominative it then gives («Кара-Суа», «Ак-Суа»). No Russian case
ending is a doubled vowel, so the printed form is the name. Kyrgyz pages (kyrgyz_places)
name their own places; this is for Russian ones, which name Kyrgyz villages and districts
in every border report from the Chui, Talas, Osh and Jalal-Abad regions.
"""

from __future__ import annotations

import re

# one word or hyphened words, the last ending in a doubled vowel («ии», «ее» are Russian endings)
_LONG_VOWEL = re.compile(r"^[А-ЯЁӨҮҢ](?:[а-яёөүң]|-[А-ЯЁӨҮҢ]?)+?(?:аа|оо|уу|ыы|ээ|өө|үү)$")


def long_vowel_places(text: str, spans: list, ctx) -> list:
    """The pass: a one-word place ending in a doubled vowel keeps its printed form as its name."""
    for s in spans:
        if s.type == "location" and (s.start, s.end) not in ctx.names and _LONG_VOWEL.match(s.text):
            ctx.names[(s.start, s.end)] = s.text
    return spans

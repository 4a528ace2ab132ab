"""A district's or region's proper name read into the official's name after it.

«Аким области Абай Берик Уали», «глава области Жетысу Бейбит Исабаев», «аким района Байзак
Асхат Иманкулов»: the regions made in 2022 (Абай, Жетісу, Ұлытау) and many districts are
named after people or places, and the model reads the unit's name and the official's as one
person («Абай Берик Уали»). After a unit noun («области», «района», «города», «округа»), a
person of three or more words whose second word is a given name starts at that given name;
the first word is the unit's name (a place, found by the place passes once it is free).

Why: ppl43's scan of 768 saved real pages printed «Жетысу Бейбит Исабаев»; made-up
sentences in the same shape gave «Абай Нурлан Уранхаев», «Улытау Берик Абдыгалиулы»,
«Байзак Асхат Иманкулов» — the posts of the Abai and Zhetysu regions face China (Бахты,
Майкапшагай, Хоргос, Достык, Нур Жолы), so their akims are in border news.
"""

from __future__ import annotations

import re

from store.extract.naming import is_first_name
from store.extract.ner import NerSpan

_UNIT_BEFORE = re.compile(r"(?:област[иьюя]|район[аеу]?|город[аеу]?|округ[аеу]?|облысы|ауданы)\s+$", re.IGNORECASE)
_MIN_WORDS = 3


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_NON_SPACE_RUN = re.compile(r"\S+")


def _trimmed(text: str, s: NerSpan) -> NerSpan | None:
    """The span without its first word when that word is a unit's name (see module doc)."""
    words = list(_NON_SPACE_RUN.finditer(s.text))
    if len(words) < _MIN_WORDS or not _UNIT_BEFORE.search(text, max(0, s.start - 20), s.start):
        return None
    if not words[0].group()[:1].isupper() or not is_first_name(words[1].group()):
        return None
    start = s.start + words[1].start()
    return NerSpan("person", start, s.end, text[start : s.end])


def place_before_name(text: str, spans: list, ctx) -> list:
    """The pass: such a person span loses the unit's name it opened with."""
    out = []
    for s in spans:
        cut = _trimmed(text, s) if s.type == "person" else None
        out.append(cut or s)
    return out

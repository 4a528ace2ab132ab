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

The official may be named by surname alone or with an initial («аким области Абай
Уранхаев», «области Жетысу Б. Исабаев»), and a city's akim without a unit noun at all
(«Аким Алматы Досаев», «Аким Алматы Е. Досаев», the role word read into the span too): the
unit's or city's name is cut off there as well, when what is left is a surname (with its
initial) and the cut word, after a role word, is a place the knowledge base knows and no
given name (per66's person probe: «Алматы Досаев» and «Жетысу Исабаев» were persons apart
from the official's full name, and the store kept three entities for him).
"""

from __future__ import annotations

import re

from store.extract.naming import SURNAME, is_first_name, is_surname
from store.extract.ner import NerSpan
from store.extract.roles import is_role_word
from store.lang import kb
from store.lang.normalize import parses

_UNIT_BEFORE = re.compile(r"(?:област[иьюя]|район[аеу]?|город[аеу]?|округ[аеу]?|облысы|ауданы)\s+$", re.IGNORECASE)
_MIN_WORDS = 3


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_NON_SPACE_RUN = re.compile(r"\S+")
_WORD_BEFORE = re.compile(r"(\w[\w-]*)\s+$")
_INITIAL = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яё]?\.$")


def _trimmed(text: str, s: NerSpan) -> NerSpan | None:
    """The span without the unit's or city's name it opens with (see module doc)."""
    words = [w.group() for w in _NON_SPACE_RUN.finditer(s.text)]
    unit = bool(_UNIT_BEFORE.search(text, max(0, s.start - 20), s.start))
    if unit and len(words) >= _MIN_WORDS and words[0][:1].isupper() and is_first_name(words[1]):
        return _from_word(text, s, 1)
    if unit and words[0][:1].isupper() and _surname_only(words[1:]) and _unit_name(words[0]):
        return _from_word(text, s, 1)
    before = _WORD_BEFORE.search(text, max(0, s.start - 30), s.start)
    if before and is_role_word(before.group(1)) and _city(words[0]) and _surname_only(words[1:]):
        return _from_word(text, s, 1)
    if len(words) > 2 and is_role_word(words[0]) and _city(words[1]) and _surname_only(words[2:]):
        return _from_word(text, s, 2)
    return None


def _from_word(text: str, s: NerSpan, i: int) -> NerSpan:
    start = s.start + [w.start() for w in _NON_SPACE_RUN.finditer(s.text)][i]
    return NerSpan("person", start, s.end, text[start : s.end])


def _surname_only(words: list[str]) -> bool:
    """A surname, alone or after one initial («Досаев», «Е. Досаев»)."""
    if len(words) == 2 and _INITIAL.match(words[0]):
        words = words[1:]
    return len(words) == 1 and words[0][:1].isupper() and bool(SURNAME.search(words[0]) or is_surname(words[0]))


def _given_name(word: str) -> bool:
    """A given name in any case («Асель», «Андрея»: «советник губернатора области Андрея
    Подоплёкина» names no unit)."""
    return is_first_name(word) or any("Name" in p.tag.grammemes for p in parses(word)[:3])


def _unit_name(word: str) -> bool:
    """After a unit noun, the word before a surname is the unit's name unless it is a given
    name («области Асель Толеуова»); a region named after a person is known by its row
    («области Абай Уранхаев»: «область Абай»)."""
    if not _given_name(word):
        return True
    return any(kb.row_of_printed("location", f"{unit} {word}") is not None for unit in ("область", "район", "город"))


def _city(word: str) -> bool:
    """A place the knowledge base knows by this word, which is no given name («Алматы», not «Абай»)."""
    return word[:1].isupper() and kb.row_of_printed("location", word) is not None and not _given_name(word)


def place_before_name(text: str, spans: list, ctx) -> list:
    """The pass: such a person span loses the unit's name it opened with."""
    out = []
    for s in spans:
        cut = _trimmed(text, s) if s.type == "person" else None
        out.append(cut or s)
    return out

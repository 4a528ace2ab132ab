"""Uzbek Latin words read as a person: «O‘» cut from «O‘zbek-qirg‘iz chegarasidagi …», a
capitalised headline phrase such as «Oʻzbekiston Qozogʻiston» (issue 15, facts43).

Why: Uzbek Latin writes o‘ and g‘ with a turned comma (ʻ, ‘, ’ or '). The Russian NER model
reads the turned comma as a word's end, so the capital before it becomes a one-letter
«name», and a capitalised headline of Uzbek words looks like a given name and a surname.
The shape decides, not a list of phrases:
- a person span that ends or begins inside a word (a letter or a turned comma and a letter
  right beside it) is a piece of a word;
- a person in Latin letters with an o‘/g‘ in it is a person only when one of its words is a
  known first name or has a surname's ending (-ov, -yev, -ova, -ovich …): «Oʻktam Barnoyev»
  stays, «Oʻzbekiston Qozogʻiston» goes.
"""

from __future__ import annotations

import re

from store.extract.passes.latin_persons import _first_names, _surname_like
from store.lang.names import fold

_TURNED = "ʻ‘’'`"
_UZ_LETTER = re.compile(rf"[OoGg][{_TURNED}]")
_LATIN_ONLY = re.compile(rf"[A-Za-z\u00c0-\u024f{_TURNED}\s.-]+")
_WORD = re.compile(rf"[A-Za-z\u00c0-\u024f{_TURNED}-]+")
_SURNAME_TAIL = re.compile(r"(?:ovich|evich|yevich|ovna|evna|yevna|iy|ev|ov)$", re.IGNORECASE)


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """The span's edge cuts a word: a letter right after it, or a turned comma and a letter."""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    cut_after = bool(after) and (after[0].isalpha() or (after[0] in _TURNED and after[1:2].isalpha()))
    cut_before = bool(before) and (before[-1].isalpha() or (before[-1] in _TURNED and before[:1].isalpha()))
    return cut_after or cut_before


def _name_like(word: str) -> bool:
    plain = re.sub(rf"[{_TURNED}]", "", word)
    return fold(plain) in _first_names() or _surname_like(plain) or bool(_SURNAME_TAIL.search(plain))


def uzbek_phrase(text: str, start: int, end: int) -> bool:
    """True when the person span text[start:end] is Uzbek Latin words, not a name."""
    s = text[start:end]
    if not _UZ_LETTER.search(text[start : end + 1]) or not _LATIN_ONLY.fullmatch(s):
        return False
    if _inside_a_word(text, start, end):
        return True
    return not any(_name_like(w) for w in _WORD.findall(s))


def uzbek_latin(text: str, spans: list, ctx) -> list:
    """The pass: persons shaped as Uzbek Latin words (see module doc) are dropped."""
    return [s for s in spans if not (s.type == "person" and uzbek_phrase(text, s.start, s.end))]

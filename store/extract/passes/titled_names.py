"""Pass `titled_names`: a person's span is the name, never the abbreviated title around it.

Why (names73, 2026-12-06): Russian news abbreviate the place an official serves («аким
Шуского р-на», «заместитель акима Жамбылской обл.», «замакима г. Алматы»), and the model
reads the abbreviation as part of a neighbouring name. Three shapes came out of it:
- «Аким Шуского р-на Ерлан Нурбеков» opening a sentence: the whole run one person, post and
  place included; the name is the capitalized words after the abbreviation;
- «Аким Сарыагашского» with «р-на Бахытжан Кенжеулы» after it: the post and the place's
  adjective a person of their own, which names nobody;
- «Серик Жумангарин обл.», «Олжас Бектенов обл. акимам»: a name with the next region's
  abbreviation glued on, read as a place (a region named like a person); it is the person.
A span keeps its name's words only when what stays reads as a name (capitalized words, one
to three, none of them an abbreviation).
"""

from __future__ import annotations

import re

from store.extract.naming import SURNAME, is_first_name
from store.extract.ner import NerSpan
from store.extract.roles import is_role_word
from store.extract.spans import mapped

# «р-на», «р-н», «обл.», «обл», «г.», «ауд.», «с.»: a place's kind abbreviated, after its name
_KIND_ABBREVIATION = re.compile(r"(?:р-н[аеу]?|обл|г|ауд|с)\.?", re.IGNORECASE)
# the same abbreviation straight after a span's end
_ABBREVIATION_AFTER = re.compile(r"\s*(?:р-н[аеу]?|обл\.?)(?![\w-])")
# a word of a name: capitalized, letters and hyphens only («Қасым-Жомарт»)
_NAME_WORD = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+(?:-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+)?")
# a place adjective in the genitive, as a post's place is written («Шуского», «Жамбылской»)
_PLACE_GENITIVE = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:ского|цкого|ской|цкой)")


def _name_words(words: list[str]) -> bool:
    """One to three capitalized words, none an abbreviation: a person's name."""
    return 1 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words)


def _after_the_title(text: str, s: NerSpan) -> NerSpan | None:
    """«Аким Шуского р-на Ерлан Нурбеков» → «Ерлан Нурбеков»: a post word first, an
    abbreviation of a place's kind inside, a name after it. None when the span has no such
    title or no name after it."""
    words = list(re.finditer(r"\S+", s.text))
    if len(words) < 3 or not is_role_word(words[0].group()):
        return None
    cut = next((i for i, w in enumerate(words[1:], 1) if _KIND_ABBREVIATION.fullmatch(w.group())), None)
    if cut is None or not _name_words([w.group() for w in words[cut + 1 :]]):
        return None
    start = s.start + words[cut + 1].start()
    return NerSpan(s.type, start, s.end, text[start : s.end])


def _a_post_and_its_place(text: str, s: NerSpan) -> bool:
    """«Аким Сарыагашского» with «р-на» after it, or «Аким Райымбекского р-на» alone: the post
    and the adjective of the district it serves, nobody's name (the name, if any, is a span
    of its own after the abbreviation)."""
    words = s.text.split()
    if len(words) == 3 and _KIND_ABBREVIATION.fullmatch(words[2]):
        words = words[:2]
    elif not _ABBREVIATION_AFTER.match(text, s.end):
        return False
    return len(words) == 2 and is_role_word(words[0]) and bool(_PLACE_GENITIVE.fullmatch(words[1]))


def _name_before_abbreviation(text: str, s: NerSpan) -> NerSpan | None:
    """«Серик Жумангарин обл»: a given name and a surname with a region's abbreviation glued
    on, read as a place or as the person; the person, the abbreviation left out. A region is
    never named by a given name followed by a surname-shaped word."""
    words = list(re.finditer(r"\S+", s.text))
    if len(words) not in (3, 4) or not _KIND_ABBREVIATION.fullmatch(words[-1].group()):
        return None
    name = [w.group() for w in words[:-1]]
    if not (_name_words(name) and is_first_name(name[0]) and SURNAME.search(name[-1].lower())):
        return None
    end = s.start + words[-2].end()
    return NerSpan("person", s.start, end, text[s.start : end])


# a kind abbreviation of a title (not «г.» of a year: «2024 г.» has no capitalized word before)
_ANY_ABBREVIATION = re.compile(r"(?<=[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі] )(?:р-н[аеу]?|обл|г|ауд|с)\.?(?!\S)", re.IGNORECASE)
# The same abbreviations found from the space before them (issue 15, gate74): a pattern opening
# with a look-behind is tried at every position of the text, one opening with a space only where
# a space is (the abbreviation in group 1, its start the original's match start; 0.018 -> 0.008
# ms a text). The same starts in the same order: a match takes only the space, and no
# abbreviation holds one, so the next search starts where the original's does or before it with
# no space to match in between (tests/test_gate74_gates.py compares both on texts and random strings).
_SPACE_BEFORE_ABBREVIATION = re.compile(
    r" (?=((?:р-н[аеу]?|обл|г|ауд|с)\.?(?!\S)))(?<=[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі] )", re.IGNORECASE
)


def _untitled(text: str, s: NerSpan) -> NerSpan | None:
    if s.type == "person":
        if _a_post_and_its_place(text, s):
            return None
        return _after_the_title(text, s) or _name_before_abbreviation(text, s) or s
    return _name_before_abbreviation(text, s) or s


def titled_names(text: str, spans: list, ctx) -> list:
    """The pass (see the module doc): persons lose an abbreviated title, a name read as a
    place with an abbreviation glued on becomes the person. Only spans with such an
    abbreviation inside or right after them are looked at (issue 15: ingest's CPU)."""
    ends = [m.start(1) for m in _SPACE_BEFORE_ABBREVIATION.finditer(text)]
    if not ends:
        return spans
    near = [(s.start, s.end + 6) for s in spans if s.type in ("person", "location")]
    if not any(lo <= e < hi for lo, hi in near for e in ends):
        return spans
    return mapped(
        spans,
        lambda s: (
            _untitled(text, s)
            if s.type in ("person", "location") and any(s.start <= e < s.end + 6 for e in ends)
            else s
        ),
    )

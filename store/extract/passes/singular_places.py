"""`singular_places`: a one-word place printed in its nominative singular keeps that form:
«перевалы Суек, Барскаун, Сарымойнок», «станция Берекет», «из китайского города Сиань».

Why (loc41, issue 15): the dictionary does not know most Central Asian and Chinese place
names, and its guesser reads a word that ends in a consonant or «-ь» as a genitive plural,
whose nominative it then gives: «Барскауны», «Сарымойнки», «Берекеты», «Доссоры», «Сиани».
Over the ~770 distinct real pages earlier helpers saved, every such plural was wrong. A
genitive plural of a plural town («из Химок», «до Мытищ») follows a preposition that governs
the genitive, or a numeral; there the guess is kept.

The other way round: a plural town's genitive («в сторону Озинок») that the same text prints
in its nominative too («пункт «Озинки»») is named so; the guesser keeps «Озинок».
"""

from __future__ import annotations

import re

from store.extract.naming import nominative_in
from store.extract.needles import whole_word
from store.extract.ner import NerSpan
from store.lang.places import place_nominative

_WORD = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*$")
_VOWEL_END = tuple("аеёиоуыэюяй")
# prepositions that govern the genitive, and a numeral: after them a plural town's genitive
_GENITIVE_BEFORE = re.compile(
    r"(?:^|[\s(«\"])(?:из|изо|из-за|из-под|до|от|у|около|возле|близ|вблизи|для|без|вдоль|среди|после|"
    r"против|напротив|кроме|мимо|вокруг|\d+)\s+$",
    re.IGNORECASE,
)


def _plurals(word: str) -> set[str]:
    """The nominative plurals the guesser makes of a singular «word»."""
    out = {word + "ы", word + "и"}
    if word.endswith("ь"):
        out.add(word[:-1] + "и")
    if word.endswith(("ок", "ек", "ёк")):  # a fleeting vowel: «Сарымойнок» → «Сарымойнки»
        out |= {word[:-2] + "ки"}
    return out


def _keeps_its_form(text: str, s: NerSpan, name: str) -> bool:
    word = s.text
    if s.type != "location" or not _WORD.match(word) or word.endswith(_VOWEL_END) or place_nominative(word):
        return False
    return name in _plurals(word) and not _GENITIVE_BEFORE.search(text[max(0, s.start - 12) : s.start])


def _printed_plural(text: str, s: NerSpan) -> str | None:
    """The nominative plural of the one-word place «s» that the text prints elsewhere: «s»
    is then that town's genitive («Озинок», and «Озинки» in the text)."""
    if s.text.endswith(_VOWEL_END) or s.text.endswith("ь") or place_nominative(s.text):
        return None  # «Корсунь» and «Корсуни»: a soft sign's «-и» is its own oblique case
    for plural in sorted(_plurals(s.text)):
        if whole_word(plural).search(text):  # (?<![\w-])plural(?![\w-]), skipping in C (gate75)
            return plural
    return None


def singular_places(text: str, spans: list, ctx) -> list:
    """The pass: a place the naming would make plural is named as printed, a genitive plural
    the text prints in the nominative is named so (see module doc)."""
    for s in spans:
        if s.type != "location" or (s.start, s.end) in ctx.names or not _WORD.match(s.text):
            continue
        name = nominative_in(ctx.nominatives, s, None, text)
        if plural := _printed_plural(text, s):
            ctx.names[(s.start, s.end)] = plural
        elif _keeps_its_form(text, s, name):
            ctx.names[(s.start, s.end)] = s.text
    return spans

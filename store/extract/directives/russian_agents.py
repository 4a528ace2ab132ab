"""The giver of a Russian passive order named in the instrumental, right after the verb
(«Министерству финансов поручено Премьер-министром Олжасом Бектеновым …», «Поручение дано …
Премьер-министром X: …») or right before it («Главой государства X дано поручение …») (dir106).

Without it the passive reader took the giver from the text around (a chair, the last person
named) or, with nobody there, dropped the order; and a surname in «-ым» read as a dative
(«Бектеновым») was taken for the addressee.
"""

from __future__ import annotations

import re

from store.extract.directives.russian_addressees import has_case
from store.extract.roles import is_role_word
from store.model import Mention

Words = list[tuple[int, str]]

# Between a passive verb and its agent before it: at most an auxiliary («было поручено»).
_AUXILIARY = re.compile(r"^\s*(?:(?:был[аои]?|будет)\s+)?$", re.I)


def passive_agent(sent: str, a: int, trig: re.Match, words: Words, persons) -> tuple[Mention, int, int] | None:
    """The person giving a passive order in the instrumental, with the word range its phrase
    (role words included) covers: (mention, first word, end word), or None. After the verb the
    name may follow up to three role words («Главой государства Касым-Жомартом Токаевым»),
    no comma between; before it, only an auxiliary may stand between."""
    after = persons.starting_in(a + trig.end(), a + trig.end() + 60)
    if after:
        m = after[0]
        gap = sent[trig.end() : m.start - a]
        if "," not in gap and len(gap.split()) <= 3 and _instrumental(m.surface):
            first = _word_at(words, trig.end())
            return m, max(first, _lead_start(words, _word_at(words, m.start - a))), _word_at(words, m.end - a)
    before = persons.starting_in(a, a + trig.start())
    if before:
        m = before[-1]
        if m.end - a <= trig.start() and _AUXILIARY.match(sent[m.end - a : trig.start()]) and _instrumental(m.surface):
            return m, _lead_start(words, _word_at(words, m.start - a)), _word_at(words, m.end - a)
    return None


def _instrumental(surface: str) -> bool:
    """Is a name written in the instrumental? Its last word (the surname) can be read so
    («Бектеновым», «Скляром»)."""
    words = surface.split()
    return bool(words) and has_case(words[-1], "ablt")


def _word_at(words: Words, pos: int) -> int:
    """The index of the first word starting at or after `pos` in the sentence."""
    return next((i for i, (start, _) in enumerate(words) if start >= pos), len(words))


def _lead_start(words: Words, i: int) -> int:
    """Where the agent's phrase starts before its name: back over role words in the
    instrumental and the genitives they govern («Главой государства», «Премьер-министром»)."""
    while i > 0:
        w = words[i - 1][1]
        if has_case(w, "ablt") and is_role_word(w):
            i -= 1
        elif i > 1 and has_case(w, "gent", nouns=True) and is_role_word(words[i - 2][1]):
            i -= 1
        else:
            break
    return i

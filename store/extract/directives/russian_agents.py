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
        if "," not in gap and len(gap.split()) <= 3 and _instrumental(m.surface, gap):
            first = _word_at(words, trig.end())
            return m, max(first, _lead_start(words, _word_at(words, m.start - a))), _word_at(words, m.end - a)
    before = persons.starting_in(a, a + trig.start())
    if before:
        m = before[-1]
        lead = sent[max(0, m.start - a - 40) : m.start - a]
        if (
            m.end - a <= trig.start()
            and _AUXILIARY.match(sent[m.end - a : trig.start()])
            and _instrumental(m.surface, lead)
        ):
            return m, _lead_start(words, _word_at(words, m.start - a)), _word_at(words, m.end - a)
    return None


def _instrumental(surface: str, lead: str) -> bool:
    """Is a name written in the instrumental? Its surname can be read so («Бектеновым», «Скляром»),
    and either a word of it can be read in no other way («Олжасом», «Касым-Жомартом») or a role
    word in the instrumental stands within the three words before it (`lead`: «Главой
    государства», «Премьер-министром»). «Бижановой», with nothing else, is as well the dative
    of the one the order is given to."""
    words = surface.split()
    if not words or not has_case(words[-1], "ablt"):
        return False
    parts = [p for w in words for p in w.split("-")]  # «Касым-Жомартом»: its last part is read
    if any(has_case(p, "ablt") and not has_case(p, "datv") and not has_case(p, "gent") for p in parts):
        return True
    return any(is_role_word(w) and has_case(w, "ablt") for w in re.findall(r"[\w-]+", lead)[-3:])


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

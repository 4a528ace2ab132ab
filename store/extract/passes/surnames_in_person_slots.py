"""A Russian surname built on a country's or people's stem, read by the model as the place.

«Депутат Узбеков заявил …», «Сенатор Иранов сообщил …», «Аким Казахов отметил …»: the word
alone is a surname in «-ов/-ев/-ин» (± «-а»), but the model reads it as a place and the namer
then prints an ethnonym's plural («Ираны», «Казахи») or the word itself. Such a one-word place
span is the person when the word stands in a person's slot — after a role noun («Депутат»,
«министра») or as a clause's subject before a lowercase past-tense verb («заявил», «сообщила») — and the knowledge
base knows no place printed so (a country's case form such as «Ираном» stays the place).

Why: ent78 left these three, its surname probe read 7 of 96 surnames as places; ent79's own
sentences. honorific_names does the same for the Kazakh «Узбеков мырза».
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.extract.roles import is_role_word
from store.lang import kb

# a Russian surname's nominative: capital, lowercase stem, «-ов/-ев/-ёв/-ин/-ын» (± «-а»)
_SURNAME = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:ов|ев|ёв|ин|ын)а?")
_WORD_BEFORE = re.compile(r"(\w[\w-]*)\s+$")
# a past-tense verb right after the name («заявил», «сообщила», «отметили», «обратился»)
_VERB_AFTER = re.compile(r"\s+[а-яё]{3,}(?:л|ла|ли|лся|лась)\b")
# what may stand right before a clause's subject
_CLAUSE_OPENERS = '.!?,;:—–«"('


def surnames_in_person_slots(text: str, spans: list, ctx) -> list:
    """The pass (see the module doc): only one-word place spans shaped as a surname are looked at."""
    out = []
    for s in spans:
        if s.type == "location" and _SURNAME.fullmatch(s.text) and _in_person_slot(text, s.start, s.end):
            if kb.row_of_printed("location", s.text) is None:
                ctx.names.pop((s.start, s.end), None)
                s = NerSpan("person", s.start, s.end, s.text)
        out.append(s)
    return out


def _in_person_slot(text: str, start: int, end: int) -> bool:
    """After a role noun, or as a clause's subject before a lowercase past-tense verb: the word
    opens the text, a sentence or a clause («Узбеков заявил», «…, Иранов сообщил»). After any
    other word it is no subject («из Чунцина миновал»: a preposition's case, a town)."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        return is_role_word(before.group(1))
    prefix = text[max(0, start - 40) : start].rstrip()  # a bounded window: linear in the text
    opens_a_clause = not prefix or prefix[-1] in _CLAUSE_OPENERS
    return opens_a_clause and _VERB_AFTER.match(text, end) is not None

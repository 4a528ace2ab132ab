"""Pass `surnames_after_bodies`: «руководителю управления Сатыбалды» names a person.

Why (names73, 2026-12-06): a post, the body it heads in the genitive, then the holder's
surname alone is how Russian news address an official they named in full before
(«руководителю управления Сатыбалды поручено …», «начальник департамента Бекмухамбеты
сообщил …»). A Russian surname declines and the model reads it («Ахметову»), but a Kazakh one
that keeps its form in every case — «-балды», «-берді», a given name with the possessive «-ы/-і»
(«Бекмухамбеты»), a patronymic-surname «-ұлы/-қызы» — looks to it like the body's own name, and
it becomes an organization («Сатыбалда»). Such a one-word organization or place, right after a
post noun and one or two lowercase genitive nouns, with a Kazakh surname's shape and no
knowledge-base row, is the person. A village after «района» («акиму района Бакы») has no
post noun before the genitive and no name's shape, and stays.
"""

from __future__ import annotations

import re

from store.extract.naming import kazakh_surname_shape
from store.extract.ner import NerSpan
from store.extract.roles import is_role_word
from store.extract.spans import mapped
from store.lang import kb
from store.lang.morphology import parses

# up to three words right before the span: the post and its body's genitive
_WORDS_BEFORE = re.compile(r"(?:([\w-]+)\s+)?([\w-]+)\s+([\w-]+)\s+$")
_ONE_WORD = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{3,}")


def _genitive_noun(word: str) -> bool:
    return word.islower() and any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(word)[:4])


def _after_post_and_body(text: str, start: int) -> bool:
    """«руководителю управления », «начальник департамента госдоходов » before `start`."""
    m = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    if not m:
        return False
    first, second, third = m.groups()
    if not _genitive_noun(third):
        return False
    return is_role_word(second) or (first is not None and is_role_word(first) and _genitive_noun(second))


def _the_holder(text: str, s: NerSpan) -> NerSpan:
    if not _ONE_WORD.fullmatch(s.text) or not kazakh_surname_shape(s.text):
        return s
    if kb.find(s.text) or not _after_post_and_body(text, s.start):
        return s
    return NerSpan("person", s.start, s.end, s.text)


def surnames_after_bodies(text: str, spans: list, ctx) -> list:
    """The pass (see the module doc): such a body or place becomes the person. Every shape
    ends in «ы/і»: other spans are passed over before any call (issue 15: ingest's CPU)."""
    if not any(s.text[-1:] in ("ы", "і") and s.type in ("organization", "location") for s in spans):
        return spans
    return mapped(
        spans, lambda s: _the_holder(text, s) if s.type in ("organization", "location") and s.text[-1:] in "ыі" else s
    )

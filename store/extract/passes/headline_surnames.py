"""Pass `headline_surnames`: a headline that names a known official by surname alone
(«Токаев уволил главу погранслужбы КНБ», «Назарбаевқа … баға беріледі») names that person.

Why (per47, 2026-12-05): headlines call the heads of state and government by surname, and the
model reads none of them at a headline's start: over the saved real pages, 19 distinct headlines
of the shape «Токаев поручил…», «Путин поручил…», «Бектенов назвал…», «Мирзиёев поручил…»,
«Сагинтаев поручил…» had no person in them (most bodies name the man in full, so the article
kept him; per47's fresh ulysmedia.kz page did not, and lost him), and a Kazakh headline's
surname with a case ending («Назарбаевқа») was dropped as a stray word.

The knowledge base vouches: a word of a headline (a short text of one line) that is the
surname of one row of store/data/people.csv, in any of the row's spellings, bare or with a
Kazakh case ending, is that person, named as printed without the ending. A surname two rows
share («Жапаров») or that is also a place or body of the base names nobody; neither does a
word inside a span already there, unless the span is a «place» of exactly that word (a Kazakh
dative read as a town: «Мишустинге» → «Мишустинг») or a place or body opening with the word and
running on over lower-case words only («Тоқаевқа хат» read as a place; fix58).
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.ner import NerSpan
from store.extract.passes.kazakh_case_surnames import _ENDING
from store.lang import kb, people

_HEADLINE_WORDS = 25  # a headline's length at most (store.extract.passes.persons._SHORT_TEXT_WORDS)
_MIN_SURNAME = 5
_WORD = re.compile(r"(?<![\w.-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі-]+(?![\w-])")


@lru_cache(maxsize=1)
def _surnames() -> dict[str, str]:
    """Lower-case surname (every spelling of every row) → row id, for surnames one row has."""
    owners: dict[str, set[str]] = {}
    for p in people.people():
        for name in p.names:
            words = name.split()
            if len(words) >= 2 and len(words[-1]) >= _MIN_SURNAME:
                owners.setdefault(words[-1].lower(), set()).add(p.id)
    return {s: next(iter(ids)) for s, ids in owners.items() if len(ids) == 1}


def _surname_of(word: str) -> str | None:
    """The word as a row's surname, bare («Токаев») or with a Kazakh ending off («Назарбаевқа»)."""
    low = word.lower()
    if low in _surnames():
        return word
    m = _ENDING.search(word)
    if m and word[: m.start()].lower() in _surnames():
        return word[: m.start()]
    return None


def _misread_surname(s: NerSpan, word: re.Match) -> bool:
    """Is span `s` over the surname `word` the model's misreading of it: a place exactly on the
    word («Мишустинге» → «Мишустинг»), or a place or body opening with it and running on over
    lower-case words only («Путин Тоқаевқа хат жолдады»: «Тоқаевқа хат» read as a place; fix58)?"""
    if s.type == "person" or s.start != word.start() or s.end < word.end():
        return False
    rest = s.text[word.end() - s.start :].split()
    return (s.type == "location" and not rest) or (bool(rest) and all(w.islower() for w in rest))


def headline(text: str) -> bool:
    """A headline: one line of at most a headline's number of words."""
    return "\n" not in text.strip() and len(text.split(None, _HEADLINE_WORDS)) <= _HEADLINE_WORDS


def headline_surnames(text: str, spans: list, ctx) -> list:
    """The pass (see the module doc)."""
    if not text or not headline(text):
        return spans
    out = list(spans)
    for m in _WORD.finditer(text):
        name = _surname_of(m.group())
        if name is None or kb.find(name):
            continue
        over = [s for s in out if s.start < m.end() and m.start() < s.end]
        if any(not _misread_surname(s, m) for s in over):
            continue
        out = [s for s in out if s not in over]
        out.append(NerSpan("person", m.start(), m.end(), m.group()))
        ctx.names[(m.start(), m.end())] = name
    return sorted(out, key=lambda s: (s.start, s.end))

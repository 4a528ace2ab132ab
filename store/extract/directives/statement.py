"""Orders told as an obligation laid on a body, in reported speech or right after other
orders: «По его словам, всем центральным органам необходимо приложить все усилия …»,
«Правительству надлежит тщательно изучить варианты …» (after «Глава государства поручил
…»). No verb of ordering is in the sentence; the dative body before the obligation word is
the addressee and the speaker the giver. A body is required: «Казахстану необходимо
развивать транзит» or «нам нужно работать» state a need, they order nobody.
"""

from __future__ import annotations

import re

from store.extract.directives.posts import WORD, last_person
from store.extract.directives.russian import (
    OBLIGATION,
    addressee,
    clause,
    dative_np,
    infinitive_at,
    resolve_giver,
    time_phrase,
)
from store.lang.normalize import parses
from store.model import Directive

# Who speaks: «по его словам», «по словам X», «X подчеркнул, что».
_SPEECH = re.compile(
    r"\bпо\s+(?:(его|её|ее)\s+)?словам\b|\b(?:подчеркнул|отметил|заявил|сказал|указал)[аи]?\s*,?\s+что\b", re.I
)

# The heads of an addressee: a body or an official (lemmas).
_BODIES = frozenset(
    "правительство министерство минтранс минфин минэкономики акимат аким госорган орган ведомство "
    "служба погранслужба комитет компания департамент управление администрация кабмин таможня "
    "министр руководитель губернатор мэрия".split()
)


def from_statement(text: str, a: int, b: int, persons, mentions, previous: str | None) -> Directive | None:
    """The order an obligation sentence text[a:b] lays on a body, or None; `previous` is the
    giver of an order told just before (None when there is none near)."""
    sent = text[a:b]
    ob = OBLIGATION.search(sent)
    if ob is None or ob.group().lower() in ("поручаю", "ставлю задачу"):
        return None
    words = [(m.start(), m.group()) for m in WORD.finditer(sent)]
    before = sum(1 for o, _ in words if o < ob.start())
    speech = _SPEECH.search(sent, 0, ob.start())  # «по его словам» is no addressee
    np = dative_np(words, sum(1 for o, _ in words if o < speech.end()) if speech else 0, before)
    if np is None or not any(_lemma(w) in _BODIES for _, w in words[np[0] : np[1]]):
        return None
    inf = infinitive_at(words, before + 1) if before + 1 < len(words) else None
    if inf is None:
        return None
    by = _speaker(sent, a, speech, ob.start(), persons) if speech else previous
    if by is None:
        return None
    to = addressee(sent, a, words, np, persons, mentions)
    return Directive(by=by, to=to, what=clause(sent, words[inf][0]), when=time_phrase(sent), sentence=sent.strip())


def _speaker(sent: str, a: int, m: re.Match, end: int, persons) -> str | None:
    """The person the speech marker `m` before the obligation names: «по его словам» the
    last person named before, «по словам X» X, «X подчеркнул, что» X."""
    if m.group().lower().startswith("по"):
        if m.group(1):
            return last_person(persons, a)
        return resolve_giver(sent[m.end() : end], a + m.end(), a + end, persons)
    return resolve_giver(sent[: m.start()], a, a + m.start(), persons)


def _lemma(word: str) -> str:
    first = parses(word)[:1] if re.match(r"[А-Яа-яЁё]", word) else []
    return first[0].normal_form if first else word.lower()

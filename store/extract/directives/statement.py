"""Orders told as an obligation laid on a body, with no verb of ordering in the sentence,
in reported speech or right after other orders: «По его словам, всем центральным органам
необходимо приложить все усилия …», «Правительству надлежит тщательно изучить варианты …»
(after «Глава государства поручил …»), «Необходимо активизироваться всем госорганам». The
dative body is the addressee, the speaker the giver. A body is required: «Казахстану
необходимо развивать транзит», «нам нужно работать», «дорожную сеть нужно развивать» state
a need; read as orders they put one in the mouth of every official quoted (measured on fresh
pages and factRu: six such sentences ordered nothing for each one that did). Only a head of
state or government's reported obligation orders with no addressee («Олжас Бектенов обратил
внимание на то, что дорожную сеть нужно развивать»: dev a007), as his direct speech does
(head_speech.py).
"""

from __future__ import annotations

import re

from store.extract.directives.posts import HEAD_POST, WORD, last_person
from store.extract.directives.russian import (
    OBLIGATION,
    clause,
    infinitive_at,
    lemma,
    resolve_giver,
    surname_subject,
    time_phrase,
)
from store.extract.directives.russian_addressees import addressee, dative_np, has_case
from store.extract.needles import opening_with
from store.lang.normalize import phrase_nominative
from store.lang.office_holders import holder_by_surname
from store.model import Directive

# Who speaks: «по его словам», «по словам X», «X подчеркнул, что», «обратил внимание на то, что».
_SPEECH = re.compile(
    r"\bпо\s+(?:(его|её|ее)\s+)?словам\b|\b(?:подчеркнул|отметил|заявил|сказал|указал|"
    r"обратил[аи]?\s+внимание\s+на\s+то)[аи]?\s*,?\s+что\b",
    re.I,
)

# Every sentence the rule reads holds one of these words (OBLIGATION's, less the first person).
STATED = opening_with(r"\b(?:необходимо|нужно|следует|надлежит|должн[ыао]?)\b", re.I, "днс")  # needles.opening_with

# A writer's filler, not an order: «следует отметить, что …».
_FILLERS = frozenset("отметить подчеркнуть сказать признать заметить учитывать напомнить добавить уточнить".split())

# The heads of an addressee: a body or an official (lemmas).
_BODIES = frozenset(
    "правительство министерство минтранс минфин минэкономики акимат аким госорган орган ведомство "
    "служба погранслужба комитет компания департамент управление администрация кабмин таможня "
    "министр руководитель губернатор мэрия комиссия штаб".split()
)


def is_body(phrase: str) -> bool:
    """Does a phrase name a body or an official («Министерству транспорта», «акиматам»)?"""
    return any(lemma(w) in _BODIES for w in re.findall(r"[\w-]+", phrase))


def is_filler(word: str) -> bool:
    """A writer's filler opening an obligation («следует отметить, что …»)."""
    return word.lower() in _FILLERS


def from_statement(text: str, a: int, b: int, persons, mentions, previous: str | None) -> Directive | None:
    """The order an obligation sentence text[a:b] states, or None; `previous` is the giver
    of an order told just before (None when there is none near)."""
    sent = text[a:b]
    ob = OBLIGATION.search(sent)
    if ob is None or ob.group().lower() in ("поручаю", "ставлю задачу") or re.search(r"\bне\s*$", sent[: ob.start()]):
        return None  # «не нужно», «не следует»: nothing to do
    words = [(m.start(), m.group()) for m in WORD.finditer(sent)]
    before = sum(1 for o, _ in words if o < ob.start())
    inf = infinitive_at(words, before + 1) if before + 1 < len(words) else None
    if inf is None or words[inf][1].lower() in _FILLERS:
        return None
    speech = _SPEECH.search(text, a, a + ob.start())  # «по его словам» is no addressee
    if speech is None and previous is None:
        return None  # no giver, whatever the addressee: the morphology below is not asked (issue 15)
    lo = sum(1 for o, _ in words if a + o < speech.end()) if speech else 0
    np = dative_np(words, lo, before)
    after = None
    if np is None and before + 1 == inf:  # «Необходимо активизироваться всем госорганам»
        np = dative_np(words, inf + 1, min(len(words), inf + 4))
        np = dative_np(words, np[0], len(words)) if np else None  # the whole list: «…, акиматам и …»
        after = np
    passive = words[inf][1].lower() == "быть"  # «Погранслужбой должны быть приняты меры»: the agent is the body
    subject = _body_subject(words, lo, before, passive) if ob.group().lower().startswith("должн") else None
    if subject is None and (np is None or not any(lemma(w) in _BODIES for _, w in words[np[0] : np[1]])):
        return _head_need(text, a, words, (lo, before, inf), speech, persons) if np is None else None
    by = _speaker(text, a, speech, a + ob.start(), persons) if speech else previous
    if by is None:
        return None
    if subject:
        to = phrase_nominative(" ".join(w for _, w in words[subject[0] : subject[1]]))
    else:
        to = addressee(sent, a, words, np, persons, mentions)
    what = clause(sent, words[inf][0])
    if len(what.split()) == 1 and inf > before + 1:  # «должна это строго контролировать»: its object went first
        what = clause(sent, words[before + 1][0])
    if after and after[0] == inf + 1:  # the addressees after the verb are not what it orders
        rest = clause(sent, words[after[1]][0]) if after[1] < len(words) else ""
        what = " ".join([words[inf][1], rest]).strip()
    return Directive(by=by, to=to, what=what, when=time_phrase(sent), sentence=sent.strip())


def _head_need(text: str, a: int, words, span: tuple[int, int, int], speech, persons) -> Directive | None:
    """«Олжас Бектенов обратил внимание на то, что дорожную сеть нужно развивать и дальше»: an
    obligation with no addressee orders when a head of state or government states it in
    reported speech, as in his direct speech (head_speech.py); said by anyone else it states a
    need. Its object, when it goes before the obligation word, stays in what is ordered."""
    lo, ob, inf = span
    if speech is None or re.match(r"по\s", speech.group(), re.I):
        return None  # «по его словам»: the speaker is told elsewhere, the head check is not asked
    if any(w.lower() in ("мы", "нам", "нас", "я", "мне") for _, w in words[lo:ob]):
        return None  # «мы должны …»: the speaker's own need
    if any(re.match(r"наш", w, re.I) for _, w in words[lo:]):
        return None  # «необходимо сохранить лидерство нашей страны»: the country's goal, no one's task
    if words[ob][1].lower().startswith("должн"):
        return None  # «Казахстан должен стать …»: a goal
    by = _speaker(text, a, speech, a + words[ob][0], persons)
    phrase = text[a : speech.start()]
    if by is None or not (HEAD_POST.search(phrase) or holder_by_surname(by.split()[-1]) == by):
        return None
    sent_end = words[-1][0] + len(words[-1][1])
    sent = text[a : a + sent_end]
    what = clause(sent, words[inf][0])
    fronted = [w for _, w in words[lo:ob] if re.match(r"\w", w)]
    if 0 < len(fronted) <= 3:
        what = f"{what} {' '.join(fronted)}"
    return Directive(by=by, to=None, what=what, when=time_phrase(sent), sentence=sent.strip())


def _body_subject(words, lo: int, ob: int, passive: bool) -> tuple[int, int] | None:
    """«Межведомственная комиссия должна это контролировать», «Правительство должно
    подготовить …»: a body in the nominative right before «должен» (at most two words
    between), with its adjectives; before «должны быть приняты», the body in the
    instrumental that is the agent («Погранслужбой совместно с другими госорганами»),
    first in the clause: (i, j) word range."""
    case, reach = ("ablt", 6) if passive else ("nomn", 3)
    found = [
        i
        for i in range(max(lo, ob - reach), ob)
        if has_case(words[i][1], case, nouns=True) and lemma(words[i][1]) in _BODIES
    ]
    if not found:
        return None
    i = found[0] if passive else found[-1]
    k = i
    while k > lo and has_case(words[k - 1][1], case) and not has_case(words[k - 1][1], case, nouns=True):
        k -= 1
    return k, i + 1


def _speaker(text: str, s: int, m: re.Match, end: int, persons) -> str | None:
    """The person a speech marker `m` (in the sentence starting at `s`) names: «по его
    словам» the last person named before, «по словам X» X, «X подчеркнул, что» X."""
    if re.match(r"по\s", m.group(), re.I):  # «по (его) словам», not «подчеркнул»
        if m.group(1):
            return last_person(persons, m.start())
        return resolve_giver(text[m.end() : end], m.end(), end, persons)
    before = text[s : m.start()]
    return resolve_giver(before, s, m.start(), persons) or surname_subject(before.rstrip(" ,"), persons)

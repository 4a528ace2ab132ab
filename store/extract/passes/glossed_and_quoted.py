"""Names in quotes before a Kazakh head word, and glossed abbreviations (issue 15, org50).

Carriers, terminals, marketplaces and brokers of this domain go by Latin or quoted names in
Cyrillic text. natasha's model reads most of them as bodies already (org50 measured it on 19
fresh logistics pages and 364 saved pages that print Latin words: a shape rule «a Latin run
after «компания/оператор/брокер…» or before «компаниясы/операторы/өкілі…» is a body», and one
cutting a Kazakh case ending off a Latin name, «Maersk-тің», changed no entity there, and were
dropped; the knowledge base's rows name the ones a reader meets most often). What it gets wrong
are two shapes, one pass each:

`quoted_bodies_before_heads`: a quoted name, in any script, right before a Kazakh word for its
head or press service («"KTZE-Оңтүстік" Бас директорының орынбасары», «"X" баспасөз қызметі»)
is a body, in place of a shorter body read inside its quotes (the knowledge base reads «KTZE»
there, the parent's abbreviation).

`terms_not_bodies`: a capital abbreviation the text glosses at once with a lower-case noun
phrase («ETA (срок прибытия)», «SLA (соглашение об уровне сервиса)», «TCO (полная стоимость)»)
is a term, not a body, wherever it stands; so is one it defines after a place it spells
(«Центральной Азии (ЦА)»). A guard dropping names after a vessel's or a make's word («паром
Professor Gul», «марки Scania») was tried and dropped: it changed nothing on real pages.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.lang import kb
from store.lang.normalize import parses
from store.lang.wordlists import words

# A quoted name right before a Kazakh word for its head or spokesman («"KTZE-Оңтүстік" Бас директорының
# орынбасары», «"Х" басшысы», «"Х" баспасөз қызметі»): the name is the body's, whatever its script.
_KK_QUOTED = re.compile(
    r"«(?P<name>[^«»\n]{2,60})»\s+(?:[Бб]ас\s+директор|басшы|төраға|баспасөз\s+қызмет)[а-яәіңғүұқөһ]{0,8}(?![\w-])"
)


def quoted_bodies_before_heads(text: str, spans: list, ctx) -> list:
    """Each quoted name before a Kazakh head word as a body, in place of the shorter bodies
    inside its quotes («KTZE» of «"KTZE-Оңтүстік"» is the parent's abbreviation, not this body)."""
    if "»" not in text:
        return spans
    out = list(spans)
    for m in _KK_QUOTED.finditer(text):
        start, end = m.span("name")
        over = [s for s in out if s.start < end and start < s.end]
        if any(not _inside(s, start, end) for s in over):
            continue
        out = [s for s in out if s not in over] + [NerSpan("organization", start, end, m.group("name"))]
        ctx.names[(start, end)] = m.group("name")
    return sorted(out, key=lambda s: (s.start, s.end))


def _inside(s, start: int, end: int) -> bool:
    """Is `s` a body strictly inside [start, end)?"""
    return s.type == "organization" and start <= s.start and s.end <= end and (s.start, s.end) != (start, end)


_BODY_HEADS = words("org_head_nouns") | {"компания", "служба", "союз", "ассоциация", "организация", "орган", "центр"}


def terms_not_bodies(text: str, spans: list, ctx) -> list:
    """Body spans that are an abbreviation the text glosses as a term (see module doc), dropped."""
    terms = _glossed_terms(text)
    page = getattr(ctx, "page", "") or ""
    if page and page != text and any(s.type == "organization" and _LETTERS_ONLY.fullmatch(s.text) for s in spans):
        terms |= _glossed_terms(page)  # a headline's letters the story defines (org91)
    if not terms:
        return spans
    return [s for s in spans if not (s.type == "organization" and s.text in terms)]


_LETTERS_ONLY = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}")


_GLOSSED = re.compile(r"(?<![\w-])(?P<short>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})\s*\((?P<gloss>[a-zа-яёәіңғүұқөһ][^()\n]{2,80})\)")
_DEFINED = re.compile(r"\((?P<short>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})\)")


def _glossed_terms(text: str) -> set[str]:
    """Abbreviations the text glosses at once by a lower-case phrase naming no body
    («ETA (срок прибытия)»), or defines in brackets right after a place it spells («Центральной Азии (ЦА)»)."""
    if "(" not in text:
        return set()
    out = set()
    for m in _GLOSSED.finditer(text):
        gloss = [w.lower() for w in re.findall(r"\w+", m.group("gloss"))]
        if _a_noun_phrase(gloss) and not any(map(_a_body_head, gloss)):
            out.add(m.group("short"))
    for m in _DEFINED.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()].rstrip()
        places = [before[f.start : f.end] for f in kb.find(before) if f.form.row.type == "location"]
        if any(before.endswith(p) and _initials(p) == m.group("short").lower() for p in places):
            out.add(m.group("short"))
        elif _spelled_thing(before, m.group("short")):
            out.add(m.group("short"))
    return out


# org91: the kinds of thing whose name a text spells out before defining its letters, so the
# letters name that thing: a route or a corridor («Транскаспийскому международному транспортному
# маршруту (ТМТМ)»), a system, a programme, a document, a tax, a regime (and every kind
# kinds_not_bodies reads: lexicon/not_body_kinds.txt, work_nouns.txt); Kazakh stems of the same.
_THING_KINDS = (
    words("not_body_kinds")
    | words("work_nouns")
    | frozenset(
        "маршрут коридор путь сеть декларация накладная подпись номенклатура обоснование документация "
        "комплекс склад налог сбор режим процедура пространство".split()
    )
)
_KAZAKH_THING_STEMS = ("бағыт", "дәліз", "жүйе", "бағдарлама", "құжат", "жүкқұжат", "қолтаңба", "салығ", "режим")


def _spelled_thing(before: str, short: str) -> bool:
    """Do the last words before a bracket spell `short` by their initials and name a thing of
    _THING_KINDS, with no body's head noun among them? («… маршруту (ТМТМ)»: the letters are the
    route's, whatever body bears the route's name elsewhere.)"""
    ws = re.findall(r"[^\W\d_]+", before)[-len(short) :]
    if len(ws) != len(short) or "".join(w[0] for w in ws).lower() != short.lower():
        return False
    lows = [w.lower() for w in ws]
    if any(map(_a_body_head, lows)):
        return False
    return any(_lemma(w) in _THING_KINDS or w.startswith(_KAZAKH_THING_STEMS) for w in lows)


def _lemma(word: str) -> str:
    ps = parses(word)
    return ps[0].normal_form if ps else word


def _a_body_head(word: str) -> bool:
    return any(word.startswith(h[:5]) if len(h) >= 5 else word == h for h in _BODY_HEADS)


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.findall(r"\w+", words)).lower()


def _a_noun_phrase(gloss: list[str]) -> bool:
    """A short phrase opening with a noun or an adjective, with no verb: the term spelled out
    («срок прибытия»), not a remark in brackets («он владеет им вместе с …»)."""
    if not gloss or len(gloss) > 6:
        return False
    first = parses(gloss[0])
    if not first or first[0].tag.POS not in ("NOUN", "ADJF", "PRTF"):
        return False
    return not any(p and p[0].tag.POS in ("VERB", "INFN") for p in map(parses, gloss))

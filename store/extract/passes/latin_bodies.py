"""Companies and bodies written in Latin inside Russian or Kazakh text (issue 15, org50).

Carriers, terminals, marketplaces and brokers of this domain go by Latin names in Cyrillic
text («компания Sinotrans Kazakhstan», «Eurasian Rail Gateway операторы», «Maersk-тің
контейнерлері»). natasha's Russian model reads Latin words poorly, Kazakh text worse, and
the knowledge base lists only the ones a reader meets most often. Three passes:

`latin_bodies_by_their_word`: a run of capitalised Latin words is a body when the word
next to it says so: a Russian kind of company before it («компания», «оператор»,
«перевозчик», «брокер», «маркетплейс» …) or a Kazakh one after it («компаниясы»,
«операторы», «өкілі» — the representative *of* it …), and so is a quoted name, in any script,
before a Kazakh word for its head or press service («"KTZE-Оңтүстік" Бас директорының
орынбасары»). A word already read as anything
else (a person, a place, a post, a longer body) is left alone.

`latin_case_endings`: a Kazakh case ending hyphened to a Latin name («Maersk-тің»,
«Sinotrans-қа») is grammar, not name: the body is named without it.

`not_latin_bodies`: what a Latin or quoted name after a word of a thing names is that
thing, not a body: a vessel («паром Professor Gul», «судно Aktau Star»), a make or model
(«марки Scania», «тягач Volvo FH»); and a capital abbreviation the text glosses at once
with a lower-case common phrase («ETA (срок прибытия)», «SLA (соглашение об уровне
сервиса)») is a term, as is one it defines after a place («Центральной Азии (ЦА)»).
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.lang import kb
from store.lang.normalize import parses
from store.lang.wordlists import words

# One to four capitalised Latin words (digits, «&», «.», «'», «-» inside), «of/and/&» between.
_LATIN_WORD = r"[A-Z][A-Za-z0-9&.'’]*(?:-[A-Za-z0-9]+)*"
_LATIN_RUN = rf"{_LATIN_WORD}(?:[ \t]+(?:(?:of|and|&)[ \t]+)?{_LATIN_WORD}){{0,3}}"
# Russian words for a kind of company right before its name.
_RU_KIND = (
    r"(?:компани[яиюейях]{1,2}|оператор[а-я]{0,3}|перевозчик[а-я]{0,3}|брокер[а-я]{0,3}|маркетплейс[а-я]{0,3}"
    r"|холдинг[а-я]{0,3}|концерн[а-я]{0,3}|экспедитор[а-я]{0,3}|группы\s+компаний|групп[аеуы]\s+компаний"
    r"|логистическ[а-я]{2,3}\s+компани[а-я]{1,2}|транспортн[а-я]{2,3}\s+компани[а-я]{1,2})"
)
_RU_BEFORE = re.compile(rf"(?<![\w-]){_RU_KIND}\s+[«\"“]?(?P<name>{_LATIN_RUN})(?![\w-])", re.IGNORECASE)
# Kazakh words for a kind of company (any case) or its representative, right after its name.
_KK_KIND = (
    r"(?:компания|оператор|өкіл|тасымалдаушы|маркетплейс|кәсіпорн|корпорация|холдинг|брокер|экспедитор"
    r"|логистикалық\s+компания)[а-яәіңғүұқөһ]{0,8}"
)
_KK_AFTER = re.compile(
    rf"(?<![\w«\"-])[«\"“]?(?P<name>{_LATIN_RUN})(?:-[а-яәіңғүұқөһ]{{1,5}})?[»\"”]?\s+(?-i:{_KK_KIND})(?![\w-])"
)
# A quoted name right before a Kazakh word for its head or spokesman («"KTZE-Оңтүстік" Бас директорының
# орынбасары», «"Х" басшысы», «"Х" баспасөз қызметі»): the name is the body's, whatever its script.
_KK_QUOTED = re.compile(
    r"«(?P<name>[^«»\n]{2,60})»\s+(?:[Бб]ас\s+директор|басшы|төраға|баспасөз\s+қызмет)[а-яәіңғүұқөһ]{0,8}(?![\w-])"
)
_KAZAKH_LETTERS = re.compile("[әіңғүұқөһ]", re.IGNORECASE)


def latin_bodies_by_their_word(text: str, spans: list, ctx) -> list:
    """Each Latin run a kind-of-company word names as a body (see module doc), as a body span
    named as printed, where no span holds any of its words yet."""
    if not re.search("[A-Z]", text):
        return spans
    out = list(spans)
    found = [m for m in _RU_BEFORE.finditer(text)]
    if _KAZAKH_LETTERS.search(text):
        found += list(_KK_AFTER.finditer(text))
        out = _quoted_before_a_head(text, out, ctx)
    for m in found:
        start, end = m.span("name")
        name = m.group("name").rstrip(".")
        end = start + len(name)
        if len(name) < 2 or _taken(out, start, end) or text[max(0, start - 1) : start] in ("#", "@"):
            continue
        out.append(NerSpan("organization", start, end, name))
        ctx.names[(start, end)] = name
    return sorted(out, key=lambda s: (s.start, s.end))


def _quoted_before_a_head(text: str, spans: list, ctx) -> list:
    """Each quoted name before a Kazakh head word as a body, in place of the shorter bodies
    inside its quotes («KTZE» of «"KTZE-Оңтүстік"» is the parent's abbreviation, not this body)."""
    out = spans
    for m in _KK_QUOTED.finditer(text):
        start, end = m.span("name")
        over = [s for s in out if s.start < end and start < s.end]
        if any(not _inside(s, start, end) for s in over):
            continue
        out = [s for s in out if s not in over] + [NerSpan("organization", start, end, m.group("name"))]
        ctx.names[(start, end)] = m.group("name")
    return out


def _inside(s, start: int, end: int) -> bool:
    """Is `s` a body strictly inside [start, end)?"""
    return s.type == "organization" and start <= s.start and s.end <= end and (s.start, s.end) != (start, end)


def _taken(spans: list, start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans)


# A Latin name, a hyphen and a Kazakh case ending («Maersk-тің», «DHL-ге», «Kaspi.kz-тен»).
_CASE_ENDING = re.compile(rf"(?P<name>{_LATIN_RUN})-[а-яәіңғүұқөһ]{{1,5}}")


def latin_case_endings(text: str, spans: list, ctx) -> list:
    """Body spans ending in a Kazakh case ending after a Latin name, without the ending."""
    out = []
    for s in spans:
        m = _CASE_ENDING.fullmatch(s.text) if s.type == "organization" else None
        if m is None:
            out.append(s)
            continue
        name = ctx.names.pop((s.start, s.end), None)
        trimmed = NerSpan("organization", s.start, s.start + m.end("name"), m.group("name"))
        ctx.names[(trimmed.start, trimmed.end)] = name if name and not _CASE_ENDING.fullmatch(name) else m.group("name")
        out.append(trimmed)
    return out


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


# Words of a thing (a vessel, a make or model of vehicle) right before its name.
_THING_BEFORE = re.compile(
    r"(?<![\w-])(?:судн[оаеу]|судов|паром[а-я]{0,3}|теплоход[а-я]{0,3}|танкер[а-я]{0,3}|сухогруз[а-я]{0,3}"
    r"|контейнеровоз[а-я]{0,3}|марк[аиуе]|модел[ьияюей]{1,2}|грузовик[а-я]{0,3}|тягач[а-я]{0,3}|прицеп[а-я]{0,3}"
    r"|автомобил[ьяюейи]{1,2}|кеме[сің]{0,3}|пароме)\s+[«\"“]?$",
    re.IGNORECASE,
)
_BODY_HEADS = words("org_head_nouns") | {"компания", "служба", "союз", "ассоциация", "организация", "орган", "центр"}


def not_latin_bodies(text: str, spans: list, ctx) -> list:
    """Body spans that name a vessel, a vehicle's make or a glossed term (see module doc), dropped."""
    terms = _glossed_terms(text)
    return [
        s
        for s in spans
        if not (
            s.type == "organization" and (s.text in terms or _THING_BEFORE.search(text, max(0, s.start - 30), s.start))
        )
    ]


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
    return out


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

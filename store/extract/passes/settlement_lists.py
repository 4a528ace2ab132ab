"""`settlement_lists`: villages named after their kind noun, one or several: «в сёлах
Константиновка и Октябрьское», «жители посёлков Новостройка, Береговое и Луговое», «аким
села Нура».

Why: many village names are adjectives («Октябрьское», «Заречное», «Береговое») the model
does not read as names at all, or reads and then declines as if inflected («Береговой»).
A name in an adjective's nominative after the noun stands in apposition and is the place as
printed; one that agrees with the noun in an oblique case («в селе Заречном») is left to the
naming, which gives its nominative. A name of a noun's shape («Константиновка») the model
missed is added and named as any place. Only single words are taken (a capitalized word after
one is read as a longer name, and the item is left to the other passes), except a district's
or oblast's genitive after the last one («Озёрное Костанайского района»). (loc37, issue 15)
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan

_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*"
# the kind nouns of a settlement, singular and plural, in every case
_NOUN = (
    r"(?:сел(?:о|а|у|е|ом)|сёл(?:а|ам|ами|ах)?|сел(?:ам|ами|ах)"
    r"|пос[её]л(?:ок|ка|ку|ке|ком|ки|ков|кам|ками|ках)"
    r"|аул(?:а|у|е|ом|ов|ам|ами|ах)?|деревн(?:я|и|ю|е|ей|ям|ями|ях)|деревень)"
)
# the noun's first letter asked before the look back (the same matches; issue 15, perf56)
_LIST = re.compile(rf"(?=[спад])(?<![\w-])({_NOUN})\s+({_NAME}(?:(?:\s*,\s*|\s+и\s+){_NAME})*)")
# what may follow a one-word name: the place it lies in («… Костанайского района»)
_SEAT = re.compile(r"\s+[А-ЯЁ][а-яё-]+(?:ого|его|ой)\s+(?:района|области|сельского|поселкового|округа)")


def _may_hold_a_noun(text: str) -> bool:
    """False only when no _NOUN can stand in `text`: each of its forms holds «сел», «сёл» («посёлок»,
    «посел-» too), «аул» or «дерев», and the pattern is case-sensitive. _LIST opens with a look
    ahead and a look back, which `re` tries at every position of a text (0.04 ms a generated
    article); 716 of the 800 generated titles and bodies hold none (stop 50, ingest110)."""
    return "сел" in text or "сёл" in text or "аул" in text or "дерев" in text


def find_settlement_lists(text: str) -> list[NerSpan]:
    """Each one-word village name after a settlement noun (see module doc)."""
    return [s for s, _ in _settlements(text)]


def _settlements(text: str) -> list[tuple[NerSpan, str]]:
    """Each one-word village name after a settlement noun, with that noun as printed."""
    out: list[tuple[NerSpan, str]] = []
    if not _may_hold_a_noun(text):
        return out
    for m in _LIST.finditer(text):
        for w in re.finditer(_NAME, m.group(2)):
            start, end = m.start(2) + w.start(), m.start(2) + w.end()
            rest = text[end : end + 60]
            pair = _ADJ_PAIR.match(rest) if _ADJ_NOMINATIVE.search(w.group()) else None
            if pair and pair.group(1)[-2:] == w.group()[-2:]:  # «Большое Курейное» (loc55)
                after = text[end + pair.end() : end + pair.end() + 60]
                if not re.match(r"\s+[А-ЯЁ]", after) or _SEAT.match(after):
                    end += pair.end()
                    out.append((NerSpan("location", start, end, text[start:end]), m.group(1)))
                break
            if re.match(r"\s+[А-ЯЁ]", rest) and not _SEAT.match(rest) and not _RESIDENT.match(rest):
                break  # «село Кабанбай Батыр», «Красный Яр»: a longer name, not ours
            out.append((NerSpan("location", start, end, w.group()), m.group(1)))
            if _RESIDENT.match(rest):
                break  # the resident's name follows: the list ends here
    return out


def _as_printed(s: NerSpan, noun: str) -> bool:
    """Is the name its own nominative: an adjective's nominative, or a name in «-а/-я»
    («села Нура», «в посёлке Нура»: an agreeing oblique form would end «-ы/-и/-е/-у»; only a
    rare masculine name's genitive ends so)? A name in «-у/-ю» after a noun in the genitive,
    dative, instrumental or locative («села Ойронду», «в селе Кок-Суу», loc55) is a Kyrgyz or
    Kazakh name printed as it is: an agreeing form would end as the noun's case does, and the
    guesser's «Ойронда» reads it as an accusative the noun is not in."""
    if _ADJ_NOMINATIVE.search(s.text) or s.text.endswith(("а", "я")):
        return True
    return s.text.endswith(("у", "ю")) and not noun.lower().endswith(("у", "ю", "о", "ок"))


# what follows a village, not as part of its name, in a crime report: the resident's initial
# or surname («жителя села Согот К. уулу А.», «жителя села Бейнеу Кенжебаев»), loc55
_RESIDENT = re.compile(
    r"\s+(?:[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.|уулу|кызы)"
    r"|[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|улы|қызы|уулу)\b(?!\s+(?:района|области)))"
)


_VOWELS = tuple("аеёиоуыэюя")


def _village_opening(s: NerSpan, at: dict) -> NerSpan | None:
    """The village a person span opens with («Согот К. уулу»), when a resident follows it."""
    return next((v for (a, b), v in at.items() if a == s.start and b < s.end), None)


def _split_resident(text: str, s: NerSpan, village: NerSpan) -> list[NerSpan]:
    """«Согот Асанов Б.» read as one person: the village, then the resident as a person."""
    rest = text[village.end : s.end]
    lead = len(rest) - len(rest.lstrip())
    out = [village]
    if rest.strip():
        out.append(NerSpan("person", village.end + lead, s.end, rest.strip()))
    return out


_ADJ_NOMINATIVE = re.compile(r"(?:ое|ее|ый|ий|ой|ая|яя|ые|ие)$")
# a second adjective in the same nominative after the first: a two-word village, «Большое
# Курейное», «Малая Владимировка» is not one (its second word is a noun)
_ADJ_PAIR = re.compile(r"\s+([А-ЯЁ][а-яё]+(?:ое|ее|ый|ий|ая|яя))(?![\w-])")
_ADJ_OBLIQUE = re.compile(r"(?:ом|ем|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ую|юю)$")


def settlement_lists(text: str, spans: list, ctx) -> list:
    """The pass: a name so placed is a place (a person the model made of it is retyped); an
    adjective-shaped one in its nominative is named as printed; a name no span holds is
    added; no longer span is cut."""
    found = [(s, noun) for s, noun in _settlements(text) if not _ADJ_OBLIQUE.search(s.text)]
    if not found:
        return spans
    at = {(s.start, s.end): s for s, _ in found}
    printed = {(s.start, s.end) for s, noun in found if _as_printed(s, noun)}
    out = []
    for s in spans:
        if s.type == "person" and (village := _village_opening(s, at)):
            out.extend(_split_resident(text, s, village))
            if (village.start, village.end) in printed or not village.text.endswith(_VOWELS):
                ctx.names[(village.start, village.end)] = village.text  # «села Арал»: no «Арала»
            continue
        if (s.start, s.end) not in at or s.type not in ("location", "person"):
            out.append(s)
            continue
        out.append(NerSpan("location", s.start, s.end, s.text))  # «аула Даут»: no person
        if (s.start, s.end) in printed:
            ctx.names[(s.start, s.end)] = s.text
    for s in at.values():
        if not any(x.start < s.end and s.start < x.end for x in out):
            out.append(s)
            if (s.start, s.end) in printed:
                ctx.names[(s.start, s.end)] = s.text
    return sorted(out, key=lambda s: (s.start, s.end))

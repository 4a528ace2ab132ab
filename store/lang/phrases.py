"""Organizations, places and roles to the nominative: the head noun and the adjectives
before it go to the nominative, the genitive tail is kept as written («Комитет
государственных доходов Министерства финансов РК», not natasha's «Комитет
государственные доходы»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.lang.morphology import CASES, NAME_TAGS, from_dictionary, inflect, known, match_case, parses

_KAZAKH = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
# A site's name in Cyrillic with its zone («Лента.ру», «Газета.Ру»).
_SITE_NAME = re.compile(r"([А-ЯЁ][а-яё]+)(\.(?:ру|Ру|РУ|кз|КЗ))")


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_LOWER_RUSSIAN_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*")


def _is_word(tok: str) -> bool:
    return bool(_LOWER_RUSSIAN_WORD.fullmatch(tok.lower())) and not _KAZAKH.search(tok)


def _usable(p) -> bool:
    return known(p) or p.score >= 0.5


@lru_cache(maxsize=50_000)
def phrase_nominative(phrase: str) -> str:
    """«Комитета государственных доходов Министерства финансов РК» → «Комитет
    государственных доходов Министерства финансов РК»; «акиматам областей» →
    «акиматы областей»; «Синьцзян-Уйгурского автономного района» → nominative.

    The head is the first noun; it and the adjectives before it take the case they
    agree on (singular preferred), then go to the nominative in their own number.
    Abbreviations, Latin, quoted and Kazakh-spelled words are never touched.
    """
    site = _SITE_NAME.fullmatch(phrase)
    if site:  # «Лентой.ру» → «Лента.ру»: the word before a domain's zone declines
        return phrase_nominative(site.group(1)) + site.group(2)
    clipped = _clipped_compound(phrase)
    if clipped:  # «Погранслужбы КНБ РК» → «Погранслужба КНБ РК»
        prefix, rest = clipped
        name = phrase_nominative(rest)
        return prefix + name[:1].lower() + name[1:] if name != rest else phrase
    toks = phrase.split(" ")
    lead = []
    for i, tok in enumerate(toks):
        if tok.isupper() and len(tok) > 1 and lead and re.fullmatch(r"[А-ЯЁ]+", tok):
            # «Азербайджанскую ССР», «Российской ФСБ»: an indeclinable abbreviation heads
            # the phrase; its adjectives go to the nominative in their own gender and number
            return " ".join(_nominative_adjectives(toks, lead))
        if not _is_word(tok) or (tok.isupper() and len(tok) > 1):
            return phrase
        every = parses(tok)
        ps = [p for p in every if _usable(p)]
        nouns = [p for p in ps if p.tag.POS == "NOUN" and p.tag.case in CASES]
        adjs = [p for p in ps if p.tag.POS in ("ADJF", "PRTF") and p.tag.case in CASES]
        if i + 1 < len(toks) and tok[:1].isupper():
            # an unknown capitalized adjective («Козицкого переулка») may be guessed
            adjs = adjs or [p for p in every if p.tag.POS == "ADJF" and p.tag.case in CASES]
        if adjs and i + 1 < len(toks) and _agrees_ahead(adjs, toks, i + 1):
            lead.append(adjs)  # «Минской группы»: an adjective before its noun, whatever else it reads as
            continue
        if nouns and (not adjs or nouns[0].score >= adjs[0].score or i == len(toks) - 1):
            head = _choose_head(nouns, lead)
            if head is None:
                return phrase
            if lead and (
                not _agrees_with_all(head, lead) or ("Fixd" in head.tag.grammemes and not from_dictionary(head))
            ):
                head = _head_the_adjectives_fit(tok, lead) or head
            return " ".join(_inflect_group(toks, lead, head, i))
        if not adjs:
            guessed = _head_the_adjectives_fit(tok, lead) if lead and not nouns else None
            if guessed is not None:  # «Ташкентского городского хокимията»: no reading pymorphy2 trusts
                return " ".join(_inflect_group(toks, lead, guessed, i))
            return phrase
        lead.append(adjs)
    return phrase


# The clipped first halves of the compounds bodies are written with («погранслужба»,
# «погрануправление», «госинспекция», «нацгвардия»): pymorphy2 does not hold most such
# compounds and only guesses their case (score < 0.5), so the phrase stayed as written
# («Погранслужбы КНБ РК», three sites' pages and dev; org51).
_CLIPPED = re.compile(r"(погран|госпогран|гос|нац|спец|ген)([а-яё]{4,})")


def _clipped_compound(phrase: str) -> tuple[str, str] | None:
    """(prefix, the phrase with the compound's second half first, capitalized) when the
    phrase opens with a clipped compound the dictionary does not hold but whose second
    half is a noun it holds («Погранслужбы КНБ» → («Погран», «Службы КНБ»)); else None."""
    first, _, rest = phrase.partition(" ")
    m = _CLIPPED.fullmatch(first.lower())
    if not m or not first[:1].isupper() or first[1:] != first[1:].lower():
        return None
    if any(known(p) for p in parses(first)):
        return None
    tail = m.group(2)
    readings = [p for p in parses(tail) if from_dictionary(p) and p.tag.POS == "NOUN"]
    if not readings or any(p.normal_form == "войско" for p in readings):
        return None  # «Погранвойска ГКНБ» names the troops, plural: no singular «войско»
    return first[: len(m.group(1))], " ".join(x for x in (tail[:1].upper() + tail[1:], rest) if x)


def _agrees_ahead(adjs, toks: list[str], j: int) -> bool:
    """Does one of these adjective readings agree with the noun after toks[j:]'s run of
    agreeing adjectives? «Главного таможенного управления»: «Главного» also reads as the
    noun «главное», but it agrees with «управления» through «таможенного»."""
    while j < len(toks):
        if _agrees_with_next(adjs, toks[j]):
            return True
        if not _is_word(toks[j]):
            return False
        nxt = [q for q in parses(toks[j]) if q.tag.POS in ("ADJF", "PRTF") and _usable(q)]
        if not any(
            a.tag.case == q.tag.case and a.tag.number == q.tag.number and a.tag.gender == q.tag.gender
            for a in adjs
            for q in nxt
        ):
            return False
        j += 1
    return False


def _agrees_with_next(adjs, nxt: str) -> bool:
    """Does one of these adjective readings agree with a noun reading of the next word?"""
    if not _is_word(nxt):
        return False
    for q in parses(nxt):
        if q.tag.POS != "NOUN" or q.tag.case not in CASES or not _usable(q) or NAME_TAGS & set(q.tag.grammemes):
            continue
        for a in adjs:
            if (
                a.tag.case == q.tag.case
                and a.tag.number == q.tag.number
                and (q.tag.number == "plur" or a.tag.gender in (q.tag.gender, None))
            ):
                return True
    return False


def _nominative_adjectives(toks, lead):
    out = list(toks)
    for j, adjs in enumerate(lead):
        a = adjs[0]
        gram = {"nomn", a.tag.number or "sing"} | ({a.tag.gender} if a.tag.number == "sing" and a.tag.gender else set())
        form = inflect(a, gram)
        out[j] = match_case(toks[j], form) if form else toks[j]
    return out


def _choose_head(nouns, lead):
    """The noun reading most of the preceding adjectives agree with; singular, then
    likelier readings first."""

    def fit(p):
        agree = sum(
            any(
                a.tag.case == p.tag.case
                and a.tag.number == p.tag.number
                and (p.tag.number == "plur" or a.tag.gender in (p.tag.gender, None))
                for a in adjs
            )
            for adjs in lead
        )
        return (agree, p.tag.number != "plur" or "Pltm" in p.tag.grammemes, p.score)

    return max(nouns, key=fit) if nouns else None


def _agrees(a, p) -> bool:
    return (
        a.tag.case == p.tag.case
        and a.tag.number == p.tag.number
        and (p.tag.number == "plur" or a.tag.gender in (p.tag.gender, None))
    )


def _agrees_with_all(p, lead) -> bool:
    return all(any(_agrees(a, p) for a in adjs) for adjs in lead)


# A singular noun's case endings (2nd and 1st declension), longest first, and the endings its
# nominative may have once they are cut off: what a head the dictionary does not hold whole is
# tried back to, one candidate at a time.
_CASE_ENDINGS = ("ом", "ем", "ой", "ей", "ою", "ею", "а", "я", "у", "ю", "е", "и", "ы", "")
_NOMINATIVE_ENDINGS = ("", "а", "я", "о", "е", "ь", "й")


def _head_the_adjectives_fit(word: str, lead):
    """A reading of `word` in the case, number and gender the adjectives before it agree on,
    when none of the readings pymorphy2 offered fits them. org97: «маслихат» is not in the
    dictionary; pymorphy2 read «маслихата» as «масли|хата» (a feminine noun behind an unknown
    prefix) and «маслихату» as an indeclinable name, so «Жамбылского областного маслихата»
    became «Жамбылская областная маслихата». The adjectives tell the gender; a nominative
    candidate (the word less a case ending, plus a nominative ending) is kept when one of its
    noun readings of that gender, put in the adjectives' case, is the word as written. Singular
    only; None when no candidate round-trips. An indeclinable reading pymorphy2 only guessed
    («маслихату» as a name) is tried too: the adjectives' case is then all it shows."""
    shared = None
    for adjs in lead:
        # accusative left out: a masculine's is its nominative or its genitive, both tried, and
        # an animate adjective's «-ого» would take an inanimate «айыл» for its accusative
        mine = {
            (a.tag.case, a.tag.gender) for a in adjs if a.tag.number == "sing" and a.tag.gender and a.tag.case != "accs"
        }
        shared = mine if shared is None else shared & mine
    if not shared:
        return None
    low = word.lower().replace("ё", "е")
    for case, gender in sorted(shared, key=lambda cg: (("masc", "femn", "neut").index(cg[1]), CASES.index(cg[0]))):
        for end in _CASE_ENDINGS:
            if not low.endswith(end) or len(low) - len(end) < 3:
                continue
            stem = low[: len(low) - len(end)]
            for nom in _NOMINATIVE_ENDINGS:
                for q in parses(stem + nom):
                    if q.tag.POS != "NOUN" or q.tag.case != "nomn" or q.tag.number != "sing" or q.tag.gender != gender:
                        continue
                    if "Fixd" in q.tag.grammemes:
                        continue
                    try:
                        r = q.inflect({case, "sing"})
                    except (ValueError, KeyError):
                        r = None
                    if r is not None and r.word == low:
                        return r
    return None


def _inflect_group(toks, lead, head, i):
    number = head.tag.number or "sing"
    if (
        number == "plur"
        and lead
        and "Pltm" not in head.tag.grammemes
        and all(all(a.tag.number == "sing" for a in adjs) for adjs in lead)
    ):
        # «в Белгородской и Курской областях»: singular adjectives over a plural noun
        # name one thing each; the name is «Курская область»
        number = "sing"
    out = list(toks)
    form = head.word if head.tag.case == "nomn" and head.tag.number == number else inflect(head, {"nomn", number})
    out[i] = match_case(toks[i], form) if form else toks[i]
    for j, adjs in enumerate(lead):
        agree = [a for a in adjs if a.tag.case == head.tag.case and a.tag.number == number]
        a = agree[0] if agree else adjs[0]
        gram = {"nomn", number} | ({head.tag.gender} if number == "sing" and head.tag.gender else set())
        form = inflect(a, gram)
        out[j] = match_case(toks[j], form) if form else toks[j]
    return out

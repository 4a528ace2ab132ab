"""Body sentences in which the page's own newsroom shows through: an editors' note inside a
quote («(министр. — X)»), an English lead's agency («X reports», «informed X news agency»)
and, weakest, a lead recalling the outlet's earlier report («Об этом ранее сообщал «X»»).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from store.reading import outlets
from store.reading.outlets import known as known_outlet

# The editors' note inside a quote: «(вице-премьер. — X)», «(… — прим. X)»: the page's own newsroom speaking.
_EDITORS_NOTE = re.compile(r"\([^()]{1,120}?[.,]?\s+[—–-]\s*(?:прим\.\s*(?:ред\.\s*)?)?([^\s().][^()]{0,30}?)\.?\)")


def editors_note(body: list[str]) -> str | None:
    """The outlet that signs an editors' insertion in a quote («… он (вице-премьер. — X) сделал …»):
    a known outlet or a domain; «— Ред.» names no one."""
    for par in body[:8]:
        for m in _EDITORS_NOTE.finditer(par):
            name = m[1].strip(' «»"')
            hit = outlets.known_or_domain(name)
            if hit:
                return hit
    return None


# «Об этом ранее сообщал «X»»: the page recalling its own earlier report. Weak: another site's
# report is recalled the same way, so it counts only when nothing else names the page.
_EARLIER = re.compile(
    r"(?i)\bранее\s+(?:сообщал[аио]?|сообщил[аио]?|писал[аио]?)\s+([«\"“]?[^\s,.;«»\"“”]+(?:\s[^\s,.;«»\"“”]+){0,2}[»\"”]?)"
)
# A paragraph that opens with «earlier» and the outlet: «Avvalroq «X» … xabar bergan», «Бұған дейін X …
# хабарлаған», «Ранее «X» писал …», «Earlier, X reported …».
_EARLIER_FIRST = re.compile(
    r"(?i)^(?:ранее|avvalroq|аввалроқ|бұған\s+дейін|бұдан\s+бұрын|мурда|earlier),?\s+"
    r"([«\"“][^«»\"“”]{2,40}[»\"”]|[^\s,.;:«»\"“”]+\.[a-z]{2,6}\b|[^\W\d_][\w-]+)"
)


# The word every _EARLIER match holds in some case (the test checks every code point `re` equates
# with its letters).
_EARLIER_WORDS = ("ранее",)


def _earlier_in(par: str) -> Iterable[re.Match[str]]:
    """`_EARLIER.finditer(par)`, searched only in a paragraph that may hold its word: the
    case-insensitive pattern opens with a word boundary, so it was tried at every position of an
    article's first four paragraphs, twice (reported_earlier, earlier_quoted; stop 52, ingest121)."""
    return _EARLIER.finditer(par) if _may_hold(par, _EARLIER_WORDS) else ()


def reported_earlier(body: list[str]) -> str | None:
    """The known outlet (or a domain) a lead or a closing paragraph says reported earlier: the
    page's own, when the page names no other."""
    for par in body[:4]:
        for m in _earlier_in(par):
            name = m[1].strip(' «»"“”')
            hit = known_outlet(name) or (known_outlet(name.rsplit(" ", 1)[0]) if " " in name else None)
            if hit:
                return hit
    for par in body[:4] + body[-3:]:
        m = _EARLIER_FIRST.match(par)
        if m:
            name = m[1].strip(' «»"“”')
            hit = outlets.known_or_domain(name)
            if hit:
                return hit
    return None


def earlier_quoted(body: list[str]) -> str | None:
    """The name in quotes a lead says reported earlier («Об этом ранее сообщил «Степь»»), known
    or not: a weak mark, for another outlet is recalled the same way."""
    for par in body[:4]:
        for m in _earlier_in(par):
            if m[1][:1] in '«"“' and m[1][-1:] in '»"”':
                return m[1].strip(' «»"“”')
    return None


# Characters `re` equates under IGNORECASE with a letter of the verbs and words looked for below
# though str.lower() does not give that letter («İ», «ı», the old Cyrillic letter forms): a
# paragraph holding one is searched whatever its lower-case copy holds (the test checks every code point).
_FOLDED_APART = re.compile("[\u0130\u0131\u1c80-\u1c88]")


def _may_hold(par: str, words: tuple[str, ...]) -> bool:
    """False only when no case-insensitive search for `words` can find one in `par`: its
    lower-case copy holds none, and no character folds to their letters apart from str.lower
    (ingest96: two searches of every article's first paragraphs, tried at every position)."""
    low = _lowered(par)
    return low is None or any(w in low for w in words)


@lru_cache(maxsize=32)
def _lowered(par: str) -> str | None:
    """`par` in lower case, None when it holds a character of _FOLDED_APART: kept for the few
    paragraphs of one article, which four readers ask in turn (turkic_credit, interview_outlet,
    reported_earlier, earlier_quoted: stop 52, ingest121)."""
    return None if _FOLDED_APART.search(par) else par.lower()


# Uzbek and Kyrgyz credits: «Bu haqda Kun.uz xabar berdi», «… дея хабар берди Газета.uz», «… деп
# кабарлады Kaktus.media». Names before or after the verb; only a known outlet or a domain counts,
# since a ministry «xabar berdi» as often.
_NAME = r"([«\"“]?[^\s,.;:«»\"“”()]+(?:\.[a-z]{2,6})?[»\"”]?)"
_TURKIC_VERBS = ("xabar", "хабар", "кабарла", "жазды", "жазат", "билдирди")
_TURKIC_VERB = re.compile(rf"(?i){'|'.join(_TURKIC_VERBS)}")
_TURKIC_CREDIT = (
    re.compile(rf"(?i){_NAME}\s+(?:xabar|хабар)\s+(?:berdi|bermoqda|beradi|qildi|берди|бермоқда|беради|қилди)\b"),
    re.compile(rf"(?i)\b(?:deya|дея|deb|деб)\s+(?:xabar|хабар)\s+(?:berdi|bermoqda|беради|берди|бермоқда)\s+{_NAME}"),
    re.compile(rf"(?i)\bдеп\s+(?:кабарлады|кабарлайт|жазды|жазат|билдирди)\s+{_NAME}"),
)


def turkic_credit(body: list[str]) -> str | None:
    """The outlet an Uzbek or Kyrgyz lead credits: a known outlet or a domain."""
    for par in body[:3]:
        if not (_may_hold(par, _TURKIC_VERBS) and _TURKIC_VERB.search(par)):
            continue  # the patterns below try every word as a name: look for their verbs first
        for rx in _TURKIC_CREDIT:
            for m in rx.finditer(par):
                name = m[1].strip(' «»"“”')
                hit = outlets.known_or_domain(name)
                if hit:
                    return hit
    return None


# English pages: «Kazinform reports referring to …», «24.kg news agency reports», «… informed 24.kg news agency»,
# «X News Agency correspondent reports», «"X" correspondent reported».
_EN_REPORTS = re.compile(
    r"(?:^|[.,;:]\s+|\s)[\"“«]?([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}?)[\"”»]?(\s+(?i:news agency))?"
    r"(?:\s+(correspondent|reporter|journalist))?\s+(reports|reported)\b"  # «X News Agency correspondent reports»
)
_EN_INFORMED = re.compile(
    r"\b(?:informed|told)\s+(?:the\s+)?([A-Za-z0-9][\w.-]*(?:\s[A-Z][\w.-]*){0,2}?)\s+news agency\b"
)

# What every match of each holds, case and all: a lookup in C instead of a pattern tried at every
# position of three paragraphs of every article, English or not (ingest96).
_EN_NEEDLE = {_EN_INFORMED: "news agency", _EN_REPORTS: "report"}


def english_outlet(body: list[str]) -> str | None:
    """The outlet an English lead names as itself: the agency that «reports», or the one a body
    «informed … news agency». Only a domain, a known outlet, a Latin name with a capital or a
    dot inside, or a name called a news agency or given a correspondent counts, since «The ministry
    reports» is a body speaking."""
    for par in body[:3]:
        for rx in (_EN_INFORMED, _EN_REPORTS):
            if _EN_NEEDLE[rx] not in par:
                continue  # every match holds it, in these cases (the patterns fold no case there)
            for m in rx.finditer(par):
                name = m[1].strip()
                if rx is _EN_REPORTS and m[4] == "reported" and not m[3]:
                    continue  # «Reuters reported»: another outlet's report; «X correspondent reported»: the page's
                agency = rx is _EN_REPORTS and bool(m[2] or m[3])  # «X News Agency …», «X correspondent reports»
                if "." in name or known_outlet(name) or re.fullmatch(r"[A-Z][a-z]*[A-Z][\w]*", name) or agency:
                    return known_outlet(name) or name
    return None


# «сообщил в интервью «X»», «рассказал в беседе с корреспондентом X», «told X»: someone spoke to an
# outlet. Often the page's own exclusive, but a page also retells another outlet's interview, so
# this is among the weakest marks, and only a known outlet, a domain or a quoted name counts.
_INTERVIEW_WORDS = ("интервью", "беседе", "told", "interview")
_INTERVIEW_WORD = re.compile(rf"(?i){'|'.join(_INTERVIEW_WORDS)}")
_INTERVIEW = re.compile(
    r"(?:\bв\s+(?:интервью|беседе\s+с)\s+(?:корреспондент\w*\s+|изданию\s+|изданием\s+)?"
    r"|\b(?:told|in\s+an\s+interview\s+with)\s+)"
    r"([«\"“„][^«»\"“”„]{2,40}[»\"”“]|[A-Za-zА-ЯЁа-яё0-9][\w-]*\.[a-z]{2,6}\b|[A-ZА-ЯЁ][\w-]+)"
)


def interview_outlet(body: list[str]) -> str | None:
    """The outlet someone gave an interview to in the lead paragraphs («… сообщил в интервью
    «X»»): a known outlet, a domain or a name in quotes."""
    for par in body[:3]:
        if not (_may_hold(par, _INTERVIEW_WORDS) and _INTERVIEW_WORD.search(par)):
            continue
        for m in _INTERVIEW.finditer(par):
            raw = m[1]
            name = raw.strip(' «»"“”„')
            quoted = raw[:1] in '«"“„'
            hit = outlets.known_or_domain(name) or (name if quoted else None)
            if hit and len(name.split()) <= 4:
                return hit
    return None

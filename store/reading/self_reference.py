"""Body sentences in which the page's own newsroom shows through: an editors' note inside a
quote («(министр. — X)»), an English lead's agency («X reports», «informed X news agency»)
and, weakest, a lead recalling the outlet's earlier report («Об этом ранее сообщал «X»»).
"""

from __future__ import annotations

import re

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
            hit = known_outlet(name) or (name if outlets.domains(name) == [name] else None)
            if hit:
                return hit
    return None


# «Об этом ранее сообщал «X»»: the page recalling its own earlier report. Weak: another site's
# report is recalled the same way, so it counts only when nothing else names the page.
_EARLIER = re.compile(
    r"(?i)\bранее\s+(?:сообщал[аио]?|сообщил[аио]?|писал[аио]?)\s+([«\"“]?[^\s,.;«»\"“”]+(?:\s[^\s,.;«»\"“”]+){0,2}[»\"”]?)"
)


def reported_earlier(body: list[str]) -> str | None:
    """The known outlet a lead says reported the story earlier: the page's own, when the page names no other."""
    for par in body[:4]:
        for m in _EARLIER.finditer(par):
            name = m[1].strip(' «»"“”')
            hit = known_outlet(name) or (known_outlet(name.rsplit(" ", 1)[0]) if " " in name else None)
            if hit:
                return hit
    return None


# English pages: «Kazinform reports referring to …», «24.kg news agency reports», «… informed 24.kg news agency».
_EN_REPORTS = re.compile(r"(?:^|[.,;:]\s+|\s)([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}?)(?:\s+news agency)?\s+reports\b")
_EN_INFORMED = re.compile(
    r"\b(?:informed|told)\s+(?:the\s+)?([A-Za-z0-9][\w.-]*(?:\s[A-Z][\w.-]*){0,2}?)\s+news agency\b"
)


def english_outlet(body: list[str]) -> str | None:
    """The outlet an English lead names as itself: the agency that «reports», or the one a body
    «informed … news agency». Only a domain, a known outlet or a Latin name with a capital or a
    dot inside counts, since «The ministry reports» is a body speaking."""
    for par in body[:3]:
        for rx in (_EN_INFORMED, _EN_REPORTS):
            for m in rx.finditer(par):
                name = m[1].strip()
                if "." in name or known_outlet(name) or re.fullmatch(r"[A-Z][a-z]*[A-Z][\w]*", name):
                    return known_outlet(name) or name
    return None


# «сообщил в интервью «X»», «рассказал в беседе с корреспондентом X», «told X»: someone spoke to an
# outlet. Often the page's own exclusive, but a page also retells another outlet's interview, so
# this is among the weakest marks, and only a known outlet, a domain or a quoted name counts.
_INTERVIEW = re.compile(
    r"(?:\bв\s+(?:интервью|беседе\s+с)\s+(?:корреспондент\w*\s+|изданию\s+|изданием\s+)?"
    r"|\b(?:told|in\s+an\s+interview\s+with)\s+)"
    r"([«\"“„][^«»\"“”„]{2,40}[»\"”“]|[A-Za-zА-ЯЁа-яё0-9][\w-]*\.[a-z]{2,6}\b|[A-ZА-ЯЁ][\w-]+)"
)


def interview_outlet(body: list[str]) -> str | None:
    """The outlet someone gave an interview to in the lead paragraphs («… сообщил в интервью
    «X»»): a known outlet, a domain or a name in quotes."""
    for par in body[:3]:
        for m in _INTERVIEW.finditer(par):
            raw = m[1]
            name = raw.strip(' «»"“”„')
            quoted = raw[:1] in '«"“„'
            hit = known_outlet(name) or (name if outlets.domains(name) == [name] or quoted else None)
            if hit and len(name.split()) <= 4:
                return hit
    return None

"""Pass `caps_surname_tails`: a person glued to a place or a post is no body (issue 15, org56).

The regional press prints a speaker's surname in capitals after the post and its place: «По
словам акима ЗКО Алтая КУЛЬГИНОВА», «заявил аким области Алтай КУЛЬГИНОВ». The model reads the
place and the person as one body («ЗКО Алтая КУЛЬГИНОВА»), or the person alone as a body. Issue 15
names «a person glued to a ministry» as a class of false bodies; org56's survey of 766 saved
pages found these two shapes. A span that ends in a given name and a surname in capitals, with
nothing before them but a place or nothing at all, names a person and a place, no body; it is
read as the person; a place in capitals before the person («ЗКО») is kept as a place, as the
place passes print a region's abbreviation standing alone. A body before the person
(«Министерство транспорта Марата КАРАБАЕВА») is left to the passes that read bodies.
"""

from __future__ import annotations

import re

from store.extract.naming import SURNAME, is_surname
from store.extract.ner import NerSpan
from store.lang import kb

# «… Алтая КУЛЬГИНОВА»: a capitalized word, then a surname in capitals, closing the span
_PERSON_TAIL = re.compile(r"(?:^|\s)(?P<first>[А-ЯЁ][а-яё]+)\s+(?P<surname>[А-ЯЁ]{4,}(?:-[А-ЯЁ]{2,})?)$")


def caps_surname_tails(text: str, spans: list, ctx) -> list:
    """The organization spans that are a person in capitals with at most a place before
    (module doc), read as that person (unless a person span is there already) and, when
    the place is written in capitals («ЗКО»), that place."""
    out = []
    for s in spans:
        m = _glued_person(s.text) if s.type == "organization" else None
        if m is None:
            out.append(s)
            continue
        head = s.text[: m.start("first")].rstrip()
        if head.isupper():
            out.append(NerSpan("location", s.start, s.start + len(head), head))
        start = s.start + m.start("first")
        if not any(o.type == "person" and o.start < s.end and start < o.end for o in spans):
            out.append(NerSpan("person", start, s.end, s.text[m.start("first") :]))
    return sorted(out, key=lambda x: (x.start, x.end))


def _glued_person(name: str) -> re.Match | None:
    """The person in capitals closing the span («Алтая КУЛЬГИНОВА» of «ЗКО Алтая
    КУЛЬГИНОВА»), when nothing or only a place stands before it; else None."""
    m = _PERSON_TAIL.search(name)
    if not m or not _a_surname(m.group("surname")):
        return None
    head = name[: m.start("first")].rstrip()
    return m if not head or _only_a_place(head) else None


def _a_surname(word: str) -> bool:
    """A surname of the region's shape («КУЛЬГИНОВА», «БЕКТЕНОВ») or one the dictionary knows."""
    return bool(SURNAME.search(word.lower())) or is_surname(word.capitalize())


def _only_a_place(head: str) -> bool:
    """Is the whole head a place the knowledge base knows («ЗКО», «Актюбинской области»)?"""
    return any(m.start == 0 and m.end >= len(head) - 1 and m.form.row.type == "location" for m in kb.find(head))

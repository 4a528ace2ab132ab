"""A body's committee named by its subject, as a span pass (`topical_units`, org58).

Parliaments and governments name their committees and commissions by the body they belong
to and the subject they deal with: «комитет Госдумы по информационной политике», «комиссии
Сената по международным делам», «комитета Мажилиса по финансам и бюджету». The model and the
knowledge base read only the parent («Госдума», «Сенат»), so the committee was exported under
its parent's name: a false name and a missed one for a reference that names the committee as
printed (factRu's working half, the same shape as `territorial_tails`' regional units).

A body span with a committee's kind word right before it and «по» right after it, followed by
the subject's words, grows over the three; it is named as printed, the kind word in the
nominative and the rest as written. The subject is read word by word with the morphology: an
adjective or noun in an oblique case, «и» or «с» between two of them; the first word of any
other kind (a verb, a capital, punctuation) ends it, so «комитет Госдумы по безопасности
заявил» stops before the verb.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.lang.normalize import parses

# The kind word right before the parent body, in any case («комитета», «комиссии»).
_KIND_BEFORE = re.compile(r"(?<![\w-])(?P<kind>(?i:подкомитет|комитет|комисси))(?P<ending>[а-яё]{0,3})[ \t]+$")
_KIND_NOMINATIVE = {"подкомитет": "подкомитет", "комитет": "комитет", "комисси": "комиссия"}
_READ_BACK = 16  # characters before the body that may hold the kind word
_PO = re.compile(r"[ \t]+по[ \t]+")
_WORD = re.compile(r"[ \t]*(?P<word>[а-яё]+(?:-[а-яё]+)?)(?![\w-])")
_LINKS = frozenset({"и", "с", "со"})  # «по финансам и бюджету», «по связям с общественностью»
_OBLIQUE = frozenset({"datv", "loct", "gent", "ablt"})
_MAX_WORDS = 7
# «по итогам», «по словам», «по данным»: «по» opening an adverbial phrase, not a subject
# («комитет Сената по итогам встречи заявил» names the committee by its parent only).
_NOT_SUBJECTS = frozenset(
    "итог повод слово данные мнение информация просьба инициатива решение причина случай результат"
    " приглашение предложение поручение оценка сведение указание требование".split()
)


def topical_units(text: str, spans: list, ctx) -> list:
    """Each body span between a committee's kind word and a subject run over both (see
    module doc); every other span as it was."""
    out = []
    for s in spans:
        grown = _grown(text, s, spans, ctx) if s.type == "organization" else None
        out.append(grown or s)
    return out


def _grown(text: str, s, spans: list, ctx) -> NerSpan | None:
    kind = _KIND_BEFORE.search(text, max(0, s.start - _READ_BACK), s.start)
    po = _PO.match(text, s.end)
    if kind is None or po is None or not s.text[:1].isupper():
        return None
    end = _subject_end(text, po.end())
    if end is None or _overlaps_another_body(s, spans, kind.start(), end):
        return None
    written_kind = kind.group("kind")
    head = _KIND_NOMINATIVE[written_kind.lower()]
    if written_kind[:1].isupper():
        head = head.capitalize()
    ctx.names.pop((s.start, s.end), None)
    grown = NerSpan("organization", kind.start(), end, text[kind.start() : end])
    ctx.names[(grown.start, grown.end)] = " ".join(f"{head} {text[s.start : end]}".split())
    return grown


def _subject_end(text: str, at: int) -> int | None:
    """Where the subject after «по» ends: after its last adjective or noun in an oblique
    case; None when its first word is none (no subject, no committee)."""
    end, pos, pending_link = None, at, False
    first = _WORD.match(text, at)
    if first is None or any(p.normal_form in _NOT_SUBJECTS for p in parses(first.group("word"))):
        return None
    for _ in range(_MAX_WORDS):
        m = _WORD.match(text, pos)
        if m is None:
            break
        word = m.group("word")
        if word in _LINKS:
            if pending_link or end is None:
                break
            pending_link, pos = True, m.end()
            continue
        if not _oblique_noun_or_adjective(word):
            break
        end, pos, pending_link = m.end(), m.end(), False
    return end


def _oblique_noun_or_adjective(word: str) -> bool:
    """Can `word` be a noun or adjective in a case other than the nominative?"""
    return any(p.tag.POS in {"NOUN", "ADJF"} and p.tag.case in _OBLIQUE for p in parses(word))


def _overlaps_another_body(s, spans: list, start: int, end: int) -> bool:
    """Does another body span reach into the kind word or the subject? Then it, not this
    span, owns those words."""
    return any(
        o is not s
        and o.type == "organization"
        and o.start < end
        and start < o.end
        and (o.start, o.end) != (s.start, s.end)
        for o in spans
    )

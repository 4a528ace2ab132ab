"""Orders given as a list after a colon, and a deadline told in the sentence after an order.

A meeting's results are often printed as a list: «Премьер поручил: Минтрансу — завершить …;
Минфину — выделить …; акимату — обустроить …», or one order a line, numbered
(«поручил:\n1) Министерству транспорта завершить …;\n2) …»). Read as one sentence only its
first item was an order, and a numbered list none. Each item here is an order of the same
giver: its own dative addressee (before a dash or before the infinitive), else the one the
ordering sentence names; its own time phrase, else the ordering sentence's.

The deadline of an order is often its own sentence: «Бектенов поручил Минтрансу завершить …
Срок — до 1 декабря 2025 года.» The sentence right after an order with no time of its own
that opens with «Срок…», «Исполнить…», «Мерзімі…» gives the order its time.
"""

from __future__ import annotations

import re

from store.extract.directives.kazakh import KZ_WHEN
from store.extract.directives.posts import WORD
from store.extract.directives.russian import (
    TRIGGER,
    clause,
    infinitive_at,
    passive_giver,
    resolve_giver,
    surname_subject,
    time_phrase,
)
from store.extract.directives.russian_addressees import dative_np, phrase
from store.extract.needles import opening_with
from store.model import Directive

# The ordering verb closing on a colon: «поручил:», «дал следующие поручения:», «поручено
# следующее:».
# behind a blank, «с», «р» or the colon, what a match opens with (needles.opening_with; stop 51, ingest114)
_LIST_OPENS = opening_with(r"\s*(?:(?:следующ\w+|ряд)\s+(?:\w+\s+)?)?:\s*", 0, r"\s:рс")
# One item's start on its own line: «1)», «2.», «-», «•», «—».
_MARKER = re.compile(r"[ \t]*(?:\d{1,2}[).]|[-–—•])[ \t]*")
# Where an inline list ends: the paragraph's end, or a sentence end followed by a capital.
_INLINE_END = re.compile(r"\n|\.(?=\s+[А-ЯЁA-Z«\"])|\.\s*$")
# Items need at least this many to be a list (one item is the sentence the narrative reads).
_MIN_ITEMS = 2


def list_span(text: str, trig_end: int, start: int) -> tuple[int, int, list[tuple[int, int]]] | None:
    """(start, end, item spans) of the list that starts at `start`, after the colon that
    follows the ordering verb ending at `trig_end`; None when fewer than two items follow."""
    while start < len(text) and text[start].isspace():
        start += 1
    items = _lines(text, start) if _MARKER.match(text, start) or text[trig_end:start].count("\n") else []
    if len(items) < _MIN_ITEMS and not text[trig_end:start].count("\n"):
        items = _inline(text, start)
    if len(items) < _MIN_ITEMS:
        return None
    return start, items[-1][1], items


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """The consecutive lines from `start` that open with an item marker, without it."""
    out = []
    pos = start
    while pos < len(text):
        m = _MARKER.match(text, pos)
        if not m:
            break
        nl = text.find("\n", m.end())
        end = nl if nl >= 0 else len(text)
        out.append((m.end(), end))
        pos = end + 1
        while pos < len(text) and text[pos] in " \t\n":
            pos += 1
    return out


def _inline(text: str, start: int) -> list[tuple[int, int]]:
    """The items of a list run on in its sentence, split at «;», each without its marker: a
    numbered list is often printed inline («поручил: 1) … ; 2) …»), not a line an item."""
    end = _INLINE_END.search(text, start)
    out = []
    for lo, hi in _split(text, start, end.start() if end else len(text), ";"):
        m = _MARKER.match(text, lo, hi)
        out.append((m.end() if m else lo, hi))
    return out


def _split(text: str, lo: int, hi: int, sep: str) -> list[tuple[int, int]]:
    out, pos = [], lo
    while pos < hi:
        k = text.find(sep, pos, hi)
        k = hi if k < 0 else k
        if text[pos:k].strip():
            out.append((pos, k))
        pos = k + 1
    return out


def list_giver(text: str, a: int, trig_start: int, persons, end: int | None = None) -> str | None:
    """Who gives the orders of a list: the person or post before the ordering verb; for a
    passive list ending at `end` («По итогам совещания даны следующие поручения: …»), who
    a passive order's giver is (russian.passive_giver)."""
    before = text[a:trig_start]
    by = resolve_giver(before, a, trig_start, persons) or surname_subject(before, persons)
    return by or (passive_giver(text, a, end, persons) if end is not None else None)


def listed_orders(
    text: str, items: list[tuple[int, int]], by: str, to: str | None, when: str | None, context: str
) -> list[Directive]:
    """One directive an item: its dative addressee (else `to`), its infinitive clause, its
    time phrase (else `when`)."""
    out = []
    for lo, hi in items:
        item = text[lo:hi]
        words = [(m.start(), m.group()) for m in WORD.finditer(item)]
        inf = infinitive_at(words, 0)
        if inf is None:
            continue
        np = dative_np(words, 0, inf)
        own = phrase(item, words, np) if np else None
        what = clause(item, words[inf][0])
        if what:
            out.append(Directive(by=by, to=own or to, what=what, when=time_phrase(item) or when, sentence=context))
    return out


def opens_list(sent: str) -> tuple[re.Match, int] | None:
    """The ordering verb of `sent` and where the list after its colon starts, when a colon
    follows it, after at most its addressee («поручил Минтрансу и Минфину следующее:»); an
    infinitive before the colon makes the colon the order's own («поручил принять меры: …»)."""
    trig = TRIGGER.search(sent)
    colon = _LIST_OPENS.search(sent, trig.end(), trig.end() + 120) if trig else None
    if not colon or ":" not in colon.group():
        return None
    between = sent[trig.end() : colon.start()]
    words = [(m.start(), m.group()) for m in WORD.finditer(between)]
    if len(words) > 8 or any(not w[1][0].isalnum() and w[1] != "," for w in words):
        return None
    if infinitive_at(words, 0) is not None:
        return None
    return trig, colon.end()


# The sentence after an order that gives its time: «Срок — до 1 декабря 2025 года», «Срок
# исполнения – 1 декабря», «Исполнить до конца года», Kazakh «Мерзімі – 1 желтоқсан».
_TIME_NEXT = re.compile(
    r"^\W*(?:срок\w*(?:\s+(?:исполнения|выполнения|реализации|завершения|окончания))?(?:\s+(?:поручени|задач)\w*)?"
    r"|исполнить|выполнить|(?:орындау\s+)?мерзімі)\b"
    r"\s*[—–:-]?\s*",
    re.IGNORECASE,
)
# A term right after «Срок …»: «1 сентября 2020 г.», «до 1 декабря», «31.12.2025», «2026 года».
_TERM = re.compile(
    r"(?:(?:до|к)\s+)?(?:\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r"(?:\s+\d{4}(?:\s*(?:года|г\.))?)?|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}\s+(?:года|г\.))",
    re.IGNORECASE,
)
# How far after «Срок …» its term may start
_TERM_REACH = 40


# A span of time: «два месяца», «одна неделя», «10 дней».
_SPAN = (
    r"(?:\d+|одн[аиу]|один|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|полтора|полторы)\s+"
    r"(?:д(?:ень|ня|ней)|недел[юиья]|недель|месяц(?:а|ев)?|год(?:а)?|лет|суток|сутки)(?!\w)"
)


# The sentence after an order that gives its term as a span of time: «На исполнение отведено
# два месяца», «На подготовку отводится одна неделя», «На выполнение дан один месяц».
_SPAN_NEXT = re.compile(
    r"^\W*на\s+(?:исполнение|выполнение|подготовку|реализацию|это|всё|все)(?:\s+\w+)?\s+"
    r"(?:отвед[её]н[аоы]?|отводится|отводятся|дан[аоы]?|да[её]тся|выделен[аоы]?|выделяется)\s+"
    r"(" + _SPAN + r")",
    re.IGNORECASE,
)
# The same span said alone after «Срок —» (dir109): «Срок — три месяца».
_SPAN_TERM = re.compile(_SPAN, re.IGNORECASE)


def time_after(sentence: str) -> str | None:
    """The time a sentence opening with «Срок …» gives to the order before it, or the span a
    sentence «На исполнение отведено два месяца» gives it."""
    span = _SPAN_NEXT.match(sentence)
    if span:
        return " ".join(span.group(1).split()).lower()
    m = _TIME_NEXT.match(sentence)
    if not m:
        return None
    rest = sentence[m.end() : m.end() + _TERM_REACH + 40]
    term = _TERM.search(rest)
    if term and term.start() <= _TERM_REACH:
        return " ".join(term.group().split()).lower()
    span = _SPAN_TERM.match(rest) or KZ_WHEN.match(rest)  # «Срок — три месяца», «Мерзімі – жыл соңына дейін»
    if span:
        return " ".join(span.group().split()).lower()
    return time_phrase(re.split(r"\.\s+(?=[А-ЯЁA-Z])", rest)[0])

"""A head of state or government named by post and surname alone: «Председатель КНР Си
сообщил …», «Президент Турции Эрдоган …».

The model reads no person in «Председатель КНР Си …» (a two-letter word after an
abbreviation), and link_people finds a knowledge-base person only with a given name or an
initial. After a post phrase of the office-holders table (president, prime minister, the
chairman of the PRC; a country word may follow), a capitalized word that is the surname of
exactly one holder of that table (office_holders.holder_by_printed_surname; the first word of
a Chinese name) becomes that person, named as the table names him — where no span covers it,
and only when the post phrase agrees with the holder's post and country if it names them.

Such a surname joined by «и» (Kazakh «пен/мен/бен», «және») to a person the spans hold is that
holder too: «Токаев и Си обсудили …», «Си и Мирзиёев …», «Тоқаев пен Си …» — two leaders named
by surname alone, the second a two-letter word the model drops (names70). Not when a
capitalized word follows it: «Си Мэйлин» is someone else's full name.

Why: per68 left «Председатель КНР Си сообщил» with no person; per69's fresh sentences in that
shape did the same, and its held-out «Токаев и Си» (names70). The table lists 13 holders, each
with a source, so no name is guessed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.ner import NerSpan
from store.extract.spans import coverage_mask
from store.lang.office_holders import holder_by_printed_surname, holders_of, printed_surnames

_POST_THEN_SURNAME = re.compile(
    r"(?<![\w-])(?P<post>(?:[Пп](?:резидент|редседател|ремьер(?:-министр)?)"
    r"|[Гг]лав[аеуы]\s+(?:государства|правительства))"
    r"[а-яё]*(?:\s+[А-ЯЁ][А-ЯЁа-яё-]+)?)\s+(?P<surname>[А-ЯЁ][а-яё]+)(?![\w-])"
)
# the word a post phrase holds, and how far before it the phrase may start («П» of «Президент»,
# «Глава » of «Глава государства»): found by str.find and the pattern matched there only — the
# pattern run over the whole text cost 0.15–0.20 ms a text of dev (a «п» at every few words)
_POST_WORDS = (("резидент", 1), ("редседател", 1), ("ремьер", 1), ("государства", 8), ("правительства", 8))


def _post_matches(text: str) -> list[re.Match]:
    """The pattern's matches, tried only where a post word is printed."""
    found = {}
    for word, back in _POST_WORDS:
        i = text.find(word)
        while i != -1:
            start = i - 1 if back == 1 else text.rfind("лав", max(0, i - back), i) - 1
            m = _POST_THEN_SURNAME.match(text, start) if start >= 0 else None
            if m is not None:
                found[m.start()] = m
            i = text.find(word, i + 1)
    return [found[k] for k in sorted(found)]


def _holder(m: re.Match) -> str | None:
    """The holder the match names, when the post phrase allows him (see module doc)."""
    name = holder_by_printed_surname(m.group("surname"))
    if name is None:
        return None
    allowed = holders_of(m.group("post"))
    return name if not allowed or name in {h.name for h in allowed} else None


def holders_by_surname(text: str, spans: list, ctx) -> list:
    """The pass: a person span for each such surname no span covers (a place or body the model
    read on exactly that word gives way: «Главе правительства Бектенову» was a place), named by
    the table; then the holders' surnames paired with a person."""
    found = []
    covered = None
    for m in _post_matches(text):
        name = _holder(m)
        if name is None:
            continue
        start, end = m.span("surname")
        spans = [s for s in spans if (s.start, s.end) != (start, end) or s.type == "person"]
        covered = coverage_mask(text, spans)
        if not any(covered[start:end]):
            ctx.names[(start, end)] = name
            found.append(NerSpan("person", start, end, m.group("surname")))
    spans = sorted(spans + found, key=lambda s: (s.start, s.end)) if found else spans
    return _paired_holders(text, spans, ctx)


_AND = r"(?:и|пен|мен|бен|және)"
_PARTNER_BEFORE = re.compile(rf"(?<![\w-])([\w-]+)\s+{_AND}\s+$")
_PARTNER_AFTER = re.compile(rf"\s+{_AND}\s+([\w-]+)")
_CAPITAL_AFTER = re.compile(r"\s+[А-ЯЁA-Z]")
_WORD_BEFORE = re.compile(r"[\w-]")  # before a surname: it would be inside a word
_PARTNER_LETTERS = 4  # «Ли и Си»: a lone Chinese family name is no sure partner


@lru_cache(maxsize=1)
def _surname_pattern() -> re.Pattern:
    """Any holder's surname, bare or with a Russian case ending (checked by the table)."""
    alts = "|".join(map(re.escape, sorted(printed_surnames(), key=len, reverse=True)))
    return re.compile(rf"(?:{alts})[а-яё]{{0,3}}(?![\w-])")  # the start is asked by _WORD_BEFORE


def _paired_holders(text: str, spans: list, ctx) -> list:
    """«Токаев и Си …»: an uncovered holder's surname beside «и» and a person span (module doc)."""
    found = []
    covered = None
    for m in _surname_pattern().finditer(text):
        if m.start() and _WORD_BEFORE.match(text, m.start() - 1):
            continue
        name = holder_by_printed_surname(m.group())
        if name is None or _CAPITAL_AFTER.match(text, m.end()):
            continue
        if covered is None:
            covered = coverage_mask(text, spans)
        if any(covered[m.start() : m.end()]) or not _beside_a_person(text, m, spans):
            continue
        ctx.names[m.span()] = name
        found.append(NerSpan("person", m.start(), m.end(), m.group()))
    return sorted(spans + found, key=lambda s: (s.start, s.end)) if found else spans


def _beside_a_person(text: str, m: re.Match, spans: list) -> bool:
    """The word on the other side of the «и» before or after the surname is a person: a person
    span holds it, or it is a holder's surname itself («Путин и Си», which a later pass reads)."""
    partners = []
    before = _PARTNER_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if before:
        partners.append(before)
    after = _PARTNER_AFTER.match(text, m.end())
    if after:
        partners.append(after)
    return any(holder_by_printed_surname(p.group(1)) is not None or _a_person_at(p, spans) for p in partners)


def _a_person_at(partner: re.Match, spans: list) -> bool:
    """A person span holds the partner word, a word of four letters or more."""
    at = partner.start(1)
    return len(partner.group(1)) >= _PARTNER_LETTERS and any(
        s.type == "person" and s.start <= at < s.end for s in spans
    )

"""A term per addressee before one shared order: «поручил Минфину — до 1 мая, а Минтрансу — до 1
июня завершить модернизацию», «Қаржы министрлігіне — 1 мамырға дейін, ал Көлік министрлігіне — 1
маусымға дейін … аяқтауды тапсырды». The sentence's rules read one order for the first addressee
with the first term; the dashes here stand for the order said once at the end, so each addressee
gets the same `what` with its own term.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.extract.directives.kazakh import KZ_WHEN
from store.extract.directives.russian import time_phrase
from store.model import Directive

_DASH = re.compile(r"\s[—–]\s+")
# Between two «X — term» pieces: «, а », «, ал », «, ».
_JOINT = re.compile(r",\s+(?:(?:а|ал)\s+)?")


def split_terms(d: Directive, addressee) -> list[Directive] | None:
    """One directive per «X — term» of the sentence, or None when it has no such chain.
    `addressee(phrase)` gives the phrase as a nominative addressee, or None when it names none."""
    sent = " ".join(d.sentence.split())
    first = _DASH.search(sent)
    if not d.what:
        return None
    if not first:
        return _undashed(d, sent, addressee)
    pieces = _JOINT.split(sent[first.end() :])
    chain, term = [], _term_of(pieces[0], whole=True)
    if not term:
        return None
    for piece in pieces[1:]:
        phrase, dash, after = piece.partition(" — ") if " — " in piece else piece.partition(" – ")
        to = addressee(phrase) if dash else None
        found = _term_of(after, whole=False) if to else None
        if not found:
            break
        chain.append((to, found))
    if not chain:
        return None
    what = _shared_what(d.what, chain[-1][1])
    out = [replace(d, to=_first_addressee(sent[: first.start()], addressee, d.to, chain), what=what, when=term)]
    return out + [replace(d, to=to, what=what, when=when) for to, when in chain]


def _undashed(d: Directive, sent: str, addressee) -> list[Directive] | None:
    """The chain said with no dashes (dir109): «поручил Минфину до 1 мая, а Минтрансу до 1 июня
    завершить …». The rules read the first addressee and term and the order after the last term;
    each «, а X term» after the first term is one more addressee, the last one followed by that
    order (the rules may have read that last addressee as the first: it is re-read before the
    first term). None when the words after the first term are anything else."""
    at = sent.lower().find(d.when or "\0")
    if at < 0:
        return None
    pieces = _JOINT.split(sent[at + len(d.when or "") :])
    if len(pieces) < 2 or pieces[0].strip():
        return None  # the first term not right before «, а»: no chain
    chain = []
    for piece in pieces[1:]:
        term = time_phrase(piece)
        where = piece.lower().find(term) if term else -1
        to = addressee(piece[:where]) if where > 0 else None
        if not to:
            return None
        chain.append((to, term))
        rest = piece[where + len(term or "") :].strip(" .")
        if rest:  # the shared order: it must be the one the rules read
            if not d.what.lower().startswith(rest.lower()[:20]):
                return None
            first = _first_addressee(sent[:at], addressee, d.to, chain)  # «МЧС до 1 марта, а акиматам …»
            return [replace(d, to=first)] + [replace(d, to=to, when=when) for to, when in chain]
    return None


def _first_addressee(before: str, addressee, found: str | None, chain: list) -> str | None:
    """The addressee right before the first dash: the longest run of last words that names one
    («Министерству транспорта», not «поручил Министерству транспорта»). The sentence's rules may
    have read a later one («КГД — до конца года, а Пограничной службе — …» gave «Пограничная
    служба»): theirs is kept unless it is one of the chain's."""
    if found and found not in {to for to, _ in chain}:
        return found
    words, best = before.split(), None
    for n in range(1, min(len(words), 4) + 1):
        named = addressee(" ".join(words[-n:]))
        if named is None and best is not None:
            break
        best = named or best
    return best or found


def _term_of(text: str, whole: bool) -> str | None:
    """The term `text` opens with (all of it when `whole`), as time_phrase and KZ_WHEN write it."""
    text = text.strip(" .")
    kz = KZ_WHEN.match(text)
    if kz:
        found = " ".join(kz.group().split()).lower()
        return found if not whole or kz.end() == len(text) else None
    found = time_phrase(text)
    low = " ".join(text.split()).lower()
    if not found or not low.startswith(found):
        return None
    return found if not whole or len(found) == len(low) else None


def _shared_what(what: str, last_term: str) -> str:
    """The order after the last term: a Kazakh `what` that ran from the second addressee
    («Көлік министрлігіне — 1 маусымға дейін бекеттерді …») is cut after that term."""
    low = what.lower()
    at = low.find(last_term)
    return what[at + len(last_term) :].strip(" ,") if at >= 0 else what

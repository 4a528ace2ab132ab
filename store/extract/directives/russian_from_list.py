"""Whom «потребовал от …» asks: the genitive list after «от», each body in the nominative —
«от Минфина и акиматов» is «Министерство финансов и акиматы», «от министерств и ведомств»
«министерства и ведомства», «от КГД и местных исполнительных органов» «КГД и местные
исполнительные органы». A body the model marked is given by its name; the words it did not
mark (plural bodies: «акиматов», «ведомств») are read from their genitive, not dropped.
"""

from __future__ import annotations

import re

from store.lang.normalize import parses, phrase_nominative

_ABBREVIATION = re.compile(r"^[А-ЯЁ]{2,6}$")
# A term that ends the list: «от министерств и ведомств в месячный срок …».
_TERM = re.compile(r"\s(?:до|в|к|в\s+течение)\s+(?:\d|конца|начала|середины|месячный|недельный|двух|кратчайшие|срок)")


def listed_from(text: str, lo: int, hi: int, mentions) -> str | None:
    """The bodies named in text[lo:hi] (the words after «от» up to the order's infinitive),
    in the nominative; None when nothing is there."""
    span = text[lo:hi]
    term = _TERM.search(span)
    span = span[: term.start()] if term else span
    named = [m for m in mentions.starting_in(lo, lo + len(span)) if m.type == "organization"]
    parts, at = [], 0
    for m in named:
        parts += _unnamed(span[at : m.start - lo])
        parts.append((m.name, True))
        at = max(at, m.end - lo)
    parts += _unnamed(span[at:])
    if not parts:
        return None
    if all(is_mention for _, is_mention in parts):
        return "; ".join(dict.fromkeys(p for p, _ in parts))  # as before: the marked bodies
    names = list(dict.fromkeys(p for p, _ in parts))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " и " + names[-1]


def _unnamed(chunk: str) -> list[tuple[str, bool]]:
    """The bodies in a stretch of the list no mention covers, each in the nominative."""
    chunk = _genitive_run(chunk)
    if not chunk:
        return []
    out = []
    for part in _coordinated(chunk):
        out.append((part if _ABBREVIATION.match(part) else phrase_nominative(part), False))
    return out


def _genitive_run(chunk: str) -> str:
    """The list words of the chunk: from its first genitive noun, adjective or abbreviation to
    the last one before any other word («и», commas between) — «и» between two marked bodies
    and an adverb after the list («… и Минтранса еженедельно отчитываться») are none."""
    kept: list[str] = []
    for word in re.findall(r"[\w-]+|,", chunk):
        if word in {",", "и"}:
            if kept:
                kept.append(word)
            continue
        if not (_ABBREVIATION.match(word) or _genitive(word)):
            break
        kept.append(word)
    while kept and kept[-1] in {",", "и"}:
        kept.pop()
    if not any(_ABBREVIATION.match(w) or _genitive(w, nouns=True) for w in kept):
        return ""
    return " ".join(kept).replace(" ,", ",")


def _genitive(word: str, nouns: bool = False) -> bool:
    pos = ("NOUN",) if nouns else ("NOUN", "ADJF", "PRTF")
    return any(p.tag.case == "gent" and p.tag.POS in pos for p in parses(word)[:3])


def _coordinated(chunk: str) -> list[str]:
    """«министерств и ведомств» → two; «акиматов Жамбылской и Алматинской областей» stays one:
    a new body opens only with a plural genitive or an abbreviation after a word that is no
    bare adjective."""
    pieces = re.split(r"(,\s*|\s+и\s+)", chunk)
    out = [pieces[0]]
    for sep, nxt in zip(pieces[1::2], pieces[2::2], strict=False):
        first = nxt.split()[0] if nxt.split() else ""
        if _opens_body(first) and not _bare_adjective(out[-1].split()[-1]):
            out.append(nxt)
        else:
            out[-1] += sep + nxt
    return [p.strip() for p in out if p.strip()]


def _opens_body(word: str) -> bool:
    if _ABBREVIATION.match(word):
        return True
    return any(p.tag.case == "gent" and p.tag.number == "plur" for p in parses(word)[:3])


def _bare_adjective(word: str) -> bool:
    first = parses(word)[:1]
    return bool(first) and first[0].tag.POS == "ADJF"

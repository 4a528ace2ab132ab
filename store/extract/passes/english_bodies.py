"""English names of bodies in English-language text, by their shape (issue 15).

natasha's model reads Russian only: on an English page it finds almost no bodies, and the
knowledge base knows the English names of the bodies it lists, not every committee,
service or department a page names («State Border Service of Kyrgyzstan», «Committee on
Revenue of the Republic of Kazakhstan»). English writes a body's name as capitalised words
around a head noun («Ministry», «Committee», «Service» …) with «of/on/for» phrases after it,
so that shape finds them. An abbreviation the page defines in brackets after such a name
(«State Revenue Committee (SRC)») names the same body wherever it comes again.

The pass runs after the knowledge-base linking and keeps its spans where they already
name the whole body; a place inside a body's name stays a place.
"""

from __future__ import annotations

import re
from itertools import islice

from store.extract.ner import NerSpan

_HEADS = (
    "Ministry|Committee|Agency|Department|Service|Commission|Council|Administration|Directorate"
    "|Inspectorate|Authority|Bureau|Union|Guard|Office"
)
_CAP = r"[A-Z][A-Za-z'’&-]*"
_OF_PHRASE = rf"\s+(?:of|on|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,4}}"
_SHAPE = re.compile(rf"(?:{_CAP}\s+){{0,4}}(?:{_HEADS})\b(?P<abbr>\s+\((?P<short>[A-Z]{{2,6}})\))?(?:{_OF_PHRASE})*")
# Capitalised words that open a sentence or clause, not a name: cut off the front of a match.
_NOT_NAME_WORDS = frozenset(
    "the a an according overall recall last in on at for by from to as after this that these those its their our his"
    " her and but however meanwhile also when while since if earlier later".split()
)
_STATE_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?Kazakhstan$")
_CYRILLIC = re.compile("[а-яёәғқңөұүһі]", re.IGNORECASE)


def english_bodies(text: str, spans: list, ctx) -> list:
    """Bodies named the English way in English text, as spans named as written (see module doc)."""
    if not _english(text):
        return spans
    out = [_person_in_apposition(text, s, ctx) for s in spans]
    for start, end, name, short in _names(text):
        out = _placed(out, NerSpan("organization", start, end, text[start:end]), name, ctx)
        if short:
            out = _abbreviation_mentions(text, out, short, name, ctx)
    return sorted(out, key=lambda s: (s.start, s.end))


# «the deputy chairman of the State Revenue Committee, Gosman Amrin, said»: a role, a comma, and
# two or three capitalised words the model took for a body are the person holding the role.
_ROLE_BEFORE = re.compile(
    r"\b(?:chairman|chairwoman|chair|director|minister|head|deputy|president|spokesman|spokeswoman|spokesperson"
    r"|governor|ambassador|manager|officer|CEO|chief|secretary|akim|mayor)\b[^.;:!?]{0,80},\s*$",
    re.IGNORECASE,
)
_PERSON_WORDS = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}")


def _person_in_apposition(text: str, s, ctx):
    """The model's «body» that is a person named after their role and a comma, as a person."""
    if s.type != "organization" or (s.start, s.end) in ctx.names or not _PERSON_WORDS.fullmatch(s.text):
        return s
    if re.search(rf"\b(?:{_HEADS})\b", s.text) or not _ROLE_BEFORE.search(text, max(0, s.start - 120), s.start):
        return s
    return NerSpan("person", s.start, s.end, s.text)


def _english(text: str) -> bool:
    """Fewer than a fifth of the words Cyrillic: a page written in English. The words are
    looked at until a fifth of them (rounded up) are found Cyrillic, not all of them (stop 51,
    ingest117: a Russian text's first fifth answers; `count * 5 < n` is `count < ceil(n / 5)`)."""
    words = text.split()
    if not words:
        return False
    fifth = (len(words) + 4) // 5
    return next(islice(filter(_CYRILLIC.search, words), fifth - 1, None), None) is None  # no frame per word


def _names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, abbreviation) of every body-shaped name: the leading words that
    open a clause cut off, a possessive («Kazakhstan's») too; a lone head word is no name."""
    out = []
    for m in _SHAPE.finditer(text):
        words = list(re.finditer(r"\S+", m.group(0)))
        while words and (words[0].group(0).lower() in _NOT_NAME_WORDS or words[0].group(0).endswith(("'s", "’s"))):
            words = words[1:]
        if len(words) < 2:
            continue
        start = m.start() + words[0].start()
        written = text[start : m.end()]
        name = " ".join(re.sub(r"\s+\([A-Z]{2,6}\)", "", written).split())
        out.append((start, m.end(), name, m.group("short") or ""))
    return out


def _placed(spans: list, new: NerSpan, name: str, ctx) -> list:
    """`spans` with the body `new` in place of the body spans inside it, unless a person
    or a longer body overlaps it, or a body span inside it already names all but its state."""
    over = [s for s in spans if s.start < new.end and new.start < s.end]
    if any(s.type == "person" for s in over):
        return spans
    bodies = [s for s in over if s.type == "organization"]
    if any(s.start < new.start or s.end > new.end for s in bodies):
        return spans
    core_end = new.start + len(_STATE_TAIL.sub("", new.text))
    if any(s.start == new.start and s.end >= core_end for s in bodies):
        return spans  # the linking pass named it (by its knowledge-base row) already
    kept = [s for s in spans if s not in bodies]
    ctx.names[(new.start, new.end)] = name
    return [*kept, new]


def _abbreviation_mentions(text: str, spans: list, short: str, name: str, ctx) -> list:
    """Each other place `short` stands alone in the text is the body `name` too."""
    out = spans
    for m in re.finditer(rf"(?<![\w(]){re.escape(short)}(?![\w)])", text):
        over = [s for s in out if s.start < m.end() and m.start() < s.end]
        if any(not (s.type == "organization" and (s.start, s.end) == m.span()) for s in over):
            continue
        out = [s for s in out if s not in over]
        ctx.names[m.span()] = name
        out.append(NerSpan("organization", m.start(), m.end(), short))
    return out

"""Bare firm names in a list beside a firm: «Цесна Астык, Бидай Алтын и Атамекен Агро».

The model reads two capitalized Kazakh common words with no quotes and no legal form as a
person's given name and surname. In a list (commas, «и», «мен», «және») that already holds an
organization, a member typed person whose last word has nothing of a person's — no surname or
patronymic ending, no given name the lexicon or the dictionary knows — is one more firm of the
list: people and firms are seldom listed together, and a surname almost always has one of those
shapes (org105).
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.extract.spans import Named
from store.lang.normalize import parses
from store.lang.wordlists import words

# What joins two members of one list: a comma, «и», Kazakh «мен»/«және», maybe a comma and «и».
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:и\s+)?|\s(?:и|мен|және)\s+)", re.IGNORECASE)
_WORD = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+")
# A Russian or Kazakh surname's or patronymic's ending, maybe under a case ending.
_PERSON_ENDING = re.compile(
    r"(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ский|цкий|ская|цкая|ович|евич|овна|евна|улы|ұлы|кызы|қызы)"
    r"(?:а|у|ым|ом|ой|ою|ым|ых|ой|е|ы)?$"
)
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
_FIRST_NAMES = words("first_names")


def _no_person_shape(s: NerSpan) -> bool:
    """Two capitalized words whose last is no surname, patronymic or given name."""
    parts = s.text.split()
    if len(parts) != 2 or not all(_WORD.fullmatch(w) for w in parts):
        return False
    last = parts[1]
    if _PERSON_ENDING.search(last.lower()) or last.lower() in _FIRST_NAMES or last in _FIRST_NAMES:
        return False
    first = parses(last)[:1]
    return not (first and _PERSON_TAGS & first[0].tag.grammemes)


_OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct"})


def _firm(s: NerSpan) -> NerSpan:
    """The member as a firm; named as printed when its last word reads as no oblique case, for
    the dictionary knows neither word as a name's («Цесна» is no genitive of «цесон»)."""
    first = parses(s.text.split()[1])[:1]
    if first and first[0].tag.case in _OBLIQUE:
        return NerSpan("organization", s.start, s.end, s.text)
    return Named("organization", s.start, s.end, s.text, name=s.text)


def _lists(text: str, spans: list) -> list[list[int]]:
    """Indices of the spans, grouped into runs that only list joiners separate."""
    order = sorted(range(len(spans)), key=lambda i: spans[i].start)
    runs: list[list[int]] = []
    for i in order:
        prev = runs[-1][-1] if runs else None
        if prev is not None and _LIST_GAP.fullmatch(text, spans[prev].end, spans[i].start):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [r for r in runs if len(r) >= 2]


def listed_firms(text, spans, ctx):
    """Members of a list beside an organization, typed person with no person's shape, are firms."""
    out = list(spans)
    for run in _lists(text, spans):
        if not any(spans[i].type == "organization" for i in run):
            continue
        for i in run:
            s = spans[i]
            if s.type == "person" and _no_person_shape(s):
                out[i] = _firm(s)
    return out

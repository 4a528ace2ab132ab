"""A Kazakh common noun of an event opening a sentence in a case form: «Брифингте Джон Смит мырза
…» ('at the briefing, Mr John Smith …'), «Отырыста …», «Жобада Жаңаөзен мен Бейнеу …».

Capitalised only by its place, the declined noun looks to the Russian model like a name: it
reads «Брифингте» as a place, which the naming step then turns into an invented Russian
nominative («Брифинготь»), or glues the word to the name after it (a person «Жобада
Жаңаөзен»). A word that is such a noun (store/lang/lexicon/kk_event_nouns.txt) with a case
ending, at a sentence's start, in Kazakh text, is no name and no part of one: a span of that word
alone is dropped, a longer span starts at the next word.

Kazakh text is the article's language as the reader gave it («kk») or, failing that, the words
around the span (kazakh.kazakh_context); the reader's language decides a one-sentence article
whose few words hold too few Kazakh letters for the window test («Брифингте Джон Смит мырза
шекарадағы кезектер туралы айтты» has one).

Not touched: the bare noun (a given name «Кеңес», the Soviet Union «Кеңес Одағы»), a word the
knowledge base reads as one of its places, and a noun that is also a given name (Кеңес, Сапар,
Мереке, Шара, Алқа) in any case but the locative (where: «Кеңесте» is a meeting, «Сапарға» may be
a man written to).

Why: names71's fresh Kazakh text met «Брифинготь» (ent77).
"""

from __future__ import annotations

import re

from store.extract.naming import is_first_name
from store.extract.ner import NerSpan
from store.lang import kb
from store.lang.kazakh import kazakh_context
from store.lang.wordlists import words

_EVENT_NOUNS = words("kk_event_nouns")
_OPENINGS = frozenset(n[:3] for n in _EVENT_NOUNS)
_LONGEST = max(len(n) for n in _EVENT_NOUNS)
_SHORTEST = min(len(n) for n in _EVENT_NOUNS)

# a plural and a possessive may stand before the case ending; the case ending must be there
_ENDING = re.compile(
    r"(?:лар|лер|дар|дер|тар|тер)?(?:сы|сі|ы|і)?н?"
    r"(?P<case>дағы|дегі|тағы|тегі|да|де|та|те|ға|ге|қа|ке|на|не|ның|нің|дың|дің|тың|тің"
    r"|дан|ден|тан|тен|нан|нен|ны|ні|ды|ді|ты|ті|мен|бен|пен)"
)
_LOCATIVE = frozenset("да де та те дағы дегі тағы тегі".split())
_FIRST_WORD = re.compile(r"[^\s,.:;!?«»\"“”()]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*|[—–-]\s+)$")


def kazakh_event_nouns(text: str, spans: list, ctx) -> list:
    """The pass: such a span loses its first word, and a span of that word alone goes."""
    out = []
    changed = False
    for s in spans:
        kept = _without_the_noun(text, s, ctx)
        changed = changed or kept is not s
        if kept is not None:
            out.append(kept)
    return out if changed else spans


def _without_the_noun(text: str, s: NerSpan, ctx) -> NerSpan | None:
    """`s` itself, `s` from its second word on, or None (the span is the noun alone)."""
    first = _FIRST_WORD.match(text, s.start, s.end)
    if first is None or not a_declined_event_noun(first.group()):
        return s
    if not _SENTENCE_START.search(text, max(0, s.start - 3), s.start):
        return s
    if not (getattr(ctx, "language", None) == "kk" or kazakh_context(text, s.start, s.end)):
        return s
    if _a_known_place(first.group()):
        return s
    rest = len(text[first.end() : s.end]) - len(text[first.end() : s.end].lstrip())
    start = first.end() + rest
    if start >= s.end:
        return None
    return NerSpan(s.type, start, s.end, text[start : s.end])


def a_declined_event_noun(word: str) -> bool:
    """Is `word` capitalised, an event noun of the list with a case ending, and (when the noun is
    also a given name) in the locative?"""
    low = word.lower()
    if not word[:1].isupper() or low[:3] not in _OPENINGS:
        return False  # most words: one set look-up
    for n in range(_SHORTEST, min(len(low) - 1, _LONGEST) + 1):
        stem = low[:n]
        if stem not in _EVENT_NOUNS:
            continue
        ending = _ENDING.fullmatch(low, n)
        if ending and (ending.group("case") in _LOCATIVE or not is_first_name(stem.capitalize())):
            return True
    return False


def _a_known_place(word: str) -> bool:
    """Does the knowledge base read the word, from its first letter, as one of its places?"""
    return any(m.start == 0 and m.form.row.type == "location" for m in kb.find(word))

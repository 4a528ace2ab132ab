"""A Kazakh common noun of an event opening a sentence in a case form: «Брифингте Джон Смит мырза
…» ('at the briefing, Mr John Smith …'), «Отырыста …», «Жобада Жаңаөзен мен Бейнеу …».

Capitalised only by its place, the declined noun looks to the Russian model like a name: it
reads «Брифингте» as a place, which the naming step then turns into an invented Russian
nominative («Брифинготь»), or glues the word to the name after it (a person «Жобада
Жаңаөзен»). A word that is such a noun with a case ending, at a sentence's start, in Kazakh text,
is no name and no part of one: a span of that word alone is dropped, a longer span starts at the
next word. The nouns: a sourced list of native ones (store/lang/lexicon/kk_event_nouns.txt), and
the loanwords Kazakh shares with Russian that the Russian dictionary holds as common nouns and as
no proper name («Семинарда», «Конференцияда», «Хоккейде»). No Kazakh dictionary is installed: a
native noun off the list («Жиналыстарда» is on it, «Тазалаушыда» is not) stays as the model read
it. Kazakh word-building suffixes (-у, -шы, -лық, -ыс) were no way round that: 17 of the knowledge
base's 162 one-word Kazakh place names end in one («Ақтау», «Балықшы», «Арқалық», «Ертіс»).

Kazakh text is the article's language as the reader gave it («kk») or, failing that, the words
around the span (kazakh.kazakh_context); the reader's language decides a one-sentence article
whose few words hold too few Kazakh letters for the window test («Брифингте Джон Смит мырза
шекарадағы кезектер туралы айтты» has one).

Not touched: the bare noun (a given name «Кеңес», the Soviet Union «Кеңес Одағы»), a word the
knowledge base reads as one of its places, and a noun that is also a given name (Кеңес, Сапар,
Мереке, Шара, Алқа, Салтанат) in any case but the locative (where: «Кеңесте» is a meeting, «Сапарға» may be
a man written to).

Why: names71's fresh Kazakh text met «Брифинготь» (ent77).
"""

from __future__ import annotations

import re

from store.extract.naming import is_first_name
from store.extract.ner import NerSpan
from store.lang import kb
from store.lang.kazakh import kazakh_context, may_be_kazakh
from store.lang.morphology import from_dictionary, parses
from store.lang.wordlists import words

_EVENT_NOUNS = words("kk_event_nouns")
_SHORTEST_STEM = 4
_PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}

_CASES = (
    "дағы|дегі|тағы|тегі|да|де|та|те|ға|ге|қа|ке|на|не|ның|нің|дың|дің|тың|тің"
    "|дан|ден|тан|тен|нан|нен|ны|ні|ды|ді|ты|ті|мен|бен|пен"
)
_A_CASE_AT_THE_END = re.compile(f"(?:{_CASES})$")
# every place a plural, possessive and case ending can start, read from the left (overlapping:
# finditer from each position is what the lookahead gives)
_ENDING_AT = re.compile(r"(?=(?:лар|лер|дар|дер|тар|тер)?(?:сы|сі|ы|і)?н?(?P<case>" + _CASES + r")$)")
_LOCATIVE = frozenset("да де та те дағы дегі тағы тегі".split())
# the nouns of the list that are given names too (NP-ANT in apertium-kaz.kaz.lexc, the list's source);
# the given-name list (naming.is_first_name) holds none of them
_ALSO_GIVEN_NAMES = frozenset("кеңес сапар мереке шара алқа салтанат".split())
_FIRST_WORD = re.compile(r"[^\s,.:;!?«»\"“”()]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*|[—–-]\s+)$")


def kazakh_event_nouns(text: str, spans: list, ctx) -> list:
    """The pass: such a span loses its first word, and a span of that word alone goes."""
    if getattr(ctx, "language", None) != "kk" and not may_be_kazakh(text):
        return spans  # no span is in a Kazakh context: each is kept as it is (ingest110)
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
    if first is None:
        return s
    # the cheap tests first: the noun test reads a stem of each ending with pymorphy2, a guess
    # for a made-up stem (~0.1 ms each), mostly for Russian words («Москва» → «моск»); every
    # test only answers (no side effect), so their order does not change what is kept
    if not _SENTENCE_START.search(text, max(0, s.start - 3), s.start):
        return s
    if not (getattr(ctx, "language", None) == "kk" or kazakh_context(text, s.start, s.end)):
        return s
    if not a_declined_event_noun(first.group()):
        return s
    if _a_known_place(first.group()):
        return s
    rest = len(text[first.end() : s.end]) - len(text[first.end() : s.end].lstrip())
    start = first.end() + rest
    if start >= s.end:
        return None
    return NerSpan(s.type, start, s.end, text[start : s.end])


def a_declined_event_noun(word: str) -> bool:
    """Is `word` capitalised, a common noun with a case ending, and (when the noun is also a given
    name) in the locative? The noun is one of the list's or a loanword the Russian dictionary
    holds as a common noun («Семинарда», «Хоккейде», «Кинологияда»)."""
    low = word.lower()
    if not word[:1].isupper() or not _A_CASE_AT_THE_END.search(low):
        return False  # most words: one search
    for ending in _ENDING_AT.finditer(low, _SHORTEST_STEM):
        stem = low[: ending.start()]
        if stem not in _EVENT_NOUNS and not _a_russian_common_noun(stem):
            continue
        if ending.group("case") in _LOCATIVE or not _a_given_name(stem):
            return True
    return False


def _a_russian_common_noun(stem: str) -> bool:
    """Does the Russian dictionary hold `stem` as a common noun in the nominative and as no proper
    name (a loanword Kazakh shares: «брифинг», «конференция»; not «Роза», «Алтай», «Атырау»)?"""
    ps = [p for p in parses(stem) if from_dictionary(p)]
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in ps) and not any(
        _PROPER & set(p.tag.grammemes) for p in ps
    )


def _a_given_name(stem: str) -> bool:
    return stem in _ALSO_GIVEN_NAMES or is_first_name(stem.capitalize())


def _a_known_place(word: str) -> bool:
    """Does the knowledge base read the word, from its first letter, as one of its places?"""
    return any(m.start == 0 and m.form.row.type == "location" for m in kb.find(word))

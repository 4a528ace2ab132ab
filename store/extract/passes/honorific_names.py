"""A name before a Kazakh honorific: «Уилсон мырза», «Браун ханымға», «Дюпон мырзаны».

Kazakh writes «мырза» ('Mr') and «ханым» ('Ms') after the name, and the honorific takes the
case ending, so a foreign surname stands bare before it. The model reads no person there at
all («Ұлыбритания елшісі Уилсон мырза …») or one that runs on into the honorific («Петров
мырза», which the given-name reordering then printed «мырза Петров»: «Мырза» is a given name
too). The name is the capitalised word before the honorific: a person span running into the
honorific is cut before it, and where no span holds the word it becomes a person of its own;
a place the model made of the word alone is that person too (ent78: «Узбеков мырза», «Туркменов
ханым» had been the places «Узбеков», «Туркмены»).

Not names: an opener of address («Құрметті мырзалар …» 'dear sirs'), a sentence opener
(kazakh.DISCOURSE_WORDS), a role word, a place the knowledge base knows; the plural
(«мырзалар», «ханымдар») addresses a hall, not a person, and is never read.

Why: names70's and stop 41's fresh Kazakh text lost «Уилсон мырза» (names71).
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.lang import kazakh, kb

# the honorific and the case endings it takes (genitive, dative, accusative, comitative,
# ablative, locative); no plural
_HONORIFIC = re.compile(
    r"(мырза|ханым)(?:ның|ға|ны|ды|мен|нан|дан|да)?(?![\wәғқңөұүһі-])",
)
# the capitalised word right before the honorific, read backwards from it
_NAME_BEFORE = re.compile(r"(?<![\w-])([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'-]+)[ \u00a0]$")

_INITIAL = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.")

_KAZAKH_PLURAL = re.compile(r"(?:лар|лер|дар|дер|тар|тер)$")

# words of address that stand before the honorific at a letter's or a speech's start
_ADDRESS_WORDS = frozenset("құрметті қадірлі ардақты қымбатты сыйлы әрбір барлық".split())


def honorific_names(text: str, spans: list, ctx) -> list:
    """The pass (see the module doc)."""
    if "мырза" not in text and "ханым" not in text:
        return spans  # most texts: two substring checks
    for m in _HONORIFIC.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if name is None or not _a_name(name.group(1)):
            continue
        spans = _read(spans, name.start(1), name.end(1), m.span(), text, ctx)
    return spans


def _a_name(word: str) -> bool:
    low = word.lower()
    if low in _ADDRESS_WORDS or low in kazakh.DISCOURSE_WORDS or kazakh.is_role_word(low):
        return False
    return kb.row_of_printed("location", word) is None


def _name_words(words: str) -> bool:
    """May `words` (what a person span holds before the name) be the name's given names or
    initials? Not a plural («Журналистер», «Тілшілер»: the sentence's first word glued on) nor
    a sentence opener («Кеше»); a foreign given name («Джон») is on no list, so any other word is."""
    return all(
        _INITIAL.fullmatch(w) or not (_KAZAKH_PLURAL.search(w) or w.lower() in kazakh.DISCOURSE_WORDS)
        for w in words.split()
    )


def _read(spans: list, start: int, end: int, honorific: tuple[int, int], text: str, ctx) -> list:
    """`spans` with the person at [start, end): a person span over the name ends with it (not in
    the honorific) and opens with it unless given names or initials stand before it in the span
    («Журналистер Гарсиа ханымға»: a sentence's first word glued on); a span of the honorific
    alone is dropped; a word no span holds becomes a person."""
    out, held = [], False
    for s in spans:
        if s.type == "person" and honorific[0] <= s.start < honorific[1]:
            continue
        if s.type == "location" and (s.start, s.end) == (start, end):
            # ent78: the model's place of the name alone («Узбеков мырза» had become «Узбеков», «Туркменов
            # ханым» the place «Туркмены»); _a_name has said it is no place the knowledge base knows
            ctx.names.pop((start, end), None)
            s = NerSpan("person", start, end, text[start:end])
        if s.type == "person" and s.start <= start < s.end:
            first = s.start if _name_words(text[s.start : start]) else start
            s = NerSpan("person", first, end, text[first:end])
        if s.start < end and start < s.end:
            held = True
        out.append(s)
    if not held and not ctx.cp_index.overlapping(start, end):
        out.append(NerSpan("person", start, end, text[start:end]))
    return sorted(out, key=lambda s: (s.start, s.end))

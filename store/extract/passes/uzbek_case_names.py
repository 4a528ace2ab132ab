"""Pass `uzbek_case_names`: persons in Uzbek Cyrillic text, whose surname carries an Uzbek
case ending («Алихан Смаиловни», «Тўқаевнинг», «Танзила Норбоевага»).

Why (per47, fresh Uzbek pages of four sites, 2026-12-05): the Russian model reads an Uzbek
ending as part of the name («Алихан Смаиловни» stayed a person of that name beside «Алихан
Смаилов»), runs the next word into it when that word is declined too («Тўқаевнинг Хитойга»
'Tokayev's, to China'), cuts a place inside its ending («Тошкентг» of «Тошкентга») and misses a
woman's name in the accusative («Танзила Норбоевани»). Uzbek puts the case on the last word of
a name only, so the shape decides:
- a person span of an Uzbek Cyrillic text ends at its first word that is a surname (Russian
  shape, -ов/-ев/-ова/-ина …) with an Uzbek ending (genitive -нинг, accusative -ни, dative
  -га/-ка/-қа, locative -да/-та, ablative -дан/-тан); the person is named with the bare
  surname; what the span ran on into is dropped;
- a one-word person span that stops inside a word is a piece of a word and goes;
- a known given name (store/lang/lexicon/first_names.txt) or any capitalized word mid-sentence
  before such a declined surname, where no span is, is a person the model missed.
The text is Uzbek Cyrillic when it has ў (Kazakh, Kyrgyz and Russian never write it) and hardly
any letter only Kazakh has.
"""

from __future__ import annotations

import re

from store.extract.naming import SURNAME
from store.extract.ner import NerSpan
from store.lang import kb
from store.lang.persons import given_names

_UZ_ONLY = re.compile("[ўЎ]")  # counted by str.count now; what tests/test_ingest110_cuts.py compares with
_KAZAKH_ONLY = re.compile("[әөұүіңһӘӨҰҮІҢҺ]")
# Uzbek case endings, longest first where one ends another («нинг» before «ни» cannot clash: a
# word ends in one of them only)
_ENDING = re.compile(r"(?:нинг|ни|га|ка|қа|да|та|дан|тан)$")
_MIN_STEM = 4
_UPPER = "А-ЯЁЎҚҒҲ"
_WORD = rf"[{_UPPER}][а-яёўқғҳ]+(?:-[{_UPPER}]?[а-яёўқғҳ]+)?"
# overlapping: «Президент Қосим-Жўмарт Тўқаев» tries «Қосим-Жўмарт Тўқаев» too
_PAIR = re.compile(rf"(?<![\w-])(?=({_WORD})\s+({_WORD})(?![\w-]))")
_UZ_FOLD = str.maketrans("ўқғҳ", "укгх")


def uzbek_cyrillic(text: str) -> bool:
    """Uzbek in Cyrillic letters: ў at least twice, and a Kazakh-only letter at most once per
    ten of them (a quoted Kazakh name may bring a few)."""
    n = text.count("ў") + text.count("Ў")  # len(_UZ_ONLY.findall(text)), ~5x cheaper (ingest110)
    return n >= 2 and len(_KAZAKH_ONLY.findall(text)) * 10 < n


def _surname(word: str) -> str | None:
    """The bare surname of a word that is one, declined («Смаиловни») or not («Тўқаев»)."""
    if len(word) > _MIN_STEM and word[:1].isupper() and word[1:].islower() and SURNAME.search(word):
        return word
    return declined_surname(word)


def declined_surname(word: str) -> str | None:
    """«Смаиловни» → «Смаилов», «Норбоевани» → «Норбоева»: the bare surname when the word is a
    surname of Russian shape with an Uzbek case ending; None otherwise."""
    m = _ENDING.search(word)
    if not m or m.start() < _MIN_STEM or not word[:1].isupper():
        return None
    stem = word[: m.start()]
    return stem if SURNAME.search(stem) else None


def _given(word: str) -> bool:
    return word.lower().replace("ё", "е").translate(_UZ_FOLD) in given_names() or word.lower() in given_names()


def _trimmed(text: str, s: NerSpan, ctx) -> NerSpan | None:
    """The person span cut after its first declined surname (named bare), or None for a
    piece of a word; the span as it was otherwise."""
    words = list(re.finditer(r"\S+", s.text))
    for i, w in enumerate(words):
        stem = declined_surname(w.group().strip(',.;:»"”'))
        if stem is None:
            continue
        end = s.start + w.start() + len(w.group().rstrip(',.;:»"”'))
        ctx.names[(s.start, end)] = " ".join([*(x.group() for x in words[:i]), stem])
        return s if end == s.end else NerSpan("person", s.start, end, text[s.start : end])
    if len(words) == 1 and s.end < len(text) and text[s.end].isalpha():
        return None  # «Тошкентг» of «Тошкентга»
    return s


def _missed(text: str, spans: list) -> list[tuple[NerSpan, str]]:
    """«Танзила Норбоевани» where no span is: a given name (or a capitalized word mid-sentence,
    not a place or body the knowledge base knows) before a surname, declined or not."""
    out: list[tuple[NerSpan, str]] = []
    for m in _PAIR.finditer(text):
        start, end = m.start(1), m.end(2)
        stem = _surname(m.group(2))
        if stem is None or any(s.start < end and start < s.end for s in [*spans, *(o for o, _ in out)]):
            continue
        given = m.group(1)
        before = text[max(0, start - 3) : start]
        mid_sentence = bool(before.strip()) and not re.search(r"[.!?:«\"“\n]\s*$", before)
        if kb.find(given) or kb.find(stem) or not (_given(given) or mid_sentence):
            continue
        out.append((NerSpan("person", start, end, text[start:end]), f"{given} {stem}"))
    return out


def uzbek_case_names(text: str, spans: list, ctx) -> list:
    """The pass (see the module doc)."""
    page = getattr(ctx, "page", "") or ""
    if not (uzbek_cyrillic(text) or getattr(ctx, "language", None) == "uz" or ("ў" in page and uzbek_cyrillic(page))):
        return spans  # a headline may have no ў: the whole page decides
    out = []
    for s in spans:
        if s.type != "person":
            out.append(s)
            continue
        kept = _trimmed(text, s, ctx)
        if kept is not None:
            out.append(kept)
    for span, name in _missed(text, out):
        out.append(span)
        ctx.names[(span.start, span.end)] = name
    return sorted(out, key=lambda s: (s.start, s.end))

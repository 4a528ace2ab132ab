"""Word-level Russian morphology shared by the name normalizers: pymorphy2's readings
(cached), inflection, the case a word is in and span edges. (The identity key of a
name is store.lang.identity.key.)

All lookups are cached: one article repeats its names, the corpus repeats its words.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from store.lang.lemmas import readings

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
NAME_TAGS = {"Name", "Surn", "Patr"}


_EDGE = " \t\n«»\"'“”„()[]{}<>.,;:!?—–-•·*/\\|"
_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
# A hyphen, dash or dot between the parts whose capitals match_case copies (kept by split).
_CASE_PART_BREAK = re.compile(r"([-‐–.])")


def match_case(orig: str, new: str) -> str:
    """Give `new` the capitalization of `orig`: ALL CAPS stays, Title-Case per hyphen
    part and per initial («Н.Прянишникова» → «Н.Прянишников»)."""
    if "ё" not in orig.lower():
        new = new.replace("ё", "е")
    if orig.isupper() and len(orig) > 1:
        return new.upper()
    parts_o, parts_n = _CASE_PART_BREAK.split(orig), _CASE_PART_BREAK.split(new)
    if len(parts_o) != len(parts_n):
        return new[:1].upper() + new[1:] if orig[:1].isupper() else new
    return "".join(n[:1].upper() + n[1:] if o[:1].isupper() else n for o, n in zip(parts_o, parts_n, strict=False))


def fix_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to its name: no quotes, brackets, dashes or punctuation at either
    edge, except a closing quote the name opened («МЦПС «Хоргос» keeps its »)."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    body = text[start:end]
    if "«" not in body and "“" not in body and "„" not in body and '"' not in body:
        return start, end  # no opening quote: no pair below opens (four looks, not eight counts; ingest110)
    for o, c in _QUOTES.items():
        opened = body.count(o) - (body.count(c) if o != c else 0)
        if (o != c and opened > 0) or (o == c and body.count(o) % 2 == 1):
            if end < len(text) and text[end] == c:
                end += 1
                body = text[start:end]
    return start, end


@lru_cache(maxsize=100_000)
def parses(word: str):
    """pymorphy2's readings of a word (cached)."""
    return readings(word.lower().replace("ё", "е"))  # one parse with the lemmas


def known(p) -> bool:
    """True unless pymorphy2 only guessed the word from its ending."""
    return type(p.methods_stack[0][0]).__name__ not in ("FakeDictionary", "UnknAnalyzer")


def from_dictionary(p) -> bool:
    """True when the dictionary holds the whole word: not a guess from its ending, and
    not a known ending glued to an unknown prefix («приар|алья» is no name «Алья»)."""
    return len(p.methods_stack) == 1 and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def inflect(p, grammemes: set[str]) -> str | None:
    """The form of p's word with these grammemes. A superlative's lexeme holds two
    stems («высший» and «высочайший» both read as «высокий», Supr): pymorphy2 takes the
    first, so the form kept is the one sharing most letters with the word as written
    («Высшего совета» → «Высший совет», never «Высочайший»)."""
    try:
        q = _inflected(p, grammemes)
    except (ValueError, KeyError):
        return None
    if q is None:
        return None
    if "Supr" in p.tag:
        q = _same_stem(p, grammemes | {"Supr"}) or q
    return _unstressed_ending(p, q.word)


def _inflected(p, required: set[str]):
    """`p.inflect(required)`, the same Parse, for a word the dictionary holds whole: its
    paradigm's tags are read from the dictionary's tables and only the chosen form is
    built. pymorphy2 builds a Parse for every form of the lexeme first (get_lexeme: ~30 µs
    a word, 0.6 ms an article over the first 163 texts of a process, 2026-12-04), then
    keeps the one with the required grammemes most like p's (the first of equals). Other
    words (guessed, hyphenated, unknown prefix) go to pymorphy2."""
    stack = p.methods_stack
    if len(stack) != 1 or type(stack[0][0]).__name__ != "DictionaryAnalyzer":
        return p.inflect(required)
    unit, fixed_word, para_id, idx = stack[0]
    d = unit.dict
    paradigm = d.paradigms[para_id]
    n = len(paradigm) // 3
    tags = [d.gramtab[paradigm[n + i]] for i in range(n)]
    fits = [i for i in range(n) if required <= tags[i].grammemes]
    if not fits:
        required = p._morph.TagClass.fix_rare_cases(required)
        fits = [i for i in range(n) if required <= tags[i].grammemes]
    grammemes = p.tag.updated_grammemes(required)
    if not fits:
        return None
    best = max(fits, key=lambda i: len(grammemes & tags[i].grammemes) - 0.1 * len(grammemes ^ tags[i].grammemes))
    stem = d.build_stem(paradigm, idx, fixed_word)
    word = d.paradigm_prefixes[paradigm[2 * n + best]] + stem + d.suffixes[paradigm[best]]
    return type(p)(word, tags[best], p.normal_form, 1.0, ((unit, word, para_id, best),))


def _unstressed_ending(p, form: str) -> str:
    """«Кобдинского района» → «Кобдинский», not «Кобдинской»: an oblique «-ского/-цкого»
    does not show whether the nominative is «-ский» or the stressed «-ской», and a word
    read through an unknown prefix («Кобд|инского», after «Инской») takes the ending of
    the word it was glued to. Only a word the dictionary holds whole keeps «-ской»
    («Донской», «Луговской»); guessed place adjectives take the common «-ский»."""
    if form.endswith(("ской", "цкой")) and not p.word.endswith("ой") and not from_dictionary(p):
        return form[:-2] + "ий"
    return form


def _same_stem(p, grammemes: set[str]):
    """The form with these grammemes whose spelling shares the longest start with p's."""
    forms = [f for f in p.lexeme if grammemes <= set(f.tag.grammemes)]
    return max(forms, key=lambda f: len(os.path.commonprefix([f.word, p.word])), default=None)


def case_of(word: str) -> str | None:
    """The likeliest case of a noun or adjective form (the hint roles give persons)."""
    for p in parses(word):
        if p.tag.POS in ("NOUN", "ADJF") and p.tag.case in CASES:
            return p.tag.case
    return None

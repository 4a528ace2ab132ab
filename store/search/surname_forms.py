"""A Kazakh surname in its two written forms: «Кәрібайұлы» and «Карибаев».

Kazakh names a man «son of X» (X-ұлы) and a woman «daughter of X» (X-қызы); the
Russian press and the Russian-shaped passports write the same family name X-ов / X-ев
(X-ова / X-ева), and users type either: «Карибаев», «Karibayev» for the akim whose
articles print «Серік Кәрібайұлы», «Курметов» for «Амангелді Құрметұлы»,
«Нажметдинулы» for a man the Russian text calls «Нажметдинов». The two forms share
the stem only, so neither matches the other's alias well (Карибаев met Каримбаев at
88 and Кәрібайұлы nowhere). A word of a query's folded key (store.lang.names.fold:
both scripts read alike, «ұлы»/«uly» → «uli», «қызы»/«kyzy» → «kizi») that ends so is
also looked up in the other form, when the query as typed matched no person as well
as a surname alone does (store.search.alias_index: it costs a second scoring pass). A
stem ending in a vowel took a «й» before «ұлы» that «-ев» swallows: Қойшыбай-ұлы ↔
Койшыба-ев.
"""

from __future__ import annotations

import re

# (the folded ending, what it is written as in the other form), by the letter before it
_VOWEL = "aeou"  # «и» before «-ев» (Шаккали-ев ↔ Шаққали-ұлы) takes no «й»
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"(?<=\w{{3}}[{_VOWEL}])ev$"), "iuli"),  # karibaev → karibaiuli
    (re.compile(rf"(?<=\w{{3}}[^{_VOWEL}])[oe]v$"), "uli"),  # kurmetov → kurmetuli; shakkaliev → shakkaliuli
    (re.compile(rf"(?<=\w{{3}}[{_VOWEL}])eva$"), "ikizi"),  # seitbaeva → seitbaikizi
    (re.compile(rf"(?<=\w{{3}}[^{_VOWEL}])[oe]va$"), "kizi"),  # esenkulova → esenkulkizi
    (re.compile(rf"(?<=\w{{3}}[{_VOWEL}])iuli$"), "ev"),  # karibaiuli → karibaev
    (re.compile(r"(?<=\w{3}i)uli$"), "ev"),  # shakkaliuli → shakkaliev
    (re.compile(rf"(?<=\w{{3}}[^{_VOWEL}i])uli$"), "ov"),  # kurmetuli → kurmetov
    (re.compile(rf"(?<=\w{{3}}[{_VOWEL}])ikizi$"), "eva"),
    (re.compile(r"(?<=\w{3}i)kizi$"), "eva"),
    (re.compile(rf"(?<=\w{{3}}[^{_VOWEL}i])kizi$"), "ova"),
)
_MIN_WORD = 6  # letters: «Алиев» and shorter end so by chance as often as by a name


def other_surname_form(key: str) -> str:
    """The folded key with each word that ends as a Russian-shaped or a Kazakh
    patronymic surname written in the other form; "" when no word does."""
    words = key.split()
    out = [_other_form(w) for w in words]
    return " ".join(out) if out != words else ""


def _other_form(word: str) -> str:
    if len(word) < _MIN_WORD:
        return word
    for pattern, ending in _FORMS:
        other = pattern.sub(ending, word)
        if other != word:
            return other
    return word


def other_form_variants(variants: list[tuple[str, float]], penalty: float) -> list[tuple[str, float]]:
    """The (key, penalty) variants of a query's keys (`variants`: query_variants') with
    their surnames in the other form, each once and none already among them."""
    have = {key for key, _ in variants}
    out: list[tuple[str, float]] = []
    for key, _penalty in variants:
        other = other_surname_form(key)
        if other and other not in have:
            have.add(other)
            out.append((other, penalty))
    return out

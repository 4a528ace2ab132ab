"""A person asked for by initials and surname: «С. Жумангарин», «Бектенов О.А.»,
«K. Tokayev», «Tokayev K».

The press prints officials so and users copy it. An initial is a word of the query's
key that no stored name spells, so it halves a short query's word coverage: a surname
typed right still scored 94 (its knowledge-base row), but one typed with a slip
(«Б. Слямво», «К. Токеав») fell under the score a result needs, while the surname alone
found the person (80.6, 83.3: the transposition and other-form passes read one word).
The initials are read as a detail: the surname is searched alone among persons, and a
person whose given name begins as the initial keeps the surname's score; one whose
given name begins otherwise comes a little lower (a user may remember the initial
wrong, and an entity stored by its surname alone has no given name to check).
"""

from __future__ import annotations

import re

from store.lang import names

# one or two letters and a dot, repeated, hyphens between («О.А.», «К.-Ж.», «Zh.», «Ye.»),
# or one capital letter alone after or before a surname («Tokayev K»)
_DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\.[-‐]?)+")
_SURNAME_LEAST = 3  # letters: a shorter word beside an initial is no surname to search
INITIAL_DISAGREES = 4.0  # points under the surname's score for a given name begun otherwise


def is_initial(word: str) -> bool:
    """Is the word one or more initials: «О.», «О.А.», «К.-Ж.», «Zh.», or a lone capital?
    Not the lower-case abbreviations printed before a place's name («г. Алматы», «ул.»)."""
    if word.rstrip(".") in _PLACE_ABBREVIATIONS:
        return False
    return bool(_DOTTED.fullmatch(word)) or (len(word) == 1 and word.isalpha() and word.isupper())


# «город», «улица», «посёлок», «посёлок городского типа», «микрорайон», «область», «озеро»,
# «станция», «имени», «проспект», Kazakh «ауданы», «көшесі»: lower case, before a place's name
_PLACE_ABBREVIATIONS = frozenset("г ул пос пгт мкр обл оз ст им пр ауд көш".split())


def split_initials(query: str) -> tuple[str, str] | None:
    """(the first initial's letters, the surname) when the query is initials and one word
    of three letters or more, in either order; None otherwise."""
    words = query.split()
    if not 2 <= len(words) <= 3:
        return None
    initials = [w for w in words if is_initial(w)]
    rest = [w for w in words if not is_initial(w)]
    if not initials or len(rest) != 1 or sum(ch.isalpha() for ch in rest[0]) < _SURNAME_LEAST:
        return None
    return initials[0].split(".")[0], rest[0]


def named_by_surname(name: str, surname: str) -> bool:
    """Is the typed surname the name's surname, not its given name? The name's word most
    like it (typed with a slip or a case ending) is not the first of two or more: «Кезек
    қысқарды», a headline read as a person, is no «Б. Кезек»; a name of one word passes."""
    from rapidfuzz import fuzz

    words = names.fold(name).split()
    typed = names.fold(surname)
    if len(words) < 2 or not typed:
        return bool(words)
    likeness = [fuzz.ratio(w, typed) for w in words]
    return likeness.index(max(likeness)) > 0


def initial_agrees(initial: str, name: str) -> bool:
    """Does the given name (the first word of a name of two or more) begin as the initial
    does, in any script? «Ye.», «Y.» and «Е.» all begin «Ерболат»; a name of one word,
    a surname stored alone, has no given name to agree with."""
    first = names.fold(initial)
    words = names.fold(name).split()
    if not first or len(words) < 2:
        return False
    return words[0].startswith(first) or (first == "i" and words[0][:1] in "ei")

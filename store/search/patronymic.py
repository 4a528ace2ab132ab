"""A person asked for with a patronymic: «Роман Васильевич Скляр», «Юрий Викторович»,
«Жумангарин Серик Макашевич».

Articles and the knowledge base print a patronymic for some people only, so a query
that holds one matches a name without it less well than another name sharing only the
given name («Роман Юнеман» over «Роман Скляр» for «Роман Васильевич Скляр»). The
patronymic is read as a detail: with two other words it is left out and the person
searched by given name and surname; with the given name alone it must stand in one of
a person's names beside that given name (a knowledge-base variant or a stored alias).
"""

from __future__ import annotations

import re

from store.lang import names

# a patronymic's ending, Russian or Kazakh, in Cyrillic or Latin letters
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична|ұлы|улы|қызы|кызы|ovich|evich|ovna|evna|uly|kyzy)$")


def is_patronymic(word: str) -> bool:
    """Does the word end as a patronymic does, with a stem before the ending?"""
    low = word.lower().replace("ё", "е")
    return len(low) >= 7 and low[:1].isalpha() and bool(_PATRONYMIC.search(low))


def split_patronymic(query: str) -> tuple[str, list[str]] | None:
    """(the patronymic, the query's other words) when exactly one of the query's two or
    three words is a patronymic; None otherwise."""
    words = query.split()
    if len(words) not in (2, 3):
        return None
    found = [w for w in words if is_patronymic(w)]
    if len(found) != 1:
        return None
    return found[0], [w for w in words if w is not found[0]]


def holds_both(name: str, given: str, patronymic: str) -> bool:
    """Does a name hold the given name and the patronymic, as whole words in any script?"""
    words = set(names.fold(name).split())
    return names.fold(given) in words and names.fold(patronymic) in words

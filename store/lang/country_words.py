"""The words by which a post's title or a search query names the state the post belongs
to: «Президент РФ», «министр транспорта Кыргызстана», «ҚР Президенті», «President of
Uzbekistan». One table serves the directive givers (store/lang/office_holders.py) and the
post search (store/search/posts.py), so a country word one of them reads the other reads
too. A word names a country by its start (the stem of every case form and adjective:
«российского», «Ресейдің») or, for an abbreviation, as a whole word («РК», «ҚХР»).

«КР» is the Kyrgyz Republic in Russian; Kazakh writes Kazakhstan «ҚР», which keeps its
own letter here, so the two are not confused.
"""

from __future__ import annotations

import re

# country → (stems a word may start with, abbreviations that are whole words)
COUNTRY_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Казахстан": (("казахстан", "қазақстан", "kazakhstan"), ("рк", "қр")),
    "Россия": (("росси", "ресей", "russia"), ("рф",)),
    "Кыргызстан": (("кыргыз", "киргиз", "қырғыз", "kyrgyz"), ("кр",)),
    "Узбекистан": (("узбек", "өзбек", "uzbek"), ("руз",)),
    "Китай": (("кита", "қытай", "china"), ("кнр", "қхр")),
    "Туркменистан": (("туркмен", "түрікмен", "turkmen"), ()),
}
DEFAULT_COUNTRY = "Казахстан"  # a post no country word qualifies is Kazakhstan's

_WORD = re.compile(r"\w+")


def country_of_word(word: str) -> str | None:
    """The country one lower-case word names, or None («китая» → Китай, «рф» → Россия,
    «кран» → None: an abbreviation counts only as a whole word)."""
    for country, (stems, abbreviations) in COUNTRY_WORDS.items():
        if word in abbreviations or word.startswith(stems):
            return country
    return None


def country_named(phrase: str) -> str:
    """The first country a lower-case phrase names by one of its words, else Kazakhstan."""
    for word in _WORD.findall(phrase):
        country = country_of_word(word)
        if country:
            return country
    return DEFAULT_COUNTRY

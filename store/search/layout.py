"""A query typed with the keyboard in the wrong layout, read in the other one.

A user who meant «хоргос» but had the Latin layout on types «[jhujc»; one who meant
«khorgos» on the Russian layout types «лрщкпщы». Both are keys of the same keyboard
(ЙЦУКЕН over QWERTY), so the text is read back key by key. Search tries the reading
only when the query as typed matched nothing well (store.search.search), and this
module offers a reading only when the typed text looks unlike its own script (few
vowels, many letters its names seldom have, or brackets and semicolons inside a word),
so an ordinary weak query pays nothing.
"""

from __future__ import annotations

_LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
_RUSSIAN_KEYS = "йцукенгшщзхъфывапролджэячсмитьбюё"
_LATIN_SHIFTED = '{}:"<>~'
_RUSSIAN_SHIFTED = "ХЪЖЭБЮЁ"


def _key_table(src: str, dst: str, src_shifted: str = "", dst_shifted: str = "") -> dict[int, str]:
    """Each key's character → the other layout's on that key; a letter's capital →
    the other's capital (a key that is no letter, «[», has its own shifted form)."""
    table = {ord(a): b for a, b in zip(src, dst, strict=True)}
    table |= {ord(a.upper()): b.upper() for a, b in zip(src, dst, strict=True) if a.isalpha()}
    table |= {ord(a): b for a, b in zip(src_shifted, dst_shifted, strict=True)}
    return table


_TO_RUSSIAN = _key_table(_LATIN_KEYS, _RUSSIAN_KEYS, _LATIN_SHIFTED, _RUSSIAN_SHIFTED)
_TO_LATIN = _key_table(_RUSSIAN_KEYS, _LATIN_KEYS)

_LATIN_VOWELS = frozenset("aeiouy")
_RUSSIAN_VOWELS = frozenset("аеёиоуыэюя")
_LATIN_PUNCT_KEYS = frozenset("[];',.`{}:\"<>~")  # keys that are Russian letters
_MIN_LETTERS = 3  # a reading of fewer letters is a prefix, not a name
VOWEL_SHARE = 0.25  # names in either script have more vowels than this; a wrong layout fewer
# Letters a name of the script seldom has, and the keys of the other layout's commonest
# letters put there: Russian а, о, и are f, j, b … on QWERTY (f a fifth of the letters
# typed), Latin a, o, i are ф, щ, ш on ЙЦУКЕН. Measured on the knowledge base's names
# (bench/search_kb_queries.py rows): at RARE_SHARE or a vowel share under VOWEL_SHARE,
# 2 % of its Latin and Cyrillic names are taken for mistyped (they are read again only
# when they matched nothing well) and 96 % of the same names typed in the wrong layout.
_RARE_LATIN = frozenset("fwx")
_RARE_RUSSIAN = frozenset("фщшъэё")
RARE_SHARE = 0.15


def layout_reading(query: str) -> str:
    """The query read in the other keyboard layout («[jhujc» → «хоргос», «ghbdtn» →
    «привет», «лрщкпщы» → «khorgos»), or "" when it does not look mistyped so: mixed
    scripts, Kazakh letters, too short, or a share of vowels a real word has."""
    text = query.strip()
    if not text:
        return ""
    if all(ch.isascii() for ch in text):
        return _latin_typed(text)
    if all(ch.lower() in _RUSSIAN_KEYS or not ch.isalpha() for ch in text):
        return _russian_typed(text)
    return ""


def any_layout_reading(query: str) -> str:
    """The query read in the other layout whatever it looks like: every character a
    key of one layout, at least _MIN_LETTERS letters, and the reading letters
    («rtuty» → «кеген», «лупут» → «kegen»); "" otherwise. For a query that found
    nothing at all as typed (store.search.search), where a typed form that still looks
    like its script («rtuty» has its vowels) is the likeliest reading left."""
    text = query.strip()
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return ""
    if all(ch.isascii() or ch in _NAME_PUNCT for ch in text):
        reading = text.translate(_TO_RUSSIAN)
        return reading if all(ch.isalpha() or ch in _NAME_PUNCT for ch in reading) else ""
    if all(ch.lower() in _RUSSIAN_KEYS or ch in _NAME_PUNCT for ch in text):
        reading = text.translate(_TO_LATIN)
        return reading if all(ch.isalnum() or ch in _NAME_PUNCT + ",." for ch in reading) else ""
    return ""


_NAME_PUNCT = " -–()"  # in names («КТЖ – Грузовые перевозки», «Rosavtotrans (Road …)»), the same in both layouts


def _latin_typed(text: str) -> str:
    """A Latin text read as Russian keys, when a key that is a Russian letter stands
    inside or at the end of a word («[jhujc», «ujhjl,»), or vowels are too few («ghbdtn»)."""
    letters = [ch.lower() for ch in text if ch.isalpha()]
    keyed = [ch for ch in text if ch.isalpha() or ch in _LATIN_PUNCT_KEYS]
    if len(keyed) < _MIN_LETTERS:
        return ""
    punct_in_word = any(
        ch in _LATIN_PUNCT_KEYS and any(c.isalpha() for c in word) for word in text.split() for ch in word
    )
    if not punct_in_word and not _unlike_script(letters, _LATIN_VOWELS, _RARE_LATIN):
        return ""
    return text.translate(_TO_RUSSIAN)


def _russian_typed(text: str) -> str:
    """A Russian-letter text read as Latin keys, when its vowels are too few for a
    Russian word and the reading is letters (keys like «ж», «б» read as «;», «,»
    inside a word make it no Latin name)."""
    letters = [ch.lower() for ch in text if ch.isalpha()]
    if len(letters) < _MIN_LETTERS or not _unlike_script(letters, _RUSSIAN_VOWELS, _RARE_RUSSIAN):
        return ""
    reading = text.translate(_TO_LATIN)
    if any(not ch.isalnum() and ch not in " -.'" for ch in reading):
        return ""
    return reading


def _unlike_script(letters: list[str], vowels: frozenset[str], rare: frozenset[str]) -> bool:
    """Few vowels, or many letters a word of the script seldom has."""
    if not letters:
        return False
    n = len(letters)
    return sum(ch in vowels for ch in letters) / n < VOWEL_SHARE or sum(ch in rare for ch in letters) / n >= RARE_SHARE

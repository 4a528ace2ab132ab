"""A Kazakh word's stem for the full-text index: plural, possessive and case endings
stripped, so «көліктері», «көліктердің», «көлігін» and «көлік» are one index term.

Why our own: the index's lemmas are pymorphy2's, a Russian analyzer, whose guesses for
Kazakh words keep every form apart («жүктер» → «жүктереть», «кеден» → «кесть»), so a
Kazakh topic word found only pages printing that exact form. No maintained Kazakh
stemmer fits the package: Snowball (snowballstemmer, PyStemmer) has none, and the one
Kazakh analyzer on PyPI (kazstem) is GPL-licensed, alpha, and needs the HFST programs and
a resource bundle outside its wheel.

The stripper is light: endings come off from the right in the order Kazakh puts them on
a noun (stem + plural + possessive + case), one of each at most, while what stays is
three letters or more with a vowel. One case ending, not a run of them: Kazakh puts no
case after a case, and a greedy stripper read verbs as nouns so — «жолданды» ('was
sent': жол + verb-making «-да» + passive «-н» + past «-ды») lost «-ды» as an accusative
and «-дан» as an ablative, and a search for «жол» (road) found it. A «-ды»/«-ді»/«-дың»
after a vowel is no case at all (the accusative and genitive there are «-ны», «-ның»):
it is a verb's present («береді») or a possessive («заводы»). An ending is taken only
where Kazakh would put it —
its vowel agrees with the stem's last vowel (vowel harmony), an ending in т/қ/к/п
follows a voiceless consonant and one in д/ғ/г/л/б does not, and the possessive's «н»
(«-ын», «-ына», «-ында», «-ынан») follows «ы»/«і». A stem-final «ы»/«і» after a
consonant goes too, and a final г/ғ/б is read as the к/қ/п it voices («көлігі»,
«талабы»). A stem whose end only looks like a case ending («Өскемен», «сауда») loses it
when bare and keeps it before a real case («Өскеменде» → «өскемен»), so a query word asks
for its key with the case slot skipped and with a second case off as well (query_keys).
The result is an index key, not a dictionary word.
"""

from __future__ import annotations

import re
from functools import lru_cache

_BACK = set("аоұыя")
_FRONT = set("әеөүіэ")
_VOWELS = _BACK | _FRONT | set("иуюё")
_VOICELESS = set("кқпстфхцчшщ")
_VOICED_FINAL = {"г": "к", "ғ": "қ", "б": "п"}
_MIN_STEM = 3
_MIN_GREEDY_KEY = 4  # query_keys: a shorter greedy key is a verb's noun, not a name's stem
_CYRILLIC_WORD = re.compile("^[а-яёәғқңөұүһі]+$")

_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
_POSSESSIVE = ("ымыз", "іміз", "ыңыз", "іңіз", "мыз", "міз", "ңыз", "ңіз", "ым", "ім", "ың", "ің", "сы", "сі", "ы", "і")
_CASE = (
    ("ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "менен")
    + ("ның", "нің", "дың", "дің", "тың", "тің", "нан", "нен", "дан", "ден", "тан", "тен", "мен", "бен", "пен")
    + (
        "нда",
        "нде",
        "ға",
        "ге",
        "қа",
        "ке",
        "на",
        "не",
        "ны",
        "ні",
        "ды",
        "ді",
        "ты",
        "ті",
        "да",
        "де",
        "та",
        "те",
        "н",
    )
)


def _longest_first(endings: tuple[str, ...]) -> tuple[str, ...]:
    """So «-ндағы» is tried before «-да» and «-ның» before «-н»."""
    return tuple(sorted(set(endings), key=len, reverse=True))


_ENDINGS = _longest_first(_CASE + _POSSESSIVE + _PLURAL)
_ENDING_SET = frozenset(_ENDINGS)
# the slots from the word's end inwards: case, possessive, plural (one ending each), and
# a stem's own final «ы»/«і» («жолаушы|лар» and «жолаушы» are one key)
_NOUN_SLOTS = (_longest_first(_CASE), _longest_first(_POSSESSIVE), _longest_first(_PLURAL), ("ы", "і"))
_NO_CASE_SLOTS = _NOUN_SLOTS[1:]
# the accusative and genitive after a vowel are «-ны», «-ның»: «-ды», «-дың» there end a verb
# (after «у», «и», «й», which Kazakh reads as consonants here, «тексеруді» is an accusative)
_NOT_AFTER_VOWEL = frozenset({"ды", "ді", "дың", "дің"})
_TRUE_VOWELS = set("аәеоөұүыіэ")
# endings beginning with н only after the possessive «ы»/«і» («-ын», «-ына», «-ында»,
# «-ындағы»), or after a vowel or м/н/ң (the genitive and the accusative's «-ның», «-ны»)
_AFTER_POSSESSIVE = frozenset({"н", "на", "не", "нда", "нде", "ндағы", "ндегі"})
_AFTER_VOWEL_OR_NASAL = frozenset({"ның", "нің", "нан", "нен", "ны", "ні"})
_AFTER_VOWEL = frozenset({"сы", "сі", "мыз", "міз", "ңыз", "ңіз"})
_AFTER_CONSONANT = frozenset({"ы", "і", "ым", "ім", "ың", "ің", "ымыз", "іміз", "ыңыз", "іңіз"})


def _last_vowel(text: str) -> str:
    for ch in reversed(text):
        if ch in _VOWELS:
            return ch
    return ""


def _harmonic(stem: str, ending: str) -> bool:
    """Does the ending's vowel agree with the stem's last vowel (back with back, front
    with front)? A stem whose last vowel is neither (и, у) takes either."""
    mine, theirs = _last_vowel(ending), _last_vowel(stem)
    if not mine:
        return True
    if theirs in _BACK:
        return mine in _BACK
    if theirs in _FRONT:
        return mine in _FRONT
    return True


def _fits(stem: str, ending: str) -> bool:
    """Could Kazakh put this ending after this stem?"""
    if len(stem) < _MIN_STEM or not _last_vowel(stem) or not _harmonic(stem, ending):
        return False
    before, first = stem[-1], ending[0]
    if first in "тқкп" and before not in _VOICELESS:
        return False
    if first in "дғглб" and before in _VOICELESS:
        return False
    if ending in _NOT_AFTER_VOWEL and before in _TRUE_VOWELS:
        return False
    if ending in _AFTER_POSSESSIVE:
        return before in "ыі"
    if ending in _AFTER_VOWEL_OR_NASAL:
        return before in _VOWELS or before in "мнң"
    if ending in _AFTER_VOWEL:
        return before in _VOWELS and before not in "ыі"  # «облы|сы» is «облыс|ы»
    return not (ending in _AFTER_CONSONANT and before in _VOWELS)


def _strip_slots(word: str, slots: tuple[tuple[str, ...], ...]) -> str:
    """The word without one ending of each slot, from its end inwards."""
    stem = word
    for endings in slots:
        for ending in endings:
            if stem.endswith(ending) and _fits(stem[: -len(ending)], ending):
                stem = stem[: -len(ending)]
                break
    return stem


def _strip_greedy(word: str) -> str:
    """Schema 12's key: any ending off while one fits (a store indexed so is still
    searched right: query_keys asks for this key too)."""
    stem = word
    while True:
        for ending in _ENDINGS:
            if stem.endswith(ending) and _fits(stem[: -len(ending)], ending):
                stem = stem[: -len(ending)]
                break
        else:
            return stem


def query_keys(word: str) -> tuple[str, ...]:
    """The keys the forms of a lowered query word may have been stored under. A word
    ending in н, с, т or д and «ы»/«і» reads two ways — «пункт|і» or «пунк|ті», «аудан|ы» or
    «ауда|ны» — and the index cut each stored form the longest way; so both readings
    of the query word are asked for, each with and without that consonant («пункт»,
    «пунк»). A stem ending like a case ending is stored cut when bare and whole before a
    real case («Өскемен» → «өске», «Өскеменде» → «өскемен»): the word's key with no case
    taken off and its key with a second one taken off (schema 12's greedy key, which an
    index written before holds) are asked for too, when it keeps _MIN_GREEDY_KEY letters:
    the stems that end like a case are names of four letters and more («өске|мен»,
    «қазақс|тан»), and a shorter greedy key is a verb made of a short noun read as two
    cases («жол|да|н|ды» 'was sent' → «жол» road, «қол|да|н|ды» 'was used' → «қол» hand),
    which then found every road page. The noun («жол») asks for no verb."""
    w = word.replace("ё", "е")
    keys = [kazakh_stem(word)]
    if _CYRILLIC_WORD.match(w):
        keys.append(_voiced_read(_strip_slots(w, _NO_CASE_SLOTS)))
        greedy = _voiced_read(_strip_greedy(w))
        if len(greedy) >= _MIN_GREEDY_KEY:
            keys.append(greedy)
    if len(w) > _MIN_STEM + 1 and w[-1] in "ыі" and w[-2] in "нстд" and _CYRILLIC_WORD.match(w):
        keys.append(kazakh_stem(w[:-1]))
    out: list[str] = []
    for key in keys:
        out.append(key)
        if len(key) > _MIN_STEM and key[-1] in "нстд" and _last_vowel(key[:-1]):
            out.append(key[:-1])
    return tuple(dict.fromkeys(out))


def is_ending(text: str) -> bool:
    """Is `text` (lower case) a Kazakh case, possessive or plural ending («ның», «ға», «лар»)?"""
    return text in _ENDING_SET


@lru_cache(maxsize=200_000)
def kazakh_stem(word: str) -> str:
    """The index key of a lowered Cyrillic word read as Kazakh («көліктердің» → «көлік»,
    «талабы» → «талап», «ҚТЖ-ның» → «қтж»); a word of other letters comes back as it is."""
    w = word.replace("ё", "е")
    head, dash, tail = w.rpartition("-")
    if dash and head and tail in _ENDINGS:
        return kazakh_stem(head)  # «ҚТЖ-ның», «Достық-қа»: an ending hyphened to an abbreviation or name
    if not _CYRILLIC_WORD.match(w):
        return w
    return _voiced_read(_strip_slots(w, _NOUN_SLOTS))


def _voiced_read(stem: str) -> str:
    """A final г/ғ/б read as the к/қ/п it voices («көліг» → «көлік»)."""
    if stem[-1] in _VOICED_FINAL:
        return stem[:-1] + _VOICED_FINAL[stem[-1]]
    return stem

"""A district's or region's proper name read into the official's name after it.

«Аким области Абай Берик Уали», «глава области Жетысу Бейбит Исабаев», «аким района Байзак
Асхат Иманкулов»: the regions made in 2022 (Абай, Жетісу, Ұлытау) and many districts are
named after people or places, and the model reads the unit's name and the official's as one
person («Абай Берик Уали»). After a unit noun («области», «района», «города», «округа»), a
person of three or more words whose second word is a given name starts at that given name;
the first word is the unit's name (a place, found by the place passes once it is free).

Why: ppl43's scan of 768 saved real pages printed «Жетысу Бейбит Исабаев»; made-up
sentences in the same shape gave «Абай Нурлан Уранхаев», «Улытау Берик Абдыгалиулы»,
«Байзак Асхат Иманкулов» — the posts of the Abai and Zhetysu regions face China (Бахты,
Майкапшагай, Хоргос, Достык, Нур Жолы), so their akims are in border news.

The official may be named by surname alone or with an initial («аким области Абай
Уранхаев», «области Жетысу Б. Исабаев»), and a city's akim without a unit noun at all
(«Аким Алматы Досаев», «Аким Алматы Е. Досаев», the role word read into the span too): the
unit's or city's name is cut off there as well, when what is left is a surname (with its
initial) and the cut word, after a role word, is a place the knowledge base knows and no
given name (per66's person probe: «Алматы Досаев» and «Жетысу Исабаев» were persons apart
from the official's full name, and the store kept three entities for him).

A city in a Russian case counts too («Аким Семея Ахметов»: «Семей»), and so does the full
name after it: «Аким Актау Едил Жанбыршин» read as one span keeps «Едил Жанбыршин». Where the
model reads nothing there at all («Аким Шымкента Габит Сыздыков», «Аким Шымкента Сыздыков»: a
city's genitive before a name leaves the model silent), a role word, a known city, an optional
given name or initial and a surname-shaped word make the person (per67: per66's held out
printed «Аким Актау Едил Жанбыршин» as one person and lost «Мукашев» after «Аким Алматы»).

The town is any the knowledge base knows, in any case (loc68: a probe of all 122 town rows of
regions.csv and places.csv in «Аким <town> Арман Нуров заявил …» lost 22: «Аким Иргиза …»,
«Аким Кандыагаша …», «Аким Сарыколя …» were one person, since only the places list's towns
were read in a case form; «Аким Тараза Арман Нуров» lost the person, «Тараз» being a given
name of the list too; «Хромтау» was two rows). With the official's given name printed, the
word before it is no second given name, so only a town's being known is asked.

A resident's noun opens the same shape as a role word does (place82): «Житель Шардары Нурлан
Жетысуев», «Уроженец Кентау Ерлан Серикбаев» were one person each, the town lost.
"""

from __future__ import annotations

import re

from store.extract.naming import SURNAME, is_first_name, is_surname
from store.extract.ner import NerSpan
from store.extract.roles import is_role_word
from store.extract.spans import coverage_mask
from store.lang import kb
from store.lang.normalize import parses
from store.lang.places import place_nominative

_UNIT_BEFORE = re.compile(r"(?:област[иьюя]|район[аеу]?|город[аеу]?|округ[аеу]?|облысы|ауданы)\s+$", re.IGNORECASE)
_MIN_WORDS = 3


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_NON_SPACE_RUN = re.compile(r"\S+")
_WORD_BEFORE = re.compile(r"(\w[\w-]*)\s+$")
_INITIAL = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яё]?\.$")
# an initial after the surname: the sentence's end may have taken its dot
_INITIAL_AFTER = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.?$")


def _trimmed(text: str, s: NerSpan) -> NerSpan | None:
    """The span without the unit's or city's name it opens with (see module doc)."""
    words = [w.group() for w in _NON_SPACE_RUN.finditer(s.text)]
    unit = bool(_UNIT_BEFORE.search(text, max(0, s.start - 20), s.start))
    if unit and len(words) >= _MIN_WORDS and words[0][:1].isupper() and is_first_name(words[1]):
        return _from_word(text, s, 1)
    if unit and words[0][:1].isupper() and _surname_only(words[1:]) and _unit_name(words[0]):
        return _from_word(text, s, 1)
    before = _WORD_BEFORE.search(text, max(0, s.start - 30), s.start)
    if before and _role_or_resident(before.group(1)) and _town_before(words[0], words[1:]):
        return _from_word(text, s, 1)
    if len(words) > 2 and is_role_word(words[0]) and _town_before(words[1], words[2:]):
        return _from_word(text, s, 2)
    return None


# a resident's or native's noun: the town after it is where the person lives or comes from
# («Житель Шардары Нурлан Жетысуев», «Уроженец Кентау Ерлан Серикбаев», read as one person)
_RESIDENT = re.compile(r"(?:жител[ьяюией]\w*|уроженц?\w*|уроженк\w*|выходц?\w*|выходк\w*)$", re.IGNORECASE)


def _role_or_resident(word: str) -> bool:
    """A role word («Аким», «акима») or a resident's noun («Житель», «уроженка»): after either,
    a known town before a person's name is the town, not the first word of the name (place82:
    fresh sentences «Житель Шардары Нурлан Жетысуев …», «Уроженец Кентау Ерлан Серикбаев …»
    gave one person each and lost the town)."""
    return is_role_word(word) or bool(_RESIDENT.match(word))


def _town_before(word: str, name: list[str]) -> bool:
    """After a role word, `word` is a town and `name` the official's: a surname (± initial)
    after a town the knowledge base knows that is no given name (_city), or a listed given
    name and a surname after a town it knows at all (_town). With the official's given name
    printed, the word before it is no second given name, so a town that is also a name in the
    list («Тараз») or one the guesser reads as a name («Жымпиты») is the town there."""
    if len(name) == 2 and is_first_name(name[0]):
        return _surname_only(name[1:]) and _town(word)
    return _a_name(name) and _city(word)


def _a_name(words: list[str]) -> bool:
    """A surname (± initial), or a given name and a surname («Едил Жанбыршин»)."""
    if len(words) == 2 and is_first_name(words[0]):
        words = words[1:]
    return _surname_only(words)


def _from_word(text: str, s: NerSpan, i: int) -> NerSpan:
    start = s.start + [w.start() for w in _NON_SPACE_RUN.finditer(s.text)][i]
    return NerSpan("person", start, s.end, text[start : s.end])


def _surname_only(words: list[str]) -> bool:
    """A surname, alone, after one initial or before one or two («Досаев», «Е. Досаев»,
    «Досаев Е. Б.», as a protocol prints it: per68's probe kept «Жетысу Исабаев Б. О»)."""
    if len(words) == 2 and _INITIAL.match(words[0]):
        words = words[1:]
    while len(words) > 1 and _INITIAL_AFTER.match(words[-1]):
        words = words[:-1]
    return len(words) == 1 and words[0][:1].isupper() and bool(SURNAME.search(words[0]) or is_surname(words[0]))


def _given_name(word: str) -> bool:
    """A given name in any case («Асель», «Андрея»: «советник губернатора области Андрея
    Подоплёкина» names no unit)."""
    return is_first_name(word) or any("Name" in p.tag.grammemes for p in parses(word)[:3])


def _unit_name(word: str) -> bool:
    """After a unit noun, the word before a surname is the unit's name when the knowledge base
    knows a unit or a place by it («области Жетысу Исабаев»: «область Жетысу»; «области Абай
    Уранхаев», a region named after a person, by its row). A word it does not know is read as
    the official's given name: the given names the dictionary lacks are many («аким области
    Ондасын Уразалин», «акиму района Дархану Ермаганбетову» lost «Ондасын» and «Дархану» when
    anything but a known given name was taken for the unit's name), and «области Асель
    Толеуова» names no unit either."""
    if any(kb.row_of_printed("location", f"{unit} {word}") is not None for unit in ("область", "район", "город")):
        return True
    return not _given_name(word) and _city(word)


def _city(word: str) -> bool:
    """A place the knowledge base knows by this word or its nominative («Алматы», «Семея»), which
    is no given name («Абай»)."""
    if not word[:1].isupper():
        return False
    if kb.row_of_printed("location", word) is not None:
        return not _given_name(word)
    # a case form: the guesser reads «Семея», «Шымкента» as a name's too, so only a given
    # name of the list («Абая») is refused here
    nominative = place_nominative(word)
    return (
        nominative is not None
        and not is_first_name(nominative)
        and kb.row_of_printed("location", nominative) is not None
    )


def _town(word: str) -> bool:
    """A town the knowledge base knows by this word in any case: its row's name («Жымпиты»),
    a case form of the places list (place_nominative) or one kb.find reads as a town's whole
    name («Иргиза», «Кандыагаша», «Сарыколя»: the towns of regions.csv and places.csv the
    places list lacks; loc68's probe of every town row in «Аким <town> <Given Surname>»)."""
    if not word[:1].isupper():
        return False
    if kb.row_of_printed("location", word) is not None:
        return True
    nominative = place_nominative(word)
    if nominative is not None and kb.row_of_printed("location", nominative) is not None:
        return True
    found = kb.find(word)
    return len(found) == 1 and found[0].end == len(word) and found[0].form.row.kind == "city"


# a capitalized word after a word, an optional given name or initial, a surname-shaped word
_ROLE_CITY_NAME = re.compile(
    r"(?<![\w-])(?P<role>[А-ЯЁа-яё-]{3,})\s+(?P<city>[А-ЯЁ][а-яё-]+)\s+"
    r"(?P<name>(?:[А-ЯЁӘҒҚҢӨҰҮҺІ](?:[а-яёәғқңөұүһі]+|\.)\s*)?[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына))(?![\w-])"
)


# Where a _ROLE_CITY_NAME match's city may start: a capital after a blank, lower-case letters and
# a blank and a capital after it. It opens with the capital, so `re` skips in C to the capitals
# (the pattern itself opens with a look back, tried at every position of the text).
_CITY_START = re.compile(r"[А-ЯЁ](?<=\s[А-ЯЁ])(?=[а-яё-]+\s+[А-ЯЁӘҒҚҢӨҰҮҺІ])")
_ROLE_LETTERS = frozenset("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЁабвгдежзийклмнопрстуфхцчшщъыьэюяё-")


def _role_city_names(text: str):
    """`_ROLE_CITY_NAME.finditer(text)`, the same matches, found from their cities (gate75: 0.08 →
    0.035 ms a text). A match's role word is the run of its letters before the blanks before the
    city (the look back refuses any later start in the run), so the pattern is tried there only,
    and not inside a match already found, as finditer goes on after it. Every city start is
    a _CITY_START (only the capital is consumed, so none is skipped)."""
    last = 0
    for c in _CITY_START.finditer(text):
        i = c.start()
        while i > 0 and text[i - 1].isspace():  # `\s` is str.isspace (tests/test_gate75_gates.py)
            i -= 1
        while i > 0 and text[i - 1] in _ROLE_LETTERS:
            i -= 1
        if i < last:
            continue
        m = _ROLE_CITY_NAME.match(text, i)
        if m:
            last = m.end()
            yield m


def _officials_the_model_missed(text: str, spans: list) -> list:
    """«Аким Шымкента Габит Сыздыков»: the person after a role word and a known city where no
    span covers the name (see module doc)."""
    found = []
    covered = None
    for m in _role_city_names(text):
        if not _role_or_resident(m.group("role")):
            continue
        if not _town_before(m.group("city"), m.group("name").replace(".", ". ").split()):
            continue
        covered = covered if covered is not None else coverage_mask(text, spans)
        if not any(covered[m.start("name") : m.end("name")]):
            found.append(NerSpan("person", m.start("name"), m.end("name"), m.group("name")))
    return found


def place_before_name(text: str, spans: list, ctx) -> list:
    """The pass: such a person span loses the unit's name it opened with."""
    out = []
    for s in spans:
        cut = _trimmed(text, s) if s.type == "person" else None
        out.append(cut or s)
    missed = _officials_the_model_missed(text, out)
    return sorted(out + missed, key=lambda s: (s.start, s.end)) if missed else out

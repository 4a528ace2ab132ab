"""The spellings people type for a name, made by rule (for bench/search_kb_queries.py).

Nothing here looks at what the search engine does: the rules are the ones a Russian or
Kazakh writer, an English-language journalist or a user typing in a hurry follows.
Russian case forms (genitive, dative, instrumental, prepositional) decline the words
of a name up to and including its head noun; Kazakh case endings go on the last word,
chosen by vowel harmony and the last sound; Latin spellings follow English press
usage, informal chat usage, the 2021 Kazakh Latin alphabet and its ASCII shorthand;
typos are one deletion, insertion, keyboard-neighbour substitution or transposition.
"""

from __future__ import annotations

import random
import re

# ------------------------------------------------------------------ Russian cases

RU_CASES = ("gen", "dat", "ins", "prep")
_HUSHING = set("жшчщц")
_VELAR_HUSHING = set("гкхжшчщ")
_RU_VOWELS = set("аеёиоуыэюя")
# adjective endings → (gen, dat, ins, prep); "ins" after a velar or hushing letter takes и
_ADJ = {
    "ая": ("ой", "ой", "ой", "ой"),
    "яя": ("ей", "ей", "ей", "ей"),
    "ый": ("ого", "ому", "ым", "ом"),
    "ий": ("ого", "ому", "им", "ом"),
    "ой": ("ого", "ому", "ым", "ом"),
    "ое": ("ого", "ому", "ым", "ом"),
    "ее": ("его", "ему", "им", "ем"),
    "ые": ("ых", "ым", "ыми", "ых"),
    "ие": ("их", "им", "ими", "их"),
}
_CYR_WORD = re.compile(r"^[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*$")
_KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def _is_adjective(word: str) -> bool:
    low = word.lower()
    return len(low) > 4 and low[-2:] in _ADJ and not (low[-2:] == "ой" and low[-3] in _RU_VOWELS)


def _adjective_case(word: str, case: str) -> str:
    ending = _ADJ[word[-2:].lower()][RU_CASES.index(case)]
    if case == "ins" and word[-3].lower() in _VELAR_HUSHING and ending.startswith("ы"):
        ending = "и" + ending[1:]
    return word[:-2] + ending


def _noun_case(word: str, case: str) -> str | None:
    """A noun in the nominative singular put in `case`, or None when it does not decline
    (ends in о, е, и, у, ы, ю: Kazakh and foreign names Russian leaves alone)."""
    low, i = word.lower(), RU_CASES.index(case)
    last, before = low[-1], low[-2] if len(low) > 1 else ""
    if last == "а":
        gen = "и" if before in _VELAR_HUSHING else "ы"
        return word[:-1] + (gen, "е", "ой", "е")[i]
    if last == "я":
        if before == "и":
            return word[:-1] + ("и", "и", "ей", "и")[i]
        return word[:-1] + ("и", "е", "ей", "е")[i]
    if last == "й":
        return word[:-1] + ("я", "ю", "ем", "е")[i]
    if last == "ь":
        if low.endswith(("ость", "асть")):  # область, часть: feminine
            return word[:-1] + ("и", "и", "ью", "и")[i]
        return word[:-1] + ("я", "ю", "ем", "е")[i]
    if last in _RU_VOWELS:
        return None
    ins = "ем" if last in _HUSHING else "ом"
    return word + ("а", "у", ins, "е")[i]


def _decline_word(word: str, case: str) -> str | None:
    """One word of a name in `case`; a hyphenated word declines its last part."""
    head, _, last = word.rpartition("-")
    if head:
        if _is_adjective(last):  # «Восточно-Казахстанская»
            return f"{head}-{_adjective_case(last, case)}"
        done = _noun_case(last, case)
        return f"{head}-{done}" if done else None
    if _is_adjective(word):
        return _adjective_case(word, case)
    return _noun_case(word, case)


def russian_case(name: str, case: str) -> str | None:
    """The name in a Russian case: adjectives and the head noun after them decline, the
    words after the head noun (a genitive, a quoted name) stay. None when the name does
    not decline (Kazakh words, initials, brackets) or nothing changes."""
    words = name.split()
    if not words or any(set(w) & _KAZAKH_LETTERS for w in words) or not all(_CYR_WORD.match(w) for w in words):
        return None
    if len(words) > 1 and words[-1].lower().endswith(("ы", "и")) and not _is_adjective(words[-1]):
        return None  # «Нур жолы», «Темир жолы»: a Kazakh phrase, left as it is
    out = list(words)
    for i, word in enumerate(words):
        if word.isupper() and len(word) > 1:
            break  # an abbreviation: «Пограничная служба КНБ»
        done = _decline_word(word, case)
        if done is None:
            return None
        out[i] = done
        if not _is_adjective(word):
            break  # the head noun: what follows depends on it and keeps its case
    text = " ".join(out)
    return text if text != name else None


# ------------------------------------------------------------------ Kazakh cases

KK_CASES = ("gen", "dat", "acc", "loc", "abl", "ins")
_KK_VOWELS = set("аәеёиоөуұүыіэюя")
_KK_BACK = set("аоұыуёюя")
_KK_VOICELESS = set("кқпстфхцчшщһбвгд")  # б в г д end a word voiceless
_KK_NASAL = set("мнң")
# (back, front) endings after a vowel, a voiced consonant, a nasal, a voiceless one
_KK_ENDINGS = {
    "gen": {"v": ("ның", "нің"), "z": ("дың", "дің"), "n": ("ның", "нің"), "s": ("тың", "тің")},
    "dat": {"v": ("ға", "ге"), "z": ("ға", "ге"), "n": ("ға", "ге"), "s": ("қа", "ке")},
    "acc": {"v": ("ны", "ні"), "z": ("ды", "ді"), "n": ("ды", "ді"), "s": ("ты", "ті")},
    "loc": {"v": ("да", "де"), "z": ("да", "де"), "n": ("да", "де"), "s": ("та", "те")},
    "abl": {"v": ("дан", "ден"), "z": ("дан", "ден"), "n": ("нан", "нен"), "s": ("тан", "тен")},
    "ins": {"v": ("мен", "мен"), "z": ("бен", "бен"), "n": ("мен", "мен"), "s": ("пен", "пен")},
}
# after the 3rd-person possessive (облысы, жолы, бекеті): the n-forms
_KK_POSSESSIVE = {
    "gen": ("ның", "нің"),
    "dat": ("на", "не"),
    "acc": ("н", "н"),
    "loc": ("нда", "нде"),
    "abl": ("нан", "нен"),
    "ins": ("мен", "мен"),
}


def _sound(last: str) -> str:
    if last in _KK_VOWELS:
        return "v"
    if last in _KK_NASAL:
        return "n"
    if last in _KK_VOICELESS:
        return "s"
    return "z"


def kazakh_case(name: str, case: str) -> str | None:
    """The Kazakh name with a case ending on its last word, by vowel harmony (the last
    vowel back or front) and the last sound; a possessive last word of a phrase
    («Нұр жолы», «Абай облысы») takes the n-forms. None for a name with no vowel."""
    words = name.split()
    if not words:
        return None
    last = words[-1]
    if last.isupper() and len(last) > 1:
        return None  # an abbreviation («… АҚ») takes a hyphened ending read aloud
    low = last.lower()
    vowels = [ch for ch in low if ch in _KK_VOWELS]
    if not vowels or not low[-1].isalpha():
        return None
    front = 0 if vowels[-1] in _KK_BACK else 1
    possessive = len(words) > 1 and low[-1] in "ыі" and len(low) > 2 and low[-2] not in _KK_VOWELS
    ending = _KK_POSSESSIVE[case][front] if possessive else _KK_ENDINGS[case][_sound(low[-1])][front]
    return " ".join([*words[:-1], last + ending])


# ------------------------------------------------------------------ Latin spellings

_RU_PRESS = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split(),
        strict=True,
    )
)
_RU_INFORMAL = {**_RU_PRESS, "х": "h", "ж": "j", "ц": "c", "й": "i", "ы": "i", "ю": "ju", "я": "ja", "щ": "sh"}
_KK_OFFICIAL = {
    **_RU_PRESS,
    "ә": "ä",
    "ғ": "ğ",
    "қ": "q",
    "ң": "ñ",
    "ө": "ö",
    "ұ": "ū",
    "ү": "ü",
    "һ": "h",
    "і": "ı",
    "и": "i",
    "й": "i",
    "ы": "y",
    "ж": "j",
    "х": "h",
    "ш": "ş",
    "ч": "ç",
}
_KK_ASCII = {
    **_RU_PRESS,
    "ә": "a",
    "ғ": "gh",
    "қ": "q",
    "ң": "ng",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "і": "i",
}
LATIN_SCHEMES = {"ru_press": _RU_PRESS, "ru_informal": _RU_INFORMAL, "kk_official": _KK_OFFICIAL, "kk_ascii": _KK_ASCII}


def to_latin(text: str, scheme: str) -> str:
    """Text transliterated letter by letter; е at a word's start or after a vowel is
    «ye» in the press scheme (Yesil, Yerlan); case kept as the first letter's."""
    table = LATIN_SCHEMES[scheme]
    out: list[str] = []
    prev = ""
    for ch in text:
        low = ch.lower()
        if low in table:
            lat = table[low]
            lat = "" if lat == "_" else lat
            if scheme == "ru_press" and low == "е" and (not prev.isalpha() or prev in _KK_VOWELS):
                lat = "ye"
            out.append(lat.capitalize() if ch.isupper() else lat)
        else:
            out.append(ch)
        prev = low
    return "".join(out)


_KK_TO_RU = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def kazakh_as_russian(text: str) -> str:
    """Kazakh letters typed as the Russian letters on their keys (Қорғас → Коргас)."""
    return text.translate(_KK_TO_RU)


# ------------------------------------------------------------------ typed names

_QUOTES = re.compile(r"[«»\"“”„]")
_LEGAL = {"АО", "ТОО", "АҚ", "ЖШС", "РГУ", "ГУ", "ФГКУ", "РГП", "РМК"}


def typed(name: str) -> str:
    """A listed name as someone types it into a search box: no quotes, no legal form
    before or after it («АО «НК «ҚТЖ»» → «НК ҚТЖ»)."""
    words = _QUOTES.sub(" ", name).split()
    while len(words) > 1 and words[0] in _LEGAL:
        words = words[1:]
    while len(words) > 1 and words[-1] in _LEGAL:
        words = words[:-1]
    return " ".join(words)


# ------------------------------------------------------------------ joins


def rejoined(name: str) -> dict[str, str]:
    """The name's parts written apart, hyphened and glued, each that differs from the
    name: «Нур жолы» → «Нур-жолы», «Нуржолы»; «Кара-Су» → «Кара Су», «КараСу» lower."""
    parts = [p for p in re.split(r"[\s\-]+", name) if p]
    if len(parts) < 2 or len(parts) > 3:
        return {}
    forms = {
        "join_space": " ".join(parts),
        "join_hyphen": "-".join(parts),
        "join_glued": parts[0] + "".join(p.lower() for p in parts[1:]),
    }
    return {k: v for k, v in forms.items() if v != name}


# ------------------------------------------------------------------ typos

_ROWS = (
    "йцукенгшщзхъ",
    "фывапролджэ",
    "ячсмитьбю",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
)
_NEIGHBOURS: dict[str, str] = {}
for _row in _ROWS:
    for _i, _ch in enumerate(_row):
        _NEIGHBOURS[_ch] = _row[max(0, _i - 1) : _i] + _row[_i + 1 : _i + 2]
TYPO_KINDS = ("delete", "insert", "substitute", "transpose")
_MIN_TYPO_WORD = 4


def typo(text: str, kind: str, rng: random.Random) -> str | None:
    """The text with one typo of `kind` in one of its words of 4+ letters (chosen by
    `rng`): a letter dropped, a keyboard neighbour of a letter typed after it, a letter
    replaced by a keyboard neighbour, two adjacent letters swapped. None when no word
    is long enough or the typo changes nothing."""
    spans = [m.span() for m in re.finditer(r"[^\W\d_]+", text) if m.end() - m.start() >= _MIN_TYPO_WORD]
    if not spans:
        return None
    start, end = rng.choice(spans)
    word = text[start:end]
    done = _typo_in_word(word, kind, rng)
    if done is None or done == word:
        return None
    return text[:start] + done + text[end:]


def _typo_in_word(word: str, kind: str, rng: random.Random) -> str | None:
    n = len(word)
    if kind == "delete":
        i = rng.randrange(n)
        return word[:i] + word[i + 1 :]
    if kind == "transpose":
        i = rng.randrange(n - 1)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    keyed = [i for i, ch in enumerate(word) if _NEIGHBOURS.get(ch.lower())]
    if not keyed:
        return None
    i = rng.choice(keyed)
    near = rng.choice(_NEIGHBOURS[word[i].lower()])
    if kind == "substitute":
        return word[:i] + near + word[i + 1 :]
    return word[: i + 1] + near + word[i + 1 :]


# ------------------------------------------------------------------ wrong keyboard layout

# The keys of the Russian ЙЦУКЕН layout and the QWERTY characters on the same keys
_RU_KEYS = "йцукенгшщзхъфывапролджэячсмитьбюё"
_LAT_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
_RU_TO_LAT = dict(zip(_RU_KEYS, _LAT_KEYS, strict=True))
_LAT_TO_RU = dict(zip(_LAT_KEYS, _RU_KEYS, strict=True))


def wrong_layout(text: str) -> str | None:
    """The text as typed, in lower case, with the keyboard in the other layout: a
    Russian name on the Latin layout («хоргос» → «[jhujc»), a Latin one on the Russian
    layout («khorgos» → «лрщкпщы»). None when a letter is on neither layout (Kazakh)."""
    low = text.lower()
    table = _LAT_TO_RU if low.isascii() else _RU_TO_LAT
    out = []
    for ch in low:
        if ch in table:
            out.append(table[ch])
        elif ch.isalpha():
            return None
        else:
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------------ prefixes

_MIN_PREFIX = 4


def typing_prefix(name: str) -> str | None:
    """What is in the box halfway through typing the name: its first 60% of
    characters, at least 4, ending inside a word (a prefix ending on a space or the
    whole name is not one). None for names under 6 characters."""
    if len(name) < 6:
        return None
    cut = max(_MIN_PREFIX, round(len(name) * 0.6))
    prefix = name[:cut].rstrip(" -")
    return prefix if len(prefix) < len(name) and len(prefix) >= _MIN_PREFIX else None

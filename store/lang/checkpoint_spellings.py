"""The neighbours' spellings of our posts' names, derived by orthography rules (issue 15).

Uzbek, Kyrgyz and Chinese-side pages write the posts on their border in their own
orthographies: «Жибек жоли» and «Jibek yoʻli» for «Жібек жолы», «Қозиғурт» and «Qozigʻurt»
for «Қазығұрт», «Кордой» for «Қордай», «Карасуу» for «Қарасу», «Цзимунай» for Jimunai. A
row's variants column held a few of them, added one by one as pages turned up; these rules
give every row of that border its spellings at once, from its Kazakh name (for our posts)
or its pinyin name (for the Chinese posts). The matcher (store/extract/checkpoint_names.py)
reads them as the row's own names and the store keeps them as its aliases, so a search for
one finds the post. The rules and their sources: docs/gazetteer.md, «Neighbours' spellings».

Each rule is a plain letter table plus a few sound rules of the language, never a list of
names: a name of a new row gets its spellings without a line here.
"""

from __future__ import annotations

import re
from functools import lru_cache

# --- Uzbek (Cyrillic and Latin) -------------------------------------------------------------

# Kazakh letters Uzbek Cyrillic does not have, as Uzbek writes them: ы and і are и («Жибек
# жоли», «Сариағаш»), ұ and ү are у, ө is ў, ә is а, ң is нг, һ is ҳ; қ and ғ are Uzbek letters too
_KK_TO_UZ = {"ы": "и", "і": "и", "ұ": "у", "ү": "у", "ө": "ў", "ә": "а", "ң": "нг", "һ": "ҳ"}

# common Turkic words inside names, Kazakh → Uzbek (word-final: «Сарыағаш» → «Сариоғоч»)
_UZ_WORDS = (("жолы", "йўли"), ("жол", "йўл"), ("ағаш", "оғоч"), ("төбе", "тепа"), ("бұлақ", "булоқ"), ("су", "сув"))

# Uzbek Cyrillic → the Uzbek Latin alphabet of 1995 (ʻ written as ')
_UZ_LATIN = {
    **dict(zip("абвгдезийклмнопрстуфхэ", "abvgdeziyklmnoprstufxe", strict=True)),
    **{"ғ": "g'", "ж": "j", "қ": "q", "ў": "o'", "ҳ": "h", "ш": "sh", "ч": "ch", "ц": "s"},
    **{"ё": "yo", "ю": "yu", "я": "ya", "ъ": "'", "ь": ""},
}

# --- Kyrgyz ----------------------------------------------------------------------------------

# Kazakh letters as Kyrgyz writes them: қ, ғ, ә, і, ұ, һ as к, г, а, и, у, х; ы, ү, ө, ң kept
_KK_TO_KY = {"қ": "к", "ғ": "г", "ә": "а", "і": "и", "ұ": "у", "һ": "х"}

# common Turkic words inside names, Kazakh → Kyrgyz (long vowels: «Қарасу» → «Карасуу»)
_KY_WORDS = (("батыр", "баатыр"), ("тау", "тоо"), ("бұлақ", "булак"), ("су", "суу"))

# Kyrgyz rounding harmony: after a rounded vowel the next vowel rounds too (Kazakh «Қордай»,
# «Тоқмақ», «Сартөбе» are Kyrgyz «Кордой», «Токмок», «Сартөбө»)
_ROUNDED_AFTER = {"о": {"а": "о", "ы": "у"}, "у": {"ы": "у"}, "ө": {"е": "ө", "и": "ү"}, "ү": {"е": "ө", "и": "ү"}}
_VOWELS = set("аоуыеэиөүәіұяюё")


def _both_cases(table: dict[str, str]) -> dict[int, str]:
    """A lowercase letter table as a str.translate table for both cases (a capital's
    replacement capitalized: «Қ» → «К», «Ғ» → «G'», «Ш» → «Sh»)."""
    out = {ord(k): v for k, v in table.items()}
    out.update({ord(k.upper()): v[:1].upper() + v[1:] for k, v in table.items() if k.upper() != k})
    return out


_KK_TO_UZ_T = _both_cases(_KK_TO_UZ)
_KK_TO_KY_T = _both_cases(_KK_TO_KY)
_UZ_LATIN_T = _both_cases(_UZ_LATIN)

# --- Chinese (pinyin → Russian by the Palladius system) --------------------------------------

_INITIALS = {
    **dict(zip("bpmfdtnlgkhrszcxqj", "бпмфдтнлгкхжсццсцц", strict=True)),
    **{"zh": "чж", "ch": "ч", "sh": "ш", "j": "цз", "z": "цз"},
}
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань", "en": "энь",
    "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю",
    "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
    "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан",
}  # fmt: skip
# syllables with no initial, or whose Russian form is not initial + final
_WHOLE = {
    "yi": "и", "ya": "я", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян",
    "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь", "wu": "у", "wa": "ва",
    "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн",
    "zhi": "чжи", "chi": "чи", "shi": "ши", "ri": "жи", "zi": "цзы", "ci": "цы", "si": "сы",
    "ju": "цзюй", "qu": "цюй", "xu": "сюй", "jue": "цзюэ", "que": "цюэ", "xue": "сюэ", "juan": "цзюань",
    "quan": "цюань", "xuan": "сюань", "jun": "цзюнь", "qun": "цюнь", "xun": "сюнь",
}  # fmt: skip


def _syllables() -> dict[str, str]:
    table = {f: r for f, r in _FINALS.items() if f[0] in "aoe"}  # a, ai, an, er, ou… stand alone
    for ini, ru in _INITIALS.items():
        for fin, rf in _FINALS.items():
            table.setdefault(ini + fin, ru + rf)
    return {**table, **_WHOLE}


_PINYIN = _syllables()


def palladius(latin: str) -> str | None:
    """A pinyin name in Russian letters by the Palladius system («Jimunai» → «Цзимунай»,
    «Baketu» → «Бакэту»), or None when the name is not pinyin («Khorgos», «Alataw Pass»).
    Only names of two syllables or more count: one syllable could be any short word."""
    word = latin.lower().replace("'", "").replace("’", "")
    if not re.fullmatch(r"[a-z]{4,}", word):
        return None
    best: list[list[str] | None] = [None] * (len(word) + 1)
    best[0] = []
    for i in range(len(word)):
        if best[i] is None:
            continue
        for j in range(min(len(word), i + 6), i, -1):  # the longest syllable first
            syl = _PINYIN.get(word[i:j])
            if syl and best[j] is None:
                best[j] = [*best[i], syl]  # type: ignore[misc]
    parts = best[-1]
    if not parts or len(parts) < 2:
        return None
    out = "".join(parts)
    return out[0].upper() + out[1:]


# --- the rules applied to a row --------------------------------------------------------------


def _words_swapped(name: str, table: tuple[tuple[str, str], ...]) -> str:
    """Each word ending in a common word of the table with that word in the other language."""
    out = []
    for word in name.split(" "):
        low = word.lower()
        for kk, other in table:
            if low.endswith(kk) and (low == kk or len(low) - len(kk) >= 3):
                word = word[: len(word) - len(kk)] + (other.capitalize() if low == kk and word[:1].isupper() else other)
                break
        out.append(word)
    return " ".join(out)


def _a_to_o(name: str, first_only: bool) -> str:
    """Uzbek writes the Kazakh and Persian а of many names as о («Қапланбек» → «Қоплонбек»,
    «Қазығұрт» → «Қозиғурт»), in the first syllable or throughout."""
    if not first_only:
        return name.replace("а", "о").replace("А", "О")
    m = re.search("[аА]", name)
    return name if m is None else name[: m.start()] + ("О" if m.group() == "А" else "о") + name[m.end() :]


def uzbek(name_kk: str) -> list[str]:
    """The Uzbek spellings of a Kazakh name, Cyrillic and Latin («Жібек жолы» → «Жибек
    жоли», «Жибек йўли», «Jibek joli», «Jibek yoʻli»)."""
    cyr: list[str] = []
    for base in dict.fromkeys((name_kk, _words_swapped(name_kk, _UZ_WORDS))):
        plain = base.translate(_KK_TO_UZ_T)
        cyr += [plain, _a_to_o(plain, True), _a_to_o(plain, False)]
    cyr = list(dict.fromkeys(cyr))
    latin = [_uz_latin(c) for c in cyr]
    return [n for n in dict.fromkeys(cyr + latin) if n]


def _uz_latin(cyr: str) -> str:
    """Uzbek Cyrillic in the Uzbek Latin letters; е not after a consonant (a word's first
    letter, or after a vowel: «Қонисбаева») is «ye»."""
    return _YE.sub(lambda m: "Ye" if m.group() == "Е" else "ye", cyr).translate(_UZ_LATIN_T)


_YE = re.compile(r"(?<![бвгджзйклмнпрстфхцчшщғқҳБВГДЖЗЙКЛМНПРСТФХЦЧШЩҒҚҲ])[еЕ]")


def _rounded(word: str) -> str:
    """Kyrgyz rounding harmony over one word (see _ROUNDED_AFTER)."""
    out, prev = [], ""
    for ch in word:
        low = ch.lower()
        if low in _VOWELS:
            new = _ROUNDED_AFTER.get(prev, {}).get(low, low)
            out.append(new.upper() if ch.isupper() else new)
            prev = new
        else:
            out.append(ch)
    return "".join(out)


def kyrgyz(name_kk: str) -> list[str]:
    """The Kyrgyz spellings of a Kazakh name («Қордай» → «Кордой», «Қарасу» → «Карасуу»,
    «Сартөбе» → «Сартөбө»)."""
    out: list[str] = []
    for base in dict.fromkeys((name_kk, _words_swapped(name_kk, _KY_WORDS))):
        plain = base.translate(_KK_TO_KY_T)
        out += [plain, " ".join(_rounded(w) for w in plain.split(" "))]
    return list(dict.fromkeys(out))


# --- Kazakh spellings of an Uzbek post -----------------------------------------------------

# Uzbek Cyrillic letters Kazakh writes otherwise: ў is ө («Ғишткўприк» → «Ғишткөпрік»), ҳ is х;
# the Kazakh matcher folds ө to о and ў to у, so without this the Kazakh form matched nothing
_UZ_TO_KK_T = _both_cases({"ў": "ө", "ҳ": "х"})
_FRONT = re.compile("[өеәүі]", re.IGNORECASE)
_SEPARATOR = re.compile(r"[- ]")


def _front_harmony(name: str) -> str:
    """Each word with a front vowel takes і for и throughout (Kazakh vowel harmony: «Көпрік»);
    a word run together from two («Ғишткөприк») is left as it is."""
    return re.sub(r"\w+", lambda m: _front_word(m.group()), name)


def _front_word(word: str) -> str:
    return word.replace("и", "і").replace("И", "І") if _FRONT.search(word) else word


def kazakh_of_uzbek(local: str, russian: tuple[str, ...]) -> list[str]:
    """The Kazakh spellings of an Uzbek post's local name with letters Kazakh does not use
    («Ғишткўприк» → «Ғишткөпрік»), also split where one of the row's Russian spellings of as
    many letters splits it («Гишт-Куприк» → «Ғишт-Көпрік»), as Kazakh pages write it. A name
    without ў or ҳ gives nothing: Kazakh writes it as it is."""
    if not _UZ_TO_KK_T.keys() & set(map(ord, local)):
        return []
    plain = local.translate(_UZ_TO_KK_T)
    out = [plain if " " not in plain else _front_harmony(plain)]
    letters = _SEPARATOR.sub("", plain)
    for name in russian:
        if not _SEPARATOR.search(name) or len(_SEPARATOR.sub("", name)) != len(letters):
            continue
        split, i = [], 0
        for ch in name:
            if _SEPARATOR.fullmatch(ch):
                split.append(ch)
                continue
            split.append(letters[i].upper() if split and split[-1] in "- " else letters[i])
            i += 1
        out.append(_front_harmony("".join(split)))
    return list(dict.fromkeys(out))


# a Russian name (an adjective: «Луговая», «Целинный») is the same in every neighbour's text
_RUSSIAN_ADJECTIVE = re.compile(r"(?:ая|яя|ый|ий|ой|ое)$")

_RULES = {"Узбекистан": uzbek, "Кыргызстан": kyrgyz}


@lru_cache(maxsize=4096)
def without_soft_sign(names: tuple[str, ...]) -> list[str]:
    """Our posts' Russian names without their soft sign: the sign only renders a Kazakh front
    vowel's softness in Russian, and pages that follow the Kazakh spelling leave it out
    («Алтынкол», «Амангелды», «Никелтау» for «Алтынколь», «Амангельды», «Никельтау»;
    «Колжат» of «Кольжат»). The Russian neighbours' own names keep theirs (not applied there)."""
    return [n.replace("ь", "") for n in names if "ь" in n]


# a Kazakh word whose last vowel is a front one, ending in л or н: Russian spelling marks that
# consonant soft («Кегень» of «Кеген», as Soviet maps and the «Кегенский район» wrote the village)
_SOFT_FINAL = re.compile(r"[еәөүі][^аеәөүіиоуұыэюяё\s-]*[лн]$", re.IGNORECASE)


def with_soft_sign(name_ru: str, name_kk: str) -> list[str]:
    """Our post's Russian name with a soft sign after its final л or н where the Kazakh name's
    last vowel is a front one («Кегень» of «Кеген»): the other half of without_soft_sign, for
    pages in the older Russian spelling. Only the last word, and only a name without one."""
    if not name_ru or not name_kk or name_ru.endswith("ь") or not _SOFT_FINAL.search(name_kk):
        return []
    return [name_ru + "ь"] if name_ru[-1] in "лн" else []


def derived(
    name_kk: str, border: str, country: str, latin: tuple[str, ...], variants: tuple[str, ...] = (), land: bool = True
) -> list[str]:
    """Every spelling the rules give a row: Uzbek or Kyrgyz spellings of our posts on that
    border (from the Kazakh name), Russian Palladius spellings of a Chinese post's pinyin
    names; our land posts' Russian names without the soft sign (without_soft_sign) or,
    after a final л or н, with it (with_soft_sign; `variants` opens with the Russian name). Spellings
    shorter than four letters are left out: too many words look like them."""
    names: list[str] = []
    if country == "Китай":
        names += [p for p in map(palladius, latin) if p]
    elif country == "Узбекистан":  # an Uzbek post's own row: its Kazakh spellings
        names += [kk for local in variants for kk in kazakh_of_uzbek(local, variants)]
    elif country == "Казахстан" and border in _RULES and name_kk and not _RUSSIAN_ADJECTIVE.search(name_kk):
        names += _RULES[border](name_kk)
    if country == "Казахстан" and land:  # not «Аэропорт Уралск»: an airport is named by its city
        names += without_soft_sign(variants)
        names += with_soft_sign(variants[0] if variants else "", name_kk)
    return [n for n in dict.fromkeys(names) if len(n.replace(" ", "")) >= 4 and n != name_kk]

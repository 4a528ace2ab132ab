"""Names across scripts: one Latin search key for any spelling, a readable Latin form,
and the extra aliases a new entity gets.

Users type `khorgos`, `Qorgas` or `Қорғас` for «Хоргос». General transliteration
libraries turn Kazakh letters into `?` or leave them Cyrillic, and no library knows
that press spellings (zh/j/dzh, kh/h, -yev/-ev) are the same name, so the tables here
are hand-written. `fold` maps Russian and Kazakh Cyrillic, the Kazakh Latin alphabets
of 2017 (apostrophes), 2018 (acutes) and 2021 (ä ğ ñ ş ū ı), ISO 9 and English press
spelling onto one key alphabet [a-z0-9 ]: spellings of one name meet exactly or within
a small edit distance, which the fuzzy ranking in search.py absorbs.

Chinese names are written in Russian with the Palladius system («Сунь Хунмэй») and in
English with pinyin (`Sun Hongmei`): a syllable table (lexicon/pinyin_palladius.tsv)
converts between them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from store.sanitize import strip_invisible

_DATA = Path(__file__).with_name("lexicon")

# ----------------------------------------------------------------- folding tables

# Cyrillic (Russian, Kazakh, a few Ukrainian/Belarusian letters) -> key Latin.
# Iotated vowels become i+vowel so that press `ya`/`yu`/`ye` (with y folded to i) meet them.
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "c",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "i",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
    # Kazakh
    "ә": "a",
    "ғ": "g",
    "қ": "k",
    "ң": "n",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "і": "i",
    # neighbours that show up in names
    "є": "e",
    "ї": "i",
    "ў": "u",
    "ґ": "g",
}

# Latin letters with marks, from the Kazakh Latin alphabets and ISO 9, whose meaning is
# not "the same letter without the mark". Other marks are simply stripped.
_LATIN_MARKED = {
    "ş": "sh",
    "ç": "ch",  # Kazakh 2021 ш ч (also Turkish)
    "ý": "u",  # Kazakh 2018 у
    "ı": "i",  # Kazakh 2018 и/й, 2021 і
    "ž": "zh",
    "š": "sh",
    "č": "ch",
    "ŝ": "shch",  # ISO 9
    "û": "iu",
    "â": "ia",
    "ë": "e",
    "è": "e",  # ISO 9 ю я ё э
    "ß": "ss",
    "æ": "ae",
    "ø": "o",
}

# Kazakh Latin 2017 apostrophe digraphs whose value is not the bare letter.
_APOSTROPHE_DIGRAPH = re.compile(r"([sc])['’ʼ`´](?=[a-z])")
_APOSTROPHES = re.compile(r"['’‘ʼ`´ʹʺ′″]")

# Spelling conventions that differ between transliterations, rewritten to one form.
# Order matters: longer sequences first.
_REWRITES = [
    (_ISO_J := re.compile(r"(?<=[aeiouy])j(?=[^aeiouy]|$)"), "i"),  # ISO 9 й: Sergej, Bajterek
    (_J_SOUND := re.compile(r"dzh|zh|dj"), "j"),
    (_SHCH := re.compile(r"shch|sch"), "sh"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"gh"), "g"),
    (_TS := re.compile(r"ts|tz"), "c"),
    (_K_SOUND := re.compile(r"ck|q"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"w"), "v"),
    (re.compile(r"y"), "i"),
    (_DOUBLED := re.compile(r"(.)\1+"), r"\1"),  # doubled letters: Issabayev = Isabaev
    (re.compile(r"ie"), "e"),  # ye/ie/ье: Tokayev = Токаев, Yerlan = Ерлан
    (_NOT_KEY := re.compile(r"[^a-z0-9]"), ""),
]

FOLDS_KEPT = 16_384  # texts whose folded key is kept (a few MB at most)

_SPLIT = re.compile(r"[\s\-‐‑‒–—_/.,;:()\[\]«»\"“”„+&]+")


@lru_cache(maxsize=FOLDS_KEPT)
def fold(text: str) -> str:
    """The Latin search key of a name in any script: lower case [a-z0-9], words
    separated by one space (hyphens count as spaces). Two spellings of one name give
    the same key or keys a few edits apart.

    Kept per text (FOLDS_KEPT): one keystroke's search folds the same few strings again
    and again (the query and its words in each lookup, a knowledge-base row's names for
    each hit: ~55 calls a key of «khorgos очер», 5 % of its entity step; stop 43, tui77),
    and the whole text's normalizing and splitting cost 2–3 µs where a kept answer costs
    a dictionary lookup."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", strip_invisible(text)).lower()
    return " ".join(k for k in map(_fold_word, _SPLIT.split(text)) if k)


# _CYRILLIC, then _LATIN_MARKED, as one str.translate table (a letter mapped to "" in
# _CYRILLIC, ъ and ь, is left as it is here, as `get(ch) or …` left it; _NOT_KEY drops it).
_LETTERS = str.maketrans({**{k: v for k, v in _LATIN_MARKED.items() if v}, **{k: v for k, v in _CYRILLIC.items() if v}})


@lru_cache(maxsize=500_000)
def _fold_word(word: str) -> str:
    """Fold one word (cached: names repeat their parts, so a million aliases fold fast).
    _REWRITES in order; a pattern is run only where its letters are in the word, and a
    literal one is a str.replace (the same result: leftmost, non-overlapping): 4.7 -> 1.8 µs
    a new word, ~34 new words an article in the writer's alias keys (issue 15)."""
    if _APOSTROPHES.search(word):
        word = _APOSTROPHE_DIGRAPH.sub(lambda m: m.group(1) + "h", word)
        word = _APOSTROPHES.sub("", word)
    word = _strip_marks(word.translate(_LETTERS))
    if "j" in word:
        word = _ISO_J.sub("i", word)
    if "zh" in word or "dj" in word:
        word = _J_SOUND.sub("j", word)
    if "ch" in word:
        word = _SHCH.sub("sh", word).replace("tch", "ch")
    word = word.replace("kh", "h").replace("gh", "g")
    if "ts" in word or "tz" in word:
        word = _TS.sub("c", word)
    if "q" in word or "ck" in word:
        word = _K_SOUND.sub("k", word)
    word = word.replace("x", "ks").replace("w", "v").replace("y", "i")
    if _DOUBLED.search(word):
        word = _DOUBLED.sub(r"\1", word)
    word = word.replace("ie", "e")
    if word.isascii() and word.isalnum() and (word.islower() or word.isdigit()):
        return word  # only [a-z0-9] left: _NOT_KEY would change nothing
    return _NOT_KEY.sub("", word)


def _strip_marks(word: str) -> str:
    """á ä ğ ñ ö ū ü … → the base letter (Kazakh Latin 2018/2021, and any other accent)."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def coarse(key: str) -> str:
    """A looser key for candidate search: folds the sounds Russian and Kazakh spellings
    of one place swap (Хоргос/Қорғас: h~k, Кольжат/Калжат: o~a) and drops spaces."""
    return key.replace(" ", "").replace("h", "k").replace("o", "a")


# ----------------------------------------------------------------- readable Latin

# Russian press / BGN-like romanization, with Kazakh letters in Kazakh Latin (қ → q).
_READABLE = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "ә": "a",
    "ғ": "g",
    "қ": "q",
    "ң": "n",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "і": "i",
    "є": "ye",
    "ї": "yi",
    "ў": "u",
    "ґ": "g",
}
_VOWELS = set("аеёиоуыэюяәөұүі")


@lru_cache(maxsize=50_000)
def to_latin(name: str) -> str:
    """A readable Latin form for display («Олжас Бектенов» → "Olzhas Bektenov",
    «Қорғас» → "Qorgas"); a Chinese name in Palladius becomes pinyin; Latin stays.
    Cached: the writer asks twice for each new name (its row, its Latin alias)."""
    if not name:
        return ""
    pinyin = palladius_to_pinyin(name)
    if pinyin:
        return pinyin
    out = []
    prev = ""
    for ch in name:
        low = ch.lower()
        lat = _READABLE.get(low)
        if lat is None:
            out.append(ch)
        else:
            if low == "е" and (not prev.isalpha() or prev.lower() in _VOWELS or prev.lower() in "ьъ"):
                lat = "ye"  # Ерлан → Yerlan, Токаев → Tokayev, Васильев → Vasilyev
            if ch.isupper() and lat:
                lat = lat[0].upper() + lat[1:]
            out.append(lat)
        prev = ch
    return "".join(out)


# ----------------------------------------------------------------- Chinese names


def _load_pinyin() -> dict[str, str]:
    table = {}
    for line in (_DATA / "pinyin_palladius.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            pin, cyr = line.split("\t")
            table[pin] = cyr
    return table


_PINYIN: dict[str, str] = _load_pinyin()
_PALLADIUS: dict[str, str] = {}
for _pin, _cyr in _PINYIN.items():
    _PALLADIUS.setdefault(_cyr, _pin)
# Palladius spellings that leave the final implicit (Russian press writes «Ли», «Ма»):
_CHINESE_MARKERS = re.compile(
    r"цз|чж|эй|нь|юй|юэ|ао|оу|уй|уа|сы|цы|^(?:ли|ван|чжан|лю|чэнь|ян|хуан|чжао|у|чжоу|сюй|сунь|ма|ху|го|линь|хэ|гао|ло)$"
)


def _segment(word: str, table: dict[str, str]) -> list[str] | None:
    """Split `word` into the fewest syllables of `table` (None when it cannot be split)."""
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(min(n, i + 7), i, -1):
            piece = word[i:j]
            if piece in table and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                best[j] = best[i] + [piece]
    return best[n]


def pinyin_to_palladius(text: str) -> str | None:
    """«Sun Hongmei» → «сунь хунмэй» when every word is a run of pinyin syllables."""
    words = re.sub(r"['’]", " ", text.lower()).replace("ü", "v").replace("u:", "v").split()
    if not words:
        return None
    out = []
    for w in words:
        sylls = _segment(w, _PINYIN)
        if not sylls:
            return None
        out.append("".join(_PINYIN[s] for s in sylls))
    return " ".join(out)


def is_palladius_name(name: str) -> bool:
    """True for a name of 2–3 words that all split into Palladius syllables and carry a
    Chinese marker («Ли Цян», «Сунь Хунмэй»; never «Иван Петров»)."""
    return palladius_to_pinyin(name) is not None


def palladius_to_pinyin(name: str) -> str | None:
    """«Сунь Хунмэй» → "Sun Hongmei" for a name of 2–3 words that all split into
    Palladius syllables and carry a Chinese marker (so «Иван Петров» never does)."""
    words = name.lower().replace("ё", "е").split()
    if not 2 <= len(words) <= 3 or not any(_CHINESE_MARKERS.search(w) for w in words):
        return None
    out = []
    for w in words:
        sylls = _segment(w, _PALLADIUS)
        if not sylls:
            return None
        out.append("".join(_PALLADIUS[s] for s in sylls).capitalize())
    return " ".join(out)


# ----------------------------------------------------------------- renamings

# Well-known renamings and alternative names of Kazakhstan's cities and regions
# (Russian and Kazakh forms), each group one place. Checkpoints' former names come
# from the gazetteer instead.
_RENAMINGS = [
    ["Алматы", "Алма-Ата", "Верный", "Almaty", "Alma-Ata"],
    ["Астана", "Нур-Султан", "Акмола", "Акмолинск", "Целиноград", "Astana", "Nur-Sultan"],
    ["Семей", "Семипалатинск", "Semey", "Semipalatinsk"],
    ["Оскемен", "Өскемен", "Усть-Каменогорск", "Oskemen", "Ust-Kamenogorsk"],
    ["Атырау", "Гурьев", "Atyrau"],
    ["Актау", "Шевченко", "Aktau"],
    ["Тараз", "Джамбул", "Жамбыл", "Аулие-Ата", "Taraz"],
    ["Шымкент", "Чимкент", "Shymkent"],
    ["Кызылорда", "Қызылорда", "Кзыл-Орда", "Kyzylorda"],
    ["Талдыкорган", "Талдықорған", "Талды-Курган", "Taldykorgan"],
    ["Уральск", "Орал", "Oral", "Uralsk"],
    ["Актобе", "Ақтөбе", "Актюбинск", "Aktobe"],
    ["Костанай", "Қостанай", "Кустанай", "Kostanay"],
    ["Кокшетау", "Көкшетау", "Кокчетав", "Kokshetau"],
    ["Жезказган", "Жезқазған", "Джезказган", "Zhezkazgan"],
    ["Петропавловск", "Петропавл", "Petropavl"],
    ["Конаев", "Қонаев", "Капчагай", "Капшағай", "Konaev", "Kapchagay"],
    ["Жетісу", "Жетысу", "Семиречье", "Zhetysu", "Jetisu"],
    ["Туркестан", "Түркістан", "Turkistan"],
]
_RENAMED: dict[str, list[str]] = {}
for _group in _RENAMINGS:
    for _n in _group:
        _RENAMED[fold(_n)] = _group


def generated_aliases(name: str, type_: str) -> list[tuple[str, str]]:
    """Extra aliases to store with a new entity: its readable Latin form, pinyin for a
    Chinese person, and other names of a renamed place. (alias, origin) pairs."""
    out: list[tuple[str, str]] = []
    latin = to_latin(name)
    if latin and latin != name:
        out.append((latin, "latin"))
    if type_ in ("location", "checkpoint"):
        for other in _RENAMED.get(fold(name), []):
            if other != name and other != latin:
                out.append((other, "renamed"))
    if type_ == "organization":
        out += [(abbr, "abbreviation") for abbr in _abbreviations(name)]
    return out


def _abbreviations(name: str) -> list[str]:
    """«Комитет государственных доходов Министерства финансов РК» → КГД: the common
    abbreviations whose full name the organization's name starts with."""
    from store.lang.abbreviations import ABBREVIATIONS

    low = " ".join(name.lower().replace("ё", "е").split())
    out = []
    for abbr, full in ABBREVIATIONS.items():
        full_low = full.lower().replace("ё", "е")
        if low == full_low or low.startswith(full_low + " "):
            out.append(abbr.upper() if len(abbr) <= 4 else abbr.capitalize())
        elif low == abbr:
            out.append(full)  # a body kept as written («КГД») is found by its full name too
    return out

"""The checkpoint name table: every name of every land crossing in the gazetteer (Russian,
Kazakh, Latin, variants, former names) compiled once with the endings it can take
(Russian cases chosen by how the name ends, Kazakh cases, adjectives), keyed by its first
letters; and the candidate record a match in a text becomes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from store.lang import gazetteer, kb_tables

# Kazakh letters as their Russian neighbours; the Kazakh Latin letters of 2018 (Qorǵas,
# Maıqapshaǵaı, Jaısań) and 2021 (Qorğas, Altynköl, Şarbaqtı) as the plain letters the table's
# Latin names are written in (ş and ç, two letters each, are replaced apart: a one-to-one table
# translates faster); the Uzbek Cyrillic ў and ҳ as у and х («Ғишткўприк» meets «Гишткуприк»),
# and the Uzbek Latin letter-apostrophes ʻ ʼ dropped («Qozigʻurt», «Gʻishtkoʻprik»: one word each);
# the Latin schwa ə and barred o ɵ that Kazakh Cyrillic texts type for ә and ө («Жəнібектен») as
# а and о
# The combining acute of a stress mark («Хорго́с», as reference pages print names) is dropped too.
# A soft hyphen or a zero-width space or joiner left inside a word by a page's markup is dropped too.
_KK_FOLD = str.maketrans("әғқңөұүһіǵıńóúáýäğñöūüўҳəɵ", "агкноуухиginouauagnouuухао", "ʻʼ\u0301\u00ad\u200b\u200c\u200d")


# Latin letters that look like Cyrillic ones, typed or scraped into a Cyrillic word («Aлашанькоу»
# with a Latin A); read as the Cyrillic letter in a word that mixes the two scripts
_HOMOGLYPHS = str.maketrans("acekmopxytbh", "асекмортхувн")
_LATIN = re.compile(r"[a-z]")
_CYRILLIC = re.compile(r"[а-я]")


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lowercase, ё as е, and Kazakh letters as their Russian neighbours, so that one table
    entry matches «Достық» and «Достык», «Қонысбаева» and «Конысбаева», «Ақ тілек» and «Ак Тилек».
    Cached by the word: the post finder folds every capitalized word of a text and the words
    after it (about 90 calls an article, mostly words seen before)."""
    low = word.lower().replace("ё", "е").translate(_KK_FOLD)
    if _LATIN.search(low) and _CYRILLIC.search(low):
        low = low.translate(_HOMOGLYPHS)
    return low.replace("ş", "sh").replace("ç", "ch") if "ş" in low or "ç" in low else low


def fold_text(text: str) -> str:
    """A whole text folded as `fold` folds a word (no cache: a text is seen once)."""
    return text.lower().replace("ё", "е").translate(_KK_FOLD)


_ADJ = ("ий", "ая", "ое", "ие", "ого", "ому", "им", "ом", "ой", "ую", "их", "ими", "ый", "ые", "ых", "ым")


_KK = (
    "да",
    "де",
    "та",
    "те",
    "дағы",
    "дегі",
    "тағы",
    "тегі",
    "нда",
    "нде",
    "ндағы",
    "ндегі",
    "ға",
    "ге",
    "қа",
    "ке",
    "на",
    "не",
    "а",
    "е",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "ды",
    "ді",
    "ты",
    "ті",
    "ны",
    "ні",
    "н",
    "дан",
    "ден",
    "тан",
    "тен",
    "нан",
    "нен",
    "мен",
    "бен",
    "пен",
    "ы",
    "і",
    "сы",
    "сі",
)


_KK = tuple(dict.fromkeys(e.translate(_KK_FOLD) for e in _KK))


# a consonant-final name's noun endings; not the genitive plural «-ов», which no post name takes in
# news and which turns a surname into a post: «Серік Маликов» is not the Uzbek post «Малик»
_RU_CONS = ("", "а", "у", "ом", "е", "ы", "ам", "ами", "ах")
_CONSONANTS = "бвгджзклмнпрстфхцчшщ"


def _forms(word: str, last: bool) -> tuple[str, frozenset[str], frozenset[str]]:
    """(stem, noun endings, adjective endings) for one word of a name.

    Only the last word of a multi-word name inflects («Нур жолы», «Темир баба»).
    Adjective endings are kept apart because an adjective needs a head noun after it.
    """
    w = fold(word)
    if not last:
        return w, frozenset({""}), frozenset()
    adj: set[str] = set()
    if w.endswith(("ая", "яя")):
        stem, nouns = w[:-2], {"ая", "ой", "ую", "ою", "ей"}
    elif w.endswith(("ый", "ий", "ой")):
        stem, nouns = w[:-2], {w[-2:], "ого", "ому", "ым", "им", "ом", "ем"}
    elif w.endswith("ое") and len(w) > 4:  # a neuter adjective: «у Бугристого», «в Тёплом», «Казанского»
        stem, nouns = w[:-2], {"ое", "ого", "ому", "ым", "ом"}
    elif w.endswith(("ь", "й")):
        stem = w[:-1]
        nouns = {w[-1], "я", "ю", "ем", "е", "и"}
        adj = {w[-1] + "ск" + a for a in _ADJ}
    elif w.endswith(("а", "я")):
        stem, nouns = w[:-1], {w[-1], "ы", "и", "е", "у", "ю", "ой", "ей", "ою"}
    elif w[-1] in _CONSONANTS:
        stem, nouns = w, set(_RU_CONS)
        adj = {"ск" + a for a in _ADJ}
    elif w[-1] in "ыи" and w[-2:-1] in _CONSONANTS and len(w) > 4:
        # a plural-looking name (Озинки, Бахты) takes the Russian plural's oblique endings in news
        # («в Озинках», «к Озинкам», «в Бахтах»); the nominative stays as written (cp107)
        stem, nouns = w[:-1], {"ах", "ам", "ами"}
    else:  # ends in a vowel that does not decline (Убе), or a short name
        stem, nouns = w, {""}
    nouns |= _kazakh_after(w[len(stem) :])
    nouns.add(w[len(stem) :])
    return stem, frozenset(nouns), frozenset(adj)


@cache
def _kazakh_after(tail: str) -> frozenset[str]:
    """`tail` (what follows a name's stem in its nominative) with each Kazakh ending after it:
    a handful of tails serve the ~1,100 names of the table, which built these ~40 strings
    afresh for each name in every process."""
    return frozenset(tail + e for e in _KK)


@dataclass(frozen=True)
class Name:
    words: tuple[tuple[str, frozenset[str], frozenset[str]], ...]
    refs: tuple[str, ...]  # gazetteer ids sharing this name, main row first
    former: bool  # a former name: needs local context like an ambiguous row


KEY = 3  # lookup key: the first letters of a stem


# a Kazakh name in the Latin letters of 2018 and of 2021, folded as above: they differ in ы
# (y in 2018, ı in 2021) and й (ı in 2018, y in 2021); «Тәжен» is Tájen / Täjen, both «tajen»
_LATIN_COMMON = {
    **dict(zip("аәбвгғдежзиқклмнңоөпрстуұүфхһіэ", "aabvggdejziqklmnnooprstuuufhhie", strict=True)),
    **{"ё": "io", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ю": "iu", "я": "ia", "ъ": "", "ь": ""},
}
_LATIN_2018 = str.maketrans({**_LATIN_COMMON, "ы": "y", "й": "i"})
_LATIN_2021 = str.maketrans({**_LATIN_COMMON, "ы": "i", "й": "y"})


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_WORDS_DOTS_HYPHENS = re.compile(r"[\w\s.-]+")
_LATIN_LOWER = re.compile(r"[a-z]")


def kazakh_latin(name_kk: str) -> list[str]:
    """The Kazakh name written in the official Latin alphabets (2018, 2021), folded."""
    low = name_kk.lower()
    if not low or not _WORDS_DOTS_HYPHENS.fullmatch(low) or _LATIN_LOWER.search(low):
        return []
    return list(dict.fromkeys(low.translate(t) for t in (_LATIN_2018, _LATIN_2021)))


_SPACE_OR_HYPHEN_RUN = re.compile(r"[\s\-]+")


def _spellings(name: str) -> list[str]:
    """A name and, for a name of several parts, the parts written together: texts write
    «Гишт-Куприк», «Гишт Куприк» and «Гишткуприк» (the first two already match one entry,
    since any hyphen or space may stand between the words)."""
    parts = [p for p in _SPACE_OR_HYPHEN_RUN.split(name.strip()) if p]
    joined = "".join(parts)
    out = [name, joined] if len(parts) > 1 and joined.isalpha() else [name]
    # an Uzbek Latin name written with a plain apostrophe («G'ishtko'prik») is also written with
    # the letter ʻ, which a text keeps inside one word: the name without it matches that word
    return out + [_APOSTROPHE.sub("", n) for n in out if _APOSTROPHE.search(n)]


_APOSTROPHE = re.compile(r"(?<=\w)['’ʻʼ`‘](?=\w)")


@lru_cache(maxsize=1)
def names_by_prefix() -> dict[str, list[Name]]:
    """Every matchable name, indexed by the first letters of its first word. Kept between
    processes (store/lang/kb_tables.py): about 18 ms of CPU a process to build."""
    return kb_tables.kept(_built_names_by_prefix, "checkpoint-names", kb_tables.EXTRACT_INPUTS)


def _built_names_by_prefix() -> dict[str, list[Name]]:
    by_name: dict[str, list[tuple[str, bool]]] = {}  # name -> [(ref, is a former name)]
    for cp in gazetteer.all() + gazetteer.foreign():  # Kazakh rows first: a shared name is ours by default
        if cp.kind not in gazetteer.LAND_KINDS:
            continue
        for name in (cp.name_ru, cp.name_kk, *cp.names_latin, *cp.variants, *kazakh_latin(cp.name_kk), *cp.spellings()):
            for form in _spellings(name):
                by_name.setdefault(form, []).append((cp.id, False))
        for name in (*cp.former_names, *cp.variants_in_context):  # need the context a former name needs
            for form in _spellings(name):
                by_name.setdefault(form, []).append((cp.id, True))
    merged: dict[tuple, list[tuple[str, bool]]] = {}
    for name, refs in by_name.items():
        parts = [p for p in re.split(r"[\s\-.'’`‘]+", name) if p]
        if parts and all(TOKEN.fullmatch(p) for p in parts):
            words = tuple(_forms(p, i == len(parts) - 1) for i, p in enumerate(parts))
            merged.setdefault(words, []).extend(refs)
    table: dict[str, list[Name]] = {}
    for words, refs in merged.items():
        # current names before former ones: «Достык» is the station unless the context says «автомобильный»
        ordered = [r for r, f in refs if not f] + [r for r, f in refs if f]
        entry = Name(words, tuple(dict.fromkeys(ordered)), all(f for _, f in refs))
        stem, endings = words[0][0], words[0][1]
        # a stem shorter than the key («Уба»: «уб» + «а») is found by its written forms' first letters
        keys = {(stem + e)[:KEY] for e in endings} if len(stem) < KEY else {stem[:KEY]}
        for key in keys:
            table.setdefault(key, []).append(entry)
    for entries in table.values():
        # longest name first, and of two one-word names the longer stem: «Карасуке» is
        # Карасук in the prepositional, not Карасу with the Kazakh dative «-ке»
        entries.sort(key=lambda e: (-len(e.words), -sum(len(w[0]) for w in e.words)))
    return table


# a word, with a stress mark, a soft hyphen or a zero-width character inside it («Хорго́с» is one
# word; \w does not hold them)
TOKEN = re.compile(r"\w+(?:[\u0301\u00ad\u200b\u200c\u200d]\w*)*")


def last_label(labelled: tuple[tuple[str, re.Pattern], ...] | list, text: str) -> str | None:
    """The label whose pattern matches last in `text`, or None: the word nearest a mention
    is the one that speaks for it («железнодорожный … автомобильный Достык» is road), for a
    kind before a name as for a country word before it."""
    best, best_pos = None, -1
    for label, rx in labelled:
        for m in rx.finditer(text):
            if m.start() > best_pos:
                best, best_pos = label, m.start()
    return best


@dataclass
class Cand:
    start: int
    end: int
    name: Name
    ambiguous: bool
    kind: str | None = None  # a kind word glued to the name
    zone: bool = False  # the name of a zone or terminal named after the post (checkpoints._named_after_post)

"""The Kazakh and English words of a post read as the Russian words a stored role is written
in: «Алматы облысының әкімі» is «аким Алматинской области», «Minister of Finance» is
«министр финансов», «Border Service director» is «директор пограничной службы».

Extraction keeps the title written beside a name in Russian text only, so a role the user
asks for in Kazakh or English finds no stored role word for word (issue 16, srch56). A
small glossary of the words posts are made of (the head words and the domains of the
ministries and services the articles name) turns such a word, in any Kazakh case or
possessive form («әкімінің», «министрі», «қызметінің»), into the Russian word; a place
word is matched to the same place in another script or form by regions.csv's names
(«Түркістан» and «Туркестанской» are one region).
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources

from store.lang import names

# Kazakh possessive and case endings a post's word takes: «әкім-і», «әкім-інің», «облыс-ының»
_KAZAKH_ENDINGS = (
    "",
    "і",
    "ы",
    "сі",
    "сы",
    "ның",
    "нің",
    "ін",
    "ын",
    "інің",
    "ының",
    "сінің",
    "сының",
    "іне",
    "ына",
    "сіне",
    "сына",
    "інде",
    "ында",
    "сінде",
    "сында",
)
# a post's word in Kazakh or English → the Russian word a stored role holds for it
_GLOSSARY = {
    "әкім": "аким",
    "министр": "министр",
    "директор": "директор",
    "төраға": "председатель",
    "басшы": "руководитель",
    "бастық": "начальник",
    "бастығ": "начальник",
    "орынбасар": "заместитель",
    "елші": "посол",
    "бірінші": "первый",
    "director": "директор",
    "қаржы": "финансов",
    "finance": "финансов",
    "көлік": "транспорта",
    "transport": "транспорта",
    "энергетика": "энергетики",
    "energy": "энергетики",
    "сауда": "торговли",
    "trade": "торговли",
    "интеграция": "интеграции",
    "integration": "интеграции",
    "индустрия": "индустрии",
    "industry": "индустрии",
    "шекара": "пограничной",
    "border": "пограничной",
    "қызмет": "службы",
    "service": "службы",
    "кеден": "таможенного",
    "customs": "таможенного",
    "облыс": "области",
    "region": "области",
    "oblast": "области",
    "аудан": "района",
    "district": "района",
    "қала": "города",
    "city": "города",
    "және": "и",
    "and": "и",
    "ҚТЖ": "КТЖ",
    "KTZ": "КТЖ",
}
# words of a place's name that say what kind of place it is, not which
_KIND_WORDS = frozenset(
    names.fold(w) for w in ("область", "облысы", "облысының", "район", "ауданы", "region", "oblast", "district")
)


@lru_cache(maxsize=2)
def _forms(cyrillic: bool) -> dict[str, str]:
    """Every form of the glossary's words of one script, folded → the Russian word. The
    scripts are kept apart: the Kazakh «министрі» and the English «Ministry» fold alike."""
    out: dict[str, str] = {}
    for word, russian in _GLOSSARY.items():
        if _is_cyrillic(word) == cyrillic:
            for ending in _KAZAKH_ENDINGS if cyrillic else ("",):
                out.setdefault(names.fold(word + ending), russian)
    return out


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


def in_russian(word: str) -> str:
    """The Russian word a role holds for a Kazakh or English post word; the word itself
    when the glossary has none."""
    bare = word.strip("«»\"'.,()")
    return _forms(_is_cyrillic(bare)).get(names.fold(bare), word)


def is_post_word(word: str) -> bool:
    """Is the word one of the glossary's post words in any script or form («аким»,
    «әкімі», «border», «шекара»)?"""
    bare = word.strip("«»\"'.,()")
    return names.fold(bare) in _forms(_is_cyrillic(bare))


def same_place(a: str, b: str) -> bool:
    """Two folded words naming one place of regions.csv in two scripts or forms
    («turkistan», «turkestanskoi»)."""
    places = _places()
    return bool(places.get(a, frozenset()) & places.get(b, frozenset()))


@lru_cache(maxsize=1)
def _places() -> dict[str, frozenset[str]]:
    """A place's one-word name or adjective, folded → the ids of the places it names."""
    text = resources.files("store").joinpath("data/regions.csv").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    columns = ("name_ru", "name_kk", "name_latin_official", "names_en", "variants", "adjective_forms")
    for row in csv.DictReader(io.StringIO(text)):
        for cell in (row.get(c) or "" for c in columns):
            for name in cell.split("|"):
                words = [w for w in names.fold(name).split() if w not in _KIND_WORDS]
                if len(words) == 1 and len(words[0]) > 3:
                    out.setdefault(words[0], set()).add(row["id"])
    return {k: frozenset(v) for k, v in out.items()}

"""Which stored person names are one person though their identity keys differ: the full
name with a patronymic and without it, and the Latin spelling of a Cyrillic name.

The identity key (store.lang.identity) joins the spellings of one name that differ in
case, ё, quotes and Kazakh letters; a person in store/data/people.csv is keyed by his row
whatever spelling an article prints. Anyone else printed as «Кайрат Серикович Жумабаев»
in one article, «Кайрат Жумабаев» in another and «Kairat Zhumabayev» in an English one
would stay three entities, and a lone «Жумабаев» joins none of them (two full names end
with it). The store's merge after an ingest (store.db.entities.merge_short_person_names)
asks this module which entities go together, and names the person by the name people
know him by: given name and surname, without the patronymic a protocol prints.
"""

from __future__ import annotations

import re

from store.lang.identity import KB_KEY, entity_key
from store.lang.names import fold, is_palladius_name, palladius_to_pinyin

# A patronymic, folded (names.fold): Russian «-ович/-евич/-овна/-евна/-ична», Kazakh
# «-ұлы/-қызы» (and «-улы/-кызы», folded alike), Kyrgyz «уулу/кызы» written apart.
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna|[a-z]{3,}uli|[a-z]{3,}kizi)$")
_SON_OR_DAUGHTER = frozenset(("uli", "ulu", "kizi"))
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*)+")


def surname_of(name: str) -> str:
    """The surname of a full name: its last word, or the first of a Chinese name in
    Palladius spelling («Ли Цян», «Чжао Минхуэй»), which puts the surname first."""
    words = name.split()
    return words[0] if len(words) > 1 and is_palladius_name(name) else words[-1]


def without_patronymic(name: str) -> str | None:
    """«Кайрат Серикович Жумабаев» → «Кайрат Жумабаев», «Қайрат Серікұлы Жұмабаев» →
    «Қайрат Жұмабаев», «Улан Асан уулу Токтогулов» → «Улан Токтогулов»: the name less the
    patronymic between the given name and the surname; None when it has none (a first or
    last word is never one: «Абрамович» is a surname)."""
    words = name.split()
    folded = [fold(w) for w in words]
    if len(words) == 4 and folded[2] in _SON_OR_DAUGHTER:
        return f"{words[0]} {words[3]}"
    if len(words) == 3 and _PATRONYMIC.search(folded[1]) and folded[1] not in _SON_OR_DAUGHTER:
        return f"{words[0]} {words[2]}"
    return None


def spelling_joins(
    persons: list[tuple[int, str, str]], together=lambda a, b: False
) -> tuple[list[tuple[int, int]], list[tuple[int, str, str]]]:
    """For the stored persons (id, key, name): the merges (source id, target id) and the
    renames (id, new name, new key) that make each person one entity named without a
    patronymic. A name with a patronymic goes into the entity of the same name without
    it, or becomes that name when there is none; a Latin given name and surname («Kairat
    Zhumabayev») go into the one Cyrillic name whose surname folds to the same Latin key and
    whose given name folds near it (two such names, or none, leave it alone; a Chinese name in
    Palladius is compared by its pinyin, «Чэнь Сяомин» with «Chen Xiaoming»). A person of
    the knowledge base is keyed by his row already and is only ever a target."""
    by_key = {key: eid for eid, key, _ in persons}
    name_of = {eid: name for eid, _, name in persons}
    merges: list[tuple[int, int]] = []
    renames: list[tuple[int, str, str]] = []
    for eid, key, name in sorted(persons):
        bare = None if key.startswith(KB_KEY) else without_patronymic(name)
        if bare is None:
            continue
        bare_key = entity_key("person", bare)
        target = by_key.get(bare_key)
        if target is None:
            renames.append((eid, bare, bare_key))
            by_key[bare_key] = eid
            name_of[eid] = bare
        elif target != eid:
            merges.append((eid, target))
    gone = {src for src, _ in merges}
    # the Kazakh spelling joins the Russian one first: a Latin name then meets one of them, not two
    merges += _kazakh_vowel_joins([(eid, k, name_of[eid]) for eid, k, _ in persons if eid not in gone], together)
    gone = {src for src, _ in merges}
    by_surname: dict[str, list[tuple[str, int]]] = {}
    for eid, name in name_of.items():
        if eid not in gone and len(name.split()) == 2 and not name.isascii():
            # a Chinese name in Palladius is met by its pinyin («Чэнь Сяомин» — «Chen Xiaoming»)
            given, surname = fold(palladius_to_pinyin(name) or name).rsplit(" ", 1)
            by_surname.setdefault(surname, []).append((given, eid))
    for eid, key, name in sorted(persons):
        if eid in gone or key.startswith(KB_KEY) or not _LATIN_NAME.fullmatch(name) or len(name.split()) != 2:
            continue
        given, surname = fold(name).rsplit(" ", 1)
        same = by_surname.get(surname, [])
        targets = {t for g, t in same if g == given} or {t for g, t in same if _near(g, given)}
        if len(targets) == 1:
            merges.append((eid, next(iter(targets))))
    return merges, renames


# Kazakh letters: a name holding one is printed in Kazakh spelling
_KAZAKH_LETTER = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_DROPPED_VOWEL = re.compile("[іІыЫ]")


def loose_surname(word: str) -> str:
    """A surname folded without «і» and «ы»: the Russian spelling of a Kazakh surname often
    drops the vowel the Kazakh one writes («Сейітқалиев» → «Сейткалиев», «Бейімбетов» →
    «Беймбетов», «Тілеубаев» → «Тлеубаев»), which the identity key and names.fold keep."""
    return fold(_DROPPED_VOWEL.sub("", word))


def _kazakh_vowel_joins(persons: list[tuple[int, str, str]], together) -> list[tuple[int, int]]:
    """A person printed in Kazakh spelling («Айдос Сейітқалиев», a lone «Сейітқалиев») goes
    into the one Russian-spelled full name whose surname folds alike without «і/ы» and whose
    given name folds alike (or the Kazakh one has none); `together(a, b)` is true when the
    two entities are named in one article, and then they are two people, never joined."""
    russian: dict[str, list[tuple[str, int]]] = {}
    kazakh: dict[str, list[tuple[str, int]]] = {}
    russian_skeletons: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for eid, _key, name in persons:
        words = name.split()
        if len(words) == 2 and not name.isascii():
            table = kazakh if _KAZAKH_LETTER.search(name) else russian
            table.setdefault(loose_surname(words[1]), []).append((fold(words[0]), eid))
            if table is russian:
                russian_skeletons.setdefault(_name_skeleton(words), []).append((fold(name), eid))
    joins = []
    for eid, key, name in persons:
        words = name.split()
        if key.startswith(KB_KEY) or len(words) > 2 or name.isascii():
            continue
        if not _KAZAKH_LETTER.search(name):
            # a Russian surname alone goes to a Kazakh full name only where no Russian one
            # holds it («Тлеубаев» and only «Асхат Тілеубаев» printed in full)
            loose = loose_surname(words[0])
            if len(words) == 1 and not russian.get(loose):
                joins += _one_target(eid, kazakh.get(loose, []), together)
            continue
        found: list[tuple[int, int]] = []
        if _DROPPED_VOWEL.search(words[-1]):
            same = russian.get(loose_surname(words[-1]), [])
            if len(words) == 2:
                same = [(g, t) for g, t in same if g == fold(words[0]) or _near(g, fold(words[0]), 1)]
            found = _one_target(eid, same, together)
        if not found and len(words) == 2:
            found = _one_target(eid, _vowel_kin(name, russian_skeletons), together)
        joins += found
    return joins


_VOWELS = re.compile("[aeiouy]")
_MOST_VOWEL_EDITS = 3
_FEWEST_SURNAME_CONSONANTS = 4


def _name_skeleton(words: list[str]) -> tuple[str, str]:
    """The given name's and the surname's consonants, folded (names.fold): the letters a Kazakh
    and a Russian spelling of one name keep when their vowels differ beyond «і/ы» — «Өмірзақ»
    and «Умирзак» (ө/у), «Ерболат» and «Ербулат» (о/у), «Әбдіқадыров» and «Абдукадыров» (і/у)."""
    return _VOWELS.sub("", fold(words[0])), _VOWELS.sub("", fold(words[1]))


def _vowel_kin(name: str, russian_skeletons: dict[tuple[str, str], list[tuple[str, int]]]) -> list[tuple[str, int]]:
    """The Russian-spelled full names with the consonants of this Kazakh-spelled one, a few
    vowels apart (at most _MOST_VOWEL_EDITS edits of the folded name), and a surname long
    enough that its consonants say something (four or more)."""
    given, surname = _name_skeleton(name.split())
    if len(surname) < _FEWEST_SURNAME_CONSONANTS or not given:
        return []
    folded = fold(name)
    return [(f, t) for f, t in russian_skeletons.get((given, surname), []) if _edits(f, folded) <= _MOST_VOWEL_EDITS]


def _one_target(eid: int, same: list[tuple[str, int]], together) -> list[tuple[int, int]]:
    """[(eid, the one target)] when `same` names one entity besides `eid` that no article
    names beside it, else []."""
    targets = {t for _, t in same if t != eid}
    if len(targets) != 1:
        return []
    target = next(iter(targets))
    return [] if together(eid, target) else [(eid, target)]


def _near(a: str, b: str, most: int = 2) -> bool:
    """Two folded given names one spelling apart: «Бахтиёр» folds to «bahter», «Bakhtiyor» to
    «bahtior», «Бауыржан» to «bauirjan», «Baurzhan» to «baurjan» (the surname must fold
    alike, and the first letter agree). Edit distance at most `most`, on short words."""
    if a == b:
        return True
    if a[:1] != b[:1] or abs(len(a) - len(b)) > most:
        return False
    return _edits(a, b) <= most


def _edits(a: str, b: str) -> int:
    """The edit distance of two short folded names."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]

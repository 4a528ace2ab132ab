"""The people this domain's readers meet, as knowledge-base rows (store/data/people.csv,
a source on every row; docs/knowledge_base.md): Kazakhstan's heads of state and
government, the ministers, heads of bodies and companies and the akims the border news
names, and the neighbours' counterparts, each in Russian, Kazakh Cyrillic and the Latin
spellings the press uses.

A name is one row's only when it is that row's full name in some spelling (given name and
surname, in either order, a patronymic allowed between them) or its surname with the
initial of its given name («К. Мәсімов», «Zhumabayev K.»); a bare surname names no row
(«Сапаров» is too common a name to say who is meant). Spellings are compared by
store.lang.names.fold, so «Қасым-Жомарт Тоқаев», «Касым-Жомарт Токаев» and «Kassym-Jomart
Tokayev» are one key. Names are read in the nominative: the caller has named the mention.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from store.lang.names import fold


@dataclass(frozen=True)
class Post:
    """A post a person held: its title as the press prints it, and the term where known
    («2019-03-20», «2019», or "" when not recorded)."""

    title: str
    took: str
    left: str


@dataclass(frozen=True)
class Person:
    id: str
    name_ru: str
    name_kk: str
    names_latin: tuple[str, ...]
    variants: tuple[str, ...]
    country: str
    posts: tuple[Post, ...]
    source: str

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling of the full name, the Russian one first."""
        return tuple(dict.fromkeys(n for n in (self.name_ru, self.name_kk, *self.names_latin, *self.variants) if n))


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _posts(value: str | None) -> tuple[Post, ...]:
    out = []
    for item in _split(value):
        title, took, left = ([*item.split("@"), "", ""])[:3]
        out.append(Post(title.strip(), took.strip(), left.strip()))
    return tuple(out)


@lru_cache(maxsize=1)
def people() -> tuple[Person, ...]:
    """Every row of people.csv (parsed once per process)."""
    text = resources.files("store").joinpath("data/people.csv").read_text(encoding="utf-8")
    return tuple(
        Person(
            r["id"],
            r["name_ru"].strip(),
            r["name_kk"].strip(),
            _split(r["names_latin"]),
            _split(r["variants"]),
            r["country"].strip(),
            _posts(r["posts"]),
            r["source"].strip(),
        )
        for r in csv.DictReader(io.StringIO(text))
    )


def _words(name: str) -> list[str]:
    return fold(name.replace("-", " ")).split()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], dict[tuple[str, str], frozenset[str]], dict[str, Person]]:
    """(folded full name → row ids, (initial, folded surname) → row ids, id → row). A
    full name is keyed as «given surname» and «surname given» (decrees print the
    surname first)."""
    full: dict[str, set[str]] = {}
    initials: dict[tuple[str, str], set[str]] = {}
    for p in people():
        for name in p.names:
            words = _words(name)
            if len(words) < 2:
                continue
            given, surname = words[:-1], words[-1]
            for k in (" ".join([*given, surname]), " ".join([surname, *given])):
                full.setdefault(k, set()).add(p.id)
            initials.setdefault((given[0][0], surname), set()).add(p.id)
    by_id = {p.id: p for p in people()}
    return (
        {k: frozenset(v) for k, v in full.items()},
        {k: frozenset(v) for k, v in initials.items()},
        by_id,
    )


def get(row_id: str) -> Person | None:
    """The row of this id, or None."""
    return _tables()[2].get(row_id)


@lru_cache(maxsize=50_000)
def row_of_name(name: str) -> Person | None:
    """The one row whose person `name` (in the nominative) is: a full name in any of its
    spellings, with or without a patronymic, or its surname with the given name's initial;
    None for a bare surname, another person, or a name two rows share."""
    if "." not in name and len(name.split()) < 2:
        return None  # most names: one word, never a row's
    words = _words(name)
    if len(words) < 2:
        return None
    full, initials, by_id = _tables()
    candidates = [" ".join(words)]
    if len(words) == 3:  # «Марат Каримжанович Карабаев», «Карабаев Марат Каримжанович»
        candidates += [f"{words[0]} {words[2]}", f"{words[1]} {words[0]}"]
    for k in candidates:
        ids = full.get(k)
        if ids:
            return by_id[next(iter(ids))] if len(ids) == 1 else None
    short = [w for w in words if len(w) <= 2]
    if len(words) == 2 and len(short) == 1 and ("." in name or name.split()[0].isupper()):
        surname = words[1] if words[0] in short else words[0]
        ids = initials.get((short[0][0], surname))
        if ids and len(ids) == 1:
            return by_id[next(iter(ids))]
    return None


def display_name(p: Person, script: str) -> str:
    """The row's name in a script: "kk" Kazakh, "latin" the first Latin spelling, else Russian."""
    if script == "kk" and p.name_kk:
        return p.name_kk
    if script == "latin" and p.names_latin:
        return p.names_latin[0]
    return p.name_ru


def spelling(row_id: str, name: str) -> tuple[str, str]:
    """The script ("ru", "kk", "latin") of a spelling of a row's person and its role: "name"
    for one of the row's own full names, "variant" for any other (a surname with an
    initial, a spelling the row does not list): the store names the person by the printed
    spelling that ranks first (store.db.entities.linked_name_rank), a Russian one first, a
    row's name before a variant; never by a spelling no article printed."""
    from store.lang.identity import key
    from store.lang.kb import script_of

    row = get(row_id)
    own = row is not None and key(name) in {key(n) for n in row.names}
    return script_of(name), "name" if own else "variant"


def letter_keys(row_id: str) -> list[str]:
    """The person key each spelling of the row had before rows keyed persons (identity.key
    with Kazakh letters folded to Russian and no soft sign): the words a merge of bare
    surnames and initials compares (store.db.entities.merge_short_person_names)."""
    from store.lang.identity import KAZAKH_TO_RUSSIAN, key

    row = get(row_id)
    if row is None:
        return []
    return list(dict.fromkeys(key(n).translate(KAZAKH_TO_RUSSIAN).replace("ь", "") for n in row.names))

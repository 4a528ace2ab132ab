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
import re
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


# A patronymic's ending, folded (store.lang.names.fold): Kazakh «-ұлы»/«-қызы» (and «-улы»,
# «-кызы»), Russian «-ович»/«-евич»/«-овна»/«-евна»/«-ична»; written apart, «Кемел ұлы».
_PATRONYMIC_END = re.compile(r"(?:uli|kizi|ovich|evich|ovna|evna|ichna)$")
_SON_OR_DAUGHTER = frozenset(("uli", "kizi"))


def _without_patronymic(words: list[str]) -> list[str]:
    """A folded name's words less its patronymic: the one word ending like one, or the
    father's name and its «ұлы»/«қызы» written apart. A Kazakh name has its patronymic
    between the given name (which may be two words, «Қасым-Жомарт») and the surname, or
    after both when the surname comes first; a first or last word is never taken, so a
    surname in «-ович» («Абрамович») stays; «ұлы» written apart follows its father's name."""
    for i in range(2, len(words)):
        if words[i] in _SON_OR_DAUGHTER:
            return words[: i - 1] + words[i + 1 :]
    inner = [i for i in range(1, len(words)) if _PATRONYMIC_END.search(words[i]) and words[i] not in _SON_OR_DAUGHTER]
    if len(inner) != 1:
        return words
    i = inner[0]
    if i == len(words) - 1 and len(words) < 3:
        return words
    return words[:i] + words[i + 1 :]


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
    bare = _without_patronymic(words)
    if len(bare) >= 2 and len(bare) < len(words):
        candidates.append(" ".join(bare))  # «Қасым-Жомарт Кемелұлы Тоқаев», «… Кемел ұлы …»
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


# A post phrase's kind, for posts beneath the head of state and government (those are
# store.lang.office_holders'): a deputy («заместитель акима», «вице-министр») is no holder.
_FIELD_SKIP = frozenset("рк республики казахстана казахстан қр".split())
_OBLAST = ("област", "регион", "облыс", "өңір", "аймақ")
_CITY = ("город", "қала")


def _kind(phrase: str) -> tuple[str, list[str]] | None:
    """(kind, field words) of a post phrase in the nominative, lowercase: («vice-premier», []),
    («minister», ["транспорта"]), («akim», ["области"]); None for any other post."""
    words = phrase.replace("ё", "е").split()
    if not words:
        return None
    head, field = words[0], [w for w in words[1:] if w not in _FIELD_SKIP]
    if head == "первый" and field[:1] == ["вице-премьер"]:
        head, field = "вице-премьер", field[1:]
    if head == "вице-премьер" or (head == "заместитель" and field[:1] and field[0].startswith("премьер")):
        return ("vice-premier", [])
    if head == "министр":
        return ("minister", field)
    if head in ("аким", "әкім") or (head in ("глава", "басшысы", "руководитель") and field):
        scope = [w for w in field if w.startswith(_OBLAST + _CITY)]
        if head not in ("аким", "әкім") and not scope:
            return None  # «глава государства», «глава ведомства»: not an akim
        return ("akim", scope)
    return None


def _title_place(title: str) -> str:
    """The place an akim's title names, as a stem to look for in the article («аким
    Атырауской области» → «Атыра», «аким области Абай» → «Абай», «аким Нур-Султана» → «Нур-С»)."""
    words = [w for w in title.split()[1:] if not w.startswith("област")]
    return words[0][:5] if words else ""


def _holds(title: str, kind: str, field: list[str], text: str) -> bool:
    """Does a row's post title (as people.csv prints it) fit a post phrase's kind and field?"""
    t = title.lower().replace("ё", "е")
    if kind == "vice-premier":
        return "заместитель премьер-министра" in t
    if kind == "minister":
        parts = [p.strip() for p in t.split(" - ")]
        return any(p.startswith("министр ") and all(f[:5] in p for f in field) for p in parts)
    if not t.startswith("аким "):
        return False
    oblast = "област" in t
    if any(w.startswith(_OBLAST) for w in field) and not oblast:
        return False
    if any(w.startswith(_CITY) for w in field) and oblast:
        return False
    place = _title_place(title)
    return bool(place) and place in text


def _in_term(post: Post, date: str | None) -> bool:
    """Was the post held on the article's date (ISO)? Yes when either is unknown; a term
    recorded only to the year or month is compared at that precision."""
    if not date:
        return True
    if post.took and date[: len(post.took)] < post.took:
        return False
    return not (post.left and date[: len(post.left)] > post.left)


def holder_named(post_phrase: str, names: list[str], text: str, date: str | None = None) -> str | None:
    """The one name in `names` (the article's persons) whose row holds the post a phrase
    names («вице-премьер», «министр транспорта», «аким области», «глава города»; an akim
    only of a place `text` names), as written in the article; None when no row or two rows
    fit. The table never puts a name into an article: only a person it names is returned.
    With the article's `date`, a row fits only by a post whose recorded term holds it."""
    kind = _kind(" ".join(post_phrase.lower().split()))
    if kind is None:
        return None
    found: dict[str, str] = {}
    for name in names:
        row = row_of_name(name)
        if row and any(_holds(p.title, *kind, text) and _in_term(p, date) for p in row.posts):
            found.setdefault(row.id, name)
    return next(iter(found.values())) if len(found) == 1 else None

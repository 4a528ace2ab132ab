"""Who holds the posts an article may name without naming the person: «Президент
поручил …», «Глава правительства потребовал …». The table (store/data/office_holders.csv,
a source on every row) lists the heads of state and government of Kazakhstan and its
neighbours with their terms. A directive's giver written as a post resolves to a holder
only when the article names that holder too, so the table never puts a name into an
article that lacks it; it only joins the post to the person the article already shows.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from store.lang.country_words import country_named
from store.lang.names import fold

# A post phrase's head as the table's post («Глава государства» is the president).
_POSTS = [
    (re.compile(r"^(?:глава\s+государства|президент\w*|мемлекет\s+басшы\w*)"), "президент"),
    (re.compile(r"^(?:премьер(?:-министр)?\w*|глава\s+правительства|үкімет\s+басшы\w*)"), "премьер-министр"),
    (re.compile(r"^председател\w*\s+(?:кнр|китая)"), "председатель"),
]


@dataclass(frozen=True)
class Holder:
    post: str
    country: str
    name: str
    keys: frozenset[str]  # the folded surname of every spelling


@lru_cache(maxsize=1)
def _holders() -> tuple[Holder, ...]:
    text = resources.files("store").joinpath("data/office_holders.csv").read_text(encoding="utf-8")
    out = []
    for r in csv.DictReader(io.StringIO(text)):
        names = [r["name_ru"], r["name_kk"], *r["names_latin"].split("|")]
        keys = frozenset(fold(n).split()[-1] for n in names if fold(n))
        out.append(Holder(r["post"], r["country"], r["name_ru"], keys))
    return tuple(out)


def holders_of(post_phrase: str) -> list[Holder]:
    """Everyone the table lists for the post a phrase names («Президент Казахстана»,
    «Глава государства», «Премьер-министр РК»), past and present; [] for another post."""
    phrase = " ".join(post_phrase.lower().split())
    post = next((p for rx, p in _POSTS if rx.search(phrase)), None)
    if post is None:
        return []
    country = country_named(phrase)
    return [h for h in _holders() if h.post == post and h.country == country]


def named_holder(post_phrase: str, names: list[str]) -> str | None:
    """The one name in `names` (the article's persons, as extracted) that belongs to a holder
    of the post; None when none does or when two holders are named (Назарбаев and Токаев in
    one article: which of them a bare «Президент» means is not decided here)."""
    holders = holders_of(post_phrase)
    if not holders:
        return None
    found = {}
    for name in names:
        key = fold(name).split()[-1:] or [""]
        for h in holders:
            if key[0] in h.keys:
                found.setdefault(h.name, name)
    return next(iter(found.values())) if len(found) == 1 else None


def holder_by_surname(surname: str) -> str | None:
    """The one head of state or government in the table with this surname, in the
    nominative as written («Токаев» → «Касым-Жомарт Токаев»); None for any other word."""
    key = fold(surname)
    named = {h.name for h in _holders() if key in h.keys}
    return named.pop() if len(named) == 1 else None


# a Russian surname's case endings: «Бектенова», «Бектенову», «Бектеновым», «Бектенове»
_SURNAME_CASE = re.compile(r"(?:ым|ом|а|у|е)$")


def printed_surnames() -> frozenset[str]:
    """Every holder's surname as holder_by_printed_surname reads it bare («Си», «Токаев»)."""
    from store.lang.person_spellings import surname_of

    return frozenset(surname_of(h.name) for h in _holders())


@lru_cache(maxsize=4096)  # names70: asked of every holder's surname a text prints, each a walk of the table
def holder_by_printed_surname(word: str) -> str | None:
    """The one holder in the table whose surname is the printed word, or that word in a Russian
    case: the last word of a name, the first of a Chinese one in Palladius spelling («Си» of
    «Си Цзиньпин», which holder_by_surname's last-word keys miss); None for any other word."""
    from store.lang.person_spellings import surname_of

    forms = {word, _SURNAME_CASE.sub("", word)} if len(word) > 4 else {word}
    named = {h.name for h in _holders() if surname_of(h.name) in forms}
    return named.pop() if len(named) == 1 else None

"""The holders of a post at a body, the body named as a user knows it: «председатель
Комитета госдоходов», «зампред КГД», «Мемлекеттік кірістер комитетінің төрағасы»,
«national security committee chairman», «глава фонда Самрук-Казына».

people.csv writes a post as a head word and the body's name in one spelling
(«заместитель председателя Комитета государственных доходов»); a user types any
of the body's names, in any language or case, with a head word of the same kind
(глава = председатель = руководитель = директор = төрағасы = head) and the same rank
(first, deputy). The body is the one the search itself found for the query (a
knowledge-base organization among its first results), and the holders are the
people.csv rows whose post, at the same rank, names that body by one of its
bodies.csv names: so every spelling of a body the knowledge base knows is a way to
ask for its head, and the fuzzy search reads the body's cases and abbreviations.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from store.lang import names, people
from store.lang.country_words import country_of_word
from store.search.memo import Identity
from store.search.posts import MAX_FORMER, MAX_HOLDERS, _body_words, _in_term, _left_before, _rows, _same_word

FOUND_IN = 3  # the body is looked for among this many first results
FOUND_LEAST = 85.0  # and named at least this well

# words for the head of a body, as whole words or (the second set) by their start
_HEAD_WORDS = frozenset({"глава", "главы", "главе", "главу", "head", "chief", "chairman", "director"})
_HEAD_STARTS = ("председател", "руководител", "директор", "начальник", "төраға", "басшы", "бастығ", "директоры")
_FIRST = frozenset({"первый", "первого", "первому", "first", "бірінші"})
_DEPUTY_STARTS = ("заместител", "орынбасар", "deputy")
# a deputy's head in one word: «зампред», «замдиректора», «замначальника», «замглавы»
_DEPUTY_COMPOUND = re.compile(r"^зам(?:пред|директор|начальник|глав|руководител)\w*$")
# words a post may hold beside the body's name without naming it: «председатель правления», «of the»
_ASIDE = frozenset(
    {"правления", "басқарма", "басқармасының", "басқармасы", "board", "of", "the", "фонда", "компании", "national"}
)

Rank = tuple[bool, bool]  # (first, deputy)


def body_post_holders(query: str, results: list[dict], today: str | None = None) -> list[str]:
    """The people.csv rows holding on `today` the post at a body the query names: a head
    word, its rank, and a knowledge-base organization the search found for the query
    whose names hold every other word of it; newest appointment first, [] when the
    query is no such post."""
    parsed = _post(query)
    if parsed is None:
        return []
    rank, rest = parsed
    body = _found_body(results, rest)
    if body is None:
        return []
    today = today or dt.date.today().isoformat()
    found = [(took, pid) for pid, took, post in _holders_at(body) if post[0] == rank and _in_term(post[1], today)]
    newest = sorted((t for t in found if t[0]), reverse=True) + [t for t in found if not t[0]]
    return list(dict.fromkeys(pid for _took, pid in newest))[:MAX_HOLDERS]


def body_former_holders(query: str, results: list[dict], today: str | None = None) -> list[str]:
    """The people.csv rows that held the post at a body the query names and hold it no
    more on `today` (body_post_holders' reading), the last appointed first: listed after
    the holder, marked «former»."""
    parsed = _post(query)
    body = _found_body(results, parsed[1]) if parsed is not None else None
    if parsed is None or body is None:
        return []
    today = today or dt.date.today().isoformat()
    held = [(took, pid, post[1]) for pid, took, post in _holders_at(body) if post[0] == parsed[0]]
    now = {pid for _took, pid, post in held if _in_term(post, today)}
    past = [(took, pid) for took, pid, post in held if pid not in now and _left_before(post, today)]
    newest = sorted((t for t in past if t[0]), reverse=True) + [t for t in past if not t[0]]
    return list(dict.fromkeys(pid for _took, pid in newest))[:MAX_FORMER]


# Kazakh head words of a body's post, and their genitive before «орынбасары» (a deputy)
_KAZAKH_HEADS = {"төрағасы": "төрағасының", "басшысы": "басшысының", "директоры": "директорының"}
_KAZAKH_LETTERS = re.compile("[әғқңөұүһі]", re.IGNORECASE)
MOST_KAZAKH_NAMES = 3  # a body's shortest Kazakh names tried


def kazakh_posts(query: str, results: list[dict]) -> list[str]:
    """The post the query names at a body the search found, written in Kazakh with each
    of the body's shortest Kazakh names («председатель Сената» → «Сенат төрағасы», «Сенат
    басшысы», …), for the articles that print it before a name (store.search.text_roles);
    [] when the query names no post at a knowledge-base body."""
    parsed = _post(query)
    if parsed is None:
        return []
    (first, deputy), rest = parsed
    body = _found_body(results, rest)
    if body is None:
        return []
    rec = next(r for r in _rows("bodies.csv") if r["id"] == body)
    cells = {c for c in _cells(rec) if not c.isascii() and len(c.split()) <= 3}
    # Kazakh spellings first, then the short Cyrillic names Kazakh shares («Сенат»)
    kazakh = sorted(cells, key=lambda c: (not _KAZAKH_LETTERS.search(c), len(c)))
    out: list[str] = []
    for name in kazakh[:MOST_KAZAKH_NAMES]:
        for head, genitive in _KAZAKH_HEADS.items():
            out.append(f"{name} {genitive} {'бірінші ' if first else ''}орынбасары" if deputy else f"{name} {head}")
    return out


def _post(text: str) -> tuple[Rank, list[str]] | None:
    """(rank, the other words) of a post's words: None without a head word."""
    head = first = deputy = False
    rest: list[str] = []
    for word in _words(text):
        if word in _FIRST:
            first = True
        elif word.startswith(_DEPUTY_STARTS) or word == "вице":
            deputy = True
        elif _DEPUTY_COMPOUND.match(word):
            head = deputy = True
        elif word in _HEAD_WORDS or word.startswith(_HEAD_STARTS):
            head = True
        elif word not in _ASIDE:
            rest.append(word)
    return ((first, deputy), rest) if head else None


def _words(text: str) -> list[str]:
    text = re.sub(r"[«»\"'.,()]", " ", text.lower().replace("ё", "е"))
    return text.split()


def _found_body(results: list[dict], rest: list[str]) -> str | None:
    """The kb id of the first knowledge-base organization among the first results, named
    well, whose names hold every word of `rest` (so «председатель КГД по Туркестанской
    области» is not the committee's chairman)."""
    for hit in results[:FOUND_IN]:
        if hit.get("kind") != "entity" or hit.get("type") != "organization" or hit["score"] < FOUND_LEAST:
            continue
        kb_id = hit.get("kb_id")
        if kb_id and rest and all(_in_names(w, kb_id) for w in rest):
            return kb_id
    return None


def _in_names(word: str, kb_id: str) -> bool:
    """Is the word one of the body's names' words, by its first four folded letters, or
    a compound holding one («госдоходов», «автодорог», «погранслужбы»)?"""
    key = names.fold(word).replace(" ", "")
    parts = _name_parts().get(kb_id, frozenset())
    return any(key[:4] == p[:4] or (len(p) >= 4 and p[:4] in key) for p in parts)


@lru_cache(maxsize=1)
def _name_parts() -> dict[str, frozenset[str]]:
    """Body id → the folded words of all its names and abbreviations."""
    out: dict[str, frozenset[str]] = {}
    for rec in _rows("bodies.csv"):
        words = {names.fold(w).replace(" ", "") for c in _cells(rec) for w in _words(c.replace("-", " "))}
        out[rec["id"]] = frozenset(w for w in words if w)
    return out


def _cells(rec: dict) -> list[str]:
    cells = [rec["name_ru"], rec["name_kk"], rec["name_en"], *rec["variants"].split("|")]
    return [c for c in cells + rec["abbreviations"].split("|") if c and "{" not in c]


def _holders_at(body: str) -> list[tuple[str, str, tuple[Rank, people.Post]]]:
    return [(pid, post.took, (rank, post)) for pid, rank, post in _posts_by_body().get(body, ())]


@lru_cache(maxsize=1)
def _posts_by_body() -> dict[str, tuple[tuple[str, Rank, people.Post], ...]]:
    """Body id → (person row id, rank, post) of every people.csv post at that body: each
    part of a title («заместитель председателя КНБ - директор Пограничной службы») read
    alone, or with the first part's body when alone it names none («Пограничной
    службы КНБ»)."""
    out: dict[str, list] = {}
    for person in people.people():
        for post in person.posts:
            parts = [_post(p) for p in post.title.split(" - ")]
            lead = next((p[1] for p in parts if p is not None), [])
            for parsed in parts:
                if parsed is None:
                    continue
                body = _body_of(parsed[1], person.country) or _body_of(parsed[1] + lead, person.country)
                if body:
                    out.setdefault(body, []).append((person.id, parsed[0], post))
    return {k: tuple(v) for k, v in out.items()}


def _body_of(words: list[str], country: str) -> str | None:
    """The id of the body of `country` (bodies.csv) that a title's body words name whole,
    in any case: «Комитета государственных доходов Министерства финансов» → kgd."""
    said = _body_words(" ".join(words))
    if not said:
        return None
    for body, name in _names_by_length(Identity(_rows("bodies.csv")), country).get(len(said), ()):
        if all(map(_alike, said, name)):
            return body
    return None


def body_names_of(country: str) -> None:
    """Read `country`'s body names now (what _body_of compares a title with; a step of
    its own for store.search.first_use)."""
    _names_by_length(Identity(_rows("bodies.csv")), country)


@lru_cache(maxsize=8)
def _names_by_length(table: Identity, country: str) -> dict[int, tuple[tuple[str, list[str]], ...]]:
    """Number of words → (body id, the name's words without the state closing it) of
    every name of `country`'s bodies, in the file's order (`table`, the rows, keys the memo:
    a test's own rows are another table). Read once: `_body_of` split and cleaned
    every name of bodies.csv again for each of people.csv's titles, 60 ms of the first
    «председатель Комитета госдоходов» typed in a TUI (tui63)."""
    del table
    out: dict[int, list[tuple[str, list[str]]]] = {}
    for rec in _rows("bodies.csv"):
        if rec["country"] == country:
            for cell in _cells(rec):
                name = _stateless_words(_body_words(cell))
                out.setdefault(len(name), []).append((rec["id"], name))
    return {k: tuple(v) for k, v in out.items()}


def _stateless_words(words: list[str]) -> list[str]:
    """A name's words without the state closing it («Государственная пограничная служба
    Кыргызской Республики»): a title names the body of its holder's own country."""
    while len(words) > 1 and (country_of_word(words[-1]) or words[-1].startswith("республик")):
        words = words[:-1]
    return words


def _alike(a: str, b: str) -> bool:
    """One word in two cases: posts.py's test, or the same folded letters but for an
    ending of at most two («пограничной», «пограничная»; «службы», «служба»)."""
    if _same_word(a, b):
        return True
    fa, fb = names.fold(a), names.fold(b)
    return min(len(fa), len(fb)) >= 5 and abs(len(fa) - len(fb)) <= 1 and fa[:-2] == fb[: len(fa) - 2]

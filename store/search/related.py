"""Entities a query asks for without naming them, read from the knowledge base's links:
- a post («премьер-министр», «министр транспорта», «аким Атырауской области», «премьер
  Олжас») is its holder in people.csv on today's date;
- a neighbour's post («Алашанькоу», «Караозек») brings the Kazakh post it faces (the
  gazetteer's `faces`): a user who knows the crossing by the other side's name wants ours;
- a kind of post with a region («пункт пропуска в ВКО», «пункты пропуска Акмолинской
  области», «VKO checkpoint») lists the region's posts after the region.

Each is put right after what names it (the holder first: the query names nobody else),
so what the query names as typed keeps its place.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from store.db import search_reads as reads
from store.lang import gazetteer, names, people
from store.search.search_kb import kb_rows

HOLDER_SCORE = 96.0  # a post read whole: above a body named like it («Министерство транспорта», 94)
MAX_HOLDERS = 3  # rows holding one post with no dates recorded: the newest appointment first
NAMED_TOP = 3  # a neighbour's post or a region is looked for among this many first results
NAMED_LEAST = 90.0  # and named at least this well


def with_related(store, query: str, results: list[dict], type_: str | None) -> list[dict]:
    """`results` with the holders of the post the query names put first and the posts
    facing a neighbour's post, or a region's posts after a kind word, put after the
    entity that names them. Unchanged for a query of another shape or an article-only
    search."""
    if type_ in ("article", "location", "organization"):
        return results
    state = (str(store.path), reads.change_marks(store.conn))
    holders = post_holders(query) if type_ in (None, "person") else []
    if holders:
        found = _rows_as_results(store.conn, holders, query, HOLDER_SCORE, state)
        return _put(results, 0, found)
    if type_ not in (None, "checkpoint"):
        return results
    for at, hit in enumerate(results[:NAMED_TOP]):
        if hit.get("kind") != "entity" or hit["score"] < NAMED_LEAST or not hit.get("kb_id"):
            continue
        ids = (_faced(hit) if at == 0 else []) if hit["type"] == "checkpoint" else _region_posts(hit, query)
        if ids:
            return _put(results, at + 1, _rows_as_results(store.conn, ids, query, hit["score"] - 0.1, state))
    return results


def _put(results: list[dict], at: int, found: list[dict]) -> list[dict]:
    """`found` inserted at `at`, each entity once (an earlier copy further down dropped)."""
    ids = {r["id"] for r in found}
    head = [r for r in results[:at] if r["id"] not in ids or r.get("kind") != "entity"]
    found = [r for r in found if r["id"] not in {h["id"] for h in head if h.get("kind") == "entity"}]
    tail = [r for r in results[at:] if r.get("kind") != "entity" or r["id"] not in ids]
    return head + found + tail


def _rows_as_results(conn, row_ids: list[str], matched: str, score: float, state: tuple) -> list[dict]:
    # imported here: entities imports search_kb, which this module's callers import first
    from store.search.entities import _row_results

    pos = _row_positions()
    out: dict[int, dict] = {}
    for n, rid in enumerate(row_ids):
        if rid in pos:  # a row's first entity: the one it is known by (most articles)
            for r in _row_results(conn, pos[rid], matched, round(score - 0.01 * n, 2), state)[:1]:
                out.setdefault(r["id"], r)
    return list(out.values())


@lru_cache(maxsize=1)
def _row_positions() -> dict[str, int]:
    out: dict[str, int] = {}
    for i, row in enumerate(kb_rows()):
        out.setdefault(row.id, i)
    return out


# ----------------------------------------------------------------- posts faced, posts of a region


def _faced(hit: dict) -> list[str]:
    """The Kazakh posts a neighbour's post faces (the gazetteer's `faces`)."""
    row = gazetteer.get(hit["kb_id"])
    return list(row.faces) if row is not None and row.foreign else []


# words of a query that ask for posts (folded stems): «пункт(ы) пропуска», «КПП»,
# «погранпереход», «checkpoint(s)», «border crossing», «өткізу пункті», «бекет»
_POST_WORDS = re.compile(r"^(?:punkt|propusk|kp$|pogranpereh|pereh|chekpoin|crosing|otkizu|beket|post$|posts$)")


def _region_posts(hit: dict, query: str) -> list[str]:
    """The posts of a Kazakh region the query names beside a word for posts; [] when the
    hit is no region of ours or the query asks for no post."""
    if hit["type"] != "location" or not any(_POST_WORDS.match(w) for w in names.fold(query).split()):
        return []
    return _posts_by_region().get(hit["kb_id"], [])


@lru_cache(maxsize=1)
def _posts_by_region() -> dict[str, list[str]]:
    """Region row id → its posts' ids, in the gazetteer's order (regions.csv's Russian
    name is the gazetteer's `region`)."""
    by_name: dict[str, list[str]] = {}
    for cp in gazetteer.all():
        by_name.setdefault(cp.region, []).append(cp.id)
    return {row.id: by_name[row.name] for row in kb_rows() if row.type == "location" and row.name in by_name}


# ----------------------------------------------------------------- a post's holder

# a query's words for a post's head, as people.csv writes it
_HEADS = {
    "премьер": "премьер-министр",
    "премьер-министр": "премьер-министр",
    "премьер-министра": "премьер-министр",
    "prime": "премьер-министр",
    "premier": "премьер-министр",
    "президент": "президент",
    "президента": "президент",
    "president": "президент",
    "министр": "министр",
    "министра": "министр",
    "министрі": "министр",
    "minister": "министр",
    "аким": "аким",
    "акима": "аким",
    "әкім": "аким",
    "әкімі": "аким",
    "akim": "аким",
    "председатель": "председатель",
    "председателя": "председатель",
    "глава": "председатель",
    "главы": "председатель",
    "төраға": "председатель",
    "төрағасы": "председатель",
    "губернатор": "губернатор",
}
_PHRASES = (  # several words for one head, read before the words
    (re.compile(r"\bглав[аыуе] правительства\b"), "премьер-министр"),
    (re.compile(r"\bprime minister\b"), "премьер-министр"),
    (re.compile(r"\bглав[аыуе] государства\b"), "президент"),
    (re.compile(r"\bүкімет басшысы\b"), "премьер-министр"),
    (re.compile(r"\bмемлекет басшысы\b"), "президент"),
)
# a country the query names, by a word's start (standalone words only: «Западно-Казахстанской» is a region)
_COUNTRIES = (
    (("казахстан", "рк", "қр", "kazakhstan", "қазақстан"), "Казахстан"),
    (("росси", "рф", "russia", "ресей"), "Россия"),
    (("кыргыз", "киргиз", "kyrgyz", "қырғыз"), "Кыргызстан"),
    (("узбек", "uzbek", "өзбек"), "Узбекистан"),
    (("китай", "китая", "кнр", "china", "қытай"), "Китай"),
    (("туркмен", "turkmen", "түрікмен"), "Туркменистан"),
)
# title words a query may leave out: «аким Атырауской» is «аким Атырауской области»
_GENERIC = frozenset("области область города республики казахстан рк of the".split())


def post_holders(query: str, today: str | None = None) -> list[str]:
    """The people.csv rows holding, on `today`, the post the whole query names (a given
    name or surname of the holder may stand beside it: «премьер Олжас»), newest
    appointment first; [] when the query is not a post. A country word picks that
    country's post; none is Kazakhstan's."""
    words = _post_words(query)
    if not words or words[0] not in _HEADS.values():
        return []
    country, words = _country(words)
    today = today or dt.date.today().isoformat()
    found: list[tuple[str, str]] = []
    for person in people.people():
        if person.country != country:
            continue
        rest = [w for w in words if not _names_person(w, person)]
        named = len(rest) < len(words)  # «министр Роман»: the name says which minister
        for post in person.posts:
            if _in_term(post, today) and any(_fits(rest, part, named) for part in post.title.split(" - ")):
                found.append((post.took, person.id))
                break
    newest = sorted((t for t in found if t[0]), key=lambda t: t[0], reverse=True) + [t for t in found if not t[0]]
    return [pid for _took, pid in newest[:MAX_HOLDERS]]


def _post_words(query: str) -> list[str]:
    """The query's words in lower case, a post's head read as people.csv writes it."""
    text = " ".join(query.lower().replace("ё", "е").split())
    for pattern, head in _PHRASES:
        text = pattern.sub(head, text)
    words = [w.strip("«»\"'.,()") for w in text.split()]
    return [_HEADS.get(w, w) if i == 0 else w for i, w in enumerate(words) if w]


def _country_word(word: str) -> bool:
    return any(word.startswith(starts) for starts, _c in _COUNTRIES)


def _country(words: list[str]) -> tuple[str, list[str]]:
    """The country the words name (Kazakhstan when none), and the words without it."""
    for i, word in enumerate(words):
        for starts, country in _COUNTRIES:
            if i and word.startswith(starts):
                return country, words[:i] + words[i + 1 :]
    return "Казахстан", words


def _names_person(word: str, person: people.Person) -> bool:
    """Is the word the person's given name or surname, in any spelling and case?"""
    key = names.fold(word)
    return len(key) >= 3 and any(
        names.fold(p).startswith(key[: max(5, len(key) - 2)]) for n in person.names for p in n.split()
    )


def _fits(words: list[str], title: str, named: bool = False) -> bool:
    """Do the words name the title: the same head, every other word a word of the title
    (by its first five letters, so case endings do not count), and every word of the
    title but the generic ones said (not needed when the query `named` the holder)?"""
    title_words = [w.strip("«»\"'.,()") for w in title.lower().replace("ё", "е").split()]
    title_words = [w for w in title_words if w]
    if not words or not title_words or words[0] != title_words[0]:
        return False
    rest = words[1:]
    wanted = [w for w in title_words[1:] if w not in _GENERIC and len(w) > 2 and not _country_word(w)]
    return all(any(_same_word(w, t) for t in title_words[1:]) for w in rest) and (
        named or all(any(_same_word(w, t) for w in rest) for t in wanted)
    )


_ADJECTIVE = re.compile(r"[сц]к(?:ий|ая|ое|ой|ую|ого|ому|ом|их|ие|им)$")


def _same_word(a: str, b: str) -> bool:
    """One word in two cases: the same first five letters (or the shorter word begins the
    longer), and not a place's noun against its adjective («Алматы», «Алматинской»)."""
    if bool(_ADJECTIVE.search(a)) != bool(_ADJECTIVE.search(b)):
        return False
    if len(a) >= 5 and len(b) >= 5:
        return a[:5] == b[:5]
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short) if short != long_ else True


def _in_term(post: people.Post, today: str) -> bool:
    """Held on `today`: begun by then (or no start recorded) and not left before it."""
    if post.took and today[: len(post.took)] < post.took:
        return False
    return not (post.left and today[: len(post.left)] > post.left)

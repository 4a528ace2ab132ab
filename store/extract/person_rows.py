"""A person an article names by surname alone, linked to his row of store/data/people.csv
when the article says enough to tell who he is.

A bare surname names no row by itself (store.lang.people.row_of_name): «Сапаров» may be
anyone. But «Вице-премьер Скляр поручил …» names the one row whose man was deputy prime
minister on the article's date, and «Қаржы министрі Тақиев» the one finance minister. So
a one-word person mention is linked (its `ref` set to the row's id, which the store keys
the entity by: store.db.entities.upsert_entity) when:

- the role the article writes beside it (store.extract.roles, read by the extractor) or a
  Kazakh post word just before it («министрі», «әкімі», «вице-премьер») fits a post one
  row with that surname held on the article's date (any date when the article has none);
- and exactly one row fits: two rows, or none, leave the mention as it was.

The mention keeps its own name («Скляр»): what an article shows stays what it printed, and
the store's entity takes the row's name with every spelling as an alias. Every mention of
the article with the same name, or another case form of that surname, gets the same row
(a role is written once, at the first).
A surname in a Kazakh or Russian case form («Склярға», «Бектеновым») is compared by its
nominative, which the passes gave the mention, and by the printed word less its ending.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.roles import is_role_word
from store.lang import people
from store.lang.country_words import country_of_word
from store.lang.kazakh import KAZAKH_LETTERS
from store.lang.names import fold
from store.model import Mention

# Kazakh post words as the press prints them before a name, and the Russian post head a
# people.csv title starts with: «Қаржы министрі Тақиев», «облыс әкімі», «Үкімет басшысы».
_KAZAKH_POSTS = (
    (
        re.compile(r"(?:вице-премьер\w*|премьер-министрдің\s+орынбасары)\s*$", re.IGNORECASE),
        "заместитель премьер-министра",
    ),
    (re.compile(r"(?:премьер-министр\w*|үкімет\s+басшысы\w*)\s*$", re.IGNORECASE), "премьер-министр"),
    (re.compile(r"(?:президент\w*|мемлекет\s+басшысы\w*)\s*$", re.IGNORECASE), "президент"),
    (re.compile(r"(?:вице-министр\w*|министрінің\s+орынбасары)\s*$", re.IGNORECASE), "заместитель министра"),
    (re.compile(r"министр(?:і|ы)?\s*$", re.IGNORECASE), "министр"),
    (re.compile(r"әкім(?:і)?\s*$", re.IGNORECASE), "аким"),
    (re.compile(r"төраға(?:сы)?\s*$", re.IGNORECASE), "председатель"),
)
# Words of a role that say nothing of which post: the state it is of, the head's adjectives.
_ROLE_SKIP = frozenset("рк республики казахстана казахстан қр и в по при на".split())
_ENDINGS = re.compile(
    r"(?:тың|тің|ның|нің|дың|дің|қа|ке|ға|ге|ты|ті|ны|ні|ды|ді|мен|пен|бен|та|те|да|де|нан|нен|тан|тен|дан|ден"
    r"|ым|ом|ем|ой|а|у|е|ы|і)$"
)


@lru_cache(maxsize=1)
def _rows_by_surname() -> dict[str, tuple[people.Person, ...]]:
    """Folded surname (every spelling's last word) → the rows with it."""
    table: dict[str, dict[str, people.Person]] = {}
    for p in people.people():
        for n in p.names:
            words = fold(n).split()
            if len(words) >= 2:
                table.setdefault(words[-1], {})[p.id] = p
    return {k: tuple(v.values()) for k, v in table.items()}


def _candidates(name: str, surface: str) -> tuple[people.Person, ...]:
    """The rows whose surname a one-word mention is: by its nominative, else by the printed
    word less a Russian or Kazakh case ending («Склярға» → скляр)."""
    table = _rows_by_surname()
    for word in (name, surface):
        k = fold(word)
        if k in table:
            return table[k]
    m = _ENDINGS.search(surface)
    if m and m.start() >= 4:
        return table.get(fold(surface[: m.start()]), ())
    return ()


def _stems(words: list[str]) -> list[str]:
    """Each word's first five letters (its case endings off); a hyphenated word whole, or
    «вице-министр» and «вице-президент» would be one stem."""
    return [w.replace("ё", "е") if "-" in w else w.replace("ё", "е")[:5] for w in words]


def role_fits(role: str, title: str, country: str, text: str) -> bool:
    """Does a role as the article writes it («вице-премьер», «министр финансов РК», «аким
    Атырауской области») name a post people.csv titles so (for a man of `country`)?"""
    role = _from_head(" ".join(role.lower().replace("ё", "е").split()))
    kind = people._kind(role)
    if kind is not None:
        return people._holds(title, *kind, text)
    words = [w for w in re.findall(r"[\w-]+", role) if w not in _ROLE_SKIP]
    named = {c for w in words if (c := country_of_word(w))}
    if named and country not in named:
        return False
    words = [w for w in words if not country_of_word(w) and w not in ("первый", "исполняющий", "обязанности")]
    title_words = _stems(re.findall(r"[\w-]+", title.lower()))
    if not words or not title_words:
        return False
    head, *field = _stems(words)
    return title_words[0] == head and all(any(t.startswith(f) for t in title_words) for f in field)


def _from_head(role: str) -> str:
    """The role from its head noun on: the role reader keeps the adjectives before the head,
    and a relative pronoun reads as one («которое президент Токаев» → «который президент»)."""
    words = role.split()
    for i, w in enumerate(words):
        if is_role_word(w):
            return " ".join(words[i:])
    return role


def kazakh_post(text: str, start: int) -> str | None:
    """The Russian post head a Kazakh post word just before `start` names, or None."""
    before = text[max(0, start - 40) : start]
    for rx, head in _KAZAKH_POSTS:
        if rx.search(before):
            return head
    return None


def _kazakh_fits(head: str, title: str) -> bool:
    t = title.lower()
    if head == "министр":
        return t.startswith("министр ") or " - министр " in t
    return t.startswith(head)


def _row_for(m: Mention, text: str, date: str | None) -> str | None:
    rows = _candidates(m.name, m.surface)
    if not rows:
        return None
    fits: set[str] = set()
    # a Kazakh role («Қаржы министрі», read whole by roles.find_role) is read by its post word
    kazakh = kazakh_post(text, m.start) if not m.role or KAZAKH_LETTERS.search(m.role) else None
    for row in rows:
        for post in row.posts:
            if not people._in_term(post, date):
                continue
            if m.role and role_fits(m.role, post.title, row.country, text):
                fits.add(row.id)
            elif kazakh and _kazakh_fits(kazakh, post.title):
                fits.add(row.id)
    return next(iter(fits)) if len(fits) == 1 else None


def link_person_rows(mentions: list[Mention], texts: dict[str, str], date: str | None) -> None:
    """Set `ref` on the one-word person mentions a role links to a row (see module doc);
    `texts` are the article's fields by name («title», «body»)."""
    linked: dict[str, str] = {}
    for m in mentions:
        if m.type != "person" or m.ref or " " in m.name.strip() or m.name in linked:
            continue
        row_id = _row_for(m, texts.get(m.field, ""), date)
        if row_id:
            linked[m.name] = row_id
    if not linked:
        return
    rows = set(linked.values())
    for m in mentions:
        if m.type != "person" or m.ref or " " in m.name.strip():
            continue
        if m.name in linked:
            m.ref = linked[m.name]
            continue
        same = {r.id for r in _candidates(m.name, m.surface)} & rows
        if len(same) == 1:  # another case form of a linked surname («По словам Такиева»)
            m.ref = same.pop()

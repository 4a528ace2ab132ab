"""People the store itself records in the post a query names: «мэр Актау», «глава КТЖ»,
«аким Маканшинского района», «председатель правления Казахстанских железных дорог».

The knowledge base (posts.py) knows the holders of the top posts only; the articles name
many more, and extraction keeps the title written beside a name as the person's `roles`.
A query names a role when its first word (after «первый») is a word for a post, the
role's first words hold a word of the same kind («глава» = «председатель» = «директор»,
«мэр» = «аким»), and every other word of the query is a word of the role in any case or
script (by its start: «Маканшинского» is «Мақаншы», «Семея» «Семей»). Compound
abbreviations are read as their words («погранслужбы» = «пограничной службы»), so the
user need not type the title as the article wrote it.
"""

from __future__ import annotations

import json
from functools import lru_cache

from store.lang import names
from store.lang.country_words import country_of_word
from store.search.role_words import in_russian, same_place
from store.search.variants import strip_case_ending

MOST = 3  # holders shown for one post: the ones most articles name first

# words for one kind of post, any of which a user may type for another
_HEAD_GROUPS = (
    ("аким", "акім", "әкім", "мэр", "akim", "mayor"),
    ("глава", "председатель", "руководитель", "директор", "начальник", "head", "chairman", "chief", "төраға", "басшы"),
    ("министр", "minister"),
    ("губернатор", "governor"),
    ("посол", "ambassador", "елші"),
    ("президент", "president"),
    ("заместитель", "deputy", "орынбасары"),
    ("вице", "vice"),
    ("пресс", "press"),
    ("депутат",),
    ("спикер", "speaker"),
)
# leading words that qualify a head without being it: «первый заместитель», «бывший аким»
_QUALIFIERS = frozenset({"pervi", "first", "bivsh", "former", "ekc"})
# words a query may add that a role need not hold: «министр транспорта Казахстана»
# («Ақтау қаласының әкімі» is «мэр Актау»: a role seldom says «города»)
_OPTIONAL = frozenset({"kazahstan", "rk", "kr", "respubl", "po", "of", "the", "v", "na", "state:Казахстан", "gorod"})
# words that qualify a head by their start: «генерального директора», «General Director»
_QUALIFIER_STARTS = ("general",)
# compound abbreviations (folded stems) → the words they stand for
_COMPOUNDS = {
    "pogranslujb": ("pogranichn", "slujb"),
    "pogransluzhb": ("pogranichn", "slujb"),
    "minfin": ("ministerstv", "finans"),
    "mintrans": ("ministerstv", "transport"),
    "gosdohod": ("gosudarstvenn", "dohod"),
    "zamakim": ("zamestitel", "akim"),
    "zamministr": ("zamestitel", "ministr"),
    "zamglav": ("zamestitel", "glav"),
    "zampred": ("zamestitel", "predsedatel"),
    "zamdirektor": ("zamestitel", "direktor"),
}


def _stem(word: str) -> str:
    """A word's folded stem: its case ending cut before folding, as variants reads it."""
    return names.fold(strip_case_ending(word.strip("«»\"'.,()")))


Word = tuple[str, str]  # (folded stem, folded word as typed)


def _stems(text: str) -> list[Word]:
    """The text's words as (stem, word) pairs, compound abbreviations read as their words."""
    out: list[Word] = []
    for typed_word in text.replace("-", " ").split():
        word = in_russian(typed_word)  # a Kazakh or English post word as the Russian one
        raw = names.fold(word.strip("«»\"'.,()")).split()
        stems = (_stem(word) if len(word) > 3 else names.fold(word)).split()
        for stem, typed in zip(stems, raw + stems[len(raw) :], strict=False):
            if stem in _COMPOUNDS:
                out.extend((part, part) for part in _COMPOUNDS[stem])
            else:
                out.extend(_parts(stem, typed, word))
    return out


def _parts(stem: str, typed: str, word: str) -> list[Word]:
    """One word as the words it stands for: a state by any of its words («КНР» = «Китае»),
    «погран-» and «зам-» compounds by their parts («погранотряда» = «пограничного
    отряда», «замначальника» = «заместителя начальника»)."""
    country = country_of_word(word.strip("«»\"'.,()").lower())
    if country and len(stem) > 1:
        return [(f"state:{country}", f"state:{country}")]
    if stem.startswith("pogran") and len(stem) > 8 and not stem.startswith("pogranich"):
        return [("pogranichn", "pogranichn"), (stem[6:], typed[6:])]
    for cut in (3, 2) if stem.startswith("zam") else ():  # 2: folding merged «замм» («замминистра»)
        if stem[cut:] in _groups():
            return [("zamestitel", "zamestitel"), (stem[cut:], typed[cut:])]
    return [(stem, typed)]


@lru_cache(maxsize=1)
def _groups() -> dict[str, int]:
    """A head word's stem → its group's number."""
    out: dict[str, int] = {}
    for n, words in enumerate(_HEAD_GROUPS):
        for w in words:
            out.setdefault(_stem(w), n)
    return out


def _head(words: list[Word]) -> tuple[int, int] | None:
    """(position, group) of the first word that is a head, qualifiers before it allowed."""
    groups = _groups()
    for i, (stem, _typed) in enumerate(words[:2]):
        if stem in groups:
            return i, groups[stem]
        if stem not in _QUALIFIERS and not stem.startswith(_QUALIFIER_STARTS):
            return None
    return None


def _query_head(words: list[Word]) -> tuple[int, int] | None:
    """The head of a query's post: first as Russian writes it, or last as Kazakh and
    English do («Жамбыл облысының әкімі», «Border Service director»)."""
    head = _head(words)
    if head is None and len(words) > 1 and words[-1][0] in _groups():
        return len(words) - 1, _groups()[words[-1][0]]
    return head


def _same(a: Word, b: Word) -> bool:
    """One word in two cases or scripts: the same stem, or one word as typed, of four
    letters at least, the start of the other («Мақаншы», «Маканшинского»). Stems that
    merely begin alike are not enough: «Жетысай» is a town, «Жетысу» a region."""
    if a[0] == b[0]:
        return True
    short, long_ = sorted((a[1], b[1]), key=len)
    return (len(short) >= 4 and long_.startswith(short)) or same_place(a[1], b[1])


def role_holders(conn, query: str, state: tuple) -> list[int]:
    """Ids of the stored persons whose recorded roles the query names: the role with the
    fewest words the query leaves unsaid first, then the person most articles name. A
    first name beside the post («Серик вице-премьер», «Ерлан министр») keeps the holders
    of that name: it tells apart two people the post alone or the name alone would tie."""
    stems = _stems(query)
    found = _matching(conn, stems, state, bare=False)
    if found:
        return _ranked(found)
    for at in (0, len(stems) - 1) if len(stems) > 1 else ():
        rest = stems[:at] + stems[at + 1 :]
        named = {
            eid: key
            for eid, key in _matching(conn, rest, state, bare=True).items()
            if _first_name(conn, eid, state) == stems[at][1]
        }
        if named:
            return _ranked(named)
    return []


def _ranked(found: dict[int, tuple[int, int]]) -> list[int]:
    # the role the query says most of first: «глава QazAvtoJol» before «директор филиала АО QazAvtoJol»
    return sorted(found, key=lambda eid: found[eid])[:MOST]


def _matching(conn, stems: list[Word], state: tuple, bare: bool) -> dict[int, tuple[int, int]]:
    """Person id → (words of the role the query leaves unsaid, -article count) of every
    stored role the query's words name; a head alone («министр») only when `bare`."""
    head = _query_head(stems)
    if head is None or (len(stems) < 2 and not bare):
        return {}
    at, group = head
    wanted = [w for i, w in enumerate(stems) if i != at and w[0] not in _OPTIONAL]
    if not bare and not any(w[0] not in _QUALIFIERS for w in wanted):
        return {}  # «аким» alone: every akim the store knows is no answer
    matched: list[tuple[int, int, int, int]] = []  # (position among the roles, person id, unsaid, count)
    for role, holders in _roles(conn, state).get(group, ()):
        if all(any(_same(w, r) for r in role) for w in wanted):
            unsaid = sum(1 for r in role[1:] if not any(_same(w, r) for w in wanted))
            matched += [(at, eid, unsaid, count) for at, eid, count in holders]
    found: dict[int, tuple[int, int]] = {}
    for _at, eid, unsaid, count in sorted(matched):  # the store's order: ties rank as they were read
        found[eid] = min(found.get(eid, (unsaid, -count)), (unsaid, -count))
    return found


def warm(conn, state: tuple) -> None:
    """Read the store's roles and its persons' first names for `state` now (each is
    read on the first post a query names otherwise: ~10 ms apiece at 100,000 articles)."""
    warm_roles(conn, state)
    warm_first_names(conn, state)


def warm_roles(conn, state: tuple) -> None:
    """warm's first half: the stored roles (a step of its own for a caller that builds
    one table at a time, store.search.first_use)."""
    _roles(conn, state)


def warm_first_names(conn, state: tuple) -> None:
    """warm's second half: the persons' first names."""
    _first_names(conn, state)


@lru_cache(maxsize=2)
def _first_names(conn, state: tuple) -> dict[int, str]:
    """Person id → the first word of the person's stored name, folded («Серик Жумангарин» → «serik»)."""
    del state
    rows = conn.execute("SELECT id, name FROM entities WHERE type = 'person' AND roles != '[]'")
    return {eid: (names.fold(name or "").split() or [""])[0] for eid, name in rows}


def _first_name(conn, eid: int, state: tuple) -> str:
    return _first_names(conn, state).get(eid, "")


Holders = tuple[tuple[int, int, int], ...]  # (position among the stored roles, person id, article count)


@lru_cache(maxsize=2)
def _roles(conn, state: tuple) -> dict[int, tuple[tuple[tuple[Word, ...], Holders], ...]]:
    """Head group → (a role's stems, its holders) of every stored role headed by a word
    of that group, each distinct role once. `state` keys the cache to the store's
    contents. The 100,000-article store's 2,890 roles are 30 texts: reading each again
    was 170 ms of the first post typed, and matching each again most of a post query's
    30 ms (tui64)."""
    del state
    out: dict[int, dict[tuple[Word, ...], list[tuple[int, int, int]]]] = {}
    read: dict[str, tuple[tuple[Word, ...], int | None]] = {}
    rows = conn.execute("SELECT id, article_count, roles FROM entities WHERE type = 'person' AND roles != '[]'")
    at = 0
    for eid, count, roles in rows:
        for role in _parsed(roles):
            if role not in read:
                stems = _stems(role)
                head = _head(stems)
                read[role] = (tuple(stems), None if head is None else head[1])
            stems_read, group = read[role]
            if group is not None:
                out.setdefault(group, {}).setdefault(stems_read, []).append((at, eid, count or 0))
                at += 1
    return {g: tuple((stems, tuple(holders)) for stems, holders in v.items()) for g, v in out.items()}


def _parsed(roles: str) -> list[str]:
    try:
        value = json.loads(roles)
    except ValueError:
        return []
    return [r for r in value if isinstance(r, str)] if isinstance(value, list) else []

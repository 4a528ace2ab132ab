"""A body's name the knowledge base's forms miss, linked to the row it is spelt like (issue 15).

store.lang.kb links a printed name by the listed spellings of each row. The press also
writes a row's name a little otherwise: a Latin name in Cyrillic («Хоргос Гейтвей» for
«Khorgos Gateway»), Cyrillic in Latin («Samruk-Qazyna»), a letter dropped
(«Казтемиртрас»), a space for a hyphen («Самрук Казына»). Here such a name and every
row's names are reduced to one script-folded key — store.lang.names.fold's Latin key (the
one search and persons fold by), without quotes, legal forms, spaces and hyphens — and
compared: an equal key first, then a rapidfuzz likeness under the guards below, which
keep a longer company («Транстелеком Сервис», «KTZ Express Shipping») and a territorial
unit off a row whose name is only part of theirs.

Only what kb.row_of_printed left unlinked comes here, so a listed form always wins.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from store.lang import kb, kb_tables
from store.lang.names import fold

# Legal forms (Russian, Kazakh, English) and the state companies' «national company»
# letters: printed or left out at will, so no part of the key.
_LEGAL = re.compile(r"(?<!\w)(?:ТОО|АО|НАО|ОАО|ПАО|ЗАО|ООО|РГП|РГКП|ГУ|НК|ҰК|ЖШС|АҚ|КеАҚ|LLP|JSC|LLC|PJSC)(?!\w)")
# A kind word before a quoted name that only says what the name is («Фонд «Самрук Казына»»,
# «Компания «Кедентрансервис»»): the quoted name alone is compared too.
_KINDS = frozenset(
    "компания фонд союз ассоциация холдинг корпорация авиакомпания товарищество общество"
    " компаниясы қоры одағы company fund union association holding corporation".split()
)
# The Kazakh kind words, possessive after the name they follow («… қоры», «… компаниясы»).
_KAZAKH_KINDS = frozenset(w for w in _KINDS if w.endswith(("ы", "і")))
# A word of a territorial unit's name: its parent and its other units differ by this part,
# which a likeness would blur («ДГД по Алматинской области» vs «… по городу Алматы»).
_TERRITORIAL = re.compile(r"(?<!\w)(?:по|бойынша|област\w*|облыс\w*|район\w*|аудан\w*|город\w*|қала\w*)(?!\w)", re.I)
_QUOTED = re.compile(r"[«\"“„]([^«»\"“”„]+)[»\"”]")
_VOWELS = re.compile(r"[aeiou]")

MIN_EXACT = 5  # letters of a key an equal key may link (shorter keys are abbreviations' to share)
MIN_FUZZY = 8  # letters of a key a likeness may link (short names are one letter from others)
MIN_SCORE = 85  # rapidfuzz ratio of the keys (a dropped letter in 12 is 96; «Транстелеком Сервис» is 80)
MARGIN = 10  # points the best row leads the second by
MIN_SKELETON = 6  # consonants of an equal consonant skeleton («Гейтвей» / «Gateway»: g t v)


def key(name: str) -> str:
    """The script-folded key of a name: Latin letters, no quotes, legal forms, spaces or hyphens."""
    return fold(_LEGAL.sub(" ", name)).replace(" ", "")


def _skeleton(k: str) -> str:
    """A key's consonants: what a rendering across scripts keeps (vowels are spelt by ear)."""
    return _VOWELS.sub("", k)


def _words(name: str) -> list[str]:
    """The folded words of a name without its legal forms."""
    return fold(_LEGAL.sub(" ", name)).split()


def _names_of(name: str) -> set[str]:
    """The names a printed name is compared by: itself, and its quoted name when a kind
    word or a legal form is all that stands outside the quotes."""
    names = {name}
    m = _QUOTED.search(name)
    if m:
        outside = _LEGAL.sub(" ", name[: m.start()] + " " + name[m.end() :]).lower().split()
        if all(w in _KINDS for w in outside):
            names.add(m.group(1))
    return names


def _without_kind_word(name: str) -> tuple[str, str] | None:
    """An unquoted name without the kind word it opens with («Фонд Самрук Казына») or the Kazakh
    possessive kind word it ends with («Самұрық-Қазына қоры»), and that word; None otherwise.
    A Russian kind word after a name is the name's own («Атамекен Холдинг»: another firm)."""
    ws = name.split()
    if len(ws) < 2:
        return None
    if ws[0].lower() in _KINDS:
        return " ".join(ws[1:]), ws[0].lower()
    return (" ".join(ws[:-1]), ws[-1].lower()) if ws[-1].lower() in _KAZAKH_KINDS else None


@lru_cache(maxsize=1)
def table() -> dict[str, frozenset[str]]:
    """Every organization row's name, variant and former name → its key, built once a process
    (territorial units, their templates and abbreviations are left out: see the module doc)."""
    out: dict[str, set[str]] = {}
    for k, _, row_id in _named_keys():
        out.setdefault(k, set()).add(row_id)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _words_of_keys() -> dict[str, tuple[str, ...]]:
    """A table key → the folded words of the name it was made of (a row's words a printed name
    must have); kept with _named_keys (~20 ms to build)."""
    return _kept()["words"]


def _built_words_of_keys(named: tuple[tuple[str, str, str], ...]) -> dict[str, tuple[str, ...]]:
    """_words_of_keys as built from the named keys."""
    out: dict[str, tuple[str, ...]] = {}
    for k, name, _ in named:
        out.setdefault(k, tuple(_words(name)))
    return out


@lru_cache(maxsize=1)
def _named_keys() -> tuple[tuple[str, str, str], ...]:
    """(key, name, row id) of every organization row's name, variant and former name and of
    its quoted name: the ~2,700 names folded once (~45 ms, most of it store.lang.names.fold),
    kept in the user's cache folder beside the knowledge base's other derived tables
    (store/lang/kb_tables.py: read back in a few ms by every later process)."""
    return _kept()["named"]


@lru_cache(maxsize=1)
def _kept() -> dict:
    """The named keys and their words, read back from the cache folder or built."""

    def build() -> dict:
        named = _built_named_keys()
        return {"named": named, "words": _built_words_of_keys(named)}

    return kb_tables.kept(build, "likeness")


def _built_named_keys() -> tuple[tuple[str, str, str], ...]:
    """_named_keys as built from the forms."""
    out: list[tuple[str, str, str]] = []
    for f in kb.forms():
        if f.row.type != "organization" or f.role not in ("name", "variant", "former"):
            continue
        if kb.UNIT_SEPARATOR in f.row.id or "{" in f.text:
            continue
        out += [(k, n, f.row.id) for n in _names_of(f.text) if (k := key(n))]
    return tuple(out)


def _by_key(k: str) -> str | None:
    """The one row whose key is `k`; None when none or several."""
    rows = table().get(k, frozenset())
    return next(iter(rows)) if len(rows) == 1 and len(k) >= MIN_EXACT else None


@lru_cache(maxsize=1)
def _keys() -> tuple[list[str], dict[str, dict[str, str]]]:
    """The table's keys as a list (what rapidfuzz scans), and each consonant skeleton → its rows
    → the key that has it."""
    skeletons: dict[str, dict[str, str]] = {}
    for k, rows in table().items():
        if len(_skeleton(k)) >= MIN_SKELETON:
            skeletons.setdefault(_skeleton(k), {}).update(dict.fromkeys(rows, k))
    return list(table()), skeletons


def _scores(k: str) -> dict[str, tuple[float, str]]:
    """Each row's best likeness to key `k` that may matter (MIN_SCORE - MARGIN or more), with
    the row's key that gave it; an equal consonant skeleton counts as MIN_SCORE."""
    keys, skeletons = _keys()
    best: dict[str, tuple[float, str]] = {}
    for other, s, _ in process.extract(k, keys, scorer=fuzz.ratio, score_cutoff=MIN_SCORE - MARGIN, limit=None):
        for r in table()[other]:
            if s > best.get(r, (-1.0, ""))[0]:
                best[r] = (s, other)
    for r, other in skeletons.get(_skeleton(k), {}).items():
        if best.get(r, (-1.0, ""))[0] < MIN_SCORE:
            best[r] = (float(MIN_SCORE), other)
    return best


def _a_part_of(k: str, other: str) -> bool:
    """One key holds the other and more: a longer name («KTZ Express Shipping») or a shorter one."""
    return k != other and (k in other or other in k)


def _word_found(word: str, other: str) -> bool:
    """A word of one name has its like in the other's key (by letters or consonants); a short
    word too («РФ» is not «РК»: the state tells two ministries apart)."""
    return fuzz.partial_ratio(word, other) >= 75 or (len(_skeleton(word)) >= 2 and _skeleton(word) in _skeleton(other))


def _by_likeness(name: str) -> str | None:
    """The one row a name's key is like enough to, ahead of every other by MARGIN and with no
    word of the name left without its like in the row's key; None otherwise."""
    k = key(name)
    if len(k) < MIN_FUZZY:
        return None
    ranked = sorted(_scores(k).items(), key=lambda kv: -kv[1][0])
    if not ranked or ranked[0][1][0] < MIN_SCORE:
        return None
    row, (score, other) = ranked[0]
    if len(ranked) > 1 and score - ranked[1][1][0] < MARGIN:
        return None
    if _a_part_of(k, other):
        return None
    mine, theirs = _words(name), _words_of_keys()[other]
    if not all(_word_found(w, other) for w in mine) or not all(_word_found(w, k) for w in theirs):
        return None
    return row


@lru_cache(maxsize=4096)
def row_alike(name: str) -> kb.Row | None:
    """The organization row `name` is a spelling of though no listed form matches it: an
    equal script-folded key, else one like enough (module doc); None when none or unsure."""
    if _TERRITORIAL.search(name):
        return None
    names = _names_of(name)
    found = {r for n in names if (r := _by_key(key(n)))}
    if not found:
        found = {r for n in names if (r := _by_likeness(n))}
    if not found:
        found = _by_kind_and_name(name)
    return kb.row_by_id(found.pop()) if len(found) == 1 else None


def _by_kind_and_name(name: str) -> set[str]:
    """The rows an unquoted name without its kind word is («Фонд Самрук Казына», «Самұрық-Қазына
    қоры»: org106), kept only where the row's own names hold that kind word: «компания Атамекен»
    is no chamber. The rows' names in the table are left whole."""
    if _QUOTED.search(name) or not (cut := _without_kind_word(name)):
        return set()
    rest, kind = cut
    rows = {r for r in (_by_key(key(rest)) or _by_likeness(rest),) if r}
    return {r for r in rows if kind in _row_words().get(r, frozenset())}


@lru_cache(maxsize=1)
def _row_words() -> dict[str, frozenset[str]]:
    """Each row → the lower-case words of its names (what a kind word is looked up in)."""
    out: dict[str, set[str]] = {}
    for _, n, r in _named_keys():
        out.setdefault(r, set()).update(n.lower().replace("«", " ").replace("»", " ").split())
    return {r: frozenset(v) for r, v in out.items()}

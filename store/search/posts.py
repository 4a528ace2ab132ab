"""The holders of the post a query names: «премьер-министр», «министр транспорта», «аким
Атырауской области», «премьер Олжас» (a given name beside the post), «Көлік министрі»,
«Minister of Transport», «Атырау облысының әкімі». A post is read against the titles of
people.csv (store.lang.people), Russian; its Kazakh and English spellings come from the
knowledge base's rows of the body or region the title names (bodies.csv, regions.csv),
so a ministry or region known there in three languages is a post in three languages.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from functools import lru_cache
from importlib import resources

from store.lang import names, people
from store.lang.country_words import DEFAULT_COUNTRY, country_of_word
from store.search import kept_tables
from store.search.memo import Identity
from store.search.variants import strip_case_ending

MAX_HOLDERS = 2  # rows holding one post with no dates recorded: the newest appointment first
MAX_FORMER = 3  # past holders of one post listed after its holder


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
    "мэр": "аким",  # a city's akim, as the Russian press calls him
    "мэра": "аким",
    "директор": "директор",
    "директора": "директор",
    "руководитель": "руководитель",
    "руководителя": "руководитель",
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
    "губернатора": "губернатор",
    "губернаторы": "губернатор",
    "governor": "губернатор",
    "mayor": "аким",
    "pm": "премьер-министр",
    "посол": "посол",
    "посла": "посол",
    "ambassador": "посол",
    "елші": "посол",
    "елшісі": "посол",
    "премьер-министрі": "премьер-министр",
    "президенті": "президент",
    "заместитель": "заместитель",
    "первый": "первый",
}
_PHRASES = (  # several words for one head, read before the words
    (re.compile(r"\bглав[аыуе] правительства\b"), "премьер-министр"),
    (re.compile(r"\bprime minister\b"), "премьер-министр"),
    (re.compile(r"\bглав[аыуе] государства\b"), "президент"),
    (re.compile(r"\bүкімет басшысы\b"), "премьер-министр"),
    (re.compile(r"\bмемлекет басшысы\b"), "президент"),
    # English, alone, before «of» or a state's name, but not a body's head: «head of State
    # Revenue Committee» is no president
    (re.compile(r"\bhead of (?:the )?(state|government)\b(.*)"), lambda m: _english_head(m)),
    (re.compile(r"\bвице-премьер\w*"), "заместитель премьер-министра"),
    # a head of government by the name his state gives the post: «председатель правительства» of
    # Russia, «председатель кабинета министров» of Kyrgyzstan, «премьер Госсовета» of China
    (re.compile(r"\bпредседател[ья] (?:правительства|кабинета министров)\b"), "премьер-министр"),
    (re.compile(r"\bпремьер-министрдің орынбасары\b"), "заместитель премьер-министра"),
    # Kazakh writes a deputy after his chief's post in the genitive: «Премьер-Министрінің бірінші орынбасары»
    (
        re.compile(r"(\S+?)(?:інің|ының|дің|тің|нің|ның)\s+(бірінші\s+)?орынбасары\b"),
        lambda m: ("первый " if m[2] else "") + "заместитель " + _HEADS.get(m[1], m[1]),
    ),
)
# title words a query may leave out: «аким Атырауской» is «аким Атырауской области»
_GENERIC = frozenset("области область города республики казахстан рк of the".split())
# query words a title need not hold: «governor of Astrakhan region», «ambassador to Kazakhstan»
_FILLER = frozenset("of the to in в region oblast province облысы облысының".split())
# English words for a state that country_words does not read (its table also serves
# extraction, so the search keeps its own): «Kazakh PM», «Chinese ambassador»
_DEMONYMS = {"kazakh": "Казахстан", "chinese": "Китай"}


def _english_head(m: re.Match) -> str:
    """«head of state» as «президент», «head of government» as «премьер-министр», when what
    follows is nothing, «of …» or one state's name («Head of State Kazakhstan»); else as typed."""
    rest = m[2].split()
    if rest and rest[0] != "of" and not (len(rest) == 1 and _country_word(rest[0].strip("«»\"'.,()"))):
        return m[0]
    return ("президент" if m[1] == "state" else "премьер-министр") + m[2]


def post_holders(query: str, today: str | None = None) -> list[str]:
    """The people.csv rows holding, on `today`, the post the whole query names (a given
    name or surname of the holder may stand beside it: «премьер Олжас»), newest
    appointment first; [] when the query is not a post. A country word picks that
    country's post; none is Kazakhstan's."""
    newest = _post_rows(query, today or dt.date.today().isoformat(), past=False)
    return [pid for _took, pid in newest[:MAX_HOLDERS]]


def former_holders(query: str, today: str | None = None) -> list[str]:
    """The people.csv rows that held the post the query names and hold it no more on
    `today`, the last appointed first: listed after the holder, so «глава КТЖ» shows
    who led the company before as well as who leads it."""
    today = today or dt.date.today().isoformat()
    now = {pid for _took, pid in _post_rows(query, today, past=False)}
    past = [pid for _took, pid in _post_rows(query, today, past=True) if pid not in now]
    return list(dict.fromkeys(past))[:MAX_FORMER]


def post_standing(query: str, person: people.Person, today: str | None = None) -> str:
    """What people.csv says of a row's person in the post the query names, for a hit's
    row words: «former» when he held it and holds it no more on `today` («глава КТЖ»:
    Аскар Мамин), his country when it is not the post's (Russia's transport minister
    beside ours for «министр транспорта»); "" otherwise."""
    words = _post_words(query)
    if not words:
        return ""
    if person.country != _country(words)[0]:
        return person.country
    today = today or dt.date.today().isoformat()
    left = {pid for _took, pid in _post_rows(query, today, past=True)}
    now = {pid for _took, pid in _post_rows(query, today, past=False)}
    return "former" if person.id in left - now else ""


def _post_rows(query: str, today: str, past: bool) -> tuple[tuple[str, str], ...]:
    """(took, row id) of the people holding the post the query names on `today` (or who
    left it before `today`, when `past`), newest appointment first. Kept for the last
    few texts, per people.csv's table: one search asks it for the holders, the former
    holders and each hit's standing, and each asked every people.csv row again (tui64)."""
    return _post_rows_of(Identity(people.people()), query, today, past)


@lru_cache(maxsize=32)
def _post_rows_of(table: Identity, query: str, today: str, past: bool) -> tuple[tuple[str, str], ...]:
    del table  # keys the memo: a test's own table is another
    words = _post_words(query)
    if not words:
        return ()
    country, said = _country(words)
    found = _holders(said, country, today, past)
    if not found and len(said) == len(words):  # no country said: «губернатор Оренбургской области» is Russia's
        found = _holders(said, None, today, past)
    if not found and said[0] == "губернатор" and country == DEFAULT_COUNTRY:  # «Mangystau governor»: our akim
        found = _holders(["аким", *said[1:]], country, today, past)
    if not found:
        found = _by_other_spellings(query, country, today, past)
    return (*sorted((t for t in found if t[0]), key=lambda t: t[0], reverse=True), *(t for t in found if not t[0]))


def _holders(words: list[str], country: str | None, today: str, past: bool = False) -> list[tuple[str, str]]:
    """(took, row id) of the people of `country` (any, when None) holding on `today` (or
    who left before it, when `past`) a post the words name."""
    found: list[tuple[str, str]] = []
    for person in people.people() if words[0] in _HEADS.values() else ():
        if country is not None and person.country != country:
            continue
        rest = [w for w in words if not _names_person(w, person)]
        named = len(rest) < len(words)  # «министр Роман»: the name says which minister
        for post in person.posts:
            parts = post.title.split(" - ")
            if _when(post, today, past) and any(_fits(rest, part, named, post.title) for part in parts):
                found.append((post.took, person.id))
                break
    return found


def _post_words(query: str, heads: bool = True) -> list[str]:
    """The query's words in lower case, a post's head read as people.csv writes it
    (`heads`; else as typed, for _by_other_spellings)."""
    text = " ".join(query.lower().replace("ё", "е").split())
    for pattern, head in _PHRASES if heads else ():
        text = pattern.sub(head, text)
    words = [w for w in (w.strip("«»\"'.,()") for w in text.split()) if w]
    lead = 0  # a country first, as Kazakh writes it («ҚР Президенті»), goes after the post
    while lead < len(words) - 1 and _country_word(words[lead]):
        lead += 1
    words = words[lead:] + words[:lead]
    if heads and words and words[0] not in _HEADS:  # the head last: «оренбургский губернатор», «Kazakh PM»
        at = next((i for i, w in enumerate(words) if w in _HEADS), 0)
        if all(w.isascii() or _HEAD_ADJECTIVE.search(w) for w in words[:at]):
            words = [words[at]] + words[:at] + words[at + 1 :]
    return [_HEADS.get(w, w) if i == 0 and heads else w for i, w in enumerate(words)]


# an adjective that agrees with a head before it (every head is masculine): «оренбургский»;
# «Алматинская область аким» is a place and a topic word, not a post
_HEAD_ADJECTIVE = re.compile(r"(?:ий|ый|ой)$")


def _country_word(word: str) -> bool:
    return _country_of(word) is not None


def _country_of(word: str) -> str | None:
    """The country a lower-case word names: country_words' table, or an English demonym."""
    return country_of_word(word) or _DEMONYMS.get(word)


def _country(words: list[str]) -> tuple[str, list[str]]:
    """The country the words name (Kazakhstan when none), and the words without it (and
    without an English «of» before it: «President of Uzbekistan»)."""
    named = [(i, c) for i, c in ((i, _country_of(w)) for i, w in enumerate(words) if i) if c]
    # a state after «to», «in», «в» is where the post is held, not whose it is: «Chinese ambassador to Kazakhstan»
    own = [(i, c) for i, c in named if words[i - 1] not in _HOST] or named
    if own:
        i, country = own[0]
        before = i - 1 if words[i - 1] == "of" else i
        return country, words[:before] + words[i + 1 :]
    return DEFAULT_COUNTRY, words


_HOST = frozenset({"to", "in", "в"})


def _by_other_spellings(query: str, country: str, today: str, past: bool = False) -> list[tuple[str, str]]:
    """(took, row id) of the people holding a post the query names in Kazakh or English
    («Көлік министрі», «Minister of Transport», «Атырау облысының әкімі»), through the
    spellings of the body or region each title names (_title_spellings); one word may
    be the holder's name («Көлік министрі Сауранбаев»)."""
    typed = _post_words(query, heads=False)
    words = _country(typed)[1]
    index = _spelling_index()
    found = [(post, person) for post, person in index.get(names.fold(" ".join(words)), ())]
    if not found and len(words) < len(typed):  # the country was a word of the body: «head of Kazakhstan Temir Zholy»
        found = list(index.get(names.fold(" ".join(typed)), ()))
    if not found and len(words) > 1:  # «глава Минфина»: the last word inflected
        found = list(index.get(names.fold(" ".join([*words[:-1], strip_case_ending(words[-1])])), ()))
    for i, word in enumerate(words if not found and len(words) > 2 else ()):
        rest = names.fold(" ".join(words[:i] + words[i + 1 :]))
        found += [(post, person) for post, person in index.get(rest, ()) if _names_person(word, person)]
    out: dict[str, str] = {}
    for post, person in found:
        if person.country == country and _when(post, today, past):
            out.setdefault(person.id, post.took)
    return [(took, pid) for pid, took in out.items()]


@lru_cache(maxsize=1)
def _spelling_index() -> dict[str, tuple[tuple[people.Post, people.Person], ...]]:
    """Each folded Kazakh or English spelling of a post → the (post, person) rows holding it."""
    index: dict[str, list] = {}
    kept = kept_tables.tables()["title_spellings"]
    for person in people.people():
        for post in person.posts:
            for part in post.title.split(" - "):
                for key in kept[part] if part in kept else _title_spellings(part):
                    index.setdefault(key, []).append((post, person))
    return {k: tuple(v) for k, v in index.items()}


def built_title_spellings() -> dict[str, frozenset[str]]:
    """_title_spellings of every title of people.csv (store.search.kept_tables keeps
    them between processes: a test's own people table computes its titles itself)."""
    return {
        part: _title_spellings(part) for p in people.people() for post in p.posts for part in post.title.split(" - ")
    }


@lru_cache(maxsize=512)
def _title_spellings(title: str) -> frozenset[str]:
    """The folded Kazakh and English spellings of a people.csv title: a minister's from
    its ministry's names in bodies.csv («министр транспорта» → «Көлік министрі»,
    «Minister of Transport», «Transport Minister»), an akim's from the region's or
    city's names in regions.csv («аким Атырауской области» → «Атырау облысының әкімі»,
    «Atyrau region akim», «akim of Atyrau region»)."""
    low = " ".join(title.lower().replace("ё", "е").split())
    head, _sp, field = low.partition(" ")
    out: list[str] = []
    if head == "министр" and field:
        for name in _ministry_names(field):
            out += _minister_spellings(name)
        for abbr in _ministry_names(field, "abbreviations"):
            out += [f"глава {abbr}", f"министр {abbr}", f"{abbr} басшысы"]
    elif head == "аким" and field:
        for kk, en, city, abbrs in _akim_places(field):
            out += _akim_spellings(kk, en, city) + [f"{a} әкімі" for a in abbrs] + [f"аким {a}" for a in abbrs]
    elif head in _BODY_HEADS and field:
        for name in _body_names(field):
            out += _head_spellings(head, name)
    return frozenset(k for k in map(names.fold, out) if k)


# heads of a body's title whose body bodies.csv may name in other spellings
_BODY_HEADS = frozenset({"председатель", "директор", "руководитель", "президент", "начальник"})
# words of a title's body that its names in bodies.csv leave out: «председатель правления АО «НК «КТЖ»»
_LEGAL = frozenset({"правления", "ао", "нк", "тоо", "национальная", "компания", "национальной", "компании"})


def _body_names(field: str) -> list[str]:
    """Every name and abbreviation of the body a title names by one of its names, in
    any case: «Комитета государственных доходов Министерства финансов» is the
    committee whose abbreviation is «КГД»; [] when bodies.csv has no such body."""
    words = _body_words(field)
    if not words:
        return []
    for cells in _body_cells():
        if any(len(c) == len(words) and all(map(_same_word, words, c)) for c in cells[1]):
            return cells[0]
    return []


def _body_words(text: str) -> list[str]:
    words = _stateless(re.sub(r"[«»\"]", " ", text)).split()
    return [w for w in words if w not in _LEGAL]


@lru_cache(maxsize=1)
def _body_cells() -> tuple[tuple[list[str], tuple[list[str], ...]], ...]:
    """(every name and abbreviation, the Russian names and Cyrillic abbreviations as word
    lists) of each body of bodies.csv without a placeholder."""
    out = []
    for rec in _rows("bodies.csv"):
        cells = [rec["name_ru"], rec["name_kk"], rec["name_en"], *rec["variants"].split("|")]
        cells += rec["abbreviations"].split("|")
        cells = [c for c in cells if c and "{" not in c]
        # a title may name the body by a short name it is known by: «председатель Сената»
        russian = [rec["name_ru"], *rec["variants"].split("|"), *_cyrillic(rec["abbreviations"])]
        spoken = tuple(w for w in (_body_words(c) for c in russian if c and "{" not in c) if w)
        out.append(([" ".join(_body_words(c)) for c in cells], spoken))
    return tuple(out)


def _head_spellings(head: str, name: str) -> list[str]:
    """A body's head as a user may type it: «глава КГД», «председатель КГД», «head of
    KTZ», «КТЖ басшысы»."""
    out = [f"глава {name}", f"{head} {name}", f"{name} басшысы", f"{name} төрағасы"]
    out += [f"head of {name}", f"{name} head", f"chairman of {name}", f"{name} chairman"]
    return out


_STATE = re.compile(
    r"^(?:қазақстан республикасының|қр)\s+|\s+(?:республики казахстан|рк|of the republic of kazakhstan|of kazakhstan)$"
)


def _stateless(name: str) -> str:
    return _STATE.sub("", " ".join(name.lower().replace("ё", "е").split()))


def _ministry_names(field: str, column: str = "") -> list[str]:
    """Every name of the Kazakh ministry a minister's title names by its field (or the
    Cyrillic ones of one `column`: its abbreviations «МИД», «Минфин»)."""
    out: list[str] = []
    for rec in _rows("bodies.csv"):
        if rec["kind"] == "ministry" and rec["country"] == "Казахстан":
            if _stateless(rec["name_ru"]) != f"министерство {field}":
                continue
            if column:
                out += [_stateless(a) for a in _cyrillic(rec[column])]
            else:
                cells = [rec["name_ru"], rec["name_kk"], rec["name_en"], *rec["variants"].split("|")]
                out += [_stateless(c) for c in cells if c]
    return out


def _minister_spellings(name: str) -> list[str]:
    if name.endswith("министрлігі"):
        return [name[: -len("лігі")] + "і"]
    if name.startswith("ministry of "):
        field = name[len("ministry of ") :]
        out = [f"minister of {field}", f"{field} minister"]
        first = field.split()[0]  # the press's short form: «foreign minister», «trade minister»
        return out + [f"{first} minister"] if " " in field and first not in ("the", "of") else out
    return []


def _akim_places(field: str) -> list[tuple[str, list[str], bool, list[str]]]:
    """(Kazakh name, English names, is a city, abbreviations) of the region or city an akim's title names:
    by the region's adjective («Атырауской области»), its name («области Абай») or the
    city's name in any case («Шымкента»)."""
    words = field.split()
    out = []
    for rec in _rows("regions.csv"):
        forms = {f.lower() for f in rec["adjective_forms"].split("|") if f}
        if rec["type"] == "region":
            fits = words[0] in forms or _stateless(rec["name_ru"]) == " ".join(words[1:] + words[:1])
            fits = fits or rec["name_ru"].lower() == " ".join(["область", *words[1:]])
        else:
            fits = rec["type"] == "city" and len(words) == 1 and words[0][:5] == rec["name_ru"].lower()[:5]
        if fits:
            english = [e for e in rec["names_en"].split("|") if e]
            out.append((rec["name_kk"], english, rec["type"] == "city", _cyrillic(rec["abbreviations"])))
    return out


def _cyrillic(cell: str) -> list[str]:
    """A cell's Cyrillic abbreviations: the Latin ones fold alike across rows («WKO» for
    ЗКО folds as «VKO», ВКО's own)."""
    return [a for a in cell.split("|") if a and not a.isascii()]


def _akim_spellings(kk: str, english: list[str], city: bool) -> list[str]:
    out = [f"{kk} әкімі"]
    out.append(f"{kk} қаласының әкімі" if city else f"{kk}ның әкімі")
    for en in english:
        out += [f"akim of {en}", f"{en} akim"]
        out += [f"mayor of {en}", f"{en} mayor"] if city else [f"governor of {en}"]
    return out


@lru_cache(maxsize=4)
def _rows(file: str) -> tuple[dict, ...]:
    text = resources.files("store").joinpath(f"data/{file}").read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(text)))


def _names_person(word: str, person: people.Person) -> bool:
    """Is the word the person's given name or surname, in any spelling and case?"""
    key = names.fold(word)
    return len(key) >= 3 and any(p.startswith(key[: max(5, len(key) - 2)]) for p in _folded_name_words(person))


@lru_cache(maxsize=4096)
def _folded_name_words(person: people.Person) -> tuple[str, ...]:
    """The folded words of every spelling of the person's name. Folded once a person: a
    post query asks it of every people.csv row for each of its words, and folding them
    again was half of «председатель Комитета госдоходов» (~80 of 170 ms; tui64)."""
    return tuple(names.fold(p) for n in person.names for p in n.split())


def _fits(words: list[str], title: str, named: bool = False, whole: str = "") -> bool:
    """Do the words name the title: the same head, every other word a word of the title
    or of the `whole` title it is part of («директор Пограничной службы КНБ» for
    «заместитель председателя КНБ - директор Пограничной службы»), and every word of
    the title but the generic ones said (not needed when the query `named` the holder)?"""
    title_words = _title_words(title)
    if not words or not title_words or words[0] != title_words[0]:
        return False
    rest = [w for w in words[1:] if w not in _FILLER]
    said = title_words[1:] + (_title_words(whole) if whole else [])
    wanted = [w for w in title_words[1:] if w not in _GENERIC and len(w) > 2 and not _country_word(w)]
    return all(any(_same_or_state(w, t) for t in said) for w in rest) and (
        named or all(any(_same_or_state(w, t) for w in rest) for t in wanted)
    )


def _same_or_state(a: str, b: str) -> bool:
    """One word, or two words for one state («Қазақстандағы», «Казахстане»)."""
    return _same_word(a, b) or (_country_of(a) is not None and _country_of(a) == _country_of(b))


def _title_words(title: str) -> list[str]:
    """A title's words, its head read as a query's (a head of government by any of its
    names: «председатель правительства», «премьер Госсовета» are a premier)."""
    text = " ".join(title.lower().replace("ё", "е").split())
    for pattern, head in _PHRASES:
        text = pattern.sub(head, text)
    words = [w for w in (w.strip("«»\"'.,()") for w in text.split()) if w]
    return [_HEADS.get(w, w) if i == 0 else w for i, w in enumerate(words)]


_ADJECTIVE = re.compile(r"[сц]к(?:ий|ая|ое|ой|ую|ого|ому|ом|их|ие|им)$")


def _same_word(a: str, b: str) -> bool:
    """One word in two cases or scripts: the same folded key, as typed or without its case
    ending («транспорта», «Атырауская» for «Атырауской»; «Жетісу» for «Жетысу»), and
    not a place's noun against its adjective («Алматы», «Алматинской»). A shared start
    is not enough: «Жетысай» is a town, «Жетысу» a region."""
    if bool(_ADJECTIVE.search(a)) != bool(_ADJECTIVE.search(b)) and not (a.isascii() or b.isascii()):
        return False  # English has one word for both: «Orenburg governor»
    return names.fold(a) == names.fold(b) or names.fold(strip_case_ending(a)) == names.fold(strip_case_ending(b))


def _when(post: people.Post, today: str, past: bool) -> bool:
    """Held on `today`, or (`past`) left before it."""
    return _left_before(post, today) if past else _in_term(post, today)


def _left_before(post: people.Post, today: str) -> bool:
    return bool(post.left) and today[: len(post.left)] > post.left


def _in_term(post: people.Post, today: str) -> bool:
    """Held on `today`: begun by then (or no start recorded) and not left before it."""
    if post.took and today[: len(post.took)] < post.took:
        return False
    return not (post.left and today[: len(post.left)] > post.left)

"""The knowledge base as a search source: every row of store/data/*.csv can be found.

The gazetteer (checkpoints.csv), the posts opposite (foreign_posts.csv), regions, the
neighbours' regions, bodies, people and countries (regions.csv, places.csv, bodies.csv,
people.csv, countries.csv; docs/knowledge_base.md) name places, bodies and people in
Russian, Kazakh and Latin, with abbreviations. Search uses them two ways:
- a row whose names match the query links to the store's entities of the same type
  named by any of those names, so `VKO`, `East Kazakhstan region` or `Көлік
  министрлігі` reach the entity the articles call «ВКО», «Восточно-Казахстанская
  область» or «Министерство транспорта»;
- a row no article names yet is still a result (with 0 articles), so a user sees
  that the checkpoint exists and that nothing is known about it.

Words for kinds of places and bodies (region / oblast / облысы / область …) are
treated as one word in three languages: a row's names are indexed with each.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from store.db import search_reads as reads
from store.lang import names
from store.lang.identity import KAZAKH_TO_RUSSIAN
from store.lang.kb import without_state
from store.search import kept_tables
from store.search.alias_index import ENTITY_TYPES, AliasIndex
from store.search.variants import strip_case_ending

# One line per kind of place or body: its words in English, Russian and Kazakh. A
# name holding one of them is also indexed with each of the others.
KIND_WORDS: tuple[tuple[str, ...], ...] = (
    ("region", "oblast", "область", "облысы", "обл"),
    ("district", "район", "ауданы"),
    ("railway", "ж/д", "железная дорога", "темір жол", "temir zholy"),
    ("ministry", "министерство", "министрлігі"),
    ("committee", "комитет", "комитеті"),
    ("checkpoint", "border post", "пункт пропуска", "кпп", "апп", "мапп", "ждпп", "өткізу пункті", "бекеті"),
    ("station", "станция", "станциясы"),
)

# Cyrillic letters of an abbreviation and the Latin letters people type for them
# (ҚТЖ is written QTJ or KTZ, ВКО is VKO): each abbreviation is indexed under every spelling.
_ABBR_LATIN = {
    "а": ("a",),
    "б": ("b",),
    "в": ("v",),
    "г": ("g",),
    "ғ": ("g", "gh"),
    "д": ("d",),
    "е": ("e",),
    "ж": ("zh", "j", "z"),
    "з": ("z",),
    "и": ("i",),
    "й": ("i", "y"),
    "к": ("k",),
    "қ": ("q", "k"),
    "л": ("l",),
    "м": ("m",),
    "н": ("n",),
    "ң": ("n",),
    "о": ("o",),
    "ө": ("o",),
    "п": ("p",),
    "р": ("r",),
    "с": ("s",),
    "т": ("t",),
    "у": ("u",),
    "ұ": ("u",),
    "ү": ("u",),
    "ф": ("f",),
    "х": ("kh", "h", "x"),
    "һ": ("h",),
    "ц": ("ts", "c"),
    "ч": ("ch",),
    "ш": ("sh",),
    "щ": ("shch",),
    "ы": ("y",),
    "і": ("i",),
    "э": ("e",),
    "ю": ("yu",),
    "я": ("ya",),
    "ә": ("a",),
}
_MAX_ABBR_SPELLINGS = 12
KB_CANDIDATES = 60  # keys scored per ordering: ~1,400 keys need few (the store's index scores 400)
_FILES = (  # file, entity type, the columns that name the row
    ("checkpoints.csv", "checkpoint", ("name_ru", "name_kk", "names_latin", "former_names", "variants")),
    ("foreign_posts.csv", "checkpoint", ("name_ru", "name_local", "names_latin", "variants")),
    (
        "regions.csv",
        "location",
        ("name_ru", "name_kk", "name_latin_official", "names_en", "variants", "abbreviations", "former_names"),
    ),
    (  # the neighbours' regions across the border: same columns as regions.csv
        "places.csv",
        "location",
        ("name_ru", "name_kk", "name_latin_official", "names_en", "variants", "abbreviations", "former_names"),
    ),
    (
        "bodies.csv",
        "organization",
        ("name_ru", "name_kk", "name_en", "name_local", "variants", "abbreviations", "former_names"),
    ),
    (  # the people readers meet (officials, akims, heads of companies): store.lang.people
        "people.csv",
        "person",
        ("name_ru", "name_kk", "names_latin", "variants"),
    ),
    (  # the countries: «China», «Russia» are how English-reading users type Китай, Россия
        "countries.csv",
        "location",
        ("name_ru", "name_kk", "name_en", "variants_ru", "variants_kk", "variants_en"),
    ),
)
# A country is stored once per language it is printed in (Китай, Қытай, Qytay), all
# found by their own names: its row adds the names no article prints («China»), so it
# shows the most-mentioned entity only, and only for a name matched all but exactly
# (95); else it crowds a prefix's, a typo's or a body's results («Туркмен» matched
# «Туркмения» at 91 and took the place of Туркменбаши among the rows looked at)
_SHOWN = {"countries.csv": (1, 95.0)}  # file → (links, least)
_ABBR_COLUMN = "abbreviations"
_CYR = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)


@dataclass(frozen=True)
class KbRow:
    """One knowledge-base row as search sees it: its id, entity type, display name
    (the Russian one) and every name it goes by."""

    id: str
    type: str
    name: str
    names: tuple[str, ...]
    links: int = 3  # the store's entities it is shown as, at most (store.search.entities)
    least: float = 0.0  # the score a query must match one of its names with


@lru_cache(maxsize=1)
def kb_rows() -> tuple[KbRow, ...]:
    """Every row of the six files (parsed once per machine: store.search.kept_tables)."""
    return kept_tables.tables()["kb_rows"]


@lru_cache(maxsize=1)
def kb_rows_by_id() -> dict[str, KbRow]:
    """kb_rows by their id (a later row of an id over an earlier one), built once: a
    search naming an entity of the knowledge base built this map of some 1,700 rows on
    every query (~0.3 ms, search._kb_names; stop 40, perf74)."""
    return {r.id: r for r in kb_rows()}


def built_kb_rows() -> tuple[KbRow, ...]:
    """kb_rows, parsed from the files."""
    read: list[tuple[str, str, list[str], list[str], tuple]] = []
    for file, type_, columns in _FILES:
        text = resources.files("store").joinpath(f"data/{file}").read_text(encoding="utf-8")
        for rec in csv.DictReader(io.StringIO(text)):
            found, heads = _row_names(rec, columns), _template_heads(rec, columns)
            if file == "bodies.csv":
                heads += _state_free_names(rec)
            read.append((rec["id"], type_, found, heads, _SHOWN.get(file, (3, 0.0))))
    # a template head that is another row's own name («пограничная служба КНБ РК … по
    # {region}» is the Border Service's name) would put the regional unit beside it
    named = {names.fold(n) for _id, _t, found, _h, _s in read for n in found}
    rows: list[KbRow] = []
    for id_, type_, found, heads, shown in read:
        found = list(dict.fromkeys(found + [h for h in heads if names.fold(h) not in named]))
        if found:
            rows.append(KbRow(id_, type_, found[0], tuple(found), *shown))
    return tuple(rows)


def _row_names(rec: dict, columns: tuple[str, ...]) -> list[str]:
    """A row's names, once each; template names («… по {region}») are left out (their
    heads are _template_heads)."""
    out: list[str] = []
    for col in columns:
        for value in (rec.get(col) or "").split("|"):
            value = value.strip()
            if value and "{" not in value:
                out.append(value)
                if col == _ABBR_COLUMN:
                    out.extend([*latin_abbreviations(value), *russian_keyboard_spelling(value)])
    return list(dict.fromkeys(out))


_TEMPLATE_NAME_COLUMNS = ("name_ru", "name_kk", "name_en")


def _state_free_names(rec: dict) -> list[str]:
    """A Kazakhstan body's names without the state («Министерство транспорта Республики
    Казахстан» → «Министерство транспорта»), as the press prints them (store.lang.kb's
    reading of bodies does the same). Without them a bare or inflected name
    («Министерства транспорта») matched a committee that holds those words whole
    («Комитет транспорта Министерства транспорта …», 94) or another state's ministry
    with a shorter name (96) above the ministry itself (90–94). Other states' names
    keep their state: a query without one means Kazakhstan's body."""
    values = (rec.get(col) or "" for col in _TEMPLATE_NAME_COLUMNS)
    return [short for v in values if "{" not in v for short in [without_state(v.strip())] if short != v.strip()]


def _template_heads(rec: dict, columns: tuple[str, ...]) -> list[str]:
    """The heads of a row's template names (template_head), once each: of its names
    only, not its variants («Пограничное управление по {region}» would give a head any
    border guard's unit bears)."""
    cols = [c for c in columns if c in _TEMPLATE_NAME_COLUMNS]
    values = (v.strip() for col in cols for v in (rec.get(col) or "").split("|"))
    return list(dict.fromkeys(h for v in values if "{" in v for h in [template_head(v)] if h))


# the region slot of a template name and the words that tie it to the head: «… по
# {region}», «… for {region}», «{region_kk} бойынша …», «… {region_kk} бойынша …»
_TEMPLATE_SLOT = re.compile(r"\s*(?:\b(?:по|for)\s+\{region\}$|\{region(?:_kk)?\}\s+бойынша\b)\s*")


def template_head(value: str) -> str:
    """A template row's name without its region slot («Департамент государственных
    доходов по {region}» → «Департамент государственных доходов»), so the row is found
    by the whole name people type with a region in it («Департамент государственных
    доходов по Мангистауской области»: the region is the topic split off after the
    name) and not only by its abbreviation («ДГД»); "" when a slot is left or the head
    is a single word (too weak to name the row)."""
    head = " ".join(_TEMPLATE_SLOT.sub(" ", value).split())
    return head if "{" not in head and len(head.split()) >= 2 else ""


_ABBR_MAX_LEN = 6  # «КГД», «ВКО», «KTZh»: longer listed «abbreviations» are short names («Росгранстрой»)


@lru_cache(maxsize=1)
def abbreviation_names() -> dict[str, str]:
    """Each abbreviation of a body or region (lower case, as listed and in its Latin
    spellings) → the folded Russian name of its row without legal form or country
    («кгд» → «komitet gosudarstvenih dohodov ministerstva finansov»). An abbreviation
    two rows share is left out: it names neither. Built once per machine
    (store.search.kept_tables)."""
    return kept_tables.tables()["abbreviation_names"]


def built_abbreviation_names(kb: tuple[KbRow, ...]) -> dict[str, str]:
    """abbreviation_names, built from the files and their rows `kb`."""
    rows = {r.id: r for r in kb}
    table: dict[str, str] = {}
    shared: set[str] = set()
    for file, _type, columns in _FILES:
        if _ABBR_COLUMN not in columns:
            continue
        text = resources.files("store").joinpath(f"data/{file}").read_text(encoding="utf-8")
        for rec in csv.DictReader(io.StringIO(text)):
            row = rows.get(rec["id"])
            name = core_key(names.fold(row.name)) if row is not None else ""  # once a row, not once a spelling
            for abbr in (rec.get(_ABBR_COLUMN) or "").split("|"):
                abbr = abbr.strip()
                if row is None or not is_abbreviation(abbr):
                    continue
                for spelling in [abbr, *latin_abbreviations(abbr)]:
                    low = spelling.lower().replace("ё", "е")
                    if table.setdefault(low, name) != name:
                        shared.add(low)
    return {k: v for k, v in table.items() if k not in shared}


def is_abbreviation(text: str) -> bool:
    """One word of 2–6 characters, at least two of them capitals: «КГД», «KTZh», not «Минфин»."""
    return " " not in text and 2 <= len(text) <= _ABBR_MAX_LEN and sum(ch.isupper() for ch in text) >= 2


def russian_keyboard_spelling(abbr: str) -> list[str]:
    """A Kazakh abbreviation as typed on a Russian keyboard («ОҚО» → «ОКО», «ҚТЖ» →
    «КТЖ»), when it has Kazakh letters; nothing otherwise."""
    plain = abbr.translate(KAZAKH_TO_RUSSIAN)
    return [plain] if plain != abbr else []


def latin_abbreviations(abbr: str) -> list[str]:
    """The Latin spellings of a short Cyrillic abbreviation: «ҚТЖ» → QTZH, QTJ, QTZ,
    KTZH, KTJ, KTZ; «ВКО» → VKO; «ЕС» → ES, YES. Longer or mixed names give none."""
    word = abbr.strip().lower()
    if not (2 <= len(word) <= 5) or not all(ch in _ABBR_LATIN for ch in word):
        return []
    letters = [_ABBR_LATIN[ch] for ch in word]
    if word[0] == "е":  # an initial Е is also written Ye, as in names (Ержан → Yerzhan): ЕАБР → YEABR
        letters[0] = ("e", "ye")
    spellings = ("".join(p).upper() for p in itertools.product(*letters))
    return list(itertools.islice(spellings, _MAX_ABBR_SPELLINGS))


def with_kind_words(name: str) -> list[str]:
    """The name with its kind word in each language: «Abai region» → «Abai oblast»,
    «Abai область», «Abai облысы» …; a name without one gives nothing."""
    low = name.lower()
    if not _ANY_KIND_WORD.search(low):  # most names: one search, not one per kind word
        return []
    for group, patterns in _KIND_PATTERNS:
        for word, pattern in patterns:
            m = pattern.search(low)
            if m:
                return [low[: m.start()] + other + low[m.end() :] for other in group if other != word]
    return []


def _word_pattern(word: str) -> str:
    return rf"(?<!\w){re.escape(word)}(?!\w)"


# compiled once: with_kind_words runs for every knowledge-base name when a process starts
_KIND_PATTERNS = [(group, [(w, re.compile(_word_pattern(w))) for w in group]) for group in KIND_WORDS]
_ANY_KIND_WORD = re.compile("|".join(_word_pattern(w) for group in KIND_WORDS for w in group))


def kind_group(word: str) -> tuple[str, ...] | None:
    """The kind words a query word stands for («oblast» → region, область, облысы …),
    inflected too («района», «области», «облысында»: _kind_stems)."""
    w = word.lower()
    for group in KIND_WORDS:
        if w in group:
            return group
    stem = strip_case_ending(w)
    return _kind_stems().get(stem) if stem != w else None


_MIN_KIND_STEM = 5  # «район», «облыс»; «беке» (of «бекеті») would take a name «Беке» for a kind word


@lru_cache(maxsize=1)
def _kind_stems() -> dict[str, tuple[str, ...]]:
    """Each one-word Cyrillic kind word's stems → its group: the word without a case
    ending and, for one ending in a soft sign or a vowel, without that last letter, as
    strip_case_ending leaves its inflected forms («области» → «област», «министерства»
    → «министерств», «станции» → «станци»)."""
    stems: dict[str, tuple[str, ...]] = {}
    for group in KIND_WORDS:
        for word in group:
            if " " in word or not _CYR.search(word):
                continue
            for stem in {word, strip_case_ending(word), word[:-1] if word[-1] in "ьоаяы" else word}:
                if len(stem) >= _MIN_KIND_STEM:
                    stems.setdefault(stem, group)
    return stems


@lru_cache(maxsize=1)
def kb_index():
    """(AliasIndex over the rows' names and their kind-word variants, the text of each
    alias id). Entity id = the row's position in kb_rows(); alias id = position in texts.
    Built once per machine, not per process (store.search.kb_cache)."""
    from store.search import kb_cache

    return kb_cache.cached(_index_inputs(), _build_kb_index, KB_CANDIDATES)


def _index_inputs() -> list[bytes]:
    """What the knowledge-base index is made from: the files, and the modules that
    fold and index their names (a change to either gives another cached index)."""
    from store.search import alias_index, trigrams

    data = resources.files("store").joinpath("data")
    files = [data.joinpath(file).read_bytes() for file, _type, _columns in _FILES]
    sources = [Path(m.__file__) for m in (names, alias_index, trigrams) if m.__file__]
    return files + [p.read_bytes() for p in [*sources, Path(__file__)]]


def _build_kb_index():
    rows = kb_rows()
    texts: list[str] = []

    def alias_rows():
        for pos, row in enumerate(rows):
            for i, name in enumerate(row.names):
                for text in [name, *with_kind_words(name)]:
                    key = names.fold(text)
                    if key:
                        texts.append(name)
                        yield len(texts) - 1, pos, key, "canonical" if i == 0 else "text"

    index = AliasIndex.from_rows(alias_rows())
    index.max_candidates = KB_CANDIDATES
    index.ent_type = np.array([ENTITY_TYPES.index(r.type) for r in rows], dtype=np.int8)
    index.ent_count = np.zeros(len(rows), dtype=np.int32)
    return index, texts


def cyrillic_names(row: KbRow) -> list[str]:
    """The row's names in Cyrillic (what articles print), abbreviations included."""
    return [n for n in row.names if _CYR.search(n)]


def linked_entities(conn, row: KbRow) -> list[tuple[int, str, int]]:
    """(entity id, name, article count) of the store's entities of the row's type
    that go by one of its names, most articles first. A body's name is also looked up
    with and without its country and legal form (body_name_keys). A key only a Latin
    abbreviation of the row gives links an entity only through an alias spelt as that
    abbreviation (abbreviations_agree): fold() makes the Latin «WKO» (West Kazakhstan)
    and the Cyrillic «ВКО» (East Kazakhstan) one key, and the Latin «MID» (the
    investment ministry) and «МИД Казахстана» (the foreign ministry) one body's name."""
    plain: list[str] = []
    short: dict[str, list[str]] = {}
    for name in row.names:
        key = names.fold(name)
        if key and is_abbreviation(name) and not _CYR.search(name):
            short.setdefault(key, []).append(name)
        elif key:
            plain.append(key)
    if row.type == "organization":
        plain = [k for key in plain for k in body_name_keys(key)]
    plain = list(dict.fromkeys(plain))
    found = reads.entities_named(conn, plain, row.type)
    if row.type == "checkpoint":
        found = _not_another_posts(conn, found, row.id)
    only_short = [k for k in short if k not in set(plain)]
    if not only_short:
        return found
    seen = {f[0] for f in found}
    for eid, name, count, alias in reads.entities_by_alias(conn, only_short, row.type):
        if eid not in seen and any(abbreviations_agree(a, alias) for a in short[names.fold(alias)]):
            seen.add(eid)
            found.append((eid, name, count))
    return sorted(found, key=lambda f: (-f[2], f[1], f[0]))[:20]


def _not_another_posts(conn, found: list[tuple], row_id: str) -> list[tuple]:
    """The entities a post's row links to, less those the store linked to another row. Two
    rows may share a name («Черняевка»: the village at our Жибек жолы, and a name the Uzbek
    side's Гишткуприк was printed with); by that name alone the query for Гишткуприк would
    bring our post as if it were the row's own, first by the ours-before-theirs rule."""
    refs = reads.checkpoint_refs(conn, [f[0] for f in found])
    return [f for f in found if refs.get(f[0], row_id) == row_id]


def abbreviations_agree(abbr: str, alias: str) -> bool:
    """Is a store's alias, under the same folded key as a knowledge-base abbreviation,
    that abbreviation? In one script any spelling fold() joins is (ҚТЖ, КТЖ); across
    scripts the Latin one must be a Latin spelling of the Cyrillic one (latin_abbreviations:
    VKO is ВКО, WKO is not)."""
    a_latin, b_latin = not _CYR.search(abbr), not _CYR.search(alias)
    if a_latin and b_latin:
        return abbr.lower() == alias.lower()
    if not a_latin and not b_latin:
        return True
    latin, cyrillic = (abbr, alias) if a_latin else (alias, abbr)
    return latin.upper() in latin_abbreviations(cyrillic)


# Words a body's name carries or drops without naming another body, as Russian and
# Kazakh articles print them: its legal form before the name («АО «НК «…»»», «АО
# «Национальная компания «…»»», «ФГКУ «…»»), its country after it («КНБ РК», «…
# Республики Казахстан», «… Казахстана») or before it in Kazakh («ҚР …», «Қазақстан
# Республикасының …»). The knowledge base lists a body once; the store keeps
# whichever form an article used.
_LEGAL_FORMS = ("АО", "НК", "АО НК", "Национальная компания", "ТОО", "ФГКУ", "РГУ", "ГУ")
_COUNTRY_AFTER = ("РК", "Республики Казахстан", "Казахстана")
_COUNTRY_BEFORE = ("ҚР", "Қазақстан Республикасының")
_MIN_CORE = 3  # letters a name keeps without them: «РК» alone names no body


def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted((names.fold(w) for w in words), key=len, reverse=True))


_BEFORE_KEYS = _folded(_LEGAL_FORMS + _COUNTRY_BEFORE)
_AFTER_KEYS = _folded(_COUNTRY_AFTER)
_LEGAL_KEYS = _folded(_LEGAL_FORMS)


def core_key(key: str) -> str:
    """A body's folded name without its legal form and country: «ao nk kazakstan temir
    joli» → «kazakstan temir joli», «pogranslujba knb rk» → «pogranslujba knb»."""
    core, changed = key, True
    while changed:
        changed = False
        for word in _BEFORE_KEYS:
            if core.startswith(word + " ") and len(core) - len(word) > _MIN_CORE:
                core, changed = core[len(word) + 1 :], True
        for word in _AFTER_KEYS:
            if core.endswith(" " + word) and len(core) - len(word) > _MIN_CORE:
                core, changed = core[: -len(word) - 1], True
    return core


# a committee's or a department's ministry after its own name, as fold() writes it:
# «… of the Ministry of Finance …», «… Министерства финансов …»
_PARENT_TAIL = re.compile(r" (?:of the ministri of|ministerstva) ")
_MIN_HEAD_WORDS = 3  # «Комитет транспорта» names a committee of several ministries


def _without_parent(key: str) -> list[str]:
    """A body's folded name without the ministry it belongs to, when what is left has
    three words or more: an English article's «State Revenue Committee» is the
    committee «State Revenue Committee of the Ministry of Finance of Kazakhstan», and
    was shown as a second body beside it."""
    head = _PARENT_TAIL.split(key, maxsplit=1)[0]
    return [head] if head != key and len(head.split()) >= _MIN_HEAD_WORDS else []


def body_name_keys(key: str) -> list[str]:
    """The folded name of a body as articles may print it: the name itself, its core
    (core_key), and the core with one legal form or country added."""
    core = core_key(key)
    if len(core.replace(" ", "")) < _MIN_CORE:
        return [key]
    out = [key, core, *_without_parent(core)]
    out += [f"{word} {core}" for word in _BEFORE_KEYS]
    out += [f"{core} {word}" for word in _AFTER_KEYS]
    out += [f"{legal} {core} {country}" for legal in _LEGAL_KEYS for country in _AFTER_KEYS]
    return list(dict.fromkeys(out))


_SURNAME_LEAST = 75  # a query word this close to a person row's surname names the row («bektenof»)
_SURNAME_PREFIX = 3  # letters of a surname typed so far («Бекте»)


@lru_cache(maxsize=1)
def _row_surnames() -> dict[str, frozenset[str]]:
    """Each person row's id → the folded surnames of its spellings (store.search.kept_tables)."""
    return kept_tables.tables()["row_surnames"]


def built_row_surnames(kb: tuple[KbRow, ...]) -> dict[str, frozenset[str]]:
    """_row_surnames, built from the rows `kb`."""
    return {
        r.id: frozenset(names.fold(n).replace("-", " ").split()[-1] for n in r.names if names.fold(n))
        for r in kb
        if r.type == "person"
    }


def names_the_person(query: str, row: KbRow) -> bool:
    """Does the query name a person row by its surname (whole, inflected, typed in part or
    with a typo)? A given name alone names nobody («Серик», «Нурлан»: several rows, and a
    typo of another surname, «Тулпарбек», is one edit from «Уларбек»); rows of other types
    always pass."""
    if row.type != "person":
        return True
    from rapidfuzz import fuzz

    surnames = _row_surnames().get(row.id, frozenset())
    for word in names.fold(query).replace("-", " ").split():
        for s in surnames:
            if word.startswith(s) or (len(word) >= _SURNAME_PREFIX and s.startswith(word)):
                return True
            if fuzz.ratio(word, s) >= _SURNAME_LEAST:
                return True
    return False

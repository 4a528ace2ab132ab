"""The domain knowledge base as a matcher: every name a body, country or Kazakh region goes
by (store/data/bodies.csv, countries.csv, regions.csv; docs/knowledge_base.md), found in
running text in any script with its inflection, and brought back to its row.

Why: the Russian NER model misses Kazakh names («Көлік министрлігінің») and Russian ones it
only half reads («Минтранспорта»); a table of the forms each row is printed in finds them
whatever script the article is written in, and one row is one entity.

Rows are read once per process. A form is compiled by how it inflects: a Kazakh form takes
suffixes on its last word only («Үкіметінің»), a Russian one changes every word's ending
(«Пограничной службы КНБ»), an abbreviation never changes («КГД», «ҚР ҰҚК»).
"""

from __future__ import annotations

import csv
import io
import os
import re
import threading
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from store.lang import kb_tables
from store.lang.identity import KAZAKH_TO_RUSSIAN
from store.lang.identity import key as _identity  # the lower layer's key (it imports kb only inside entity_key)
from store.lang.kazakh import CASE_ENDINGS, KAZAKH_LETTERS, kazakh_context
from store.lang.morphology import inflect, parses

# Abbreviations the KB lists but that are ordinary words or other things too often to be
# taken on sight («АП» is also «автомобильный пункт», «МИР» the word «мир»).
_AMBIGUOUS_ABBREVIATIONS = frozenset({"АП", "МИР", "ПС", "МТ", "МФ", "ҚМ", "КАД", "SRC", "MID", "NSC", "MFA"})
# Kazakh suffixes that make an adjective or a person of a place («қазақстандық»): not a mention of it.
# Kazakh suffixes that derive a new word, and the Russian adjective's «-ск-» («Астраханская»
# after the Kazakh form «Астрахан»): neither is the place itself
_DERIVING = re.compile(r"(?:дық|дік|тық|тік|лық|лік|ша|ше|ск|цк)", re.IGNORECASE)
_KK_SUFFIX = "[а-яәғқңөұүһіё]{0,8}"
_RU_ENDING = "[а-яё]{0,3}"
# An adjective's ending goes whole («Пограничн|ая» → «Пограничн|ой»); a noun loses one
# vowel at most («Служб|а», «Акта|у» — not «Акт», which would open «Актобе» too).
_RU_VOWEL_TAIL = re.compile(r"(?:ая|яя|ое|ее|ый|ий|ой|ые|ие|[аяоеёиыуюйь])$", re.IGNORECASE)


@dataclass(frozen=True)
class Row:
    """One thing the KB knows: a body (`kind` from bodies.csv) or a place ("country",
    "region", "city", "district"), with its name in each script."""

    id: str
    type: str  # "organization" or "location"
    kind: str
    name_ru: str
    name_kk: str
    country: str
    parent: str = ""  # the id of the body this one belongs to
    name_en: str = ""  # the name an English article shows when it prints only an abbreviation


@dataclass(frozen=True)
class Form:
    """One printed name of a row: its text, script ("ru", "kk", "latin") and role
    ("name", "variant", "abbreviation", "former")."""

    row: Row
    text: str
    script: str
    role: str


@dataclass(frozen=True)
class Match:
    """A form found in text, with the offsets of the inflected words as written."""

    form: Form
    start: int
    end: int


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_RUSSIAN_LETTER = re.compile("[а-яё]", re.IGNORECASE)


def script_of(text: str) -> str:
    """ "kk" for a form with a Kazakh letter, "latin" for one without Cyrillic, else "ru"."""
    if KAZAKH_LETTERS.search(text):
        return "kk"
    return "ru" if _RUSSIAN_LETTER.search(text) else "latin"


def _read(name: str) -> list[dict]:
    text = resources.files("store").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip() and "{" not in v]


def _body_forms(r: dict) -> list[Form]:
    row = Row(r["id"], "organization", r["kind"], r["name_ru"], r["name_kk"], r["country"], r["parent"], r["name_en"])
    if "{" in r["name_ru"]:
        # a pattern row («Департамент … по {region}»): its head is found; the region after it
        # is joined by the linking pass
        head = r["name_ru"].split(" по {")[0].strip()
        heads = [Form(row, h, "ru", "pattern") for h in [head, *_clipped_spellings(head, r["id"])] if "{" not in h]
        # its abbreviations («ДГД») open a unit too: «ДГД МФ РК по Алматинской области»
        return heads + [Form(row, a, script_of(a), "pattern") for a in _split(r["abbreviations"])]
    named = [(r["name_ru"], "name"), (r["name_kk"], "name"), (r["name_en"], "name"), (r["name_local"], "name")]
    named += [(v, "variant") for v in _split(r["variants"])]
    # the table's abbreviation column also holds clipped words («Минфин», «Мажилис»): variants
    named += [(v, "abbreviation" if is_abbreviation(v) else "variant") for v in _split(r["abbreviations"])]
    if r["country"] == "Казахстан":
        named += [(v, "abbreviation") for v in _stated_abbreviations(_split(r["abbreviations"]))]
    named += [(v, "former") for v in _split(r["former_names"])]
    # a former name is printed without its state as often as a name is («Министерство информации и
    # общественного развития»; kb48)
    named += [
        (short, "variant" if role == "name" else "former")
        for t, role in named
        if role in ("name", "former")
        for short in [_without_state(t)]
        if short != t
    ]
    named += [(bare, "variant") for bare in [name_without_legal_form(r["name_ru"])] if bare]  # org31
    named += [(bare, "variant") for bare in [kazakh_name_without_legal_form(r["name_kk"])] if bare]  # org95
    # org86: a quoted name printed bare, and a company's quoted word with its own legal form; not
    # when what is left without the legal form is listed already («ФГКУ Росгранстроя»: the row's
    # «Росгранстрой» is matched, and the legal form before it is read as one, not as its name)
    listed = {t for t, _ in named}
    named += [
        (bare, "variant")
        for t, _ in list(named)
        for bare in [unquoted_name(t)]
        if bare and _LEGAL_FORM_AROUND.sub("", bare) not in listed
    ]
    named += [
        (short, "variant")
        for short in short_names_with_legal_form(r["name_ru"], r["name_kk"])
        if _LEGAL_FORM_AROUND.sub("", short).strip("«»") not in listed
    ]
    listed = {t for t, _ in named}
    named += [(_KAZAKH_OPENING.sub("Қаз", t), role) for t, role in named if _kazakh_spelling_missing(t, listed)]
    listed = {t for t, _ in named}
    named += [
        (short, "variant" if role == "name" else "former")
        for t, role in named
        if role in ("name", "former")
        for short in [_STATE_INSIDE.sub("", t)]
        if short != t and short not in listed
    ]
    return [Form(row, t, script_of(t), role) for t, role in named if t and t.strip()]


# A Kazakhstan company's one-word name spelled the Russian way («КазАТО», «Казатомпром»,
# «КазАвтоЖол»): a Kazakh text prints its opening «Қаз» («ҚазАТО-ның», «Қазатомпром»), as the
# rows that list both spellings show (Қазтеміртранс, ҚазТрансОйл, Қазгидромет; org83).
_KAZAKH_OPENING = re.compile(r"^Каз(?=[а-яА-Я])")


def _kazakh_spelling_missing(form: str, listed: set[str]) -> bool:
    return " " not in form and bool(_KAZAKH_OPENING.match(form)) and _KAZAKH_OPENING.sub("Қаз", form) not in listed


# The state inside a body's name, before its own quoted name or its «по …» field («Национальная
# палата предпринимателей Республики Казахстан «Атамекен»», «Агентство Республики Казахстан по
# финансовому мониторингу»): the press mostly leaves it out there too («Национальная палата
# предпринимателей «Атамекен»»), and the matcher then found the quoted name alone, a second body
# beside the words before it (org83).
_STATE_INSIDE = re.compile(r"\s+(?:Республики Казахстан|РК)(?=\s+(?:«[^»]+»+|по\s.+)$)")


# Uzbek Latin writes «oʻ», «gʻ» with any of five apostrophes («qoʻmitasi», «qo‘mitasi»,
# «qo'mitasi», «qo’mitasi», «qoʼmitasi»). Most are no word character, so «Bojxona
# qo'mitasi» was three words to the matcher and never a form (org43's leftover: «davlat
# chegara xizmati» of an Uzbek Latin page). One letter-like mark for all (ʻ, U+02BB, a
# modifier letter) in forms and text alike, one character for one: offsets hold.
_UZBEK_APOSTROPHE = re.compile(r"(?<=[OoGg])['’‘ʼ`ʻ](?=[A-Za-z])")


def uzbek_apostrophes(text: str) -> str:
    """`text` with the apostrophe of Uzbek Latin «oʻ»/«gʻ» written one way (same length)."""
    if "'" not in text and "’" not in text and "‘" not in text and "ʼ" not in text and "`" not in text:
        return text
    return _UZBEK_APOSTROPHE.sub("ʻ", text)


def _stated_abbreviations(abbreviations: list[str]) -> list[str]:
    """A Kazakhstan body's one-word Cyrillic abbreviations with the state as the press adds
    it: «ҚР» before (the Kazakh way, «ҚР ҚМ»), «РК» after (the Russian, «КГД РК»), those the
    row does not list already. Why: the state makes an abbreviation too ambiguous alone
    («ҚМ», «МФ») a name, and the table should not have to list each of them twice."""
    listed = set(abbreviations)
    one_word = [a for a in abbreviations if " " not in a and is_abbreviation(a) and _RUSSIAN_LETTER.search(a)]
    stated = [f"ҚР {a}" for a in one_word] + [f"{a} РК" for a in one_word]
    return [a for a in stated if a not in listed]


_STATE_SUFFIX = re.compile(r"\s+(?:Республики Казахстан|РК|of the Republic of Kazakhstan|of Kazakhstan)$")
_STATE_PREFIX = re.compile(r"^(?:Қазақстан Республикасы(?:ның)?|ҚР)\s+")


def _without_state(name: str) -> str:
    """A Kazakhstan body's name without its state («Комитет национальной безопасности
    Республики Казахстан» → «Комитет национальной безопасности», «Ministry of Finance of
    Kazakhstan» → «Ministry of Finance»), as the press mostly prints it; a name with nothing
    left but a generic word is not shortened."""
    short = _STATE_PREFIX.sub("", _STATE_SUFFIX.sub("", name or ""))
    return short if len(short.split()) >= 2 else name


def body_rows() -> list[dict]:
    """Each body's Cyrillic names (name_ru and name_kk without the state, its Cyrillic
    variants) and abbreviations, for labels.abridged: {"names": [...], "abbreviations": [...]}."""
    out = []
    for r in _read("bodies.csv"):
        names = [_without_state(r[k]) for k in ("name_ru", "name_kk") if r[k] and "{" not in r[k]]
        names += [v for v in _split(r["variants"]) if script_of(v) != "latin"]
        out.append({"names": names, "abbreviations": _split(r["abbreviations"])})
    return out


def without_state(name: str) -> str:
    """_without_state for other modules (store.search.search_kb indexes the same short
    names the extraction reads)."""
    return _without_state(name)


def _country_forms(r: dict) -> list[Form]:
    row = Row(r["id"], "location", "country", r["name_ru"], r["name_kk"], r["id"])
    named = [(r["name_ru"], "name"), (r["name_kk"], "name"), (r["name_en"], "name")]
    named += [(v, "variant") for v in _split(r["variants_ru"]) + _split(r["variants_kk"])]
    # a Kazakh name with no Kazakh letter («Ресей») still takes Kazakh suffixes («Ресеймен»)
    kazakh = {r["name_kk"], *_split(r["variants_kk"])} - {r["name_ru"], *_split(r["variants_ru"])}
    return [Form(row, t, "kk" if t in kazakh else script_of(t), role) for t, role in named if t]


def _region_forms(r: dict) -> list[Form]:
    row = Row(r["id"], "location", r["type"], r["name_ru"], r["name_kk"], r.get("country") or "kz")
    named = [(r["name_ru"], "name"), (r["name_kk"], "name"), (r["name_latin_official"], "name")]
    named += [(v, "variant") for v in _split(r["variants"]) + _split(r["names_en"])]
    named += [(v, "abbreviation") for v in _split(r["abbreviations"])]
    # a former name of two words or a hyphen is still printed («Нур-Султан», «Алма-Ата»); a
    # one-word one is too often something else («Панфилов» the general, «Актюбинск» the
    # start of «Актюбинской»)
    named += [(v, "former") for v in _split(r["former_names"]) if re.search(r"[\s-]", v.strip())]
    named += [(v, "variant") for v in _kazakh_name_with_russian_kind(r)]
    kazakh = {r["name_kk"]} - {r["name_ru"], *_split(r["variants"])}  # «Орынбор», «Омбы»: Kazakh suffixes
    out = [Form(row, t, "kk" if t in kazakh else _place_script(t), role) for t, role in named if t]
    if r["name_kk"] == r["name_ru"] and " " not in r["name_ru"] and script_of(r["name_ru"]) == "ru":
        out.append(Form(row, r["name_ru"], "kk", "name"))  # «Самараға», «Семейде»: see _kazakh_tail
    return out


# The last word of a Kazakh place name («Атырау облысы», «Қордай ауданы»): such a name is
# Kazakh even when no letter of it is, and takes Kazakh case suffixes («облысындағы»).
_KAZAKH_PLACE_NOUNS = ("облысы", "ауданы", "қаласы", "ауылы", "округі", "өзені", "көлі", "өлкесі", "уәлаяты", "аймағы")


def _kazakh_name_with_russian_kind(r: dict) -> list[str]:
    """A region's Kazakh name with the Russian kind word before or after it, as Russian text
    prints the regions of 2022 and the old ones alike: «область Жетісу», «Ұлытау область»,
    «область Түркістан» (loc68: «Область Жетісу» had no form, and the region's own Russian
    name «область Жетісу» was refused as a Kazakh form with no Kazakh ending). Made for every
    region row whose Kazakh name is «X облысы», so no row lists them by hand."""
    kk = r["name_kk"]
    if r["type"] != "region" or not kk.endswith(" облысы"):
        return []
    name = kk.removesuffix(" облысы")
    listed = {r["name_ru"], *_split(r["variants"])}
    return [v for v in (f"область {name}", f"{name} область") if v not in listed]


def kazakh_place_form(f: Form) -> bool:
    """A place written the Kazakh way («Ташкент облысы», «Қордай ауданына»): its article
    names it in Kazakh whatever the words around it are."""
    return f.row.type == "location" and f.text.split()[-1].lower() in _KAZAKH_PLACE_NOUNS


# The Russian kind words a place's Kazakh spelling is printed with («область Жетісу»)
_RUSSIAN_KIND_WORDS = ("район", "область")


def _place_script(text: str) -> str:
    """A place form's script: Kazakh for a form ending in a Kazakh place noun, else by its
    letters (script_of). A city written alike in both scripts («Атырау») stays Russian, so
    that its adjective («Атырауская таможня») is not read as the city plus a suffix."""
    if text.split()[-1].lower() in _KAZAKH_PLACE_NOUNS:
        return "kk"
    if text.split()[0] in _RUSSIAN_KIND_WORDS or text.split()[-1] in _RUSSIAN_KIND_WORDS:
        return "ru"  # «района Мақаншы», «области Жетісу», «Ұлытау области»: the Kazakh name stays, the noun declines
    return script_of(text)


# Regional units (link53, issue 15): a pattern row («Департамент государственных доходов по
# {region}», «{region_kk} бойынша Мемлекеттік кірістер департаменті») is one unit per region.
# Russian text names a unit by the row's head and the region after it, which the linking pass
# joins; Kazakh text puts the region first («Түркістан облысы бойынша …», «ҰҚК Шекара
# қызметінің Жамбыл облысы бойынша департаменті»), so no head opens it. Each pattern row is
# therefore spelled out once per region at load time: one row per unit («dgd@obl-turkistan»)
# with its Kazakh and English names matched in text and its Russian names («… по Туркестанской
# области», «ДГД по Туркестанской области») known to row_named only, so that a Russian and a
# Kazakh mention of one unit are one entity. Oblasts and the cities of republican significance
# for a department; districts and cities for a district's office (ugd).
UNIT_SEPARATOR = "@"
_REPUBLICAN_CITIES = frozenset({"city-astana", "city-almaty", "city-shymkent"})
_DISTRICT_UNITS = frozenset({"ugd"})


def _russian_dative(name: str) -> str:
    """A region's Russian name after «по» («Туркестанская область» → «Туркестанской
    области», «область Абай» → «области Абай», «Сарыагашский район» → «Сарыагашскому
    району»); a city's after «по городу»."""
    table = {"область": "области", "район": "району"}
    words = []
    for w in name.split():
        if w in table:
            words.append(table[w])
        elif re.search(r"ая$", w):
            words.append(w[:-2] + "ой")
        elif re.search(r"[иы]й$", w):
            words.append(w[:-2] + "ому")
        else:
            words.append(w)
    return " ".join(words)


@lru_cache(maxsize=1)
def _regions() -> tuple[dict, ...]:
    return tuple(_read("regions.csv"))  # read once for every pattern row, not once each


def _unit_regions(pattern_id: str) -> list[dict]:
    """The regions.csv rows a pattern row has one unit for."""
    wanted = ("district", "city") if pattern_id in _DISTRICT_UNITS else ("region",)
    return [
        r
        for r in _regions()
        if r["type"] in wanted or (pattern_id not in _DISTRICT_UNITS and r["id"] in _REPUBLICAN_CITIES)
    ]


@lru_cache(maxsize=1)
def _clippings() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Row id → the clipped words its own Russian variants use, each as (the first and the
    second word of the name it joins, the clipped word): «Комитет госдоходов» gives
    («государственных», «доходов», «госдоходов»), «Погранслужба КНБ» («Пограничная»,
    «служба», «Погранслужба»)."""
    out: dict[str, tuple[tuple[str, str, str], ...]] = {}
    for r in _read("bodies.csv"):
        name, found = r["name_ru"], []
        for v in _split(r["variants"]) + _split(r["abbreviations"]):
            for w in v.split():
                pair = _pair_clipped(w, name.split()) if _clipped(w, name) else None
                if pair and (*pair.split(), w) not in found:
                    found.append((*pair.split(), w))
        out[r["id"]] = tuple(found)
    return out


@lru_cache(maxsize=1)
def _parent_ids() -> dict[str, str]:
    return {r["id"]: r["parent"] for r in _read("bodies.csv")}


def _clipped_spellings(name: str, row_id: str) -> list[str]:
    """A pattern row's Russian name with the clipped words of its own and its parents'
    variants in place of the words they join («Департамент государственных доходов по
    {region}» → «Департамент госдоходов по {region}», as the press prints a unit of the
    committee it calls «Комитет госдоходов»): the table lists the clipping once, at the
    body whose name has it, and every unit under it is found so spelled. The clipped word
    keeps the form the variant has; the matcher reads any Russian ending on it."""
    clips, seen, current = [], set(), row_id
    while current and current not in seen:
        seen.add(current)
        clips += _clippings().get(current, ())
        current = _parent_ids().get(current, "")
    out = []
    for first, second, clipped in clips:
        words = name.split()
        for i in range(len(words) - 1):
            if _same_stem(words[i], first) and _same_stem(words[i + 1], second):
                out.append(" ".join([*words[:i], clipped, *words[i + 2 :]]))
                break
    return out


def _same_stem(a: str, b: str) -> bool:
    """Two Russian words that differ in their endings only («Пограничной», «Пограничная»)."""
    return _RU_VOWEL_TAIL.sub("", a.lower()) == _RU_VOWEL_TAIL.sub("", b.lower())


def _unit_forms(r: dict) -> list[Form]:
    """Every regional unit of pattern row `r`, one row each (see UNIT_SEPARATOR)."""
    if "{region}" not in r["name_ru"] or "{region_kk}" not in r["name_kk"]:
        return []
    out: list[Form] = []
    russian = [r["name_ru"], *[v for v in (r["variants"] or "").split("|") if "{region}" in v]]
    russian += [c for t in russian for c in _clipped_spellings(t, r["id"])]
    russian += [f"{a} по {{region}}" for a in _split(r["abbreviations"])]
    russian += [t for t in map(_with_state_after_initials, russian) if t]
    for g in _unit_regions(r["id"]):
        city = g["type"] == "city"
        ru_region = f"городу {g['name_ru']}" if city else _russian_dative(g["name_ru"])
        kk_region = _kazakh_region(g)
        en_region = (g["names_en"] or "").split("|")[0].strip() or g["name_latin_official"]
        # an English page names a region's department, hardly a district's office: no form (load time)
        english = en_region and r["id"] not in _DISTRICT_UNITS
        names = {
            "ru": [_russian_unit(t.strip(), ru_region, g, city) for t in russian if t.strip()],
            "kk": [t.replace("{region_kk}", kk_region) for t in _kazakh_unit_templates(r)],
            "en": r["name_en"].replace("{region}", en_region) if "{region}" in r["name_en"] and english else "",
        }
        names["ru"] += [t.replace(ru_region, a) for a in _split(g["abbreviations"]) for t in names["ru"]]
        by_city = [t for t in names["ru"] if city and ru_region in t]
        names["ru"] += [t.replace(ru_region, f"г. {g['name_ru']}") for t in by_city]
        names["ru"] += [t.replace(ru_region, d) for d in _city_datives(g["name_ru"]) for t in by_city]
        row = Row(
            f"{r['id']}{UNIT_SEPARATOR}{g['id']}",
            "organization",
            r["kind"],
            names["ru"][0],
            names["kk"][0],
            r["country"],
            r["parent"],
            names["en"],
        )
        out += [Form(row, t, "ru", "name" if i == 0 else "variant") for i, t in enumerate(names["ru"])]
        out += [Form(row, t, "kk", "name" if i == 0 else "variant") for i, t in enumerate(names["kk"])]
        out += [Form(row, names["en"], "latin", "name")] if names["en"] else []
    return out


def _foreign_unit_forms(r: dict) -> list[Form]:
    """A neighbour's body whose variants name its regional directorates by a template
    («Пограничное управление ФСБ России по {region}»): one unit row per oblast and krai of its
    country that places.csv knows, its parent the body and its country the body's (org99: the
    directorate was no row at all, so neither linked nor of a country). Russian names only,
    known to row_named alone, as a Kazakhstan unit's Russian names are (_matched_in_text)."""
    templates = [v.strip() for v in (r["variants"] or "").split("|") if "{region}" in v]
    if not templates or "{" in r["name_ru"]:
        return []
    country = next((c["id"] for c in _read("countries.csv") if c["name_ru"] == r["country"]), None)
    out: list[Form] = []
    for g in _read("places.csv"):
        if g["type"] != "region" or g["country"] != country or not g["name_ru"].endswith((" область", " край")):
            continue
        region = re.sub(r" край$", " краю", _russian_dative(g["name_ru"]))
        names = [t.replace("{region}", region) for t in templates]
        row = Row(
            f"{r['id']}{UNIT_SEPARATOR}{g['id']}", "organization", r["kind"], names[0], names[0], r["country"], r["id"]
        )
        out += [Form(row, t, "ru", "name" if i == 0 else "variant") for i, t in enumerate(names)]
    return out


# org103: a district's akimat, one unit row per district of regions.csv («akimat-district@dist-zaisan»):
# the district's local executive body, named by its district as every district's is («Акимат
# Зайсанского района», «Зайсан ауданының әкімдігі»). Towns get none: a town of district
# significance has an akim's office, not an akimat, and «акимат Жаркента» in the press is as
# often the district's seated there (docs/knowledge_base.md, bodies.csv).
DISTRICT_AKIMAT = "akimat-district"


def _district_akimat_forms() -> list[Form]:
    """The Russian and Kazakh names of each district's akimat, built from the district's row."""
    out: list[Form] = []
    for g in _regions():
        if g["type"] != "district" or not g["name_kk"].endswith(" ауданы"):
            continue
        genitive = " ".join(_russian_genitive_word(w) for w in g["name_ru"].split())
        kk = g["name_kk"][: -len(" ауданы")]
        ru = [f"Акимат {genitive}"]
        if g["name_ru"].endswith("ский район"):  # «Зайсанский районный акимат»
            ru.append(g["name_ru"].replace(" район", " районный акимат"))
        row = Row(
            f"{DISTRICT_AKIMAT}{UNIT_SEPARATOR}{g['id']}",
            "organization",
            "akimat",
            ru[0],
            f"{kk} ауданының әкімдігі",
            "Казахстан",
        )
        out += [Form(row, t, "ru", "name" if i == 0 else "variant") for i, t in enumerate(ru)]
        out += [Form(row, row.name_kk, "kk", "name"), Form(row, f"{kk} аудандық әкімдігі", "kk", "variant")]
    return out


def _russian_genitive_word(word: str) -> str:
    """One word of a district's Russian name in the genitive («Зайсанский» → «Зайсанского»,
    «район» → «района»); a name's other words («район Беимбета Майлина») stay as they are."""
    if word == "район":
        return "района"
    return re.sub(r"(?<=[а-яё]{3})(?:ий|ый)$", "ого", word) if word[:1].isupper() else word


# «Департамент Пограничной службы КНБ по {region}»: the parent's initials right before «по»,
# after at least two words of the unit's own name; the press adds the state to them
# («… КНБ РК по Алматинской области», org99), which row_named reads only at a name's end.
_INITIALS_BEFORE_REGION = re.compile(r"^(?P<head>\S+(?: \S+)+ [А-ЯЁ]{2,4})(?<! РК)(?P<tail> по \{region\})$")


def _with_state_after_initials(template: str) -> str | None:
    """`template` with «РК» after the parent's initials before «по {region}», or None."""
    m = _INITIALS_BEFORE_REGION.match(template.strip())
    return f"{m['head']} РК{m['tail']}" if m else None


def _city_datives(name: str) -> list[str]:
    """A city's name after «по» with no «г.» or «городу» before it, and after «городу» declined
    («ДГД по Шымкенту», «по городу Астане»: org99): a name in «-а» takes «-е», one ending in
    a consonant «-у»; one ending in another vowel («Алматы», «Актобе») does not decline."""
    if name.endswith("а"):
        dative = name[:-1] + "е"
    elif re.search(r"[бвгджзклмнпрстфхцчшщ]$", name):
        dative = name + "у"
    else:
        return [name]
    return [dative, f"городу {dative}"]


def _russian_unit(template: str, ru_region: str, g: dict, city: bool) -> str:
    """A pattern row's Russian form for one region: «… по {region}» takes the dative
    (`ru_region`: «по Костанайской области», «по городу Алматы»), a bare «{region}» the
    genitive: «Департамент по чрезвычайным ситуациям города Алматы» (an oblast's dative and
    genitive are one form, «Костанайской области»)."""
    template = template.replace("по {region}", f"по {ru_region}")
    return template.replace("{region}", f"города {g['name_ru']}" if city else ru_region)


def _kazakh_variants(r: dict) -> list[str]:
    """A pattern row's Kazakh variants («{region_kk} бойынша Экономикалық тергеу департаменті»)."""
    return [v.strip() for v in (r["variants"] or "").split("|") if "{region_kk}" in v]


_KK_REGION_OWNED = re.compile(r"^\{region_kk\}(?:ның|нің)? (?!бойынша )(?P<unit>\S.*)$")


def _kazakh_unit_templates(r: dict) -> list[str]:
    """A pattern row's Kazakh name and variants, and for each that puts the region before the
    unit's name («{region_kk}ның Төтенше жағдайлар департаменті») the same with «бойынша» ('for'),
    as the Kazakh press names every regional department («Түркістан облысы бойынша Төтенше
    жағдайлар департаменті», org98)."""
    own = [r["name_kk"], *_kazakh_variants(r)]
    by_region = [f"{{region_kk}} бойынша {m.group('unit')}" for t in own if (m := _KK_REGION_OWNED.match(t))]
    return list(dict.fromkeys([*own, *by_region]))


def _kazakh_region(g: dict) -> str:
    """A region's Kazakh name before «бойынша» («Түркістан облысы», «Алматы қаласы»)."""
    return f"{g['name_kk']} қаласы" if g["type"] == "city" else g["name_kk"]


@lru_cache(maxsize=1)
def _units_by_region() -> dict[str, tuple[str, ...]]:
    """The identity key of a region's Kazakh name → the ids of its regional units' rows."""
    out: dict[str, list[str]] = {}
    for r in _read("bodies.csv"):
        if "{region}" in r["name_ru"] and "{region_kk}" in r["name_kk"]:
            for g in _unit_regions(r["id"]):
                out.setdefault(_identity(_kazakh_region(g)), []).append(f"{r['id']}{UNIT_SEPARATOR}{g['id']}")
    return {k: tuple(v) for k, v in out.items()}


# «Мемлекеттік кірістер комитетінің Түркістан облысы бойынша департаменті», «ҚР ҰҚК Шекара
# қызметінің Жамбыл облысы бойынша департаменті»: the press's other Kazakh shape of a unit,
# its parent body (in the genitive or not) before the region and the bare unit word after it.
_KK_UNIT_TAIL = re.compile(r"^(?P<head>.+?)\s+бойынша\s+(?P<unit>департаменті|басқармасы)$", re.IGNORECASE)
_KK_GENITIVE_END = re.compile(r"(?<=\w{3})(?:ның|нің|дың|дің|тың|тің)$")


def _unit_after_its_parent(name: str) -> Row | None:
    """The regional unit a Kazakh name of that shape is: the unit of the region named whose
    pattern row belongs to the body named before it (directly, else through one body only);
    None when the name is not of that shape or no single unit fits."""
    m = _KK_UNIT_TAIL.match(" ".join(name.split()))
    if m is None:
        return None
    words = m["head"].split()
    rows, table = _rows_by_id(), _units_by_region()
    for n in range(min(4, len(words) - 1), 0, -1):  # the region's words, longest first
        units = table.get(_identity(" ".join(words[-n:])), ())
        if not units:
            continue
        before = " ".join(words[:-n])
        parent = _row_of_listed("organization", _KK_GENITIVE_END.sub("", before)) or _row_of_listed(
            "organization", before
        )
        fits = [rows[u] for u in units if rows[u].name_kk.lower().endswith(m["unit"].lower())]
        if parent is None:
            return None
        direct = [u for u in fits if u.parent == parent.id]
        below = direct or [u for u in fits if parent.id in _ancestors(u)]
        return below[0] if len(below) == 1 else None
    return None


# «Ақтөбе облыстық мемлекеттік кірістер департаменті», «Маңғыстау облыстық әкімдігі»: the
# region's (or city's) adjective before a unit or an akimat
_KK_REGION_ADJECTIVE = re.compile(
    r"^(?P<region>\S+(?:\s\S+)?)\s+(?P<reach>облыстық|қалалық)\s+(?P<rest>\S.*)$", re.IGNORECASE
)
# the reach word's place noun in the genitive, as an akimat row's Kazakh name writes it
_REACH_GENITIVE = {"облыстық": "облысының", "қалалық": "қаласының"}
# «Алматы облысы бойынша ҰҚК Шекара қызметінің департаменті»: the region before the parent
_KK_REGION_FIRST = re.compile(
    r"^(?P<region>\S+(?:\s\S+)?\s+облысы)\s+бойынша\s+(?P<parent>\S.*?)\s+(?P<unit>департаменті|басқармасы)$",
    re.IGNORECASE,
)
# a Latin name and the Kazakh noun of its kind after it, unquoted («Samruk-Kazyna қоры»)
_KK_LATIN_AND_KIND = re.compile(
    r"^(?P<name>[A-Za-z][\w.&'-]*(?:\s[A-Za-z][\w.&'-]*){0,3})\s+(?:ұлттық\s+)?"
    r"(?:компаниясы|қоры|холдингі|корпорациясы|тобы|банкі)$"
)


# «Жамбылский областной департамент госдоходов», «Кызылординское областное ДГД»: the region's
# Russian adjective and «областной» before a unit's head (org103)
_RU_REGION_ADJECTIVE = re.compile(
    r"^(?P<stem>[А-ЯЁ][а-яё]*(?:-[А-ЯЁ][а-яё]*)?ск)(?:ий|ое|ая)\s+областн(?:ой|ое|ая)\s+(?P<rest>\S.*)$"
)
# «ДГД Павлодарской области»: a unit's head and the region in the genitive, no «по» between
_RU_REGION_AFTER = re.compile(r"^(?P<rest>\S.*?)\s+(?P<region>\S+ской\s+области)$")


def _russian_unit_reworded(name: str) -> Row | None:
    """The regional unit a Russian name printed in another shape than the row's is: «X-ский
    областной …» and «… X-ской области» are «… по X-ской области», the shape the unit rows'
    Russian names take, and «X-ский областной акимат» is «Акимат X-ской области». Only a unit
    (or that akimat) row answers: a court or a police office named so is left to its own forms."""
    m = _RU_REGION_ADJECTIVE.match(name)
    if m is not None and m["rest"].lower() == "акимат":  # «Павлодарский областной акимат»
        row = row_named("organization", f"Акимат {m['stem']}ой области")
        return row if row is not None and row.kind == "akimat" else None
    if m is not None:
        reworded = f"{m['rest']} по {m['stem']}ой области"
    else:
        m = _RU_REGION_AFTER.match(name)
        if m is None or m["rest"].lower().endswith(" по"):
            return None
        reworded = f"{m['rest']} по {m['region']}"
    row = row_named("organization", reworded)
    return row if row is not None and UNIT_SEPARATOR in row.id else None


def _kazakh_unit_reworded(name: str) -> Row | None:
    """The regional unit a Kazakh name printed in another order than the row's is: «X
    облыстық …» is «X облысы бойынша …», and «X облысы бойынша P-ның департаменті» is «P-ның
    X облысы бойынша департаменті» (the press writes both; org102). Only a unit row answers:
    a region's adjective before any other noun is no unit of the table."""
    m = _KK_REGION_ADJECTIVE.match(name)
    if m is not None and m["rest"].lower() == "әкімдігі":  # «Маңғыстау облыстық әкімдігі»
        row = row_of_printed("organization", f"{m['region']} {_REACH_GENITIVE[m['reach'].lower()]} әкімдігі")
        return row if row is not None and row.kind == "akimat" else None
    if m is not None and m["reach"].lower() == "облыстық":
        row = row_of_printed("organization", f"{m['region']} облысы бойынша {m['rest']}")
        return row if row is not None and UNIT_SEPARATOR in row.id else None
    m = _KK_REGION_FIRST.match(name)
    if m is not None:
        return _unit_after_its_parent(f"{m['parent']} {m['region']} бойынша {m['unit']}")
    return None


def unit_region(row: Row) -> Row | None:
    """The region row a regional unit's row is for (see UNIT_SEPARATOR); None for any other."""
    if UNIT_SEPARATOR not in row.id:
        return None
    return _rows_by_id().get(row.id.split(UNIT_SEPARATOR, 1)[1])


def _matched_in_text(f: Form) -> bool:
    """A form the matcher looks for: all but a regional unit's Russian names, which the
    linking pass builds from the row's head and the region after it."""
    return UNIT_SEPARATOR not in f.row.id or f.script != "ru"


# The derived tables: not asked yet (None), being built ("building": each table's function
# builds its own then), or the tables, built or read back (store/lang/kb_tables.py).
_TABLES: dict = {"state": None}
# Another thread (the TUI's workers) waits for the tables while one builds them; the building
# thread's own calls come back through it.
_TABLES_LOCK = threading.RLock()


def _kept(name: str, build):
    """Table `name` of the kept tables; `build` makes it while they are being built."""
    with _TABLES_LOCK:
        if _TABLES["state"] is None:
            _TABLES["state"] = "building"
            try:
                _TABLES["state"] = kb_tables.kept(_all_tables)
            except BaseException:
                _TABLES["state"] = None
                raise
        tables = _TABLES["state"]
        return tables[name] if isinstance(tables, dict) else build()


def _all_tables() -> dict:
    """Every kept table, built from store/data (one pickle keeps the rows they share one)."""
    return {
        "forms": forms(),
        "matcher": _matcher(),
        "later_heads": _later_heads(),
        "heads": _heads(),
        "row_of_name": _row_of_name(),
        "folded_names": _folded_names(),
        "spellings": _spellings(),
    }


@lru_cache(maxsize=1)
def forms() -> tuple[Form, ...]:
    """Every printed form of every row, longest first (so a longer name wins a tie)."""
    return _kept("forms", _built_forms)


def _built_forms() -> tuple[Form, ...]:
    out: list[Form] = []
    for r in _read("bodies.csv"):
        out += _body_forms(r)
        out += _unit_forms(r)
        out += _foreign_unit_forms(r)
    out += _district_akimat_forms()
    for r in _read("countries.csv"):
        out += _country_forms(r)
    for r in _read("regions.csv"):
        out += _region_forms(r)
    for r in _read("places.csv"):  # the neighbours' regions across the border
        out += _region_forms(r)
    out = [f if uzbek_apostrophes(f.text) == f.text else replace(f, text=uzbek_apostrophes(f.text)) for f in out]
    out += _without_yo(out)
    out += _typed_without_kazakh_letters(out)
    return tuple(sorted(out, key=lambda f: -len(f.text)))


# The body's quoted name printed with no quotes at all («Специальная экономическая зона Хоргос –
# Восточные ворота», «Сарыарқа арнайы экономикалық аймағы», «Холдинг Байтерек», «Қазавиақұтқару
# АҚ»: a feed that strips them, a Kazakh page that never set them; org86's sweep of bodies.csv
# found 90 of its 250 quote-less forms missed, 7 more by design). Only when a word stays outside the quotes — a
# head noun or a legal form, which the unquoted form keeps: «Пассажирские перевозки» or «Даму»
# bare are a phrase and a word, «АО Пассажирские перевозки», «Даму АҚ» are the company.


_LEGAL_FORM_AROUND = re.compile(
    r"^(?:ФГКУ|ФКУ|ФГБУ|ФГУП|РГУ|РГП|РГКП|ГУ|АО|НАО|ОАО|ПАО|ЗАО|ООО|ТОО)\s+|\s+(?:АҚ|ЖШС|КеАҚ|ЖАҚ|ААҚ)$"
)


def unquoted_name(name: str) -> str:
    """`name` without its quotes when a word stands outside them and the name without them
    is two words or more; "" otherwise (no quotes, or nothing outside them: see above)."""
    if "«" not in name:
        return ""  # a closing quote left out («АО «НК «Қазақстан темір жолы»») changes nothing here
    depth, outside, word = 0, [], ""
    for ch in name + " ":
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth -= 1
        elif ch.isspace():
            if any(c.isalpha() for c in word):
                outside.append(word)
            word = ""
        elif depth == 0:
            word += ch
    if not outside:
        return ""
    bare = " ".join(name.replace("«", " ").replace("»", " ").split())
    return bare if len(bare.split()) >= 2 else ""


# A company called by the quoted word its name ends in, with its own legal form beside it and
# nothing else: «"Даму" АҚ», «Даму АҚ», «АО «Даму»» for «"Даму" кәсіпкерлікті дамыту қоры» АҚ
# and АО «Фонд развития предпринимательства «Даму»» (org86's fresh texts). The quoted word alone
# stays no form («даму» is a Kazakh common word): the legal form is what makes it the company.
# Only the form the row's own name carries, in its own script (АО/ТОО before a Russian name,
# АҚ/ЖШС after a Kazakh one).
_RU_LEGAL_BEFORE = re.compile(r"^(АО|ТОО|НАО|ОАО|ПАО|ЗАО|ООО)\s+«")
_KK_LEGAL_AFTER = re.compile(r"»\s+(АҚ|ЖШС|КеАҚ|ЖАҚ|ААҚ)$")
_INNERMOST_QUOTED = re.compile(r"«([^«»]+)»")


def short_names_with_legal_form(name_ru: str, name_kk: str) -> list[str]:
    """The forms above of a company's names (none when the name holds one quoted part only:
    the name is then that form already)."""
    out = []
    for name, legal, before in ((name_ru, _RU_LEGAL_BEFORE, True), (name_kk, _KK_LEGAL_AFTER, False)):
        lf = legal.search(name or "")
        inner = _INNERMOST_QUOTED.findall(name or "")
        if not lf or not inner or name.count("«") < 2 and not (name or "").startswith("«"):
            continue
        q = inner[-1].strip()
        if len(q) < 4 or not q[0].isupper() or q in _place_and_post_names():
            continue  # «АО «Хоргос»» would be the post's name with a legal form
        form = lf.group(1)
        out += [f"{form} «{q}»", f"{form} {q}"] if before else [f"«{q}» {form}", f"{q} {form}"]
    return [f for f in out if f not in (name_ru, name_kk)]


@lru_cache(maxsize=1)
def _place_and_post_names() -> frozenset[str]:
    """The Russian and Kazakh names of the checkpoints and regions (a company's quoted word
    that is one of them is the place it is named after, not the company)."""
    rows = _read("checkpoints.csv") + _read("regions.csv") + _read("places.csv")
    return frozenset(n for r in rows for n in (r.get("name_ru"), r.get("name_kk")) if n)


# A Kazakh abbreviation typed on a keyboard with no Kazakh letters: each Kazakh letter as the
# Russian letter on its key («ҚТЖ» → «КТЖ», «ІІМ» → «ИИМ», «БҰҰ» → «БУУ»; org86's sweep found 51
# of 56 such spellings missed). Kept only when no form of any row is spelled so and the
# letters are not one of the short ones the matcher leaves alone.
_RUSSIAN_KEY = str.maketrans("ҚҒҰҮӨҢӘІҺқғұүөңәіһ", "КГУУОНАИХкгууонаих")


def _typed_without_kazakh_letters(forms: list[Form]) -> list[Form]:
    known = {f.text.lower() for f in forms}
    out: list[Form] = []
    for f in forms:
        if f.role != "abbreviation" or f.row.type != "organization" or not is_abbreviation(f.text):
            continue
        typed = f.text.translate(_RUSSIAN_KEY)
        if typed == f.text or typed.lower() in known or typed in _AMBIGUOUS_ABBREVIATIONS:
            continue
        if len(typed.replace(" ", "")) < 3:
            continue
        known.add(typed.lower())
        out.append(replace(f, text=typed, script=script_of(typed)))
    return out


def _without_yo(forms: list[Form]) -> list[Form]:
    """Each form with «ё» written «е» as well (org82): the press prints «Объединенных Наций»,
    «Счетный комитет» far more often than the rows' «Объединённых», «Счётный», and the matcher
    reads letters as written, so «Программа развития Организации Объединенных Наций» was
    found as «ООН» alone and «Счетный комитет по контролю …» not at all."""
    known = {f.text for f in forms}
    plain = (replace(f, text=f.text.replace("ё", "е").replace("Ё", "Е")) for f in forms if "ё" in f.text.lower())
    return [f for f in plain if f.text not in known]


def is_abbreviation(text: str) -> bool:
    """An all-capital short word or two («КГД», «ҚР ҰҚК», «ВКО»), as abbreviations are written."""
    words = text.split()
    return bool(words) and all(w.isupper() and len(w) <= 6 for w in words)


_DASHES = ("-", "–", "—")


# The shorthand lists, police reports and regional news print for a district's or region's
# kind after its adjective: «Мактааральского р-на», «Сарыагашским р-ном», «Туркестанской обл.»
# (fix58; loc58's store/lang/places.kind_spelled_out names such a span, the matcher found
# none). «р-н» carries its case in its ending, «обл» none (its dot ends no name: _NAME_END).
_KIND_SHORTHAND = {"район": r"р-н(?:а|е|у|ом)?", "область": r"обл"}
# place84: Kazakh lists and addresses shorten «облысы» and «ауданы» the same way («Алматы обл.»,
# «Қордай ауд.»); the shorthand carries no case, and its dot ends no name as above
_KK_KIND_SHORTHAND = {"облысы": r"обл", "ауданы": r"ауд"}


# How the hyphen inside a form's word may be printed (org83): as a dash of any length, with a
# space around it or not, or as a space alone («Самрук Казына қоры», «КТЖ – Грузовые перевозки»
# beside «КТЖ-Грузовые»); the text never left the word's line for it.
_HYPHEN_PRINTED = r"(?:[ \u00a0]?[-–—][ \u00a0]?|[ \u00a0])"


def _word_pattern(word: str, script: str, last: bool, body: bool = False) -> str:
    """_plain_word_pattern; in a body's form (`body`), the hyphen between two parts of letters
    printed as any dash or a space (_HYPHEN_PRINTED). Not in a place's: «Нур Султанов» is a
    man, and «Нур-Султан» printed with a space would have named the city in him."""
    pattern = _plain_word_pattern(word, script, last)
    parts = word.split("-")
    if body and len(parts) > 1 and all(len(p) >= 2 and p.isalpha() for p in parts):
        return pattern.replace(re.escape("-"), _HYPHEN_PRINTED)
    return pattern


def _plain_word_pattern(word: str, script: str, last: bool) -> str:
    """How one word of a form may appear inflected (a hyphenated Russian word changes its
    last part only: «Нур-Султан|е», «Западно-Казахстанск|ой»); a district's or region's
    kind as its shorthand too («р-на», «обл.»)."""
    if script == "ru" and last and word in _KIND_SHORTHAND:
        return f"(?:{re.escape(_RU_VOWEL_TAIL.sub('', word))}{_RU_ENDING}|{_KIND_SHORTHAND[word]})"
    if word in _DASHES:
        return "[-–—]"  # «Хоргос – Восточные ворота» is printed with any of the three
    parts = word.split("-")
    if script == "ru" and len(parts) > 1 and all(p.isalpha() for p in parts) and not word.isupper():
        if len(parts[-1]) >= 3:
            return re.escape("-".join(parts[:-1]) + "-") + re.escape(_RU_VOWEL_TAIL.sub("", parts[-1])) + _RU_ENDING
    if word.isupper() or not word.isalpha() or (script == "kk" and any(c.isupper() for c in word[1:])):
        # letters, and a name with capitals inside («ҚазАвтоЖол»), take a Kazakh ending after a
        # hyphen too («ҚТЖ-ның», «ҚазАвтоЖол-дың»; org83)
        return re.escape(word) + (f"(?:{_KK_JOIN}?{_KK_SUFFIX})" if last and script == "kk" else "")
    if script == "kk" and last and word.lower() in _KK_KIND_SHORTHAND:
        return f"(?:{re.escape(word)}{_KK_SUFFIX}|{_KK_KIND_SHORTHAND[word.lower()]})"
    if script == "kk":
        return re.escape(word) + (_KK_SUFFIX if last else "")
    if script == "ru" and len(word) > 3:
        stem = _RU_VOWEL_TAIL.sub("", word)
        return re.escape(stem) + _RU_ENDING
    return re.escape(word)


# A name's first word may be printed in quotes, the rest after them: «"Қорғас" құрғақ порты»,
# ««Қорғас» құрғақ портында» (cp73: a Kazakh page quotes the place a body is named after). The
# quote that closes the first word is let through between it and the second; _candidates then
# takes the opening quote into the mention, so that no half of a pair is left in a name.
_FIRST_WORD_QUOTE = r"[»\"”]?\s+"
_OPENING_QUOTES = '«"“„'


def _form_pattern(f: Form) -> str:
    words = f.text.split()
    of_body = f.row.type == "organization"
    parts = [_word_pattern(w, f.script, i == len(words) - 1, of_body) for i, w in enumerate(words)]
    body = r"\s+".join(parts[1:])
    body = parts[0] + (_FIRST_WORD_QUOTE + body if body else "")
    if len(words) == 1 and not is_abbreviation(f.text):
        body = f"(?-i:{re.escape(f.text[0])}){body[len(re.escape(f.text[0])) :]}"  # a lone name keeps its capital
    return body


def _usable(f: Form) -> bool:
    if f.role == "abbreviation" or is_abbreviation(f.text):
        return len(f.text.replace(" ", "")) >= 3 and f.text not in _AMBIGUOUS_ABBREVIATIONS
    return len(f.text) >= 4


_TOKEN = re.compile(r"«?\w+")
_LONGEST_ENDING = 8  # letters a form's first word may gain in text (a Kazakh suffix; a Russian ending is ≤ 4)


_TRAILING_NON_WORD = re.compile(r"[^\w]+$")  # compiled once: _first_key runs for every form


def _first_key(f: Form) -> str:
    """The start every text word opening this form begins with (lower case): the first
    word itself, or its stem when a Russian ending may follow."""
    word = f.text.split()[0]
    core = _TRAILING_NON_WORD.sub("", word).lower()
    if "-" in core.strip("-"):
        return core.split("-")[0]  # a text word is read up to its hyphen («Нур» of «Нур-Султане»)
    if f.script == "ru" and word.isalpha() and not word.isupper() and len(word) > 3:
        return _RU_VOWEL_TAIL.sub("", core)
    return core


# «Казахстанско-китайский»: a name running on with a hyphen into a lowercase word is a
# compound, not it; into a capital one it is a pair of names («Қазақстан-Ресей шекарасы»)
_NAME_END = r"(?![\w]|-(?-i:[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))"

# What joins a Kazakh ending to an abbreviation or a name in capitals: a hyphen or an
# apostrophe («ҰҚК-ның», «КГД'ға»), or nothing («Сенаттың»).
_KK_JOIN = "[-'’ʼ]"
# The Kazakh case endings in both vowel harmonies and after each final consonant (genitive,
# dative, locative and its «-дағы» attribute, ablative, instrumental, accusative), and the
# possessive «-ы/-і/-сы/-сі» with the cases it takes («Парламентінің», «Сенатына»). A
# finite list, not any letters: «Семейный», «Сенатора» are Russian words, not «Семей»,
# «Сенат» and an ending. Harmony is not enforced: a loanword or an abbreviation takes
# either («ҚТЖ-ға», «ҚТЖ-ге» are both printed).
_JOINED = re.compile(_KK_JOIN)
_KK_CASE = "|".join([*CASE_ENDINGS, "дағы", "дегі", "тағы", "тегі"])
_KK_POSSESSED = "ның|нің|ндағы|ндегі|нда|нде|нан|нен|на|не|мен|н"
_KK_ENDING = rf"(?P<kk>{_KK_JOIN}?(?:(?:сы|сі|ы|і)(?:{_KK_POSSESSED})?|{_KK_CASE}))"


# A form's pattern is compiled when a text word first could open it; compiling is most of
# a process's knowledge-base cost (0.2-0.4 ms a pattern, several hundred a run), and most
# of each pattern is a tail every form shares: _NAME_END (half of a form's compile) and
# _KK_ENDING (nine tenths of a Kazakh-ending pattern). So each form compiles only its own
# head, the shared tails are compiled once, and the answers stay those of one pattern:
# - `_compiled`'s head is matched first; when _NAME_END holds at the end of the head's
#   match, that is the whole pattern's match (a regex tries the head's ways in order and
#   stops at the first the tail accepts, and this is the first). Only when it does not
#   (a shorter ending might still end the name) is the whole pattern compiled and asked.
# - `_compiled_kazakh`'s head is literal words joined by `\s+`, which matches one way
#   only, so the whole pattern's match is the shared tail's at the head's end.
_NAME_END_AT = re.compile(_NAME_END, re.IGNORECASE)
_KK_TAIL = re.compile(rf"{_KK_ENDING}{_NAME_END}", re.IGNORECASE)


# The forms' patterns compiled in a process, by their text (two forms may print alike): kept
# here and not in `re`'s own cache. `re.compile` puts each in that cache (512 patterns, the
# oldest dropped first), and the ~800 a process's forms add pushed out the patterns other
# rules name by their text in a call (`re.match(r"\S+", ...)`): in a process of the 163 texts
# 112 patterns were compiled again, 150 times in all; 80, 94 times, with the forms kept here
# (ingest97, its scratch dup.py; the rest are the import's own). Compiled as `re.compile`
# does past its cache (`re._compiler.compile`, through store/regex_cache.py when it is
# installed): the same pattern objects.
_FORM_PATTERNS: dict[str, re.Pattern] = {}


def _compile_form(pattern: str) -> re.Pattern:
    """`re.compile(pattern, re.IGNORECASE)`, kept in _FORM_PATTERNS instead of `re`'s cache."""
    compiled = _FORM_PATTERNS.get(pattern)
    if compiled is None:
        compiler = getattr(getattr(re, "_compiler", None), "compile", None)
        if compiler is None:  # another Python's `re`: its own compile, its own cache
            compiled = re.compile(pattern, re.IGNORECASE)
        else:
            compiled = compiler(pattern, re.IGNORECASE.value)
        _FORM_PATTERNS[pattern] = compiled
    return compiled


@cache
def _compiled(f: Form) -> re.Pattern:
    """The form's own pattern, without the name's end (_NAME_END): see form_end."""
    return _compile_form(_form_pattern(f))


@cache
def _compiled_whole(f: Form) -> re.Pattern:
    """The form's whole pattern, the name's end included: asked only when the head's
    first match does not end a name."""
    return _compile_form(rf"(?:{_form_pattern(f)}){_NAME_END}")


def form_end(text: str, p: int, f: Form, head: re.Pattern) -> int:
    """Where form `f` (`head` = _compiled(f)) printed at `p` ends, -1 if it is not there:
    the match of its whole pattern, asked of the head first (see above)."""
    m = head.match(text, p)
    if m is None:
        return -1
    if _NAME_END_AT.match(text, m.end()):
        return m.end()
    m = _compiled_whole(f).match(text, p)
    return m.end() if m else -1


@cache
def _compiled_kazakh(f: Form) -> re.Pattern | None:
    """A form with no Kazakh letter («Сенат», «Иран», «КГД», «Бас прокуратура»), as a
    Kazakh text prints it: as written, with a Kazakh case ending on its last word
    («Сенаттың», «Иранға», «КГД-ға», «Бас прокуратураның»). None for a Kazakh form: its
    own pattern takes Kazakh suffixes already. The form's words only: the ending and the
    name's end are _KK_TAIL, matched where they stop."""
    if f.script == "kk":
        return None
    words = f.text.split()
    literal = r"\s+".join(_word_pattern(w, "latin", False) for w in words)
    if len(words) == 1 and not is_abbreviation(f.text):
        literal = f"(?-i:{re.escape(f.text[0])}){re.escape(f.text[1:])}"  # a lone name keeps its capital
    return _compile_form(literal)


@lru_cache(maxsize=1)
def _matcher() -> tuple[dict[str, list[Form]], int]:
    """Forms indexed by the start of their first word, each with its own pattern: a text is
    read word by word and only the few forms its words can open are tried (one regular
    expression of all 800 forms costs half a second an article)."""
    return _kept("matcher", _built_matcher)


def _built_matcher() -> tuple[dict[str, list[Form]], int]:
    index: dict[str, list[Form]] = {}
    for f in forms():
        if _usable(f) and _matched_in_text(f):
            index.setdefault(_first_key(f), []).append(f)
    return index, max(len(k) for k in index)


# The lower-case letters `re` matches case-blind with more than one other letter
# (re._casefix: «ı» with «i», «ᲀ» with «в», «ς» with «σ»), but for the one of each set that is
# the lower case of its own upper case: a text holding one of them, or a letter whose lower
# case is longer («İ»), is read without _later_heads (see there).
try:
    from re import _casefix

    _CASE_VARIANTS: frozenset[str] | None = frozenset(
        c
        for k, v in _casefix._EXTRA_CASES.items()
        for c in (chr(k), *map(chr, v))
        if len(c.upper()) != 1 or c.upper().lower() != c
    )
except (ImportError, AttributeError):  # another Python's `re`: no form is skipped
    _CASE_VARIANTS = None
_VARIANT_IN = re.compile("[" + re.escape("".join(sorted(_CASE_VARIANTS or ()))) + "]") if _CASE_VARIANTS else None
_QUANTIFIERS = ("?", "*", "+", "{")


def _later_word_heads(f: Form) -> tuple[str, ...]:
    """The first three letters (lower case) that every printing of `f` opens each later word
    with — where that word's pattern opens with three plain letters (a stem of three letters
    or more, a Kazakh word, a capital abbreviation; not a kind's shorthand, a dash, a word
    whose letter is one of _CASE_VARIANTS), else its first two where it opens with two (a
    word of two letters, «МФ», «Шу»), else the shared start of a kind and its shorthand
    (_shared_start, «обл»). Each later word's pattern follows `\\s+`
    (_form_pattern), so the text holds a word opening with those letters wherever `f` is."""
    words = f.text.split()
    of_body = f.row.type == "organization"
    out = []
    for i in range(1, len(words)):
        pattern = _word_pattern(words[i], f.script, i == len(words) - 1, of_body)
        for n in (3, 2):  # a word of two letters («КР МФ», «область Шу»): its first two (ingest97)
            head = pattern[:n].lower()
            if (
                len(pattern) >= n
                and pattern[:n].isalpha()
                and pattern[n : n + 1] not in _QUANTIFIERS
                and len(head) == n
                and not any(c in (_CASE_VARIANTS or "") for c in head)
            ):
                out.append(head)
                break
        else:
            head = _shared_start(pattern)
            if head:
                out.append(head)
    # the heads of two letters last: _longest_at looks past a failed test of the three-letter
    # set only when the last head is one of them
    return tuple(sorted(dict.fromkeys(out), key=lambda h: len(h) == 2))


try:
    from re import _parser as _re_parser
except ImportError:  # another Python's `re`: no shared start read
    _re_parser = None


def _shared_start(pattern: str) -> str | None:
    """The first three letters (lower case) of every match of a word's pattern that opens
    with alternatives — a kind printed whole or as its shorthand, «(?:облысы…|обл)»,
    «(?:област…|обл)», «(?:ауданы…|ауд)» — as `re`'s parser reads it: it moves the
    alternatives' shared start out in front of them, as literal letters. None when the
    pattern is not such a group or its first three nodes are not plain letters."""
    if _re_parser is None or not pattern.startswith("(?:"):
        return None
    try:
        nodes = list(_re_parser.parse(pattern, re.IGNORECASE))[:3]
        if len(nodes) != 3 or any(o is not _re_parser.LITERAL or not chr(c).isalpha() for o, c in nodes):
            return None
    except Exception:  # noqa: BLE001 - another parser's shape: no head, as before
        return None
    head = "".join(chr(c) for _, c in nodes).lower()
    if len(head) != 3 or any(c in (_CASE_VARIANTS or "") for c in head):
        return None
    return head


@lru_cache(maxsize=1)
def _later_heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    """For each key of _matcher's index, the _later_word_heads of its forms in the index's
    order: _longest_at tries a form only when the text holds them all, and compiles it only
    then (1,900 forms were compiled in a process of 163 texts, 235 of them ever matched)."""
    return _kept("later_heads", _built_later_heads)


def _built_later_heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    if _CASE_VARIANTS is None:
        return {}
    return {k: tuple(_later_word_heads(f) for f in fs) for k, fs in _matcher()[0].items()}


# A word's first three letters, or the whole of a shorter one: `\b` then at most three
# letters, so the scan goes on past the rest of the word (no boundary inside it).
_WORD_HEAD = re.compile(r"\b\w{1,3}")


def _text_heads(text: str) -> frozenset[str] | None:
    """The first three letters (lower case) of every word of `text`, or None when the text
    holds a letter whose case `re` reads otherwise than str.lower (_CASE_VARIANTS, «İ»): then
    every form is tried. A word shorter than three letters gives its whole, which no head
    of three equals."""
    low = text.lower()
    if _VARIANT_IN is None or len(low) != len(text) or _VARIANT_IN.search(low):
        return None
    return frozenset(_WORD_HEAD.findall(low))


@lru_cache(maxsize=1)
def _key_heads() -> frozenset[str]:
    """The first three letters of every key of _matcher's index (a shorter key whole). A
    key that is a prefix of a word of three letters or more starts with the word's first
    three, so a word whose first three are not here, nor whose first one or two letters
    are a key, opens no form: _openers tells that without trying each of its prefixes
    (about 2.5 µs a new word, ~18,000 new words in the first 163 texts of a process)."""
    return frozenset(k[:3] for k in _matcher()[0])


def _candidates(text: str) -> list[Match]:
    """Every form matching at the start of some word, the longest one per start (of two
    as long, the form that printed more of it literally)."""
    out = []
    heads: list = []  # the text's _text_heads, made when a form first asks
    words = _WORD_OPENERS
    if len(words) > _WORDS_KEPT:
        words.clear()
    for tok in _TOKEN.finditer(text):
        word = tok.group(0)
        found = words.get(word, _UNSEEN)
        if found is _UNSEEN:
            found = words[word] = _word_openers(word)
        if found is None:
            continue  # the word opens no form, quoted or not: most words of a text
        p = tok.start()
        if p and (text[p - 1].isalnum() or text[p - 1] == "_" or text[p - 1] == "-" and not word[:1].isupper()):
            continue  # inside a word; after a hyphen only a capital opens a name («Қазақстан-Ресей»)
        openers, quoted = found
        best = _longest_at(text, p, openers, heads) if openers else None
        if best is None and quoted:
            # «ҚазАвтоЖол» ҰК» АҚ: a name in quotes is the name (a form may also open with «)
            best = _longest_at(text, p + 1, quoted, heads)
        if best is not None:
            out.append(_with_opening_quote(text, best))
    return out


def _with_opening_quote(text: str, m: Match) -> Match:
    """The match from the quote that opens its first word, when that word's closing quote is
    in it («"Қорғас" құрғақ порты», see _FIRST_WORD_QUOTE)."""
    s = m.start
    if text[s] in _OPENING_QUOTES:  # the form opens with its own quote («ҚазАТО» …): nothing to take
        return m
    if s and text[s - 1] in _OPENING_QUOTES and any(q in text[s : m.end] for q in '»"”'):
        return Match(m.form, s - 1, m.end)
    return m


# A text word as written -> its openers and, for a word opening with «, those of the word
# inside the quote; None when both are empty. One dictionary look-up a word instead of
# lowering it and asking _openers (about 1 µs a word); started again past _WORDS_KEPT words.
_WORD_OPENERS: dict[str, tuple | None] = {}
_WORDS_KEPT = 200_000
_UNSEEN = object()


def _word_openers(word: str) -> tuple | None:
    openers = _openers(word.lower())
    quoted = _openers(word[1:].lower()) if word.startswith("«") else ()
    return (openers, quoted) if openers or quoted else None


@lru_cache(maxsize=200_000)
def _openers(word: str) -> tuple[tuple[Form, tuple[str, ...], re.Pattern | None], ...]:
    """The forms a text word (lower case) may open, in the order they are tried: those whose
    first-word key is a prefix of it no more than a suffix shorter; each with the heads of
    its later words (_later_heads) and its pattern, None while those heads are to be looked
    for first (_longest_at compiles it when a text holds them). Cached by the
    word: most words of a text open nothing, and the same words recur in every article."""
    index, longest_key = _matcher()
    if word[:3] not in _key_heads() and word[:2] not in index and word[:1] not in index:
        return ()  # no key can be a prefix of the word: most new words of a text, one set test
    prefixes = _key_prefixes()
    shortest = max(1, len(word) - _LONGEST_ENDING)
    out: tuple = ()
    for n in range(1, min(len(word), longest_key) + 1):
        start = word[:n]
        if start not in prefixes:
            break  # no key starts so: none is a longer start of the word either
        if n >= shortest and start in index:
            out += _key_openers(start)
    return out


@cache
def _key_openers(key: str) -> tuple[tuple[Form, tuple[str, ...], re.Pattern | None], ...]:
    """_openers' items for the forms of one key of _matcher's index, in the index's order,
    made once a process: the inflections of one word («комитет», «комитета», «комитетом» …)
    share their keys, and each new one built its items again, a tuple and a cache look-up
    (a Form's hash) a form: 119 forms under «комитет» (ingest94: _openers of a process's
    ~18,000 new words 28 → 21 ms, the same tuples)."""
    fs = _matcher()[0][key]
    later = _later_heads().get(key) or ((),) * len(fs)
    return tuple((f, needs, None if needs else _compiled(f)) for f, needs in zip(fs, later, strict=True))


@lru_cache(maxsize=1)
def _key_prefixes() -> frozenset[str]:
    """Every start of every key of _matcher's index: _openers reads a word's starts,
    shortest first, only while some key starts so (a word opening «пог» meets no key
    past «погран…» unless one is there; ~9 look-ups a word tried every length)."""
    return frozenset(k[:n] for k in _matcher()[0] for n in range(1, len(k) + 1))


def _longest_at(
    text: str, p: int, openers: tuple[tuple[Form, tuple[str, ...], re.Pattern | None], ...], heads: list
) -> Match | None:
    """The longest of the forms `openers` matching `text` at `p`; a form whose later words'
    heads the text does not hold (`heads`: [_text_heads(text)] once made, and the words'
    starts of two letters when a head of two is asked: _starts_held) cannot match."""
    best: Match | None = None
    if len(openers) > _PLANNED_FROM:
        plan = _PLANS.get(id(openers))
        if plan is None or plan[0] is not openers:
            plan = _planned(openers)
        if plan[1]:
            if not heads:
                heads.append(_text_heads(text))
            if heads[0] is not None:
                openers = _held_openers(openers, plan, heads[0])
    for f, needs, pattern in openers:
        if pattern is None:
            if not heads:
                heads.append(_text_heads(text))
            have = heads[0]
            if have is not None and not have.issuperset(needs):
                if len(needs[-1]) == 3 or not _starts_held(needs, heads):
                    continue  # a later word is not in the text: the form is neither matched nor printed as written
            compiled = _COMPILED_BY_ID.get(id(f))
            if compiled is None or compiled[0] is not f:
                compiled = _COMPILED_BY_ID[id(f)] = (f, _compiled(f))
            end = form_end(text, p, f, compiled[1])
        else:
            end = form_end(text, p, f, pattern)
        if f.script != "kk" and text.startswith(f.text, p):
            end = max(end, _kazakh_end(text, p, f))
            if end < 0 and is_abbreviation(f.text):
                end = _staff_word_end(text, p, f)
        if end >= 0 and (best is None or (end, len(f.text)) > (best.end, len(best.form.text))):
            best = Match(f, p, end)
    return best


# A word's openers are tried through a plan (ingest103) when there are more than this many (a
# plan's own cost outweighs a short list's tests): «министерства» opens 83 forms, «кроме» (key
# «кр») 93, most of whose later heads an article lacks.
_PLANNED_FROM = 15
# _planned's plans by the openers' id (the plan holds the tuple, so the id is its own); started
# again past _PLANS_KEPT.
_PLANS: dict[int, tuple] = {}
_PLANS_KEPT = 50_000


def _planned(openers: tuple) -> tuple:
    """(openers, their first later heads of three letters, {head: the indices of the forms that
    need it first}, the indices of the others): the forms whose first later head is of three
    letters, grouped by it. `_longest_at` tries such a form only when the text's heads hold it
    (a head of three letters is held only as itself, see _starts_held), so one set
    intersection a call tells which groups can match, where a test a form told it before: of
    ~420 forms a generated article's scan passed over one by one, ~310 are passed over so
    (its _longest_at calls replayed: 0.15-0.17 -> 0.12-0.13 ms an article)."""
    groups: dict[str, list[int]] = {}
    others: list[int] = []
    for i, (_f, needs, pattern) in enumerate(openers):
        if pattern is None and len(needs[0]) == 3:
            groups.setdefault(needs[0], []).append(i)
        else:
            others.append(i)
    if len(_PLANS) >= _PLANS_KEPT:
        _PLANS.clear()
    plan = (openers, frozenset(groups), {h: tuple(ix) for h, ix in groups.items()}, tuple(others))
    _PLANS[id(openers)] = plan
    return plan


def _held_openers(openers: tuple, plan: tuple, have: frozenset) -> list:
    """The items of `openers`, in their order, but the forms whose first later head of three
    letters `have` (the text's heads) lacks: `_longest_at` would pass over each of them (its
    test of every head fails on that one), so the longest match is the same."""
    held = plan[1] & have
    if not held:
        return [openers[i] for i in plan[3]]
    by_head = plan[2]
    return [openers[i] for i in sorted([*plan[3], *(i for h in held for i in by_head[h])])]


# _compiled of the forms _longest_at compiles after testing their heads, by the form's id: a
# look-up of `_compiled`'s cache hashes the Form (its row's fields, ~1 µs), and with the heads
# of two letters and of a kind's shorthand (ingest97) 347 more forms of the common region
# names are looked up so at every printing; the entry holds the form, so its id is its own.
_COMPILED_BY_ID: dict[int, tuple[Form, re.Pattern]] = {}


def _starts_held(needs: tuple[str, ...], heads: list) -> bool:
    """Does the text hold every one of `needs`, a head of two letters as the start of any of
    its words (`heads`: [_text_heads(text)], then the two first letters of each of them, made
    when a form first asks)? A word's head of three letters starts with its first two, and a
    word of two letters is its own head.

    One set test (ingest103): `heads[1]` is the heads with their two first letters added, so a
    head of two letters is held as a start and one of three only as itself (a start is never
    longer than two letters, and a word of two letters in the heads is its own start) — the
    test a head at a time asked before, in C, ~40 times an article's scan."""
    if len(heads) == 1:
        have = heads[0]
        heads.append(have | frozenset(h[:2] for h in have))
    return heads[1].issuperset(needs)


# The Russian press's words for a body's staff or things, made of its abbreviation with «-шник»
# or «-овец» («КГД-шники», «КНБшники», «ДЭР-овцы») or their adjectives («ДГД-шного поста»,
# «ДЭР-овский отдел»): the body named, its abbreviation the mention.
_STAFF_WORD = re.compile(
    r"-?(?:ш(?:ник|ниц)|ов(?:ец|ц))[а-яё]*(?![\w-])"
    r"|-?шн(?:ый|ая|ое|ые|ого|ой|ому|ым|ых|ую|ыми|ом)(?![\w-])"
    r"|-?овск(?:ий|ая|ое|ие|ого|ой|ому|им|их|ую|ими|ом)(?![\w-])"
)


def is_staff_word(tail: str) -> bool:
    """Is `tail`, what follows an abbreviation, the «-шник» word made of it («-шники»)?"""
    return _STAFF_WORD.fullmatch(tail) is not None


def _staff_word_end(text: str, p: int, f: Form) -> int:
    """Where abbreviation `f`, printed as it is at `p`, ends when a «-шник» word is made of
    it (_STAFF_WORD): at the abbreviation's end, so that the mention names the body; -1 if
    no such word is."""
    n = p + len(f.text)
    return n if _STAFF_WORD.match(text, n) else -1


def _kazakh_end(text: str, p: int, f: Form) -> int:
    """Where form `f`, printed as it is at `p`, ends with a Kazakh case ending
    (_compiled_kazakh), -1 if it has none there. An ending of Russian letters only
    («Сенатта», «Иранды») counts in a Kazakh passage alone (kazakh_context), so that no
    Russian word is read as one."""
    n = p + len(f.text)
    if n >= len(text) or not (text[n].isalpha() or text[n] in "-'’ʼ"):
        return -1  # a cheap test first: the form, printed as it is, must run on
    words = _compiled_kazakh(f).match(text, p)
    m = _KK_TAIL.match(text, words.end()) if words else None
    if m is None:
        return -1
    ending = m.group("kk")
    if KAZAKH_LETTERS.search(ending) or kazakh_context(text, p, m.end()):
        return m.end()
    if _joined_to_letters(ending, f) and KAZAKH_LETTERS.search(text, max(0, p - 200), m.end() + 200):
        return m.end()
    return -1


def _joined_to_letters(ending: str, f: Form) -> bool:
    """Is `ending` a Kazakh case ending hyphened to an abbreviation («КГД-ге», «ФТС-мен»,
    «ЕАЭС-те», «АСПиР-ке») or a brand with capitals inside («КазАвтоЖол-ке»)? Russian joins no
    such ending to capitals with a hyphen (its «-шник» words are _STAFF_WORD's), so one Kazakh
    letter near it is enough (_kazakh_end), however short the Kazakh sentence: kazakh_context
    asks three words with Kazakh letters, and «Тасымалдаушылар наурызда КГД-ге ұжымдық өтініш
    жолдады.» has two (org94: such letters were found only with «-ға», «-ның»). A Russian passage
    with no Kazakh letter («В письме стояло «КГД-да» …») still makes no case of them. A Latin
    name takes them so too («Wildberries-тен», «Kaspi-ден»: Russian hyphens no Cyrillic case
    ending to a Latin word; org102)."""
    if ending[:1] not in "-'’ʼ":
        return False
    return (
        f.role == "abbreviation"
        or is_abbreviation(f.text)
        or any(c.isupper() for c in f.text[1:])
        or f.script == "latin"
    )


def find(text: str) -> list[Match]:
    """The KB forms printed in `text`, left to right, longest at each place, never
    overlapping; abbreviations only as written in capitals, a place's derived adjective
    («қазақстандық») not at all.

    A short text (a span's name, a word) is answered from _FOUND after its first time: the
    passes ask the same names again and again (a place is asked by the currency, route,
    surname and body rules of one article, «Казахстан» by every article), about 60% of the
    calls of an ingest. The answer depends on the text alone; each caller gets its own list.

    A long text (an article, its page) is kept in _FOUND_LONG, the last few only: the parent
    body rule asks the whole text and page again for each compound body name it weighs
    (organizations._named_elsewhere), ~1 call in 3 of an ingest's long ones on generated
    articles, each a scan of the article (perf81)."""
    short = len(text) <= _FOUND_LONGEST
    kept, most = (_FOUND, _FOUND_KEPT) if short else (_FOUND_LONG, _FOUND_LONG_KEPT)
    found = kept.get(text)
    if found is None:
        if len(kept) >= most:
            kept.clear()
        found = kept[text] = tuple(_find(text))
    return list(found)


# The answers of find for short texts, by text; started again past _FOUND_KEPT texts.
_FOUND: dict[str, tuple[Match, ...]] = {}
_FOUND_KEPT = 50_000
_FOUND_LONGEST = 200  # characters: a name or a phrase, not an article
# The answers for long texts: an article's title, body and page, the last few articles'.
_FOUND_LONG: dict[str, tuple[Match, ...]] = {}
_FOUND_LONG_KEPT = 8


def _find(text: str) -> list[Match]:
    """find, computed."""
    text = uzbek_apostrophes(_cyrillic_i(text))
    out: list[Match] = []
    for m in _candidates(text):
        if out and m.start < out[-1].end:
            continue
        written = text[m.start : m.end]
        f = m.form
        if is_abbreviation(f.text) and not _JOINED.split(written, maxsplit=1)[0].isupper():
            continue
        if f.script == "kk" and _derived_word(written, f.text):
            continue
        if f.script == "kk" and f.text == f.row.name_ru and not _kazakh_tail(written[len(f.text) :]):
            continue
        if _town_adjective(written, f):
            continue
        if _not_an_inflection(written, f):
            continue
        if _opens_a_common_compound(text, m):
            continue
        if _short_region_in_a_body(text, m):
            continue
        out.append(m)
    return out


# after a name, an abbreviation of two to five capitals, a body's kind («ЖТ», «ЖШС», «АҚ», «ТОО»),
# or a Kazakh «regional» that opens a body's name («Маңғыстау өңірлік көлік инспекциясы»)
_ABBREVIATION_AFTER = re.compile(r"[ \t]+(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,5}|өңірлік|облыстық|аумақтық|аймақтық)(?![\w-])")


def _short_region_in_a_body(text: str, m: Match) -> bool:
    """place82: a region named by its name alone, without its noun («Маңғыстау», a variant of
    «Маңғыстау облысы»), bare and right before a body's abbreviation, is the first word of the
    body's name, not the region: «Маңғыстау ЖТ бөлімшесі» (the Mangystau railway branch; dev's
    reference counts no place there), and so before «өңірлік» ('regional') and its kin
    («Маңғыстау өңірлік көлік инспекциясы», a body tests/test_passes.py reads without a place)."""
    f = m.form
    if f.role != "variant" or f.row.kind != "region" or " " in f.text or m.end - m.start != len(f.text):
        return False
    return _ABBREVIATION_AFTER.match(text, m.end) is not None


# A town whose name is a Kazakh common word, and the words that make that word a compound
# noun after it: «Темір жол» is the railway ('iron road'), «темір жолшылар» its workers, «Темір
# жолы» a railway's name, none the town Темир (city-temir). Only the bare name is asked:
# «Темірдің жолы» ('Temir's road') keeps the town.
_COMMON_COMPOUND_OPENERS = {"темір": re.compile(r"\s+жол", re.IGNORECASE)}


def _opens_a_common_compound(text: str, m: Match) -> bool:
    """The match is a town name written bare that opens one of those compounds."""
    return opens_a_common_compound(text, m.start, m.end)


def opens_a_common_compound(text: str, start: int, end: int) -> bool:
    """text[start:end] is such a town name, written bare, and its compound's word follows it
    («Темір жолы бойынша»): the filters drop the model's place so read (names71)."""
    follows = _COMMON_COMPOUND_OPENERS.get(text[start:end].lower())
    return follows is not None and follows.match(text, end) is not None


# A Latin «i» typed inside a Cyrillic word for the Kazakh «і» («темiр»), as many sites print it.
_LATIN_I = re.compile(r"(?<=[а-яёәғқңөұүһі])i|i(?=[а-яёәғқңөұүһі])", re.IGNORECASE)


def _cyrillic_i(text: str) -> str:
    """`text` with a Latin i inside a Cyrillic word made Kazakh і (same length: offsets hold)."""
    if "i" not in text and "I" not in text:
        return text
    return _LATIN_I.sub(lambda m: "і" if m.group(0) == "i" else "І", text)


# Kazakh case suffixes written with Russian letters only; any suffix with a Kazakh letter
# («-ға», «-дің», «-дегі») is Kazakh anyway
_PLAIN_KAZAKH_SUFFIXES = frozenset(
    "да де та те дан ден тан тен нан нен мен бен пен ны ды ты на не ге ке нда нде".split()
)


def _kazakh_tail(tail: str) -> bool:
    """Whether `tail`, after a name written alike in both languages («Самара», «Семей»),
    is a Kazakh suffix («Самараға», «Семейде») rather than Russian («Самарой», «Семейный»,
    which the name's Russian form reads)."""
    return bool(KAZAKH_LETTERS.search(tail)) or tail.lower() in _PLAIN_KAZAKH_SUFFIXES


# The endings a town's name in «-ск», «-цк» takes as an adjective and never as a noun: «Аральский
# рыбзавод», «Шахтинская шахта», «Троицкий собор» are no town; «Аральском» is left to the
# noun (the town's instrumental and the adjective's locative are spelled alike).
_TOWN_ADJECTIVE_ENDINGS = frozenset("ий ая ое ие ого ому ой им ую их ими ым ых".split())


def _town_adjective(written: str, f: Form) -> bool:
    """An adjective made from a one-word town in «-ск» or «-цк» (Russian script) printed where the
    form matched: the stem's free ending let «Аральск» open «Аральский»."""
    text = f.text
    if f.script != "ru" or f.row.type != "location" or " " in text or not text.lower().endswith(("ск", "цк")):
        return False
    if not written.lower().startswith(text.lower()):
        return False
    return written[len(text) :].lower() in _TOWN_ADJECTIVE_ENDINGS


# What a one-word Russian name may end with in text past its stem: the case endings of a
# noun or an adjective. The stem's free 0-3 letters (_RU_ENDING) otherwise let «Арал» open
# the Kazakh verb «Аралау» ('touring') or «Актау» a word it begins.
_RU_INFLECTIONS = frozenset(
    (
        "а я о е ё у ю ы и ь й ой ей ёй ом ем ём ам ям ах ях ами ями ов ев ёв ью ия ие ии ию ий ье ья ьи ьем"
        " ая яя ое ее ые ый ого его ому ему ую юю ым им ых их ыми ими ою ею"
    ).split()
)


# A Kazakh name's suffixes, in their order: plural, possessive, case, the «-ғы/-дағы»
# attribute. A word-forming suffix («Аралау» 'touring', «Аралап») is none of them.
_KK_CHAIN = re.compile(
    rf"{_KK_JOIN}?(?:лар|лер|дар|дер|тар|тер)?"
    r"(?:ы|і|сы|сі|ым|ім|ың|ің|ымыз|іміз|ыңыз|іңіз|мыз|міз)?"
    rf"(?:{'|'.join(CASE_ENDINGS)}|а|е|ын|ін|н|нда|нде|менен|ндағы|ндегі)?"
    r"(?:ғы|гі|қы|кі|дағы|дегі|тағы|тегі)?",
    re.IGNORECASE,
)


def _not_an_inflection(written: str, f: Form) -> bool:
    """A one-word name matched with an ending that is neither a Russian case ending (for a
    Russian form) nor a chain of Kazakh suffixes («Аралау», «Аралап» are other words)."""
    text = f.text
    if f.script not in ("ru", "kk") or " " in text or "-" in text or not text.isalpha() or is_abbreviation(text):
        return False
    low = written.lower()
    if f.script == "kk" or low.startswith(text.lower()):
        stem = text.lower()
    else:
        stem = _RU_VOWEL_TAIL.sub("", text).lower()
    if not low.startswith(stem):
        return False
    tail = low[len(stem) :]
    if _not_an_ia_noun_case(text, stem, tail):
        return True
    if tail in ("ов", "ев", "ёв") and not text.lower().endswith(("ы", "и")):
        return True  # «Нарынов», «Кегенов»: a surname; only a plural name («Каракумы») takes «-ов»
    if not tail or (f.script == "ru" and tail in _RU_INFLECTIONS) or _derived_word(written, text):
        return False
    if f.script == "ru" and _noun_in_oi(text, low):
        return False
    return not _KK_CHAIN.fullmatch(tail)


def _not_an_ia_noun_case(text: str, stem: str, tail: str) -> bool:
    """A Russian name in «-ия» printed as its bare stem or with a letter no case of it
    starts with: «Росси», «Монголин» are surnames, not «Россия», «Монголия». Every case of
    an «-ия» noun has an ending that starts «я/и/ю/е/й» (России, Россию, Россией, Россий),
    and so does a Kazakh ending a Russian-spelt name takes («Россияға»)."""
    return text.lower().endswith("ия") and stem.endswith("и") and not tail.startswith(("я", "и", "ю", "е", "й"))


def _noun_in_oi(text: str, low: str) -> bool:
    """«Росгранстрой» → «Росгранстроя», «Росгранстрою»: a noun in «-ой» declines on its
    «-о-» (as «строй»), which the adjective's stem («Росгранстр|ой») does not see."""
    if not text.lower().endswith("ой"):
        return False
    stem = text.lower()[:-1]
    return low.startswith(stem) and low[len(stem) :] in ("я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях")


def _derived_word(written: str, form: str) -> bool:
    """«Қазақстандық» for the form «Қазақстан»: a suffix that derives a new word."""
    tail = written[len(form) :] if written.lower().startswith(form.lower()) else ""
    return bool(tail) and bool(_DERIVING.match(tail))


# a small letter followed by a capital inside a word: a brand's own spelling («КазЛогистика»)
_CAMEL_CASE = re.compile(r"[a-zа-яёәғқңөұүһі][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")


def _clipped(form: str, name: str) -> bool:
    """Does `form` shorten a word of `name` into a compound («госдоходов», «Погранслужба»,
    «Минтранспорт»): a word of its own that begins as a word of the name does? A word with a
    capital after a small letter («КазЛогистика», «КазахЭкспорт») is a brand the body writes
    so itself, not the press's shorthand: shown as printed (org89; before, «КазахЭкспорт» was
    shown as the agency's whole Russian name)."""
    name_words = {w.lower() for w in name.split()}
    for w in form.split():
        low = w.lower()
        if _CAMEL_CASE.search(w):
            continue
        if len(low) >= 6 and low not in name_words and not w.isupper() and not names_a_country(w):
            if any(n[:3] == low[:3] and not _inflected(low, n) for n in name_words if len(n) > 3):
                return True
    return False


def _inflected(word: str, other: str) -> bool:
    """Are two words (lower case) one word in two cases: all but an ending of at most three
    letters in common («государственная», «государственного»), not a clipping («погранслужба»,
    «пограничная»)? org82: the Kyrgyz border service's former name «Государственная
    пограничная служба …» printed was taken for a clipping of the row's «… Государственного
    комитета …» and shown as the row's name, which the text never printed."""
    common = len(os.path.commonprefix([word, other]))
    return word.startswith(other[:-2]) or common >= max(len(word), len(other)) - 3 and common >= 5


def _unclipped(form: str, name: str) -> str | None:
    """`form` with each clipped word spelled out by the two words of `name` it joins
    («Погранслужба КНБ» → «Пограничная служба КНБ», «Минтранс РК» → «Министерство
    транспорта РК»): the rest stays as the press wrote it. None when a clipped word is
    not two words of the name run together."""
    name_words = name.split()
    out = []
    for w in form.split():
        if not _clipped(w, name):
            out.append(w)
            continue
        pair = _pair_clipped(w, name_words)
        if pair is None:
            return None
        out.append(pair)
    return " ".join(out)


def _unclipped_by_variants(form: str, row: Row, script: str) -> str | None:
    """`form`'s clipped word spelled out by a variant of the row in the same script, when the
    row's own name has no two words it joins («погранслужба Узбекистана» beside the variant
    «Пограничная служба Узбекистана» of the Uzbek border troops, whose name opens «Пограничные
    войска»): the press's name spelled out, not a name the text never wrote (org100). The
    variants longest first, none itself clipped; None when no variant spells it out."""
    for f in _row_forms().get(row.id, ()):
        if f.script == script and f.role == "variant" and f.text != form and not _clipped(f.text, row.name_ru):
            spelled = _unclipped(form, f.text)
            if spelled and spelled != form:
                return spelled
    return None


@lru_cache(maxsize=1)
def _row_forms() -> dict[str, tuple[Form, ...]]:
    """Row id → its forms, longest first (forms()' order)."""
    out: dict[str, list[Form]] = {}
    for f in forms():
        out.setdefault(f.row.id, []).append(f)
    return {k: tuple(v) for k, v in out.items()}


def _pair_clipped(word: str, name_words: list[str]) -> str | None:
    """The two words of a name that `word` clips together: the first begins as `word`
    begins, and what is left of `word` begins the second («Погран|служба», «Мин|транс»)."""
    low = word.lower()
    for first, second in zip(name_words, name_words[1:], strict=False):
        f, s = first.lower(), second.lower()
        for cut in range(3, min(len(low), len(f)) + 1):
            if low[:cut] != f[:cut]:
                break
            rest = low[cut:]
            if len(rest) >= 3 and (s.startswith(rest) or rest.startswith(s[: max(3, len(s) - 3)])):
                return f"{first} {second}"
    return None


def _country_name(row: Row, matched: list[Form], script: str) -> str:
    """A country in Kazakh text by its short name («Ресей», not «Ресей Федерациясы»: the
    press means the same); in Russian by the official long form the text printed
    («Республика Казахстан»), else by its short name (not «Киргизия», «КНР»)."""
    if script == "kk":
        return row.name_kk or matched[0].text
    long_forms = [f.text for f in matched if f.script == "ru" and len(f.text.split()) > 1]
    return max(long_forms, key=len) if long_forms else row.name_ru


def display_name(row: Row, matched: list[Form], script: str) -> str:
    """_display_name kept by the row, the forms (in order) and the script (ingest115): an
    article's bodies and places are named by it once each (~4.6 calls a generated article,
    ~10 µs each), and the same rows printed in the same forms recur from article to article.
    The answer depends on those frozen values alone. Kept by the objects' ids, the entry
    holding the objects: while it is kept no other object can have those ids, so a key found
    is the same row and forms (a form made afresh, as namesake_form makes some, is kept under
    its own id and found again only as itself)."""
    key = (id(row), script, *map(id, matched))
    kept = _DISPLAY_NAMES.get(key)
    if kept is not None:
        return kept[2]
    name = _display_name(row, matched, script)
    if len(_DISPLAY_NAMES) >= _DISPLAY_NAMES_KEPT:
        _DISPLAY_NAMES.clear()
    _DISPLAY_NAMES[key] = (row, tuple(matched), name)
    return name


# display_name's answers: (id of the row, script, ids of the forms) -> (row, forms, name); the
# entry holds the objects its key names. Started again past _DISPLAY_NAMES_KEPT entries.
_DISPLAY_NAMES: dict[tuple, tuple[Row, tuple[Form, ...], str]] = {}
_DISPLAY_NAMES_KEPT = 20_000


def _display_name(row: Row, matched: list[Form], script: str) -> str:
    """The name an entity linked to `row` is shown by in an article written in `script`:
    a country by its name in that script (see _country_name); anything else by the
    longest name or variant the article printed in that script, its clipped words spelled
    out in place («Погранслужба КНБ» → «Пограничная служба КНБ»: the press's shorthand is
    not the body's name, but the rest is as the article wrote it; the row's name when a
    clipped word cannot be spelled out so; a Kazakh text's longest Kazakh form as printed,
    since Kazakh names are not clipped); else the row's name in that script when the article
    used only abbreviations of the row in some other script; else the longest
    abbreviation it printed."""
    if row.kind == "country":
        return _country_name(row, matched, script)
    # a Kazakh text may print a form with no Kazakh letter («Бас прокуратура»): still its own
    scripts = ("kk", "ru") if script == "kk" else (script,)
    own = [f for f in matched if f.role != "abbreviation" and f.script in scripts and not is_abbreviation(f.text)]
    kazakh = [f for f in own if f.script == "kk"] if script == "kk" else []
    if kazakh:
        return max(kazakh, key=lambda f: len(f.text)).text  # Kazakh does not clip words: as printed
    if script == "kk" and _kazakh_spelling_with_russian_kind(row, own):
        return row.name_kk  # «Алматы обл.» in Kazakh text: «Алматы облысы», not «Алматы область»
    if own:
        best = max(own, key=lambda f: len(f.text))
        name = row.name_kk if script == "kk" else row.name_ru
        if not name or row.type != "organization" or not _clipped(best.text, name):
            return _kazakh_name_of_region(best.text, row) or best.text  # a place is named as printed
        return _unclipped(best.text, name) or _unclipped_by_variants(best.text, row, script) or _without_state(name)
    words = [f for f in matched if not is_abbreviation(f.text)]
    if words:
        return _row_name(row, script) or words[0].text
    return max(matched, key=lambda f: len(f.text)).text


# «область Жетісу», «Ұлытау области»: a region's Kazakh spelling beside the Russian kind word
_KAZAKH_SPELLED_REGION = re.compile(r"^(?:област\w*\s+(?P<after>\S+)|(?P<before>\S+)\s+област\w*)$", re.IGNORECASE)


def _kazakh_spelling_with_russian_kind(row: Row, own: list[Form]) -> bool:
    """Are the forms a Kazakh text matched only the Kazakh spelling with the Russian kind word
    («Алматы область», as the shorthand «Алматы обл.» matches it; place84) of a region or
    district whose Kazakh name opens with that spelling?"""
    if row.type != "location" or row.kind not in ("region", "district") or not row.name_kk or not own:
        return False
    first = row.name_kk.split()[0].lower()
    return all(
        len(f.text.split()) == 2 and f.text.split()[0].lower() == first and _KAZAKH_SPELLED_REGION.match(f.text)
        for f in own
    )


def _kazakh_name_of_region(printed: str, row: Row) -> str | None:
    """A Russian text's region printed in its Kazakh spelling with the Russian kind word: one of
    2022 («Область Жетісу», «Ұлытау область») by its Kazakh name alone, as the seeds' reference
    and search queries name it (with the Russian spelling the kind word stays: «область
    Улытау», dev's reference); an older one («область Түркістан») by its Russian name
    («Туркестанская область»: «Түркістан» alone is its centre, the city). None for any
    other form."""
    m = _KAZAKH_SPELLED_REGION.match(printed)
    name = m and (m.group("after") or m.group("before"))
    if not name or not KAZAKH_LETTERS.search(name) or row.kind != "region":
        return None
    return name if row.name_ru.startswith("область ") else row.name_ru


def _row_name(row: Row, script: str) -> str:
    """The row's own name in `script` ("kk", "latin" for an English text, else Russian)."""
    if script == "kk":
        return row.name_kk
    if script == "latin":
        return _without_state(row.name_en) if row.name_en else ""
    return row.name_ru


@lru_cache(maxsize=1)
def country_genitives() -> frozenset[str]:
    """Every one-word Russian name of a country in countries.csv in the genitive, as it
    follows a body it owns («погранслужба России», «правительства Киргизии»)."""
    out = set()
    for r in _read("countries.csv"):
        for name in [r["name_ru"], *_split(r["variants_ru"])]:
            if len(name.split()) == 1 and not name.isupper():
                out |= {_genitive(name)} - {""}
    return frozenset(out)


def _genitive(word: str) -> str:
    """`word`, a proper noun in the nominative, in the genitive singular; "" if not read so."""
    for p in parses(word):
        if "nomn" in p.tag and "sing" in p.tag:
            form = inflect(p, {"gent", "sing"})
            if form:
                return word[0] + form[1:]
    return ""


@lru_cache(maxsize=1)
def _kazakh_place_names() -> frozenset[str]:
    """Every printed name of a Kazakhstan region, city or district (regions.csv), lowercased."""
    return frozenset(
        f.text.lower().replace("ё", "е")
        for f in forms()
        if f.row.type == "location" and f.row.kind != "country" and f.row.country == "kz" and f.role != "abbreviation"
    )


def is_kazakh_place(name: str) -> bool:
    """Is `name` a region, city or district of Kazakhstan («Жаркент», «Сарыагаш»)? Such a
    name paired with one of our posts is the other end of a road, not the neighbour's post."""
    return " ".join(name.split()).lower().replace("ё", "е") in _kazakh_place_names()


def place_rows() -> list[tuple[Row, dict]]:
    """Every place row (countries.csv, regions.csv, places.csv) with its raw cells, for
    matchers that read the rows their own way (the Kazakh Latin and English place names of
    store/extract/passes/kazakh_latin_places.py)."""
    out = []
    for r in _read("countries.csv"):
        out.append((Row(r["id"], "location", "country", r["name_ru"], r["name_kk"], r["id"], "", r["name_en"]), r))
    for name in ("regions.csv", "places.csv"):
        for r in _read(name):
            row = Row(r["id"], "location", r["type"], r["name_ru"], r["name_kk"], r.get("country") or "kz")
            out.append((row, r))
    return out


def names_a_country(word: str) -> bool:
    """Is `word` a one-word name of a state in the nominative or genitive («Кыргызстана»,
    «России»)? Such a word after a body («Пограничная служба Кыргызстана») names its
    state as the press does, not a clipped word of the row's name («Кыргызской»)."""
    w = word.strip('«»"()').lower().replace("ё", "е")
    return w in _country_words() or _TURKIC_GENITIVE.sub("", w) in _country_words()


# The genitive ending of a Kyrgyz or Kazakh noun («Кыргызстандын», «Қазақстанның»).
_TURKIC_GENITIVE = re.compile(r"(?:[дтн][ыиуүі]н|[дтн][ыі]ң)$")


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """The one-word Russian and Kazakh names of countries.csv (the Russian ones in the
    genitive too), lowercased."""
    out = {g.lower() for g in country_genitives()}
    for r in _read("countries.csv"):
        names = [r["name_ru"], r["name_kk"], *_split(r["variants_ru"]), *_split(r["variants_kk"])]
        out |= {n.lower() for n in names if len(n.split()) == 1}
    return frozenset(out)


# A Russian legal form opening a company's name, its quotes opened after it («АО «…»).
_LEGAL_FORM_OPENING = re.compile(r"^(?:АО|ТОО|ОАО|ПАО|ЗАО|ООО|РГП|ГП|ФГКУ|ФГУП)\s+«")


def name_without_legal_form(name: str) -> str:
    """A company's Russian name as the press prints it without its legal form, when what is
    left still holds a quoted name («АО «Международный центр приграничного сотрудничества
    «Хоргос»» → «Международный центр приграничного сотрудничества «Хоргос»»); "" otherwise:
    a bare «Пассажирские перевозки» or «Казпочта» is a phrase or a row's own variant."""
    m = _LEGAL_FORM_OPENING.match(name or "")
    if not m:
        return ""
    rest = name[m.end() :]
    if rest.count("»") > rest.count("«"):
        rest = rest[:-1] if rest.endswith("»") else rest
    return rest if "«" in rest and rest.count("«") == rest.count("»") else ""


# A Kazakh company name's legal form at its end, after the kind noun («… ұлттық компаниясы АҚ»)
_KK_LEGAL_CLOSING = re.compile(r"\s+(?:АҚ|ЖШС|КЕАҚ|КеАҚ|ЖАҚ|ААҚ)$")


def kazakh_name_without_legal_form(name: str) -> str:
    """A company's Kazakh name as the press prints it without the legal form at its end, when
    a kind noun follows its quoted name («"Kazakh Tourism" ұлттық компаниясы АҚ» → «"Kazakh
    Tourism" ұлттық компаниясы»: the Russian name's «АО» was dropped the same way, org95); ""
    otherwise: «"Қазпошта" АҚ» without it is the quoted word alone, no form of its own."""
    m = _KK_LEGAL_CLOSING.search(name or "")
    if not m:
        return ""
    rest = name[: m.start()]
    return rest if re.search(r"»\s+\S", rest) and rest.count("«") == rest.count("»") else ""


@lru_cache(maxsize=1)
def _row_of_name() -> dict[tuple[str, str], Row]:
    """(entity type, identity key of a printed name) → the one row that name belongs to:
    every name, variant and abbreviation of every row («КТЖ» is the railway's as surely as
    the linker takes it so), but not the abbreviations that are too often something else
    (_AMBIGUOUS_ABBREVIATIONS) and not a name two rows share."""
    return _kept("row_of_name", _built_row_of_name)


def _built_row_of_name() -> dict[tuple[str, str], Row]:
    rows: dict[tuple[str, str], set[Row]] = {}
    spelled_out = []
    for f in forms():
        if f.role != "pattern" and f.text not in _AMBIGUOUS_ABBREVIATIONS:
            rows.setdefault((f.row.type, _identity(f.text)), set()).add(f.row)
            spelled = _spelled_out(f)
            if spelled:
                spelled_out.append((f.row, spelled))
    heads = _heads() if spelled_out else {}
    for row, spelled in spelled_out:
        if heads.get(_identity(spelled), frozenset()) <= {row.id}:
            rows.setdefault((row.type, _identity(spelled)), set()).add(row)
    return {k: next(iter(v)) for k, v in rows.items() if len(v) == 1}


def _spelled_out(f: Form) -> str | None:
    """A Russian variant with a clipped word, spelled out as display_name names a mention
    of it («Минторговли» → «Министерство торговли», «Комитет ветконтроля» → «Комитет
    ветеринарного контроля»): the name the article's entity gets is then still its row's
    (org69: those names keyed an entity of their own, apart from the full name's). Not
    where the spelled-out name is the head of another row too («Погранслужба» →
    «Пограничная служба», which Russia's and Kyrgyzstan's services are called as well)."""
    if f.role != "variant" or f.script != "ru" or f.row.type != "organization" or not _clipped(f.text, f.row.name_ru):
        return None
    spelled = _unclipped(f.text, f.row.name_ru)
    return spelled if spelled and spelled != f.text else None


def abbreviation_of(row: Row, written: str) -> Form | None:
    """The row's own abbreviation `written` is («МФ», «КАД», «SRC»), the short and
    ambiguous ones too, which the matcher leaves alone: a caller that found it in brackets
    right after the row's full name knows whose it is."""
    return _abbreviations_by_row().get(row.id, {}).get(written)


@lru_cache(maxsize=1)
def _abbreviations_by_row() -> dict[str, dict[str, Form]]:
    out: dict[str, dict[str, Form]] = {}
    for f in forms():
        if f.role == "abbreviation" and " " not in f.text:
            out.setdefault(f.row.id, {})[f.text] = f
    return out


def row_named(type_: str, name: str) -> Row | None:
    """The knowledge-base row a body or place of `type_` printed `name` is, if exactly one
    row has that name (with or without the state after it: «Министерство транспорта РК»;
    a company's with or without its legal form: «АО «Казпочта»»): how the store makes
    «Қазақстан», «Казахстан» and «Kazakhstan», or «Көлік министрлігі» and «Министерство
    транспорта», one entity."""
    table = _row_of_name()
    row = table.get((type_, _identity(name)))
    if row is None and type_ == "organization":
        from store.lang.canonical import without_legal_form  # canonical's chain loads the lexicons

        for short in (_without_state(name), without_legal_form(name)):
            row = row or table.get((type_, _identity(short)))
        bare = _KAZAKHSTAN_PREFIX.sub("", _KAZAKHSTAN_SUFFIX.sub("", name))
        if row is None and bare != name:
            found = table.get((type_, _identity(bare)))
            row = found if found is not None and found.country == "Казахстан" else None
    return row


# Kazakhstan named after or before one of its bodies the ways the press does besides the
# row's own (_STATE_SUFFIX, _STATE_PREFIX): «Комитет национальной безопасности Казахстана»,
# «Қазақстанның Қаржы министрлігі», «НК «Қазақстан темір жолы»» (the national company).
_KAZAKHSTAN_SUFFIX = re.compile(r"\s+(?:Казахстана|Республики Казахстан|РК)$")
_KAZAKHSTAN_PREFIX = re.compile(r"^(?:Қазақстан Республикасы(?:ның)?|Қазақстанның|ҚР|НК)\s+")


@lru_cache(maxsize=1)
def _spellings() -> dict[tuple[str, str], tuple[str, str]]:
    """(row id, identity key of a form) → (script, role) of that form; a form a row lists
    twice keeps the more ordinary of each: a Russian script, a name before a variant. A
    name without its state («Министерство транспорта») is a name too."""
    return _kept("spellings", _built_spellings)


def _built_spellings() -> dict[tuple[str, str], tuple[str, str]]:
    out: dict[tuple[str, str], tuple[str, str]] = {}
    order = {"ru": 0, "kk": 1, "latin": 2, "name": 0, "variant": 1, "abbreviation": 2, "former": 3, "pattern": 4}
    named = [(f.row, _without_state(f.text), f.script, "name") for f in forms() if f.role == "name"]
    for row, text, script, role in [(f.row, f.text, f.script, f.role) for f in forms()] + named:
        k = (row.id, _identity(text))
        old = out.get(k, (script, role))
        out[k] = (min(old[0], script, key=order.__getitem__), min(old[1], role, key=order.__getitem__))
    return out


def spelling(row_id: str, name: str) -> tuple[str, str]:
    """The script ("ru", "kk", "latin") and role ("name", "variant", "abbreviation",
    "former", "misspelt") `name` has among the forms of row `row_id`: «Ресей» is Kazakh though no letter
    of it is, «Нур-Султан» a former name. A name the row does not list (a spelling with the
    state or legal form) is read by its letters, as a name."""
    found = _spellings().get((row_id, _identity(name)))
    if found:
        return found
    if _misspelt(row_id, name):
        return script_of(name), "misspelt"
    return script_of(name), "abbreviation" if is_abbreviation(name) else "name"


def _misspelt(row_id: str, name: str) -> bool:
    """Whether `name` is row `row_id`'s only by likeness (a slip, a space for a hyphen:
    store.lang.kb_likeness), no form or printed shape of it: such a spelling is ranked with a
    former name, after every one the row has, however often an article prints it (org103)."""
    row = _rows_by_id().get(row_id)
    if row is None or row.type != "organization":
        return False
    alike = row_of_printed("organization", name)
    return alike is not None and alike.id == row_id and _row_of_listed("organization", name) is None


# link34: the shapes the press prints a body's name in that its row's forms do not list, and
# that still name that row alone: the row's name with its state or its parents' initials
# taken off (its «head»), printed with a state or a parent's initials of its own
# («Пограничная служба Казахстана», «Пограничная служба РК», «Қазақстан Үкіметі», «ҚМ
# Мемлекеттік кірістер комитеті», «Комитет государственных доходов МФ РК»). A head alone is
# too often another state's body («Пограничная служба», «Кабинет министров»): it names a row
# only with a state, or with initials of a body the row belongs to.

# A state's initials as printed after or before its bodies' names; not in countries.csv,
# where «РК» or «КР» alone would be read as the state in any text.
_STATE_INITIALS = {"Казахстан": ("РК", "ҚР"), "Кыргызстан": ("КР",), "Россия": ("РФ",), "Узбекистан": ("РУз",)}
# «республики», «страны» after a body: the state the text speaks of, whichever it is.
_THIS_STATE = re.compile(r"\s+(?:республики|страны)$")
_KK_GENITIVE = "(?:ның|нің|дың|дің|тың|тің)?"


def _russian_genitive(phrase: str) -> str:
    """A state's name in the genitive, as it follows a body («Республика Казахстан» →
    «Республики Казахстан», «Кыргызская Республика» → «Кыргызской Республики»): its words
    up to the first noun change, the rest is in apposition; "" if a word is not read so."""
    out, done = [], False
    for word in phrase.split():
        if done or word.isupper():
            out.append(word)
            continue
        p = next((p for p in parses(word) if "nomn" in p.tag and "sing" in p.tag), None)
        form = inflect(p, {"gent", "sing"}) if p else None
        if not form:
            return ""
        out.append(word[0] + form[1:])
        done = "NOUN" in p.tag
    return " ".join(out)


@lru_cache(maxsize=1)
def _state_words() -> tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...]:
    """(the state's names printed after a body's name, those printed before it, the state
    as bodies.csv's country column writes it) for each state of countries.csv (the names
    in the order _state_marks always took them)."""
    out = []
    for r in _read("countries.csv"):
        state = r["name_ru"]
        after = {_russian_genitive(n) for n in [state, *_split(r["variants_ru"])]} - {""}
        after |= set(_STATE_INITIALS.get(state, ()))
        kazakh_initials = {i for i in _STATE_INITIALS.get(state, ()) if KAZAKH_LETTERS.search(i)}
        before = {r["name_kk"], *_split(r["variants_kk"])} | kazakh_initials
        out.append((tuple(a for a in after if a), tuple(b for b in before if b), state))
    return tuple(out)


@lru_cache(maxsize=1)
def _state_marks() -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern of a state printed after or before a body's name, the state as bodies.csv's
    country column writes it), longest names first: «… Республики Казахстан», «… РК»,
    «Қазақстан Республикасының …», «Ресейдің …»."""
    marks: list[tuple[str, str]] = []
    for after, before, state in _state_words():
        marks += [(rf"\s+{re.escape(a)}$", state) for a in after]
        marks += [(rf"^{re.escape(b)}{_KK_GENITIVE}\s+", state) for b in before]
    marks.sort(key=lambda m: -len(m[0]))
    return tuple((re.compile(p), state) for p, state in marks)


# _strip_state's answers kept, by name: the words after a body and the forms' names recur.
_STRIPPED_KEPT = 20_000


@lru_cache(maxsize=1)
def _state_mark_edges() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a name must end with (a state after it, before a last line break or not, as
    `$` reads) and what it must start with (a state before it) for any of _state_marks to
    match: two string tests tell most names hold no state, where every mark's substitution
    was tried in turn (about 50 a name; ~90,000 an ingest, building _heads and reading
    each printed body's name)."""
    after = {a for words, _, _ in _state_words() for a in words}
    before = {b for _, words, _ in _state_words() for b in words}
    return tuple(sorted(after | {a + "\n" for a in after})), tuple(sorted(before))


@lru_cache(maxsize=_STRIPPED_KEPT)
def _strip_state(name: str) -> tuple[str, str]:
    """`name` without the state printed after or before it, and that state ("" if none).

    Kept by the name (ingest115): the answer depends on it alone (the marks are the
    process's), and state_printed_after asks the same few words after a body again and again
    («X РК», «X по», «X сообщили»), up to three names a body printed; a name that holds a mark
    tries the marks' substitutions one by one (~40 µs), one that cannot hold one two string
    tests (~4 µs)."""
    ends, starts = _state_mark_edges()
    if not name.endswith(ends) and not name.startswith(starts):
        return name, ""  # no mark can match: the substitutions below would change nothing
    for pattern, state in _state_marks():
        short = pattern.sub("", name)
        if short != name and short.strip():
            return short.strip(), state
    return name, ""


@lru_cache(maxsize=1)
def _rows_by_id() -> dict[str, Row]:
    return {f.row.id: f.row for f in forms()}


def row_by_id(row_id: str) -> Row:
    """The row of id `row_id` (store.lang.kb_likeness names the row it finds by its id)."""
    return _rows_by_id()[row_id]


@lru_cache(maxsize=1)
def _abbreviation_rows() -> dict[str, frozenset[str]]:
    """An abbreviation as printed («МФ», «ҚМ», «КНБ») → the ids of the bodies it stands for
    (the ambiguous ones too: here they stand next to a body they may own)."""
    out: dict[str, set[str]] = {}
    for f in forms():
        if f.row.type == "organization" and f.role == "abbreviation" and " " not in f.text:
            out.setdefault(f.text, set()).add(f.row.id)
    return {k: frozenset(v) for k, v in out.items()}


def _ancestors(row: Row) -> set[str]:
    rows, seen, current = _rows_by_id(), set(), row.parent
    while current and current not in seen:
        seen.add(current)
        current = rows[current].parent if current in rows else ""
    return seen


def _strip_initials(name: str, row: Row | None = None) -> tuple[str, frozenset[str]]:
    """`name` without the capital initials of bodies printed before or after it («ҚМ …»,
    «… МФ», «… КНБ»), and the ids those initials may stand for; with `row`, only the
    initials of the row's own parents are taken off."""
    words, found = name.split(), set()
    ancestors = _ancestors(row) if row is not None else None

    def owner(word: str) -> frozenset[str]:
        ids = _abbreviation_rows().get(word, frozenset()) if word.isupper() else frozenset()
        return ids if ancestors is None else ids & ancestors

    while len(words) > 1 and owner(words[0]):
        found |= owner(words.pop(0))
    while len(words) > 1 and owner(words[-1]):
        found |= owner(words.pop())
    return " ".join(words), frozenset(found)


def _strip_owner(name: str) -> tuple[str, frozenset[str]]:
    """`name` without the body printed at its end in the genitive, a body it may belong to
    («Погранслужба Комитета нацбезопасности», «Комитет госдоходов Минфина»), and that body's
    id; `name` and no id when none ends it."""
    found = find(name)
    last = found[-1] if found else None
    if last is None or last.end != len(name) or last.start == 0 or last.form.row.type != "organization":
        return name, frozenset()
    return name[: last.start].strip(), frozenset({last.form.row.id})


@lru_cache(maxsize=1)
def _heads() -> dict[str, frozenset[str]]:
    """The identity key of a body's head (its name, variant or former name without its
    state and its parents' initials: «Пограничная служба КНБ» → «Пограничная служба»,
    «Қазақстан Республикасының Үкіметі» → «Үкіметі») → the rows it is the head of."""
    return _kept("heads", _built_heads)


def _built_heads() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for f in forms():
        if f.row.type != "organization" or f.role in ("pattern", "abbreviation") or is_abbreviation(f.text):
            continue
        bare, _ = _strip_state(f.text)
        head, _ = _strip_initials(bare, f.row)
        for h in {f.text, bare, head}:
            out.setdefault(_identity(h), set()).add(f.row.id)
    return {k: frozenset(v) for k, v in out.items()}


_KK_POSSESSIVE = re.compile(r"(?<=[а-яәғқңөұүһі]{3})(?:сы|сі|ы|і)$")


@lru_cache(maxsize=50_000)
def row_of_printed(type_: str, name: str) -> Row | None:
    """The row a printed body or place name is: the row its forms say (_row_of_listed), else
    for a body the row it is spelt like across scripts or with a slip (store.lang.kb_likeness:
    «Хоргос Гейтвей», «Самрук Казына»); None when no row or several."""
    row = _row_of_listed(type_, name)
    if row is not None or type_ != "organization":
        return row
    from store.lang.kb_likeness import row_alike  # it reads this module's forms: imported on first need

    return row_alike(name)


def _row_of_listed(type_: str, name: str) -> Row | None:
    """The row a printed body or place name is by the rows' forms: row_named's, else the row
    whose head the name is with a state or a parent's initials of that row («Пограничная служба
    Казахстана», «Қазақстан Үкіметі», «ҚМ Мемлекеттік кірістер комитеті»), or a name
    row_named knows with «республики»/«страны» after it; None when no row or several."""
    row = row_named(type_, name)
    if row is not None or type_ != "organization":
        return row
    found = _folded_names().get(_fold(name), ())
    if len(found) == 1:
        return _rows_by_id()[next(iter(found))]
    unit = _unit_after_its_parent(name) if "бойынша" in name else None
    if unit is not None:
        return unit
    reworded = _kazakh_unit_reworded(" ".join(name.split())) or _russian_unit_reworded(" ".join(name.split()))
    if reworded is not None:
        return reworded
    latin = _KK_LATIN_AND_KIND.match(name)
    if latin is not None:  # «Samruk-Kazyna қоры»: the Latin name is the row's, the noun its kind
        return row_named(type_, latin["name"])
    plain = _THIS_STATE.sub("", name)
    if plain != name:  # «the republic's» is the state a text speaks of: not another's namesake
        shared = {_rows_by_id()[i].country for i in _heads().get(_identity(plain), ())}
        return row_named(type_, plain) if len(shared) <= 1 else None
    bare, state = _strip_state(" ".join(name.split()))
    if state and bare != name:  # «ҚР Қаржы министрлігі Мемлекеттік кірістер комитеті»: the chain is a row's
        chained = _folded_names().get(_fold(bare), ())
        if len(chained) == 1 and _rows_by_id()[next(iter(chained))].country == state:
            return _rows_by_id()[next(iter(chained))]
    head, owners = _strip_initials(bare)
    head, owner = _strip_owner(head)
    owners |= owner
    if not state and not owners:
        return None
    rows = _rows_by_id()
    ids = set(_heads().get(_identity(head), ()))
    if not ids and KAZAKH_LETTERS.search(head):
        ids = set(_heads().get(_identity(_KK_POSSESSIVE.sub("", head)), ()))  # «Үкіметі» → «Үкімет»
    found = {
        i
        for i in ids
        if (not state or rows[i].country == state) and (not owners or owners & (_ancestors(rows[i]) | {i}))
    }
    return rows[found.pop()] if len(found) == 1 else None


def state_of(row: Row) -> str:
    """The state a row is of, as bodies.csv's country column writes it («Казахстан»): a
    country row's own name, a body's or region's country; "" for an international body."""
    if row.kind == "country":
        return row.name_ru
    if row.type == "location":
        return _country_names().get(row.country, "")
    return row.country if row.country not in _NO_STATE else ""


# bodies.csv's country column for a body of no one state
_NO_STATE = frozenset({"", "международная", "ЕАЭС"})


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """countries.csv's id → the country's Russian name («kz» → «Казахстан»)."""
    return {r["id"]: r["name_ru"] for r in _read("countries.csv")}


@lru_cache(maxsize=4096)
def namesakes(form: Form) -> frozenset[str]:
    """The states other than its row's whose bodies `form` is also the head of («Кабинет
    министров»: Kyrgyzstan's and Uzbekistan's cabinets as well as Kazakhstan's government;
    «Погранслужба», «МИД»): such a form names its row only in its row's state's context."""
    if form.row.type != "organization" or form.role == "pattern":
        return frozenset()
    rows, own = _rows_by_id(), state_of(form.row)
    return frozenset(rows[i].country for i in _heads().get(_identity(form.text), ())) - _NO_STATE - {own}


def namesake(form: Form, state: str) -> Row | None:
    """The body of `state` that `form`, the name of another state's body, stands for there
    («Кабинет министров» on a page about Kyrgyzstan is its cabinet); None when the form is
    not another's, or several of that state's bodies share it."""
    if state not in namesakes(form):
        return None
    rows = _rows_by_id()
    ids = [i for i in _heads().get(_identity(form.text), ()) if rows[i].country == state]
    return rows[ids[0]] if len(ids) == 1 else None


# A Kazakh genitive on a word that is not a name's last («Абай облысының әкімдігі»): the
# press prints the name with it and without it («Абай облысы әкімдігі»), meaning the same.
_KK_INNER_GENITIVE = re.compile(r"(?<=\w{3})(?:ның|нің|дың|дің|тың|тің)(?=\s)")


def _fold(name: str) -> str:
    """A body's name as spellings of it that differ only so compare: without the genitive
    of its inner Kazakh words, and with the Kazakh letters a Russian text writes in Russian
    ones («ФНБ «Самрук-Қазына»» and «ФНБ «Самрук-Казына»»)."""
    return _KK_INNER_GENITIVE.sub("", _identity(name)).translate(KAZAKH_TO_RUSSIAN)


@lru_cache(maxsize=1)
def _folded_names() -> dict[str, frozenset[str]]:
    """_fold of every printed form of a body → the rows it is a form of."""
    return _kept("folded_names", _built_folded_names)


def _built_folded_names() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for f in forms():
        if f.row.type == "organization" and f.role != "pattern" and f.text not in _AMBIGUOUS_ABBREVIATIONS:
            out.setdefault(_fold(f.text), set()).add(f.row.id)
    return {k: frozenset(v) for k, v in out.items()}


def namesake_form(form: Form, state: str, script: str) -> Form | None:
    """The form of `state`'s body (namesake) a mention of `form` reads as there: the body's
    own form in `script` that is `form` with the state after or before it («Погранслужба» →
    «Погранслужба Кыргызстана», «МИД» → «МИД России»), the press's name for it, else its
    name in `script`; None when `form` names no body of `state` (namesake)."""
    row = namesake(form, state)
    if row is None:
        return None
    head = _identity(form.text)
    own = [f for f in forms() if f.row is row and f.script == script and f.role in ("name", "variant")]
    shaped = [f for f in own if _identity(_strip_state(f.text)[0]) == head]
    if shaped:
        return min(shaped, key=lambda f: (f.text.split()[-1].isupper(), len(f.text)))  # «МИД России», not «МИД РФ»
    name = row.name_kk if script == "kk" and row.name_kk else row.name_ru
    return Form(row, name, "kk" if name == row.name_kk and script == "kk" else "ru", "name")


_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\s,.;:!?()«»\"]+)")
# «Минтранса РоссииМихаил Кокаев»: a caption's name glued to the word before it (a page's
# markup dropped the line break between them); the state ends where the capital starts.
_GLUED_CAPITAL = re.compile(r"(?<=[а-яёәғқңөұүһі])(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")


def state_printed_after(text: str, end: int) -> str:
    """The state printed right after a body's name ending at `end` («… РК», «… Кыргызской
    Республики», «… России»): what _state_marks reads there; "" if none."""
    words, pos = [], end
    while len(words) < 3 and (m := _NEXT_WORD.match(text, pos)):
        word, *glued = _GLUED_CAPITAL.split(m.group(1), maxsplit=1)
        words.append(word)
        if glued:
            break  # what follows the glued capital is the next line's, not the state's
        pos = m.end()
    for n in range(len(words), 0, -1):
        bare, state = _strip_state("X " + " ".join(words[:n]))
        if bare == "X":
            return state
    return ""

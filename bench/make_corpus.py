"""Write a realistic benchmark corpus of news articles about Kazakhstan's border checkpoints.

    python bench/make_corpus.py --articles 100000 --out /tmp/corpus --seed 1 [--formats txt,html,jsonl]

Why synthetic, and why this realistic: the benchmarks must run at 100,000 articles and we
have five real ones. Random letters would make NER, lemmatization and the FTS index behave
nothing like on news (token distribution, name density, sentence length all differ), so the
text is recombined from sentence patterns modeled on the seeds (bench/data/templates_*.txt),
filled with real checkpoints (the project's gazetteer when importable, else
bench/data/checkpoints.tsv), real first names and surnames declined for the case the pattern
needs, real roles and ministries; names follow a heavy-tailed distribution, as in news. Every
article carries the page furniture of one of the seeds' outlets (navigation, related-news
lists with their own dates, «Read More», photo credits, widgets, footers, a repeated lead)
and one of their date shapes (or none), so the reader and parser do their real work.

Output: DIR/000/…, DIR/001/… (1000 files a directory): mostly .txt, some .html pages, some
.jsonl dumps holding many records; about 10% of the articles are in Kazakh. The truth about
each article (file, format, title, date, accepted dates, source, language, encoding, names
used) goes to DIR.manifest.jsonl next to DIR — outside DIR so an ingest of DIR never reads it.

Deterministic: the same seed, N and formats give byte-identical files (each article has its
own random stream derived from the seed and its index; nothing depends on time or hashing).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().with_name("data")
FILES_PER_DIR = 1000
RECORDS_PER_JSONL = 100
FORMAT_WEIGHTS = {"txt": 0.85, "html": 0.10, "jsonl": 0.05}
KAZAKH_SHARE = 0.10
FIRST_DAY, LAST_DAY = 736695, 739251  # date(2018,1,1).toordinal(), date(2024,12,31).toordinal()+730

MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
MONTHS_PREP = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
               "сентябре", "октябре", "ноябре", "декабре"]

# Border country as the gazetteer may spell it → (nom, gen, ins, adjective of the border).
COUNTRIES = {
    "Китай": ("Китай", "Китая", "Китаем", "казахстанско-китайской"),
    "Кыргызстан": ("Кыргызстан", "Кыргызстана", "Кыргызстаном", "казахстанско-кыргызской"),
    "Узбекистан": ("Узбекистан", "Узбекистана", "Узбекистаном", "казахстанско-узбекской"),
    "Туркменистан": ("Туркменистан", "Туркменистана", "Туркменистаном", "казахстанско-туркменской"),
    "Россия": ("Россия", "России", "Россией", "казахстанско-российской"),
}
COUNTRY_ALIASES = {
    "china": "Китай", "cn": "Китай", "кнр": "Китай", "китай": "Китай",
    "kyrgyzstan": "Кыргызстан", "kg": "Кыргызстан", "кыргызстан": "Кыргызстан", "киргизия": "Кыргызстан",
    "uzbekistan": "Узбекистан", "uz": "Узбекистан", "узбекистан": "Узбекистан",
    "turkmenistan": "Туркменистан", "tm": "Туркменистан", "туркменистан": "Туркменистан",
    "russia": "Россия", "ru": "Россия", "россия": "Россия", "рф": "Россия",
}


# ---------------------------------------------------------------- data files

def _rows(name: str) -> list[list[str]]:
    """Tab-separated rows of a bench/data file, comments and blank lines skipped."""
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


def _templates(name: str) -> dict[str, list[str]]:
    """KIND|TEXT lines grouped by kind."""
    groups: dict[str, list[str]] = {}
    for (line,) in ((r[0],) for r in _rows(name)):
        kind, _, text = line.partition("|")
        groups.setdefault(kind, []).append(text)
    return groups


# ---------------------------------------------------------------- declension

def _first_forms(name: str, gender: str) -> tuple[str, str, str]:
    """(gen, dat, ins) of a first name by the regular Russian rules; names the rules do
    not cover (Мади, Айгерим, Сауле) stay as written, as the Russian-language press does."""
    last, prev = name[-1], name[-2] if len(name) > 1 else ""
    if gender == "m":
        if last == "й" or last == "ь":
            return name[:-1] + "я", name[:-1] + "ю", name[:-1] + "ем"
        if last in "бвгджзклмнпрстфхцчшщ":
            return name + "а", name + "у", name + ("ем" if last in "жшчщц" else "ом")
        return name, name, name
    if name.endswith("ия"):
        return name[:-1] + "и", name[:-1] + "и", name[:-1] + "ей"
    if name.endswith("ья"):
        return name[:-1] + "и", name[:-1] + "е", name[:-1] + "ей"
    if last == "а":
        soft = prev in "гкхжшчщ"
        return name[:-1] + ("и" if soft else "ы"), name[:-1] + "е", name[:-1] + ("ей" if prev in "жшчщц" else "ой")
    return name, name, name


def _surname_forms(surname: str, gender: str) -> tuple[str, str, str, str]:
    """(nom, gen, dat, ins) of a -ов/-ев/-ин/-ын surname for the given gender."""
    if gender == "f":
        fem = surname + "а"
        return fem, surname + "ой", surname + "ой", surname + "ой"
    return surname, surname + "а", surname + "у", surname + "ым"


@dataclass
class Person:
    """A person with every form the templates use (full name, surname, role; four cases)."""

    first: str
    surname: str
    gender: str
    role: tuple[str, str, str, str]  # nom, gen, dat, ins (with the tail)
    role_kk: str
    forms: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        fg, fd, fi = _first_forms(self.first, self.gender)
        sn, sg, sd, si = _surname_forms(self.surname, self.gender)
        self.forms = {"": f"{self.first} {sn}", "g": f"{fg} {sg}", "d": f"{fd} {sd}", "i": f"{fi} {si}",
                      "S": sn, "Sg": sg, "Sd": sd, "Si": si}

    @property
    def name(self) -> str:
        return self.forms[""]


def _role(head: tuple[str, str, str, str], tail: str) -> tuple[str, str, str, str]:
    return tuple(f"{h} {tail}".strip() for h in head)  # type: ignore[return-value]


@dataclass
class Checkpoint:
    id: str
    name_ru: str
    name_kk: str
    border: str  # a key of COUNTRIES
    region: str
    adjective: str  # «Хоргосское» or ""


@dataclass
class Org:
    forms: tuple[str, str, str, str]
    short: str
    kk: str


# ---------------------------------------------------------------- the world of a corpus

class World:
    """Everything a corpus draws from, built once per seed: the pools and their weights."""

    def __init__(self, seed: int, use_gazetteer: bool = True):
        rng = random.Random(f"world:{seed}")
        self.ru = _templates("templates_ru.txt")
        self.kk = _templates("templates_kk.txt")
        self.furniture = _templates("furniture.txt")
        self.cities = [tuple(r[:2]) for r in _rows("cities.tsv")]
        self.orgs = [Org(tuple(r[:4]), r[4], r[5]) for r in _rows("orgs.tsv")]
        self.roles = [(_role(tuple(r[:4]), r[4]), r[5]) for r in _rows("roles.tsv")]
        self.checkpoints = load_checkpoints(use_gazetteer)
        self.persons = self._persons(rng)
        self.photographers = [self._random_person(rng) for _ in range(40)]
        self.person_w = _zipf(len(self.persons), 1.0, head=[40.0] * 4 + [12.0] * 7)
        self.cp_w = _zipf(len(self.checkpoints), 0.9)
        self.org_w = _zipf(len(self.orgs), 0.7)

    def _persons(self, rng: random.Random) -> list[Person]:
        cast = []
        for first, sur, g, rn, rg, rd, ri, tail, kk in _rows("cast.tsv"):
            cast.append(Person(first, sur, g, _role((rn, rg, rd, ri), tail), kk))
        return cast + [self._random_person(rng) for _ in range(600)]

    def _random_person(self, rng: random.Random) -> Person:
        gender = "f" if rng.random() < 0.2 else "m"
        first = rng.choice(_names("names_female.txt" if gender == "f" else "names_male.txt"))
        role, role_kk = rng.choice(self.roles)
        return Person(first, rng.choice(_names("surnames.txt")), gender, role, role_kk)


@lru_cache(maxsize=None)
def _names(file: str) -> tuple[str, ...]:
    return tuple(r[0] for r in _rows(file))


def _zipf(n: int, s: float, head: list[float] | None = None) -> list[float]:
    """Cumulative weights of a Zipf-like distribution (news names are heavy-tailed)."""
    weights = [1.0 / (rank + 1) ** s for rank in range(n)]
    for i, w in enumerate(head or []):
        if i < n:
            weights[i] = w / 10.0
    acc, total = [], 0.0
    for w in weights:
        total += w
        acc.append(total)
    return acc


def load_checkpoints(use_gazetteer: bool = True) -> list[Checkpoint]:
    """The project's gazetteer when it imports (famous crossings from the fallback list
    first, so they get the heavy weights), else bench/data/checkpoints.tsv."""
    fallback = [Checkpoint(r[0], r[1], r[2], r[5], r[6], r[7] if len(r) > 7 else "") for r in _rows("checkpoints.tsv")]
    if not use_gazetteer:
        return fallback
    try:
        from store import gazetteer  # noqa: PLC0415

        entries = list(gazetteer.all())
    except Exception:
        return fallback
    adjectives = {c.name_ru: c.adjective for c in fallback}
    famous = {c.name_ru: i for i, c in enumerate(fallback)}
    out = []
    for e in entries:
        border = COUNTRY_ALIASES.get(str(getattr(e, "border", "") or "").strip().lower())
        name_ru = getattr(e, "name_ru", None)
        if not border or not name_ru:
            continue
        out.append(Checkpoint(str(getattr(e, "id", name_ru)), name_ru, getattr(e, "name_kk", None) or name_ru,
                              border, getattr(e, "region", None) or "", adjectives.get(name_ru, "")))
    if len(out) < 5:
        return fallback
    out.sort(key=lambda c: (famous.get(c.name_ru, len(famous)), c.id))
    return out


# ---------------------------------------------------------------- one article

@dataclass
class Spec:
    """One article before rendering: the truth the manifest records, and its pieces."""

    index: int
    lang: str
    outlet: str
    title: str
    date: int | None  # ordinal day
    time: str
    paragraphs: list[str]
    persons: list[Person]
    checkpoints: list[Checkpoint]
    orgs: list[Org]
    dateline: str | None = None
    accept_dates: list[str] = field(default_factory=list)


OUTLETS_RU = [  # (style, weight)
    ("kt", 0.16), ("report", 0.14), ("kazpravda", 0.12), ("railnews", 0.14),
    ("tengri", 0.16), ("inform", 0.14), ("zakon", 0.14),
]
OUTLETS_KK = [("inform_kk", 0.5), ("egemen", 0.5)]
SOURCE = {"kt": "Kazakhstan Today", "report": "Report", "kazpravda": "Kazpravda.kz", "railnews": "Rail-news.kz",
          "tengri": "Tengrinews.kz", "inform": "Inform.kz", "zakon": "Zakon.kz", "inform_kk": "Inform.kz",
          "egemen": "Egemen.kz"}
ATTR = {
    "kt": "сообщает пресс-служба кабмина РК",
    "report": "передает казахстанское бюро Report",
    "kazpravda": "сообщает Kazpravda.kz со ссылкой на пресс-службу правительства РК",
    "railnews": "передает Rail-news.kz со ссылкой на пресс-службу ведомства",
    "tengri": "передает Tengrinews.kz со ссылкой на сайт Акорды",
    "inform": "передает корреспондент Inform.kz",
    "zakon": "сообщает Zakon.kz",
}
_SLOT = re.compile(r"\{([A-Z]+)(\d?)([a-zA-Z]*)\}")


class _Skip(Exception):
    """A pattern needs something this article does not have (an adjective form, a 4th checkpoint)."""


def _fill(text: str, ctx: dict) -> str:
    return _SLOT.sub(lambda m: _slot(m.group(1), m.group(2), m.group(3), ctx), text)


def _slot(kind: str, digit: str, case: str, ctx: dict) -> str:  # noqa: PLR0911, PLR0912
    """The value of one placeholder in the article's context (see templates_ru.txt)."""
    if kind == "Y":  # {Y} the article's year, {Y1} the next, {Y2} the one after
        return str(ctx["year"] + int(digit or 0))
    n = int(digit or 1)
    persons, cps, orgs = ctx["persons"], ctx["cps"], ctx["orgs"]
    if kind in ("P", "S"):
        p = persons[n - 1]
        return p.forms[("S" if kind == "S" else "") + case]
    if kind == "R":
        return persons[n - 1].role["gdi".index(case) + 1 if case else 0]
    if kind == "RK":
        return persons[n - 1].role_kk
    if kind == "CP":
        if n > len(cps):
            raise _Skip
        return cps[n - 1].name_ru
    if kind == "CPK":
        if n > len(cps):
            raise _Skip
        return cps[n - 1].name_kk
    if kind == "A":
        adj = cps[n - 1].adjective if n <= len(cps) else ""
        if not adj:
            raise _Skip
        return adj[:-2] + "ого" if case == "g" else adj
    if kind == "O":
        return _org(orgs[n - 1], case)
    if kind == "OK":
        return orgs[n - 1].kk
    if kind == "CTRY":
        nom, gen, ins, _ = COUNTRIES[cps[0].border]
        return {"": nom, "g": gen, "i": ins}[case]
    if kind == "BADJ":
        return COUNTRIES[cps[0].border][3]
    if kind == "REG":
        return _region_prep(cps[0].region) if case == "p" else cps[0].region
    if kind == "MON":
        return MONTHS_PREP[ctx["rng"].randrange(12)]
    if kind in ctx["numbers"]:
        return ctx["numbers"][kind]
    if kind == "ATTR":
        return ctx["attr"]
    if kind == "OUTLET":
        return ctx["outlet"]
    raise KeyError(f"unknown placeholder {kind}{n}{case}")


def _org(org: Org, case: str) -> str:
    if case.startswith("s"):
        short = org.short or org.forms[0]
        if case == "sg":
            if not org.short:
                return org.forms[1]
            return short if short.isupper() or "«" in short else short + "а"
        return short
    return org.forms["gdi".index(case) + 1 if case else 0]


def _region_prep(region: str) -> str:
    if not region:
        return "регионе"
    return region.replace("ская область", "ской области").replace("область ", "области ")


def _numbers(rng: random.Random) -> dict[str, str]:
    capa = rng.randrange(150, 1000, 50)
    return {
        "N": str(rng.randint(3, 12)), "CAPA": str(capa), "CAPB": str(capa + rng.randrange(200, 1600, 100)),
        "TRUCKS": str(rng.randint(2, 9)), "LANES": str(rng.randint(4, 12)),
        "SUM": f"{rng.randint(2, 40)},{rng.randint(1, 9)}", "PCT": str(rng.randint(10, 80)),
        "DAYS": str(rng.randint(2, 6)), "HALF": rng.choice(["первое полугодие", "второе полугодие"]),
    }


def _pick(rng: random.Random, items: list, cum: list[float], k: int) -> list:
    """k distinct items drawn by cumulative weight."""
    out: list = []
    while len(out) < min(k, len(items)):
        item = rng.choices(items, cum_weights=cum)[0]
        if item not in out:
            out.append(item)
    return out


def make_spec(world: World, seed: int, index: int) -> Spec:
    """One article's content: cast, date, title, a lead, candidate body paragraphs (more
    than any article needs: the renderer keeps as many as its size target allows) and a
    closing paragraph (the last element)."""
    rng = random.Random(f"{seed}:{index}")
    lang = "kk" if rng.random() < KAZAKH_SHARE else "ru"
    style = _weighted(rng, OUTLETS_KK if lang == "kk" else OUTLETS_RU)
    day = rng.randint(FIRST_DAY, LAST_DAY)
    persons = _pick(rng, world.persons, world.person_w, 2)
    cps = _pick(rng, world.checkpoints, world.cp_w, rng.choice([1, 2, 2, 3, 4]))
    orgs = _pick(rng, world.orgs, world.org_w, 2)
    ctx = {"persons": persons, "cps": cps, "orgs": orgs, "rng": rng, "numbers": _numbers(rng),
           "year": _year(day), "attr": ATTR.get(style, ""), "outlet": SOURCE[style]}
    tpl = world.kk if lang == "kk" else world.ru
    title = _sentence(rng, tpl["title"], ctx)
    paragraphs = [_sentence(rng, tpl["lead"], ctx)]
    pool = tpl["body"] + tpl["quote"]
    para: list[str] = []
    size, want = 0, rng.randint(1, 3)
    for i in rng.sample(range(len(pool)), len(pool)):
        try:
            para.append(_fill(pool[i], ctx))
        except _Skip:
            continue
        size += len(para[-1])
        if len(para) >= want:
            paragraphs.append(" ".join(para))
            para, want = [], rng.randint(1, 3)
        if size > 5500:
            break
    if para:
        paragraphs.append(" ".join(para))
    paragraphs.append(_sentence(rng, tpl["close"], ctx))
    hh, mm = rng.randint(7, 22), rng.randrange(60)
    if style == "kazpravda":  # this outlet prints no date (seed 002): the truth is null
        day = None
    return Spec(index, lang, style, title, day, f"{hh:02d}:{mm:02d}", paragraphs, persons, cps, orgs)


def _sentence(rng: random.Random, templates: list[str], ctx: dict) -> str:
    for _ in range(20):
        try:
            return _fill(rng.choice(templates), ctx)
        except _Skip:
            continue
    return _fill(templates[0], ctx)


def _weighted(rng: random.Random, pairs: list[tuple[str, float]]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


@lru_cache(maxsize=4096)
def _ymd(day: int) -> tuple[int, int, int]:
    from datetime import date

    d = date.fromordinal(day)
    return d.year, d.month, d.day


def _year(day: int) -> int:
    return _ymd(day)[0]


def iso(day: int | None) -> str | None:
    if day is None:
        return None
    y, m, d = _ymd(day)
    return f"{y:04d}-{m:02d}-{d:02d}"

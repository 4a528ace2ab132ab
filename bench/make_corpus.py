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
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().with_name("data")
FILES_PER_DIR = 1000
RECORDS_PER_JSONL = 100
FORMAT_WEIGHTS = {"txt": 0.85, "html": 0.10, "jsonl": 0.05}
KAZAKH_SHARE = 0.10
FIRST_DAY, LAST_DAY = 736695, 739251  # date(2018,1,1).toordinal(), date(2024,12,31).toordinal()+730

MONTHS_GEN = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
MONTHS_PREP = [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
]

# Border country as the gazetteer may spell it → (nom, gen, ins, adjective of the border).
COUNTRIES = {
    "Китай": ("Китай", "Китая", "Китаем", "казахстанско-китайской"),
    "Кыргызстан": ("Кыргызстан", "Кыргызстана", "Кыргызстаном", "казахстанско-кыргызской"),
    "Узбекистан": ("Узбекистан", "Узбекистана", "Узбекистаном", "казахстанско-узбекской"),
    "Туркменистан": ("Туркменистан", "Туркменистана", "Туркменистаном", "казахстанско-туркменской"),
    "Россия": ("Россия", "России", "Россией", "казахстанско-российской"),
}
COUNTRY_ALIASES = {
    "china": "Китай",
    "cn": "Китай",
    "кнр": "Китай",
    "китай": "Китай",
    "kyrgyzstan": "Кыргызстан",
    "kg": "Кыргызстан",
    "кыргызстан": "Кыргызстан",
    "киргизия": "Кыргызстан",
    "uzbekistan": "Узбекистан",
    "uz": "Узбекистан",
    "узбекистан": "Узбекистан",
    "turkmenistan": "Туркменистан",
    "tm": "Туркменистан",
    "туркменистан": "Туркменистан",
    "russia": "Россия",
    "ru": "Россия",
    "россия": "Россия",
    "рф": "Россия",
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
    for row in _rows(name):
        kind, _, text = "\t".join(row).partition("|")
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
        self.forms = {
            "": f"{self.first} {sn}",
            "g": f"{fg} {sg}",
            "d": f"{fd} {sd}",
            "i": f"{fi} {si}",
            "S": sn,
            "Sg": sg,
            "Sd": sd,
            "Si": si,
        }

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
    kind: str = "road"


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
        self.cp_w = _zipf(len(self.checkpoints), 0.7)
        self.org_w = _zipf(len(self.orgs), 0.7)

    def _persons(self, rng: random.Random) -> list[Person]:
        cast = []
        for first, sur, g, rn, rg, rd, ri, tail, kk in _rows("cast.tsv"):
            cast.append(Person(first, sur, g, _role((rn, rg, rd, ri), tail), kk))
        return cast + [self._random_person(rng) for _ in range(3000)]

    def _random_person(self, rng: random.Random) -> Person:
        gender = "f" if rng.random() < 0.2 else "m"
        first = rng.choice(_names("names_female.txt" if gender == "f" else "names_male.txt"))
        role, role_kk = rng.choice(self.roles)
        return Person(first, rng.choice(_names("surnames.txt")), gender, role, role_kk)


@cache
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
    fallback = [
        Checkpoint(r[0], r[1], r[2], r[5], r[6], r[7] if len(r) > 7 else "", r[4]) for r in _rows("checkpoints.tsv")
    ]
    if not use_gazetteer:
        return fallback
    try:
        from store.lang import gazetteer  # noqa: PLC0415

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
        out.append(
            Checkpoint(
                str(getattr(e, "id", name_ru)),
                name_ru,
                getattr(e, "name_kk", None) or name_ru,
                border,
                getattr(e, "region", None) or "",
                adjectives.get(name_ru, ""),
                getattr(e, "kind", None) or "road",
            )
        )
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


OUTLETS_RU = [  # (style, weight)
    ("kt", 0.16),
    ("report", 0.14),
    ("kazpravda", 0.12),
    ("railnews", 0.14),
    ("tengri", 0.16),
    ("inform", 0.14),
    ("zakon", 0.14),
]
OUTLETS_KK = [("inform_kk", 0.5), ("egemen", 0.5)]
SOURCE = {
    "kt": "Kazakhstan Today",
    "report": "Report",
    "kazpravda": "Kazpravda.kz",
    "railnews": "Rail-news.kz",
    "tengri": "Tengrinews.kz",
    "inform": "Kazinform",
    "zakon": "Zakon.kz",
    "inform_kk": "Kazinform",
    "egemen": "Egemen.kz",
}
ATTR = {
    "kt": "сообщает пресс-служба кабмина РК",
    "report": "передает казахстанское бюро Report",
    "kazpravda": "сообщает Kazpravda.kz со ссылкой на пресс-службу правительства РК",
    "railnews": "передает Rail-news.kz со ссылкой на пресс-службу ведомства",
    "tengri": "передает Tengrinews.kz со ссылкой на сайт Акорды",
    "inform": "передает корреспондент Kazinform",
    "zakon": "сообщает Zakon.kz",
}
_SLOT = re.compile(r"\{([A-Z]+)(\d?)([a-zA-Z]*)\}")


class _Skip(Exception):
    """A pattern needs something this article does not have (an adjective form, a 4th checkpoint)."""


def _fill(text: str, ctx: dict) -> str:
    """A pattern with its placeholders filled; a role opening a sentence gets its capital."""
    out = _SLOT.sub(lambda m: _slot(m.group(1), m.group(2), m.group(3), ctx), text)
    return out[0].upper() + out[1:] if out[:1].islower() else out


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
    if kind == "CPR":  # a rail crossing («станции «Достык»»), or the pattern does not fit
        rail = [c for c in cps if c.kind == "rail"]
        if not rail:
            raise _Skip
        return rail[0].name_ru
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
        "N": str(rng.randint(3, 12)),
        "CAPA": str(capa),
        "CAPB": str(capa + rng.randrange(200, 1600, 100)),
        "TRUCKS": str(rng.randint(2, 9)),
        "LANES": str(rng.randint(4, 12)),
        "SUM": f"{rng.randint(2, 40)},{rng.randint(1, 9)}",
        "PCT": str(rng.randint(10, 80)),
        "DAYS": str(rng.randint(2, 6)),
        "QUEUE": str(rng.randrange(40, 900, 10)),  # trucks queued at one checkpoint
        "HALF": rng.choice(["первое полугодие", "второе полугодие"]),
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
    ctx = {
        "persons": persons,
        "cps": cps,
        "orgs": orgs,
        "rng": rng,
        "numbers": _numbers(rng),
        "year": _year(day),
        "attr": ATTR.get(style, ""),
        "outlet": SOURCE[style],
    }
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


# ---------------------------------------------------------------- furniture and rendering

TAGS = [
    "Ильхам Алиев",
    "III Игры СНГ",
    "Саммит ОТГ",
    "Средний коридор",
    "ШОС",
    "ЕАЭС",
    "Транскаспийский маршрут",
    "COP29",
    "Таможня",
    "Логистика",
]
DOMAINS = {
    "kt": "kt.kz",
    "report": "report.az",
    "kazpravda": "kazpravda.kz",
    "railnews": "rail-news.kz",
    "tengri": "tengrinews.kz",
    "inform": "inform.kz",
    "zakon": "zakon.kz",
    "inform_kk": "kaz.inform.kz",
    "egemen": "egemen.kz",
}


@dataclass
class Furniture:
    """The page around an article, drawn once per article so rendering is a pure function."""

    rubric: str
    related: list[tuple[str, int, str]]  # headline, ordinal day, HH:MM
    nav: str
    footer: str
    tags: str
    az: str
    photographer: str  # genitive, «Фото Дмитрия Ерофеева»
    author: str
    rates: str
    repeat_lead: bool
    file_id: str
    city: tuple[str, str]
    dateline_shift: int


def draw_furniture(world: World, spec: Spec, seed: int) -> Furniture:
    rng = random.Random(f"{seed}:{spec.index}:page")
    f = world.furniture
    base = spec.date or rng.randint(FIRST_DAY, LAST_DAY)
    related = [
        (h, base + rng.randint(1, 400), f"{rng.randint(7, 22):02d}:{rng.randrange(60):02d}")
        for h in rng.sample(f["related"], rng.randint(4, 12))
    ]
    author = world.photographers[rng.randrange(len(world.photographers))]
    return Furniture(
        rubric=rng.choice(f["rubric"]),
        related=related,
        nav=rng.choice(f["nav"]),
        footer=rng.choice(f["footer"]),
        tags=" ".join(rng.sample(TAGS, 3)),
        az=rng.choice(f["az"]),
        photographer=world.photographers[rng.randrange(len(world.photographers))].forms["g"],
        author=author.name,
        rates=f" {rng.uniform(440, 540):.1f}   {rng.uniform(480, 600):.0f}   {rng.uniform(4.5, 6.9):.2f} ",
        repeat_lead=spec.outlet == "tengri" or rng.random() < 0.08,
        file_id=f"{rng.getrandbits(64):016x}",
        city=world.cities[rng.randrange(len(world.cities))],
        dateline_shift=rng.choice([0, 1]),
    )


def _dmy(day: int) -> str:
    y, m, d = _ymd(day)
    return f"{d:02d}.{m:02d}.{y}"


def _long(day: int) -> tuple[str, str, str]:
    y, m, d = _ymd(day)
    return f"{d:02d}", MONTHS_GEN[m - 1], str(y)


def _body(spec: Spec, k: int, fu: Furniture) -> list[str]:
    """The first k paragraphs and the closing one; the lead printed twice on some pages."""
    paras = spec.paragraphs[:k] + spec.paragraphs[-1:]
    if fu.repeat_lead:
        paras = paras[:1] + paras[:1] + paras[1:]
    return paras


def render_txt(spec: Spec, fu: Furniture, k: int) -> str:
    return _TXT[spec.outlet](spec, fu, _body(spec, k, fu))


def _txt_kt(spec: Spec, fu: Furniture, body: list[str]) -> str:
    y, m, d = _ymd(spec.date - fu.dateline_shift)
    head = f"{fu.city[0]}. {d} {MONTHS_GEN[m - 1]}. KAZAKHSTAN TODAY - "
    return f" date {iso(spec.date)} {spec.title}\n\n" + head + "\n\n\n\n\n\n".join(body) + "\n\n\n\n"


def _txt_report(spec: Spec, fu: Furniture, body: list[str]) -> str:
    d, mon, y = _long(spec.date)
    ind = "\n\n    ".join(body)
    return (
        f" date {iso(spec.date)} {fu.tags}\n    {spec.title}\n\n    {fu.rubric}\n    • {d} {mon}, {y}\n"
        f"    • {spec.time}\n    {spec.title}\n\n    {ind}\n\n    {fu.az}\n"
    )


def _txt_kazpravda(spec: Spec, fu: Furniture, body: list[str]) -> str:
    sub = body[1].split(". ")[0].rstrip(".") if len(body) > 1 else spec.title
    related = []
    for h, day, _ in fu.related[:2]:
        dd, mm, yy = _dmy(day).split(".")
        related.append(
            f"{h} {dd}.{mm}\n{yy}\n\n{h}\n\n{h}. Подробности читайте в нашем материале, передает наш са ...\n\nRead More"
        )
    return (
        f"{spec.title}\n\n{sub}\n\n" + "\n\n".join(body) + "\n\n" + "\n".join(related) + "\n\nTOP\n\nВ мире\n\nВ стране"
    )


def _txt_railnews(spec: Spec, fu: Furniture, body: list[str]) -> str:
    related = "\n".join(f"{fu.rubric}\n{_dmy(day)}\n{h}" for h, day, _ in fu.related)
    return (
        f"{spec.title}\n\n{fu.rubric}\n{_dmy(spec.date)}, {spec.time}\nФото {fu.photographer}\n\n"
        + "\n\n".join(body)
        + "\n\n"
        + related
    )


def _txt_tengri(spec: Spec, fu: Furniture, body: list[str]) -> str:
    d, mon, y = _long(spec.date)
    inline = fu.related[0][0]
    body = body[:3] + [inline] + body[3:]
    return (
        f"Подписывайтесь на канал Tengrinews.kz в WhatsApp\n{int(d)} {mon} {y} {spec.time}\n\n{spec.title}\n\n"
        f"{fu.author} выпускающий редактор\n\nПОДЕЛИТЬСЯ\n\nФото:akorda.kz Фото:akorda.kz\n\n"
        + "\n\n".join(body)
        + f"\n\nКак вам дизайн сайта Tengri News?\nПройти опрос\nЧитайте также\nJoin Telegram\n\nКурс валют\n\n"
        f"{fu.rates}\n\n \n\nПогода\n\n \n\nРедакция Реклама\nСоциальные сети"
    )


def _txt_inform(spec: Spec, fu: Furniture, body: list[str]) -> str:
    city = fu.city[1] if spec.lang == "kk" else fu.city[0]
    more = "Тағы оқыңыз:" if spec.lang == "kk" else "Читайте также:"
    related = "\n".join(h for h, _, _ in fu.related[:3])
    return (
        f"{spec.title}\n\n{_dmy(spec.date)}, {spec.time}\n\n{city.upper()}. KAZINFORM – "
        + "\n\n".join(body)
        + f"\n\n{more}\n{related}\n\n{fu.nav}\n"
    )


def _txt_zakon(spec: Spec, fu: Furniture, body: list[str]) -> str:
    d, mon, y = _long(spec.date)
    related = "\n".join(f"{_dmy(day)}\n{h}" for h, day, _ in fu.related[:4])
    return (
        f"{fu.nav}\n\n{spec.title}\n\n{int(d)} {mon} {y} {spec.time}\n\nФото: пресс-служба правительства РК\n\n"
        + "\n\n".join(body)
        + f"\n\nПодписывайтесь на наш Telegram-канал и будьте в курсе главных новостей\n\nЧитайте также\n{related}"
        f"\n\n{fu.footer}\n"
    )


def _txt_egemen(spec: Spec, fu: Furniture, body: list[str]) -> str:
    return f" date {iso(spec.date)} {spec.title}\n\n" + "\n\n".join(body) + f"\n\n{fu.footer}\n"


_TXT = {
    "kt": _txt_kt,
    "report": _txt_report,
    "kazpravda": _txt_kazpravda,
    "railnews": _txt_railnews,
    "tengri": _txt_tengri,
    "inform": _txt_inform,
    "zakon": _txt_zakon,
    "inform_kk": _txt_inform,
    "egemen": _txt_egemen,
}


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def render_html(spec: Spec, fu: Furniture, k: int) -> str:
    """A saved news page: the site's name in <meta>, the date there on most pages, navigation, related news in an
    <aside>, a footer and a script — what a real extraction library must strip."""
    body = _body(spec, k, fu)
    source = SOURCE[spec.outlet]
    meta = f'<meta property="og:site_name" content="{source}">\n'
    if spec.date is not None and int(fu.file_id[:2], 16) < 180:  # 70% carry the date in <meta> too
        meta += f'<meta property="article:published_time" content="{iso(spec.date)}T{spec.time}:00+05:00">\n'
    visible = ""
    if spec.date is not None:
        d, mon, y = _long(spec.date)
        visible = (
            f'<div class="date">{d} {mon}, {y} • {spec.time}</div>'
            if spec.lang == "ru"
            else f'<div class="date">{_dmy(spec.date)}, {spec.time}</div>'
        )
    ps = "\n".join(f"<p>{_esc(p)}</p>" for p in body)
    aside = "\n".join(
        f'<li><a href="/news/{i}">{_esc(h)}</a> <span>{_dmy(day)}</span></li>'
        for i, (h, day, _) in enumerate(fu.related[:5])
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{spec.lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_esc(spec.title)} | {source}</title>\n"
        f'<meta property="og:title" content="{_esc(spec.title)}">\n{meta}'
        f"<script>window.dataLayer=window.dataLayer||[];</script>\n</head>\n<body>\n"
        f'<header><nav><a href="/">{_esc(fu.nav)}</a></nav></header>\n<main><article>\n'
        f"<h1>{_esc(spec.title)}</h1>\n{visible}\n{ps}\n</article>\n"
        f"<aside><h3>Читайте также</h3><ul>\n{aside}\n</ul></aside></main>\n"
        f"<footer>{_esc(fu.footer)} · Курс валют {fu.rates}</footer>\n</body>\n</html>\n"
    )


def jsonl_record(spec: Spec, fu: Furniture, k: int) -> dict:
    """A scraper's record: field names vary between dumps (text/body/content, date/published)."""
    text = "\n\n".join(_body(spec, k, fu)) + "\n\nЧитайте также\n" + "\n".join(h for h, _, _ in fu.related[:2])
    variant = int(fu.file_id[2:4], 16) % 3
    rec = {"url": f"https://{DOMAINS[spec.outlet]}/news/{fu.file_id}", "title": spec.title}
    when = None if spec.date is None else (iso(spec.date) if variant == 0 else f"{iso(spec.date)}T{spec.time}:00+05:00")
    rec["date" if variant != 1 else "published"] = when
    rec["source"] = SOURCE[spec.outlet]
    rec[("text", "body", "content")[variant]] = text
    return rec


# ---------------------------------------------------------------- fitting and writing

SIZE = {"txt": (3000, 4900), "html": (3400, 5700), "jsonl": (2600, 4600)}


def fit(spec: Spec, fu: Furniture, fmt: str, encoding: str, rng: random.Random) -> tuple[bytes | dict, int, int]:
    """Render with as many body paragraphs as fit a size drawn from the format's range
    (the seeds are 3.5–8 KB with furniture; most news pages are 3–5 KB of text).
    Returns (data, size in bytes, paragraphs kept)."""
    lo, hi = SIZE[fmt]
    target = rng.randint(lo, hi)
    best = None
    for k in range(2, len(spec.paragraphs)):
        out = _render(spec, fu, fmt, k)
        data = out if isinstance(out, dict) else out.encode(encoding)
        size = len(json.dumps(out, ensure_ascii=False).encode()) if isinstance(out, dict) else len(data)
        if best is not None and size > target:
            break
        best = (data, size, k)
    return best


def article_parts(world: World, seed: int, index: int) -> tuple[Spec, str, str]:
    """(spec, clean body, raw page text) of article `index` as a .txt file: for
    benchmarks that build a store directly, without reading and parsing files."""
    spec = make_spec(world, seed, index)
    fu = draw_furniture(world, spec, seed)
    _, _, k = fit(spec, fu, "txt", "utf-8", random.Random(f"{seed}:{index}:fmt"))
    body = "\n\n".join(spec.paragraphs[:k] + spec.paragraphs[-1:])
    return spec, body, render_txt(spec, fu, k)


def _render(spec: Spec, fu: Furniture, fmt: str, k: int):
    if fmt == "html":
        return render_html(spec, fu, k)
    if fmt == "jsonl":
        return jsonl_record(spec, fu, k)
    return render_txt(spec, fu, k)


def _encoding(spec: Spec, fmt: str, rng: random.Random) -> str:
    """Mostly UTF-8; some Russian plain-text files in UTF-8 with BOM or cp1251, as Russian sites serve."""
    if fmt != "txt" or spec.lang != "ru":
        return "utf-8"
    r = rng.random()
    return "cp1251" if r < 0.02 else "utf-8-sig" if r < 0.04 else "utf-8"


def _encodable(spec: Spec, fu: Furniture, encoding: str) -> str:
    if encoding != "cp1251":
        return encoding
    try:
        render_txt(spec, fu, len(spec.paragraphs)).encode("cp1251")
    except UnicodeEncodeError:  # Kazakh letters in a name: cp1251 cannot hold them
        return "utf-8"
    return encoding


def truth(spec: Spec, fu: Furniture, fmt: str, encoding: str, file: str, path: str) -> dict:
    """The manifest row: what a reader/parser should find in this article."""
    accept = []
    if spec.outlet == "kt" and fu.dateline_shift:
        accept.append(iso(spec.date - 1))
    return {
        "file": file,
        "path": path,
        "format": fmt,
        "encoding": encoding,
        "language": spec.lang,
        "title": spec.title,
        "date": iso(spec.date),
        "accept_dates": accept,
        "source": SOURCE[spec.outlet],
        "persons": [p.name for p in spec.persons],
        "checkpoints": [c.name_ru for c in spec.checkpoints],
    }


class CorpusWriter:
    """Writes files into numbered subdirectories of FILES_PER_DIR, JSON-lines records
    batched RECORDS_PER_JSONL to a file, and the manifest; buffered, one open per file."""

    def __init__(self, out: Path, manifest: Path):
        self.out, self.files = out, 0
        out.mkdir(parents=True, exist_ok=True)
        self.manifest = manifest.open("w", encoding="utf-8")
        self.pending: list[tuple[dict, dict]] = []
        self.dirs: set[Path] = set()

    def _next_path(self, name: str) -> Path:
        d = self.out / f"{self.files // FILES_PER_DIR:03d}"
        if d not in self.dirs:
            d.mkdir(exist_ok=True)
            self.dirs.add(d)
        self.files += 1
        return d / name

    def write_file(self, name: str, data: bytes, row: dict) -> None:
        path = self._next_path(name)
        path.write_bytes(data)
        row.update(file=name, path=str(path.relative_to(self.out)))
        self._row(row)

    def add_record(self, record: dict, row: dict) -> None:
        self.pending.append((record, row))
        if len(self.pending) >= RECORDS_PER_JSONL:
            self.flush_records()

    def flush_records(self) -> None:
        if not self.pending:
            return
        name = f"{self.files:06d}_dump.jsonl"
        path = self._next_path(name)
        lines = [json.dumps(rec, ensure_ascii=False) for rec, _ in self.pending]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for n, (_, row) in enumerate(self.pending, 1):
            row.update(file=f"{name}:{n}", path=str(path.relative_to(self.out)))
            self._row(row)
        self.pending.clear()

    def _row(self, row: dict) -> None:
        self.manifest.write(json.dumps(row, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.flush_records()
        self.manifest.close()


def corpus_version() -> str:
    """A short hash of the generator and its data: benchmark caches key on it, so a changed
    pattern or name list never leaves a stale cached corpus or store in use."""
    import hashlib

    h = hashlib.sha1(Path(__file__).read_bytes())
    for p in sorted(DATA.iterdir()):
        if p.is_file():  # the own-text sets of later rounds live in folders beside the generator's lists
            h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:8]


def manifest_path(out: Path) -> Path:
    return out.parent / f"{out.name}.manifest.jsonl"


def make_corpus(
    n: int,
    out: str | Path,
    seed: int = 1,
    formats: tuple[str, ...] = ("txt", "html", "jsonl"),
    use_gazetteer: bool = True,
) -> dict:
    """Write n articles under `out`; returns counts (files, articles per format and language, bytes)."""
    out = Path(out)
    world = World(seed, use_gazetteer)
    weights = [FORMAT_WEIGHTS[f] for f in formats]
    writer = CorpusWriter(out, manifest_path(out))
    stats = {"articles": n, "files": 0, "bytes": 0, "formats": dict.fromkeys(formats, 0), "kk": 0}
    try:
        for i in range(n):
            _one(world, writer, seed, i, formats, weights, stats)
    finally:
        writer.close()
    stats["files"] = writer.files
    return stats


def _one(world: World, writer: CorpusWriter, seed: int, i: int, formats, weights, stats: dict) -> None:
    spec = make_spec(world, seed, i)
    fu = draw_furniture(world, spec, seed)
    rng = random.Random(f"{seed}:{i}:fmt")
    fmt = rng.choices(formats, weights=weights)[0]
    encoding = _encodable(spec, fu, _encoding(spec, fmt, rng))
    data, size, _ = fit(spec, fu, fmt, encoding, rng)
    stats["formats"][fmt] += 1
    stats["bytes"] += size
    stats["kk"] += spec.lang == "kk"
    if fmt == "jsonl":
        writer.add_record(data, truth(spec, fu, fmt, encoding, "", ""))
        return
    name = f"{i:06d}_{fu.file_id}.{fmt}"
    writer.write_file(name, data, truth(spec, fu, fmt, encoding, name, ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, required=True, help="how many articles (JSON-lines records count one each)")
    ap.add_argument("--out", required=True, help="directory to write (subdirectories of 1000 files)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--formats", default="txt,html,jsonl", help="comma-separated subset of txt,html,jsonl")
    ap.add_argument(
        "--no-gazetteer",
        action="store_true",
        help="use bench/data/checkpoints.tsv even if store.lang.gazetteer imports",
    )
    args = ap.parse_args(argv)
    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    bad = [f for f in formats if f not in FORMAT_WEIGHTS]
    if bad or not formats:
        ap.error(f"unknown format(s): {', '.join(bad) or '(none)'}; choose from txt,html,jsonl")
    started = time.monotonic()
    stats = make_corpus(args.articles, args.out, args.seed, formats, not args.no_gazetteer)
    secs = time.monotonic() - started
    print(
        f"wrote {stats['articles']} articles in {stats['files']} files under {args.out} "
        f"({stats['formats']}, {stats['kk']} in Kazakh, {stats['bytes'] / max(1, stats['articles']) / 1024:.1f} KB/article) "
        f"in {secs:.1f} s; manifest {manifest_path(Path(args.out))}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import store.lang.gazetteer from a checkout
    sys.exit(main())

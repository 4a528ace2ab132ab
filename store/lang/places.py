"""Known place names and their Russian case forms: «в Семее» → Семей, «Кашгаре» → Кашгар.

pymorphy2 does not know many Kazakh and Central Asian place names and guesses them
wrong from their endings («Семее» stays, «Жетысу» becomes «Жетыс», «Кульджи» stays).
For the places border news names most (store/lang/lexicon/places.txt) we generate the regular
case forms of each nominative and map them back; other places go to the general
phrase normalizer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.lang.normalize import key as _fold  # case, ё/е and spacing never count

_INDECLINABLE_ENDS = tuple("оуыиэеюәіүұөқғңһ")
_HUSHING = tuple("жшчщц")
_VELAR = tuple("гкхжшчщ")
_LAKE_ENDS = ("коль", "куль", "гуль")


def oblique_forms(name: str) -> list[str]:
    """The oblique singular forms Russian gives a place name (lowercase in, lowercase out)."""
    n = name
    head, _, tail = n.partition("-")
    if tail and tail.endswith(_INDECLINABLE_ENDS) and not head.endswith(_INDECLINABLE_ENDS):
        # plc100: «Форт-Шевченко» declines its first part only («в Форте-Шевченко»)
        return [f"{form}-{tail}" for form in oblique_forms(head)]
    if n.endswith(("ей", "ай", "ой", "уй", "ий")):
        s = n[:-1]
        return [s + "я", s + "ю", s + "ем", s + "е", s + "и"]
    if n.endswith("ия"):
        s = n[:-1]
        return [s + "и", s + "ю", s + "ей"]
    if n.endswith(_LAKE_ENDS):  # «Алаколь», «Сарыколь»: the Kazakh «көл» is masculine in Russian
        s = n[:-1]
        return [s + "я", s + "ю", s + "ем", s + "е"]
    if n.endswith("нь"):  # «Тюмень» declines as a feminine, a Chinese «Сиань» as a masculine
        s = n[:-1]  # («из Сианя», «в Сиане»); neither set of forms is another name's
        return [s + "и", s + "ью", s + "я", s + "ю", s + "ем", s + "е"]
    if n.endswith("ь"):
        s = n[:-1]
        return [s + "и", s + "ью"]
    if n.endswith("а"):
        s = n[:-1]
        return [s + ("и" if s.endswith(_VELAR) else "ы"), s + "е", s + "у", s + "ой"] + (
            [s + "ей"] if s.endswith(_HUSHING) else []
        )
    if n.endswith("я"):
        s = n[:-1]
        return [s + "и", s + "е", s + "ю", s + "ей"]
    if n.endswith(_INDECLINABLE_ENDS):
        return []
    return [n + "а", n + "у", n + ("ем" if n.endswith(_HUSHING) else "ом"), n + "е"]


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    from importlib.resources import files

    names = [
        x.strip()
        for x in files("store.lang").joinpath("lexicon/places.txt").read_text(encoding="utf-8").splitlines()
        if x.strip() and not x.startswith("#")
    ]
    table: dict[str, str] = {}
    for name in names:  # forms first, nominatives last: a nominative always names itself
        for form in oblique_forms(_fold(name)):
            table.setdefault(form, name)
    for name in names:
        table[_fold(name)] = name
    return table


def place_nominative(surface: str) -> str | None:
    """The nominative of a known place written in any case, else None."""
    return _table().get(_fold(surface))


# «the land by/beyond X»: При-/За-/По-/Под-…-ье («Приаралье», «Прииртышье», «Забайкалье»).
_REGION_BY = re.compile(r"^(?:При|Пред|За|По|Под|Меж|Между)[а-яё]{3,}ь(?:е|я|ю|ем)$")
_NEUTER_IN_E = re.compile(r"ь(?:е|я|ю|ем)$")


def is_region_by(surface: str) -> bool:
    """True for a region named after what it lies by («в Приаралье», «Прииртышья»);
    the model sometimes calls such a word a person."""
    return bool(_REGION_BY.match(surface.strip()))


def neuter_nominative(surface: str) -> str | None:
    """«Цетинья», «в Приаралье», «Прииртышьем» → Цетинье, Приаралье, Прииртышье: a place in
    -ье is neuter (the guesser makes it a feminine «Цетинья»). For words the dictionary
    does not know; None when `surface` does not end so."""
    word = surface.strip()
    if " " in word or not _NEUTER_IN_E.search(word):
        return None
    return _NEUTER_IN_E.sub("ье", word)


# «Майколя», «в Узынколе», «Шубарколем»: a Kazakh place named after a lake («көл», Russian
# «-коль/-куль») is masculine, so its oblique cases end «-я, -ю, -е, -ем»; the guesser reads
# them as a feminine «Узынкола» or keeps the genitive.
_LAKE_OBLIQUE = re.compile(r"^([А-ЯЁ][а-яё-]+(?:к|г)(?:о|у))л(?:я|ю|е|ем)$")


def lake_town_nominative(surface: str) -> str | None:
    """«Майколя», «Узынколе» → Майколь, Узынколь: a one-word place in «-коля/-коле/-колем»
    (or «-куля…») the dictionary does not know is a «-коль» name. None otherwise."""
    m = _LAKE_OBLIQUE.match(surface.strip())
    return m.group(1) + "ль" if m else None


_VOWEL_YOT = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+[аеуэюя]й$")


def in_vowel_yot(surface: str) -> str | None:
    """«в поселке Боралдай», «Сарыкемей»: a one-word place the dictionary does not know that
    ends in a vowel and «й» is written in its nominative (its other cases end «-я», «-ю»,
    «-е», «-ем»); the guesser would read it as a plural name («Боралдаи») or a verb. Not
    «-ий/-ый/-ой», which are adjectives' endings («Кобдинской» is oblique). None otherwise."""
    word = surface.strip()
    return word if _VOWEL_YOT.match(word) else None


# A region or district named by its adjective and the kind's shorthand («Туркестанской обл.»,
# «в Кордайском р-не»), as lists, police reports and weather notes print them. The model reads
# the span whole but the normalizer leaves the shorthand («Туркестанская обл», «Кордайском
# р-не»), so the name matched neither the region's full name nor the KB's row (loc58).
# «р-н» carries its case in the ending; «обл» carries none, so the adjective's ending says it.
_DISTRICT_SHORT = {"р-н": "район", "р-на": "района", "р-не": "районе", "р-ну": "району", "р-ном": "районом"}
_REGION_CASE = (("ую", "область"), ("юю", "область"), ("ая", "область"), ("яя", "область"), ("ою", "областью"))
_KIND_SHORT = re.compile(r"^((?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]+(?:ск|цк)[а-яё]{2,3})\s+(обл|р-н[а-я]{0,2})\.?$")


def kind_spelled_out(surface: str) -> str | None:
    """«Туркестанской обл.» → «Туркестанской области», «Кордайском р-не» → «Кордайском районе»:
    an adjective and a kind's shorthand with the kind spelled out in the case the phrase is
    in, for the phrase normalizer to put in the nominative. None for any other span."""
    m = _KIND_SHORT.match(" ".join(surface.split()))
    if m is None:
        return None
    adjective, short = m.groups()
    if short == "обл":
        noun = next((n for end, n in _REGION_CASE if adjective.endswith(end)), "области")
    else:
        noun = _DISTRICT_SHORT.get(short)
    return f"{adjective} {noun}" if noun else None


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    """Kazakhstan's towns and district centres (store/data/regions.csv's `city` rows, their
    Russian and Kazakh names and variants) with the places of the lexicon, case folded."""
    import csv
    import io
    from importlib.resources import files

    text = files("store").joinpath("data/regions.csv").read_text(encoding="utf-8")
    names = set(_table())
    for row in csv.DictReader(io.StringIO(text)):
        if row["type"] == "city":
            spellings = [row["name_ru"], row["name_kk"], *(row["variants"] or "").split("|")]
            names.update(_fold(s) for s in spellings if s.strip())
        elif row["type"] == "district":
            names.update(_district_names(row))
    return frozenset(names)


def _district_names(row: dict[str, str]) -> set[str]:
    """A district's bare name, as a regional dateline prints it («ТАРБАГАТАЙ.», «ҚАРАСАЙ.»): the
    Kazakh name without «ауданы» (the Russian name is an adjective: «Тарбагатайский район»), folded."""
    kazakh = row["name_kk"].strip()
    if not kazakh.endswith(" ауданы"):
        return set()
    bare = kazakh.removesuffix(" ауданы")
    return {_fold(bare), _fold(bare.translate(_KAZAKH_TO_RUSSIAN))}


# A Kazakh name as Russian text spells it: «Тарбағатай» → «Тарбагатай», «Қарасай» → «Карасай».
_KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def is_known_town(name: str) -> bool:
    """Whether `name`, in any case («ЖАРКЕНТ», «Қонаев»), is a town of Kazakhstan's tables or a
    place border news names often: what makes a word in capitals before a full stop a dateline."""
    return _fold(name) in _towns()

"""One name per entity within an article: a lone surname joins the full name ending
with it, an abbreviation the full name it stands for, «РК» the country, a body its
longer form with the state; legal forms come off a company's quoted name.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Very common state abbreviations, when the text does not pair them with the full name.
from store.lang.abbreviations import ABBREVIATIONS
from store.lang.identity import key
from store.lang.morphology import known, parses
from store.lang.names import is_palladius_name
from store.lang.persons import surname_forms
from store.lang.phrases import phrase_nominative

COUNTRIES = {"рк": "Казахстан", "рф": "Россия", "кнр": "Китай", "кр": "Кыргызстан", "ру": "Узбекистан"}
_COUNTRY_TAILS = {"рк", "рф", "кнр", "россии", "казахстана", "республики казахстан", "китая"}
# The same state written two ways after a body's name («… РК», «… Республики Казахстан»).
_STATE_OF_TAIL = {
    "рк": "казахстан",
    "казахстана": "казахстан",
    "республики казахстан": "казахстан",
    "рф": "россия",
    "россии": "россия",
    "российской федерации": "россия",
    "кнр": "китай",
    "китая": "китай",
}


def _is_country_tail(rest: str) -> bool:
    """«РК», «России», «Азербайджана»: the state a body belongs to («МИД Азербайджана»)."""
    if rest in _COUNTRY_TAILS:
        return True
    if " " in rest:
        return False
    ps = parses(rest)[:2]
    return bool(ps) and "Geox" in ps[0].tag.grammemes and ps[0].tag.case == "gent" and known(ps[0])


_INITIALS = re.compile(r"((?:[а-яa-z]\.\s*){1,2})([^\s.]+)")


# The initials after the surname, as protocols and lists print a name («Жумабаев К. С.»,
# «Бектенов О.»; the reader may drop the last dot at a sentence's end).
_SURNAME_INITIALS = re.compile(r"([^\s.]{3,})\s+([а-яa-z])\.(?:\s*[а-яa-z]\.?)?|([^\s.]{3,})\s+([а-яa-z])")


@lru_cache(maxsize=50_000)
def initials_and_surname(k: str) -> tuple[str, str] | None:
    """«о. дерипаска», «а.н. чилингаров», «жумабаев к. с» (keys) → ("о", "дерипаска"): a
    name written with initials, before or after the surname, which joins the full name
    with that surname and first initial. Kept (its answer depends on the key alone):
    merge_names asks it of every full name again for each lone surname and initials of an
    article, ~9 times a generated article (ingest109)."""
    m = _INITIALS.fullmatch(k)
    if m:
        return (m.group(1)[0], m.group(2))
    m = _SURNAME_INITIALS.fullmatch(k)
    if m and not is_palladius_name(k):  # «ван и» is Wang Yi, a Chinese surname and given name
        return (m.group(2), m.group(1)) if m.group(1) else (m.group(4), m.group(3))
    return None


def merge_names(items: list[tuple[str, str]], pairs: dict[str, str] | None = None) -> list[str]:
    """Canonical names for (type, normalized name) items of one article, in order.

    Case and ё/е never separate two names; a lone surname joins the full name that
    ends with it; an abbreviation joins the full name the text paired it with
    (`pairs`: abbreviation key → full name), else the common-abbreviation table;
    «РК», «РФ», «КНР» are the countries; «Министерство финансов» joins «Министерство
    финансов РК» when the article has the longer form, and a clipped «Минтранс» the one
    «Минтранс Омской области» an article without a state's ministry names.
    """
    pairs = pairs or {}
    display: dict[tuple[str, str], str] = {}
    for t, n in items:
        display.setdefault((t, key(n)), n)
    multi = [n for (t, k), n in display.items() if t == "person" and (len(k.split()) > 1 or initials_and_surname(k))]
    # full names first: a lone surname joins «Олег Дерипаска» before «О. Дерипаска»
    full_persons = sorted(multi, key=lambda n: initials_and_surname(key(n)) is not None)
    orgs = [n for (t, k), n in display.items() if t == "organization"]
    org_forms = _org_forms(orgs)
    out = []
    for t, n in items:
        k = key(n)
        short = initials_and_surname(k) if t == "person" else None
        if short:
            forms = surname_forms(short[1])
            hits = [
                f
                for f in full_persons
                if not initials_and_surname(key(f)) and key(f).split()[-1] in forms and key(f)[:1] == short[0]
            ]
            out.append(hits[0] if len(hits) == 1 else display[(t, k)])
        elif t == "person" and len(k.split()) == 1:
            forms = surname_forms(n)
            hits = [
                f
                for f in full_persons
                if key(f).split()[-1] in forms or (initials_and_surname(key(f)) or ("", ""))[1] in forms
            ]
            out.append(hits[0] if len(_distinct_people(hits)) == 1 else display[(t, k)])
        elif t == "organization":
            out.append(_org_name(k, display[(t, k)], orgs, pairs, org_forms))
        elif t == "location" and k in COUNTRIES:
            out.append(COUNTRIES[k])
        else:
            out.append(display[(t, k)])
    return out


def _distinct_people(names: list[str]) -> list[str]:
    """Full names that are different people: «О. Дерипаска» is «Олег Дерипаска», but
    «Александр Вертинский» and «Николай Вертинский» are two, so a lone «Вертинский»
    cannot be told to be either."""
    full = [n for n in names if not initials_and_surname(key(n))]
    by_first_name = {key(n).split()[0]: n for n in reversed(full)}  # «Олег (Владимирович) Дерипаска» is one
    return list(by_first_name.values()) or names[:1]


@lru_cache(maxsize=50_000)
def _expanded(k: str) -> str:
    """«мид украины» → «министерство иностранных дел украины»: an abbreviated body with
    its state, spelled out (a key; unchanged when the first word is no known abbreviation)."""
    head, _, rest = k.partition(" ")
    full = ABBREVIATIONS.get(head)
    return key(f"{full} {rest}") if full and rest and _is_country_tail(rest) else k


def _org_forms(orgs: list[str]) -> list[tuple[str, str, str]]:
    """Each organization name of an article with its key and its key spelled out
    (_expanded), the names already spelled out first (in their order, then the others in
    theirs): what _org_name reads for every organization item of the article, made once an
    article instead of once an item (ingest109; the same list, sorted by the same key)."""
    keyed = [(o, key(o), _expanded(key(o))) for o in orgs]
    return sorted(keyed, key=lambda f: f[2] != f[1])


def _org_name(k: str, name: str, orgs: list[str], pairs: dict[str, str], forms: list[tuple[str, str, str]]) -> str:
    base = pairs.get(k) or ABBREVIATIONS.get(k) or ABBREVIATIONS.get(key(phrase_nominative(name)))
    if not base and _expanded(k) != k:
        spelled = [o for o in orgs if key(o) == _expanded(k)]
        if spelled:
            return spelled[0]  # «МИД Украины» joins «Министерство иностранных дел Украины»
    target = key(base) if base else k
    longer: dict[str, str] = {}  # spelled-out key → the name shown; «МИД Украины» spelled out
    heads = [t + " " for t in dict.fromkeys((target, k))]
    for o, _, x in forms:  # spelled-out names first
        for head in heads:
            if x.startswith(head) and _is_country_tail(x[len(head) :]):
                longer.setdefault(x[len(head) :], o)
    if len({_STATE_OF_TAIL.get(tail, tail) for tail in longer}) > 1:
        longer = {}  # «МИД Украины» and «МИД Литвы»: a lone «МИД» could be either
    if longer:
        return next(iter(longer.values()))
    regional = _regional_namesake(base or name, orgs)
    if regional:
        return regional
    if base:
        same = [o for o in orgs if key(o) == target]
        if same:
            return same[0]
        # a clipped word («Минтранс») is the press's shorthand and is spelled out; an
        # initialism («КГД») the article never spells out stays as written (its full name
        # is an alias), as the article's own pairing would otherwise say
        return name if k not in pairs and name.isupper() else base
    return name


# A Russian region after a body's name, as a key: «… омской области», «… алтайского края».
_REGION_TAIL = re.compile(r"[а-яё-]+(?:ской|цкой|ого) (?:области|края)")


def _regional_namesake(base: str, orgs: list[str]) -> str | None:
    """The one ministry of a Russian region the article names whose name is `base` with the
    region after it («Минтранс Омской области», «Министерство транспорта Астраханской
    области»): a clipped «Минтранс» later in that article is that region's ministry, not
    Kazakhstan's the abbreviation table spells it out as (issue 15, org43). None when the
    article names no such body or two (two regions: the bare word could be either)."""
    target = key(base)
    if not target.startswith("министерство "):
        return None  # «Правительство» alone in a Kazakh article is Kazakhstan's, beside any region's
    found = []
    for o in orgs:
        k = key(o)
        head, _, rest = k.partition(" ")
        full = ABBREVIATIONS.get(head)
        spelled = key(f"{full} {rest}") if full and rest else k
        for t in (spelled, k):
            if t.startswith(target + " ") and _REGION_TAIL.fullmatch(t[len(target) + 1 :]):
                found.append(o)
                break
    return found[0] if len(found) == 1 else None


# Legal forms written before a company's quoted name: Russian, Kazakh-Russian and Kazakh.
_LEGAL_FORM = re.compile(
    r"^(?:ОАО|ЗАО|ПАО|НАО|АО|ООО|ОДО|ТОО|ГУП|ФГУП|МУП|АНО|РГП|РГКП|ГКП|КГП|АҚ|ЖШС|ЖАҚ)\s+(?=[«\"“„])"
)


# org99: Kazakh writes the legal form after the quoted name («"Қазақтелеком" АҚ», «"Нұр" ЖШС»).
_LEGAL_FORM_AFTER = re.compile(r"^[«\"“„](?P<inner>[^«»\"“”„]+)[»\"”“]\s+(?:АҚ|ЖШС|ЖШҚ|ЖАҚ|ААҚ|КеАҚ)$")


def without_legal_form(name: str) -> str:
    """«ЗАО «Эхо Москвы»» → Эхо Москвы, «ОАО «ГМК «Норильский никель»» → ГМК «Норильский
    никель», «ОАО "Киностудия "Ленфильм"» → Киностудия "Ленфильм": the legal form
    changes (ОАО became ПАО) and is written or left out at will, so the name is what
    the quotes hold. Quotes the span lost at its end are closed again. A Kazakh form after
    the quotes («"Қазақтелеком" АҚ» → Қазақтелеком) goes the same way."""
    after = _LEGAL_FORM_AFTER.match(name)
    if after:
        return after["inner"].strip() or name
    m = _LEGAL_FORM.match(name)
    if not m:
        return name
    inner = name[m.end() + 1 :]
    if inner.endswith(("»", "”")) and inner.count("»") + inner.count("”") > inner.count("«") + inner.count("“"):
        inner = inner[:-1]
    elif inner.endswith('"') and inner.count('"') % 2 == 1:
        inner = inner[:-1]
    inner = inner.strip()
    if inner.count("«") > inner.count("»"):
        inner += "»" * (inner.count("«") - inner.count("»"))
    if inner.count('"') % 2 == 1:
        inner += '"'
    return inner or name

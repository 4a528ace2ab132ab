"""Regions named by their adjective alone in a list that left the noun out: «в Актюбинской -
Алимбет, Жайсан; в Костанайской - Кайрак». Each such adjective is its oblast
(«Актюбинская область»), as the line before it spelled out «в Атырауской области - …».
Districts listed by their adjectives after the plural noun («пять районов — Мартукский,
Кобдинский и Хромтауский») are each «… район».

Why: a government list of checkpoints by oblast prints the noun once and then only the
adjectives; the model reads none of them. An adjective with a noun after it («Карагандинские
спасатели», «Алматинского отделения») is an adjective, not a place, and stays so.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

from store.extract.ner import NerSpan
from store.lang import kb

_CASES = ("ая", "ой", "ую", "ою")
# what follows an adjective standing for its region: a dash, a colon or the end of the item
_AFTER = re.compile(r"\s*(?:[-–—:;]|$)", re.MULTILINE)


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    """Each oblast's adjective stem («актюбинск», and the neighbours' oblasts of places.csv:
    «самарск») → its name («Актюбинская область»)."""
    out = {}
    for table in ("regions.csv", "places.csv"):
        text = resources.files("store").joinpath(f"data/{table}").read_text(encoding="utf-8")
        for r in csv.DictReader(io.StringIO(text)):
            name = r["name_ru"]
            if r["type"] == "region" and name.endswith("ая область"):
                out[name.split()[0][:-2].lower()] = name
    return out


def _stems_and_cases() -> str:
    stems = "|".join(sorted((re.escape(s) for s in _adjectives()), key=len, reverse=True))
    return rf"((?i:{stems})(?:{'|'.join(_CASES)}))(?![\w-])"


def _original_pattern() -> re.Pattern:
    """The pattern as first written (kept for tests/test_ingest104_cuts.py, which compares)."""
    return re.compile(rf"(?<![\w-])(?i:в|во|по|из)\s+{_stems_and_cases()}")


# The preposition's first letter in every case `re` equates with it under IGNORECASE («в» is
# also U+1C80; «п», «и» have no other forms; tests/test_ingest104_cuts.py checks every code point).
_PREPOSITION_FIRST = "вВ\u1c80пПиИ"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """`_original_pattern`'s matches, found from the preposition's first letter (issue 15,
    ingest104): a pattern opening with a look back is tried at every position of the text;
    one opening with a case-sensitive class of letters lets `re` skip in C to them. The look
    back «no word letter or hyphen before» is asked after that letter, the rest of the
    preposition by the letter it opened with: «в» + «о» or nothing, «п» + «о», «и» + «з», as
    `(?i:в|во|по|из)` (after «в» a blank must follow, after «во» an «о»: never both). Over the
    generated articles the scan took 0.044 → 0.018 ms an article."""
    preposition = r"(?:(?<=[вВ\u1c80])(?i:о)?|(?<=[пП])(?i:о)|(?<=[иИ])(?i:з))"
    return re.compile(rf"[{_PREPOSITION_FIRST}](?<![\w-].){preposition}\s+{_stems_and_cases()}")


def find_elliptic_regions(text: str) -> list[tuple[NerSpan, str]]:
    """The regions of `text` named by an adjective alone before a dash or colon, with names."""
    out = []
    for m in _pattern().finditer(text):
        word = m.group(1)
        if not word[:1].isupper() or not _AFTER.match(text, m.end(1)):
            continue
        name = _adjectives()[word[:-2].lower()]
        out.append((NerSpan("location", m.start(1), m.end(1), word), name))
    return out


# «Пять районов области — Мартукский, Кобдинский и Хромтауский», «четыре района: Карасукский,
# Баганский …»: district adjectives in the nominative listed after a dash or colon that follows
# the plural «районов/районы» (a colon is written glued to the word before it)
_DISTRICT_ADJ = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ский|цкий|ный)"  # «Чистоозерный» too
_DISTRICT_LIST = re.compile(
    # «\bрайон…» with the word first and its boundary looked back at after it (`re` searches
    # for the word in C instead of trying every position; the same matches)
    rf"район(?<!\wрайон)(?:ов|ы|а)\b[^.!?\n]{{0,60}}?(?:\s[—–-]|:)\s*((?:{_DISTRICT_ADJ})(?:(?:,\s*|\s+и\s+){_DISTRICT_ADJ})+)"
)


# «ликвидировали 3 сельских округа: Есильский, Ленинский и Целинный»: rural districts (loc31)
_RURAL_LIST = re.compile(
    rf"сельск(?:их|ие|ого)\s+округ(?:ов|а|и)\b[^.!?\n]{{0,30}}?(?:\s[—–-]|:)\s*"
    rf"((?:{_DISTRICT_ADJ})(?:(?:,\s*|\s+и\s+){_DISTRICT_ADJ})+)"
)


def find_district_lists(text: str) -> list[tuple[NerSpan, str]]:
    """Each district adjective of such a list, named «… район» (or «… сельский округ»)."""
    out = []
    for pattern, noun in ((_DISTRICT_LIST, "район"), (_RURAL_LIST, "сельский округ")):
        if pattern is _RURAL_LIST and "сельск" not in text:
            continue
        for m in pattern.finditer(text):
            for w in re.finditer(_DISTRICT_ADJ, m.group(1)):
                start = m.start(1) + w.start()
                out.append((NerSpan("location", start, start + len(w.group()), w.group()), f"{w.group()} {noun}"))
    return out


@lru_cache(maxsize=1)
def _oblast_list() -> re.Pattern:
    """«граничит с пятью областями России: Самарской, Саратовской … и Волгоградской»: oblast
    adjectives (any case) listed after a dash or colon that follows the plural «областей/
    областями/области», as districts are after «районов» (loc31)."""
    stems = "|".join(sorted((re.escape(s) for s in _adjectives()), key=len, reverse=True))
    adjective = rf"(?:{stems})(?:ая|ой|ую|ою|ие|их|им|ими)"
    return re.compile(
        rf"област(?<!\wобласт)(?:ей|ями|ям|ях|и)\b[^.!?\n]{{0,40}}?(?:\s[—–-]|:)\s*"
        rf"((?i:{adjective})(?:(?:,\s*|\s+и\s+)(?i:{adjective}))+)(?![\w-])"
    )


def find_oblast_lists(text: str) -> list[tuple[NerSpan, str]]:
    """Each oblast adjective of such a list, named by its oblast."""
    if "област" not in text:
        return []
    out = []
    for m in _oblast_list().finditer(text):
        for w in re.finditer(r"[А-ЯЁ][а-яё]+", m.group(1)):
            name = _adjectives().get(w.group()[:-2].lower()) or _adjectives().get(w.group()[:-3].lower())
            if name:
                start = m.start(1) + w.start()
                out.append((NerSpan("location", start, start + len(w.group()), w.group()), name))
    return out


# «Ақсу, Алакөл, Ескелді, Қаратал … Жетісу облысының құрамына кірсе»: a Kazakh list of
# districts by their bare names, the noun «ауданы» left out. A word of the list that is a
# district's name is that place when two more words of the list are places the base knows
# (a list of three bare names alone may be people: «Абай, Жамбыл, Шоқан»). (loc37)
_CAP_WORD = "[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+"
# The first capital matched before the look-behind asks what stands before it (`(?<![\w-].)`,
# the same test): a pattern opening with a look-behind is tried at every position of the
# text, one opening with a letter class skips in C to a capital (0.06 -> 0.02 ms a text; ingest91)
_BARE_LIST = re.compile(rf"[А-ЯЁӘҒҚҢӨҰҮҺІ](?<![\w-].)[а-яёәғқңөұүһі-]+(?:,\s*{_CAP_WORD}){{2,}}(?![\w-])")


@lru_cache(maxsize=1)
def _district_stems() -> frozenset[str]:
    """Each Kazakh district's name without its noun («Қаратал» of «Қаратал ауданы»)."""
    text = resources.files("store").joinpath("data/regions.csv").read_text(encoding="utf-8")
    out = set()
    for r in csv.DictReader(io.StringIO(text)):
        kk = r["name_kk"]
        if r["type"] == "district" and kk.endswith(" ауданы") and " " not in kk[: -len(" ауданы")]:
            out.add(kk[: -len(" ауданы")])
    return frozenset(out)


def _a_known_place(word: str) -> bool:
    found = kb.find(word)
    return len(found) == 1 and found[0].form.row.type == "location" and found[0].end == len(word)


def find_bare_district_lists(text: str) -> list[tuple[NerSpan, str]]:
    """The bare district names of such lists, each named as printed."""
    out = []
    for m in _BARE_LIST.finditer(text):
        words = list(re.finditer(_CAP_WORD, m.group()))
        if not any(w.group() in _district_stems() for w in words):
            continue  # no district's bare name: no stems below, whatever kb.find says of the words
        known = [w for w in words if _a_known_place(w.group())]
        stems = [w for w in words if w.group() in _district_stems() and w not in known]
        if not stems or len(known) + len(stems) < 3 or len(known) < 2:
            continue
        for w in stems:
            start = m.start() + w.start()
            out.append((NerSpan("location", start, start + len(w.group()), w.group()), w.group()))
    return out


def _as_place(s: NerSpan) -> NerSpan:
    return NerSpan("location", s.start, s.end, s.text)


def region_lists(text: str, spans: list, ctx) -> list:
    """The pass: each such adjective becomes its region (or district) unless some span
    already holds it."""
    bare = find_bare_district_lists(text)
    at = {(s.start, s.end) for s, _ in bare}
    # a bare district the model read as a person («Панфилов» in the list) is the district
    out = [_as_place(s) if s.type == "person" and (s.start, s.end) in at else s for s in spans]
    found = find_elliptic_regions(text) + find_district_lists(text) + find_oblast_lists(text)
    for span, name in found + bare:
        same = [s for s in out if s.type == "location" and (s.start, s.end) == (span.start, span.end)]
        if same and (span.start, span.end) not in ctx.names:
            ctx.names[(span.start, span.end)] = name  # the model's bare «Чистоозерный» is the district
            continue
        if any(s.start < span.end and span.start < s.end for s in out):
            continue
        out.append(span)
        ctx.names[(span.start, span.end)] = name
    return sorted(out, key=lambda s: (s.start, s.end))

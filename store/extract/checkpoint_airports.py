"""Airports named as border crossings: «задержаны пограничниками в аэропорту Алматы».

The gazetteer holds the 18 airports the Border Service counts among its checkpoints
(docs/gazetteer.md), but the land matcher (checkpoints.py) never looks for them: an
airport is called after its city, and a city named in a text is a place. A reader still
meets an airport as a post where a page tells of border control in it — passports
checked, travellers stopped at the border, «пункт пропуска». So an airport is read as a
post only where the noun is written next to its city («аэропорт(у) Алматы», «аэропорта
Астаны», «международного аэропорта "Алматы"», «Алматы әуежайында») **and** the same
sentence speaks of the border. «В аэропорту Астаны объявили тревогу» or a runway closed
for repair is no post.

The span covers the noun alone («аэропорту», «әуежайында»): the city after it stays the
place the model finds («Алматы» a location), and the mention is stored under the row's
name («Аэропорт Алматы»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from store.extract.needles import by_opening, may_hold
from store.lang import gazetteer

# Older and other names of the cities a reader meets with the airport («аэропорт Алма-Аты»,
# «аэропорт Нур-Султана», «аэропорт Уральска» / «Орал әуежайы», «Өскемен әуежайы»).
_MORE_NAMES = {
    "airport-almaty": ("Алма-Ата", "Алма-Аты"),
    "airport-astana": ("Нур-Султан", "Нурсултан"),
    "airport-petropavlovsk": ("Петропавл",),
}

# Russian endings a city's name takes after «аэропорт(а/у) …» (the genitive «Шымкента»,
# «Астаны», «Семея», «Костаная») or none at all (Алматы, Актау, Атырау).
_RU_ENDING = r"(?:а|ы|и|у|е|я|ом|ой)?"

_CITY_NOUN = r"(?:аэропорт|аэровокзал)(?:а|у|е|ом|ы|ов|ах)?"
_INTL = r"(?:международн\w+\s+)?"
_QUOTE_OPEN = r"[«\"„“]?"
_QUOTE_CLOSE = r"[»\"“”]?"

# The sentence speaks of the border: border guards, passport control, a crossing point,
# crossing the state border (Russian and Kazakh). Its alternatives grouped by their opening letters
# (needles.by_opening, stop 50 ingest112): the same matches, fewer tries a position of the text.
_BORDER_CUE = by_opening(
    r"погранич|погранслужб|пограничн|паспортн\w*\s+контрол|пункт\w*\s+пропуска|"
    r"государственн\w*\s+границ|пересеч\w*\s+(?:государственн\w*\s+)?границ|через\s+границу|"
    r"шекара|өткізу\s+пункт|паспорттық\s+бақылау",
    re.IGNORECASE,
)

# Every match of a row's Russian pattern holds its noun, of its Kazakh one «әуежай» (any case):
# a text without them is ruled out before the 18 rows' case-insensitive scans (issue 15, perf56).
RU_NOUN_WORDS = ("аэропорт", "аэровокзал")
KK_NOUN_WORDS = ("әуежай",)

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])|\n")


@dataclass(frozen=True)
class PortSpan:
    """A port (an airport here, a seaport in checkpoint_seaports) named as a post: [start, end)
    over its noun, the noun as written, the row."""

    start: int
    end: int
    surface: str
    ref: str
    name: str = ""
    kind: str | None = None  # no kind word to give: the row's own kind («airport», «sea») stands


def _city(row) -> str:
    """The city a row's Russian name is after («Аэропорт Алматы» → «Алматы»)."""
    return row.name_ru.split(" ", 1)[1] if " " in row.name_ru else row.name_ru


def _stem(city: str) -> str:
    """The part of a city's name its Russian endings follow («Астана» → «Астан»,
    «Семей» → «Семе», «Шымкент» → «Шымкент»; Алматы, Актау keep theirs)."""
    if city.endswith(("а", "я")):
        return city[:-1]
    if city.endswith("й"):
        return city[:-1]
    return city


@cache
def _patterns() -> tuple[tuple[re.Pattern, str, tuple[str, ...]], ...]:
    """One Russian and one Kazakh pattern per airport row, the noun as group 1, each with the
    words one of which its every match holds."""
    out = []
    for row in gazetteer.all():
        if row.kind != "airport":
            continue
        names = (_city(row), *_MORE_NAMES.get(row.id, ()))
        ru = "|".join(re.escape(_stem(n)) + _RU_ENDING for n in names)
        ru_rx = re.compile(
            rf"{_INTL}({_CITY_NOUN})\s+(?:(?:города|г\.)\s*|в\s+)?{_QUOTE_OPEN}(?:{ru}){_QUOTE_CLOSE}(?![\w-])",
            re.IGNORECASE,
        )
        kk_city = row.name_kk.split(" ")[0] if row.name_kk else ""
        kk_names = [kk_city] + ([n for n in _MORE_NAMES.get(row.id, ()) if n == "Петропавл"])
        kk = "|".join(re.escape(n) for n in kk_names if n)
        kk_rx = re.compile(rf"(?<![\w-])(?:{kk})\s+(?:халықаралық\s+)?(әуежай\w*)", re.IGNORECASE)
        out += [(ru_rx, row.id, RU_NOUN_WORDS), (kk_rx, row.id, KK_NOUN_WORDS)]
    return tuple(out)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the sentence holding `pos` (a line break ends one too)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    nxt = _SENTENCE_END.search(text, pos)
    return start, nxt.start() if nxt else len(text)


def speaks_of_border(text: str) -> bool:
    """Does `text` anywhere speak of the border (the cheap test before any row is scanned)?"""
    return _BORDER_CUE.search(text) is not None


def border_in_sentence(text: str, pos: int) -> bool:
    """Does the sentence holding `pos` speak of the border? A port or an airport is a post
    only there (checkpoint_seaports.py asks it too)."""
    s, e = _sentence(text, pos)
    return _BORDER_CUE.search(text, s, e) is not None


def find_airports(text: str) -> list[PortSpan]:
    """Every airport `text` names as a border post (its sentence speaks of the border)."""
    if not text or not may_hold(text, (*RU_NOUN_WORDS, *KK_NOUN_WORDS)) or not _BORDER_CUE.search(text):
        return []
    found: dict[int, PortSpan] = {}
    ru, kk = may_hold(text, RU_NOUN_WORDS), may_hold(text, KK_NOUN_WORDS)
    for rx, ref, words in _patterns():
        if not (ru if words is RU_NOUN_WORDS else kk):
            continue
        for m in rx.finditer(text):
            start, end = m.span(1)
            if start in found:
                continue
            if not border_in_sentence(text, start):
                continue
            row = gazetteer.get(ref)
            found[start] = PortSpan(start, end, text[start:end], ref, row.name_ru if row else "")
    return [found[k] for k in sorted(found)]

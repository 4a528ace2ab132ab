"""Posts a query names by the road or railway they are on, written as its two ends: «трасса
Алматы — Бишкек», «дорога Уральск — Саратов», «железная дорога Казахстан — Туркменистан —
Иран». A line with one end of ours (a region, a city or district of it, or Kazakhstan) and
one a neighbour's (a country, or a town or region of places.csv, or a neighbour's post)
crosses the border with that neighbour, so it asks for our posts on that border: those of
our end's region first when it has any, else all of them, in the gazetteer's order, rail
ones for a railway. An end neither of ours nor a neighbour's («Иран») is left out.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

from store.lang import gazetteer, names
from store.search.variants import strip_case_ending

MOST = 6  # posts listed for one line

_DASH = re.compile(r"\s+[—–-]\s+|\s*[—–]\s*")  # «Алматы — Бишкек», «Алматы-Бишкек» is one name
# words that say a line rather than a place: left out of its ends
_LINE = re.compile(
    r"^(?:трасс|дорог|автодорог|автомагистрал|магистрал|желез|ж/д|жд$|лини|маршрут|участ|шосс|road|highway"
    r"|railway|rail|line|route|тас\s?жол|теміржол|жол[ыдғ]?$)"
)
_RAIL = re.compile(r"^(?:желез|ж/д|жд$|rail|теміржол|станци|поезд)")
_OURS = "Казахстан"
_CODES = {"ru": "Россия", "cn": "Китай", "kg": "Кыргызстан", "uz": "Узбекистан", "tm": "Туркменистан"}


def line_posts(query: str) -> list[str]:
    """Ids of our posts on the line whose ends the query names; [] for a query of another
    shape or a line that crosses no border of ours."""
    ends = [e for e in _DASH.split(query.strip()) if e.strip()]
    if len(ends) < 2:
        return []
    words = query.lower().replace("ё", "е").split()
    rail = any(_RAIL.match(w) for w in words)
    places = [_place(_end_words(e)) for e in ends]
    if not any(_LINE.match(w) for w in words) and any(p is not None and not p[2] for p in places):
        return []  # «Казахстан — Китай» without a word for a line is the two states, not a road
    ours = [p for p in places if p is not None and p[0] == _OURS]
    theirs = [p[0] for p in places if p is not None and p[0] in _CODES.values()]
    if not ours or not theirs:
        return []
    posts = [cp for cp in gazetteer.all() if cp.border == theirs[0] and _kind_fits(cp.kind, rail)]
    regions = {p[1] for p in ours if p[1]}
    in_region = [cp for cp in posts if cp.region in regions]
    return [cp.id for cp in (in_region or posts)[:MOST]]


def _kind_fits(kind: str, rail: bool) -> bool:
    return kind == "rail" if rail else kind in ("road", "mixed", "passenger")


def _end_words(end: str) -> str:
    """An end without the words for a line: «трасса Алматы» → «Алматы»."""
    words = [w.strip("«»\"'.,()") for w in end.split()]
    return " ".join(w for w in words if w and not _LINE.match(w.lower()))


def _place(text: str) -> tuple[str, str, bool] | None:
    """(country, our region's Russian name or "", is a place within a country) of the
    place an end names, in any case: None when the end names no place the knowledge
    base knows."""
    if not text:
        return None
    table = _places()
    for key in dict.fromkeys((names.fold(text), names.fold(strip_case_ending(text)))):
        if key in table:
            return table[key]
    return None


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[str, str, bool]]:
    """A place's folded names → (country, our region's Russian name or "", not a country): our regions,
    cities and districts (regions.csv, a city or district by its region), the
    neighbours' places (places.csv) and posts (foreign_posts.csv), and the countries."""
    out: dict[str, tuple[str, str, bool]] = {}
    rows = _rows("regions.csv")
    by_id = {r["id"]: r for r in rows}
    for r in rows:
        region = r if r["type"] == "region" else by_id.get(r["parent"], r)
        _add(out, r, ("name_ru", "name_kk", "names_en", "variants"), (_OURS, region["name_ru"], True))
    for r in _rows("places.csv"):
        if r["country"] in _CODES:
            _add(out, r, ("name_ru", "name_kk", "names_en", "variants"), (_CODES[r["country"]], "", True))
    for r in _rows("foreign_posts.csv"):
        if r["country"] in _CODES.values():
            _add(out, r, ("name_ru", "variants"), (r["country"], "", True))
    for r in _rows("countries.csv"):
        if r["name_ru"] in (_OURS, *_CODES.values()):
            columns = ("name_ru", "name_kk", "name_en", "variants_ru", "variants_kk", "variants_en")
            _add(out, r, columns, (r["name_ru"], "", False))
    return out


def _add(out: dict, rec: dict, columns: tuple[str, ...], value: tuple[str, str, bool]) -> None:
    for col in columns:
        for name in (rec.get(col) or "").split("|"):
            key = names.fold(name.strip())
            if key and "{" not in name:
                out.setdefault(key, value)


@lru_cache(maxsize=8)
def _rows(file: str) -> tuple[dict, ...]:
    text = resources.files("store").joinpath(f"data/{file}").read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(text)))

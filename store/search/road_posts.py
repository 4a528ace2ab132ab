"""Our posts on an international road a query names by its number («М-32», «KAZ03», «Р-322»)
or by ends that the road is known by though one lies deep inside a neighbour («трасса Самара
— Шымкент»: the road crosses at Сырым, and a line of two ends alone, store.search.line_posts,
can only list every post on the Russian border).

Each road is a row of store/data/roads.csv with the post its sources say it crosses at; a road no source
ties to a post is not listed. A number is matched whole, in either script and with or
without its hyphen; ends are matched as line_posts reads them (any case form), all of a
road's named ends that the query gives being two or more.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from store.lang import names
from store.search.variants import strip_case_ending


@dataclass(frozen=True)
class Road:
    """An international road: its numbers, the towns it is named by, our posts it crosses at."""

    numbers: tuple[str, ...]
    ends: tuple[str, ...]
    posts: tuple[str, ...]
    source: str


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


@lru_cache(maxsize=1)
def roads() -> tuple[Road, ...]:
    """The rows of store/data/roads.csv (numbers, ends and posts separated by «|»), read
    once: data with a source for every row, like the gazetteer, not a table in code."""
    text = resources.files("store").joinpath("data/roads.csv").read_text(encoding="utf-8")
    return tuple(
        Road(_split(r["numbers"]), _split(r["ends"]), _split(r["posts"]), r["source"].strip())
        for r in csv.DictReader(io.StringIO(text))
    )


_DASH = re.compile(r"\s+[—–-]\s+|\s*[—–]\s*")


def road_posts(query: str) -> list[str]:
    """Ids of our posts on the road the query names by number or by its known ends; []
    when it names none."""
    words = {_number_key(w) for w in query.split()}
    for road in roads():
        if any(_number_key(n) in words for n in road.numbers):
            return list(road.posts)
    ends = [e for e in _DASH.split(query.strip()) if e.strip()]
    if len(ends) < 2:
        return []
    keys = [_end_keys(e) for e in ends]
    for road in roads():
        known = _road_end_keys(road)
        if sum(bool(k & known) for k in keys) >= 2:
            return list(road.posts)
    return []


def _number_key(text: str) -> str:
    """A road number's key: folded, without hyphens and spaces («М-32», «m32» → «m32»)."""
    return names.fold(text.strip("«»\"'.,()")).replace(" ", "")


def _end_keys(end: str) -> set[str]:
    """An end's keys: each one or two words in a row folded, as written and without a case
    ending («трасса Самара» → «samara»; «до Шымкента» → «shymkent»; «Костанай граница»,
    words after the end, → «kostanai»)."""
    words = [w.strip("«»\"'.,()") for w in end.split() if w.strip("«»\"'.,()")]
    out: set[str] = set()
    for size in (1, 2):
        for at in range(len(words) - size + 1):
            part = words[at : at + size]
            out.add(names.fold(" ".join(part)))
            out.add(names.fold(" ".join([*part[:-1], strip_case_ending(part[-1])])))
    return {k for k in out if k}


@lru_cache(maxsize=64)
def _road_end_keys(road: Road) -> frozenset[str]:
    return frozenset(k for end in road.ends for k in (names.fold(end), names.fold(strip_case_ending(end))) if k)

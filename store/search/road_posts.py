"""Our posts on an international road a query names by its number («М-32», «KAZ03», «Р-322»)
or by ends that the road is known by though one lies deep inside a neighbour («трасса Самара
— Шымкент»: the road crosses at Сырым, and a line of two ends alone, store.search.line_posts,
can only list every post on the Russian border).

Each road is a row of ROADS with the post its sources say it crosses at; a road no source
ties to a post is not listed. A number is matched whole, in either script and with or
without its hyphen; ends are matched as line_posts reads them (any case form), all of a
road's named ends that the query gives being two or more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from store.lang import names
from store.search.variants import strip_case_ending


@dataclass(frozen=True)
class Road:
    """An international road: its numbers, the towns it is named by, our posts it crosses at."""

    numbers: tuple[str, ...]
    ends: tuple[str, ...]
    posts: tuple[str, ...]
    source: str


ROADS: tuple[Road, ...] = (
    Road(
        numbers=("М-32", "M-32"),
        ends=("Самара", "Шымкент", "Чимкент", "Уральск"),
        posts=("syrym",),
        source="wikixw.ru «Автодорога M-32 (Казахстан)» (Самара — Чимкент through Уральск and Актюбинск; it "
        "begins at the road post «Сырым» north-west of Уральск); mgorod.kz 2023-10-02 (the stretch Уральск — "
        "граница России is a part of the road Самара — Шымкент)",
    ),
    Road(
        numbers=(),
        ends=("Западная Европа", "Западный Китай", "Мартук", "Хоргос"),
        posts=("zhaisan", "nur-zholy"),
        source="inform.kz 2026-01 («граница РФ — Мартук — Актобе — … — Алматы — Хоргос — граница КНР», km 22–99 "
        "from the post Жайсан); wikixw.ru (part of the corridor Западная Европа — Западный Китай)",
    ),
    Road(
        numbers=("KAZ03", "KAZ-03", "КАЗ03", "KZ03"),
        ends=("Астана", "Костанай"),
        posts=("kairak",),
        source="inform.kz 2025-11-09 («KAZ03 Астана — Атбасар — … — Костанай — граница РФ (п/п Кайрак)»); "
        "alau.kz 2025-09-26 (the road from the post «Кайрак»)",
    ),
    Road(
        numbers=("Р-322", "R-322"),
        ends=("Барнаул", "Рубцовск"),
        posts=("auyl",),
        source="dorinfo.ru (Р-322 «Барнаул — Рубцовск — граница с Республикой Казахстан» ends at Веселоярск, "
        "the Russian post facing Ауыл)",
    ),
)

_DASH = re.compile(r"\s+[—–-]\s+|\s*[—–]\s*")


def road_posts(query: str) -> list[str]:
    """Ids of our posts on the road the query names by number or by its known ends; []
    when it names none."""
    words = {_number_key(w) for w in query.split()}
    for road in ROADS:
        if any(_number_key(n) in words for n in road.numbers):
            return list(road.posts)
    ends = [e for e in _DASH.split(query.strip()) if e.strip()]
    if len(ends) < 2:
        return []
    keys = [_end_keys(e) for e in ends]
    for road in ROADS:
        known = _road_end_keys(road)
        if sum(bool(k & known) for k in keys) >= 2:
            return list(road.posts)
    return []


def _number_key(text: str) -> str:
    """A road number's key: folded, without hyphens and spaces («М-32», «m32» → «m32»)."""
    return names.fold(text.strip("«»\"'.,()")).replace(" ", "")


def _end_keys(end: str) -> set[str]:
    """An end's keys: its last one or two words folded, as written and without a case ending
    («трасса Самара» → «samara»; «до Шымкента» → «shymkent»)."""
    words = [w.strip("«»\"'.,()") for w in end.split() if w.strip("«»\"'.,()")]
    out: set[str] = set()
    for size in (1, 2):
        part = words[-size:]
        if len(part) == size:
            out.add(names.fold(" ".join(part)))
            out.add(names.fold(" ".join([*part[:-1], strip_case_ending(part[-1])])))
    return {k for k in out if k}


@lru_cache(maxsize=len(ROADS))
def _road_end_keys(road: Road) -> frozenset[str]:
    return frozenset(k for end in road.ends for k in (names.fold(end), names.fold(strip_case_ending(end))) if k)

"""Posts a query describes without naming one: a word for posts or for the border, and a
neighbour's name («граница с Китаем пропуск грузовиков», «железнодорожный переход в
Китай»), narrowed by a region of ours the query names («КПП в Мангистау на границе с
Узбекистаном», «очередь фур на границе с Россией в ЗКО») and by a word for the kind of
crossing (rail or road). The gazetteer says each post's border, region and kind.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

from store.lang import gazetteer, names
from store.search.variants import strip_case_ending

MOST = 6  # posts listed for one description

# a neighbour's name by a word's start, in the scripts users type
_NEIGHBOURS = (
    (("кита", "кнр", "china", "chinese", "қытай"), "Китай"),
    (("росси", "рф", "russia", "ресей"), "Россия"),
    (("кыргыз", "киргиз", "kyrgyz", "қырғыз"), "Кыргызстан"),
    (("узбек", "uzbek", "өзбек"), "Узбекистан"),
    (("туркмен", "turkmen", "түрікмен"), "Туркменистан"),
)
# words for posts or the border: the query asks for crossings
_ASKS = re.compile(
    r"^(?:пункт|пропуск|кпп|переход|погранперех|границ|госгранииц|шекар|бекет|өткізу|checkpoint|border|crossing)"
)
# words for a body: «Kyrgyz border service», «пограничная служба Китая» ask for the service, not its posts
_BODY = re.compile(
    r"^(?:служб|service|комитет|committee|министерств|ministry|управлен|департамент|department|қызмет|agency"
    r"|агентств|guard|охран|отряд|застав)"
)
_RAIL = re.compile(r"^(?:железнодорож|ж/д|жд$|rail|теміржол|темір|станци|поезд|вагон)")
_ROAD = re.compile(r"^(?:автомоб|автодорож|грузовик|фур|машин|road|truck|автокөлік|жүк)")


def border_posts(query: str) -> list[str]:
    """Ids of the Kazakh posts on the border the query describes, in the gazetteer's
    order; [] when the query names no neighbour or asks for no crossing."""
    words = [w.strip("«»\"'.,()") for w in query.lower().replace("ё", "е").split()]
    words = [w for w in words if w]
    country = next((c for w in words for starts, c in _NEIGHBOURS if w.startswith(starts)), None)
    if country is None or not any(_ASKS.match(w) for w in words) or any(_BODY.match(w) for w in words):
        return []
    kind = "rail" if any(_RAIL.match(w) for w in words) else "road" if any(_ROAD.match(w) for w in words) else None
    regions = {r for w in words for r in _regions_of(w)}
    posts = [
        cp
        for cp in gazetteer.all()
        if cp.border == country and (not regions or cp.region in regions) and _kind_fits(cp.kind, kind)
    ]
    return [cp.id for cp in posts[:MOST]]


def _kind_fits(kind: str, wanted: str | None) -> bool:
    return wanted is None or kind == wanted or (wanted == "road" and kind in ("mixed", "passenger"))


def _regions_of(word: str) -> list[str]:
    """The gazetteer's names of the regions of ours a word names: by abbreviation
    («ЗКО»), by name in either language («Мангистау», «Маңғыстау»), or by adjective."""
    if len(word) < 3:
        return []
    key = names.fold(word if len(word) <= 4 else strip_case_ending(word))  # «ЗКО» has no ending
    return list(_region_keys().get(key[:6] if len(key) >= 6 else key, ()))


@lru_cache(maxsize=1)
def _region_keys() -> dict[str, tuple[str, ...]]:
    """A region's word keys (folded, six letters at most) → the region's Russian name."""
    text = resources.files("store").joinpath("data/regions.csv").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    for rec in csv.DictReader(io.StringIO(text)):
        if rec["type"] != "region":
            continue
        words = [w for w in (rec["name_ru"], rec["name_kk"]) if w]
        words = [strip_case_ending(w.split()[1] if w.lower().startswith("область ") else w.split()[0]) for w in words]
        words += [a for a in rec["abbreviations"].split("|") if a and not a.isascii()]
        for word in words:
            key = names.fold(word)
            if len(key) >= 3:
                out.setdefault(key[:6], []).append(rec["name_ru"])
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}

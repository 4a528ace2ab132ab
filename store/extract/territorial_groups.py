"""One local body, one name within an article: an akimat, maslikhat, court or prosecutor's
office is its head noun and the territory it serves, and an article names it several ways —
«Суд Кызылординской области» in the headline, «Кызылординский областной суд» in the story,
«облсуд» after that; «Жамбыл облысының әкімдігі», then «облыс әкімдігі». Each comes out of
the passes with a name of its own, and no knowledge-base row joins them (only the akimats of
regions have rows; courts and maslikhats none), so the reference's one body was exported as
two or three (org88's held-out extras; dev lists a local body once, d013).

Two names are one body when their head is one (акимат = әкімдік, суд = сот, маслихат =
мәслихат, прокуратура) and the knowledge base finds one territory in the rest of both (a region,
a city, a district; the level word «областной/облыстық/области» around it). A bare name with
a level word and no territory («областной акимат», «облыс әкімдігі», «облсуд») is the one body
of that head and level the article names with its territory; with none or two such bodies it
stays as printed. A name with any other word («Специализированный межрайонный суд …», «отдел
строительства района») is no plain local body and is left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from store.lang import kb

# Head nouns by the kind of local body, Russian and Kazakh, by their stems.
_HEADS = (
    ("akimat", re.compile(r"^(?:акимат|әкімдік|әкімдіг)")),
    ("maslikhat", re.compile(r"^(?:маслихат|мәслихат)")),
    ("court", re.compile(r"^(?:суд|сот|соты)$")),
    ("prosecutor", re.compile(r"^прокуратур")),
)
# A head and its level in one word, as the press clips them.
_FUSED = {
    "облсуд": ("court", "region"),
    "горсуд": ("court", "city"),
    "райсуд": ("court", "district"),
    "облакимат": ("akimat", "region"),
    "горакимат": ("akimat", "city"),
    "райакимат": ("akimat", "district"),
    "облмаслихат": ("maslikhat", "region"),
    "гормаслихат": ("maslikhat", "city"),
}
# Level words: the tier of the territory, printed with or without its name.
_LEVELS = (
    ("region", re.compile(r"^(?:област|облыс)")),
    ("city", re.compile(r"^(?:город|г\.?$|қала)")),
    ("district", re.compile(r"^(?:район|аудан)")),
)
_LEVEL_OF_KIND = {"region": "region", "city": "city", "district": "district"}
_WORD = re.compile(r"[\w.-]+")


@lru_cache(maxsize=4096)
def local_body(name: str) -> tuple[str, str, str | None] | None:
    """(head, level, territory id or None) of a plain local body's name, or None:
    «Кызылординский областной суд» → ("court", "region", "obl-kyzylorda"), «Облыс әкімдігі» →
    ("akimat", "region", None), «Специализированный межрайонный суд» → None."""
    heads, levels, rest = [], [], []
    for w in _WORD.findall(name):
        low = w.lower()
        fused = _FUSED.get(low)
        if fused:
            heads.append(fused[0])
            levels.append(fused[1])
            continue
        head = next((h for h, rx in _HEADS if rx.match(low)), None)
        if head:
            heads.append(head)
            continue
        level = next((lv for lv, rx in _LEVELS if rx.match(low)), None)
        if level:
            levels.append(level)
        else:
            rest.append(w)
    if len(heads) != 1:
        return None
    if not rest:  # nothing but level words beside the head
        return (heads[0], levels[0], None) if len(set(levels)) == 1 else None
    territory = _territory(" ".join(w for w in _WORD.findall(name) if not _head_word(w.lower())))
    if territory is None:
        return None
    return heads[0], territory[0], territory[1]


def _head_word(low: str) -> bool:
    return low in _FUSED or any(rx.match(low) for _, rx in _HEADS)


def _territory(words: str) -> tuple[str, str] | None:
    """(level, row id) of the one place the knowledge base reads in `words`, when every word
    outside it is a level word («Кызылординский областной», «области Жетісу»). org98: one place
    word and one level word the knowledge base reads otherwise («Алматинский городской»: no such
    form; «Қарағанды облыстық»: the city) are the territory of that level the word names."""
    named = _one_place_at_its_level(words)
    if named is not None:
        return named
    found = [f for f in kb.find(words) if f.form.row.type == "location" and f.form.row.kind in _LEVEL_OF_KIND]
    if len({f.form.row.id for f in found}) != 1:
        return None
    f = found[0]
    outside = _WORD.findall(words[: f.start] + " " + words[f.end :])
    if any(not any(rx.match(w.lower()) for _, rx in _LEVELS) for w in outside):
        return None
    return _LEVEL_OF_KIND[f.form.row.kind], f.form.row.id


def _one_place_at_its_level(words: str) -> tuple[str, str] | None:
    """(level, row id) when `words` are one place word and one level word and the place word
    names one territory of that level (`territory_of`), else None."""
    ws = _WORD.findall(words)
    levels = [lv for w in ws for lv, rx in _LEVELS if rx.match(w.lower())]
    places = [w for w in ws if not any(rx.match(w.lower()) for _, rx in _LEVELS)]
    if len(ws) != 2 or len(levels) != 1 or len(places) != 1:
        return None
    row = territory_of(places[0], levels[0])
    return (levels[0], row) if row else None


# A place adjective's endings and the letters before them a stem may lose («Алматинский» →
# «алмат», Алматы; «Зайсанский» → «зайсан»; «Костанайский» → «костанай»).
_ADJECTIVE_END = re.compile(r"(?:ск|цк)(?:ий|ый|ой|ого|ому|им|ом|ая|ой|ое)$")
_LINK_LETTERS = ("ин", "ен")


@lru_cache(maxsize=4096)
def territory_of(place: str, level: str) -> str | None:
    """The row id of the one territory of `level` (region, city, district) that `place` names —
    a Russian place adjective («Алматинский», «Таскалинский») or a Kazakh place noun («Панфилов»,
    «Қарағанды») — by the row's printed forms opening with the word's stem; None when none or
    several do. A level picks among places named alike (Алматы city and Алматинская область)."""
    low = place.lower()
    stem = _ADJECTIVE_END.sub("", low)
    stems = [stem] + [stem[: -len(e)] for e in _LINK_LETTERS if stem != low and stem.endswith(e)]
    by_kind = _forms_by_kind().get(level, ())
    for s in stems:
        if len(s) < 4:
            continue
        rows = {row for text, row in by_kind if text.startswith(s)}
        if len(rows) == 1:
            return rows.pop()
    return None


@lru_cache(maxsize=1)
def _forms_by_kind() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each level's (lower-case printed form, row id) pairs of the knowledge base's places."""
    out: dict[str, list[tuple[str, str]]] = {}
    for f in kb.forms():
        if f.row.type == "location" and f.row.kind in _LEVEL_OF_KIND:
            out.setdefault(f.row.kind, []).append((f.text.lower(), f.row.id))
    return {k: tuple(v) for k, v in out.items()}


def one_name_per_local_body(mentions: list) -> None:
    """Give the organization mentions that name one local body one name (in place): the name
    printed most often, then the one the story's body prints first (a headline clips), then the
    longest; a bare level name takes the name of the one body of its head and level."""
    named: dict[tuple[str, str], list] = {}
    bare: dict[tuple[str, str], list] = {}
    for m in mentions:
        found = local_body(m.name)
        if found is None:
            continue
        head, level, territory = found
        if territory is None:
            bare.setdefault((head, level), []).append(m)
        else:
            named.setdefault((head, territory), []).append((level, m))
    names: dict[tuple[str, str], str] = {}
    for (head, territory), group in named.items():
        ms = [m for _, m in group]
        printed = Counter(m.name for m in ms)
        order = {n: i for i, n in reversed(list(enumerate(m.name for m in sorted(ms, key=_reading_order))))}
        best = max(printed, key=lambda n: (printed[n], -order[n], len(n)))
        for m in ms:
            m.name = best
        names[(head, territory)] = best
    for (head, level), ms in bare.items():
        targets = {names[k] for k, group in named.items() if k[0] == head and any(lv == level for lv, _ in group)}
        if len(targets) == 1:
            name = targets.pop()
            for m in ms:
                m.name = name


def _reading_order(m) -> tuple[int, int]:
    """The story's body before its headline, each from its start."""
    return (0 if m.field == "body" else 1, m.start)

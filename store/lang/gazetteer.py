"""The gazetteer of border crossings: Kazakhstan's own (store/data/checkpoints.csv) and the
posts opposite them in the neighbouring countries (store/data/foreign_posts.csv).

Checkpoint mentions in articles are resolved against this list (see checkpoints.py),
and the store copies a row's attributes next to the entity it links. The CSV ships
inside the package (read through importlib.resources, so it works from a wheel or a
zip) and is parsed once per process. Sources and column meanings: docs/gazetteer.md and
docs/knowledge_base.md.

A foreign post is a checkpoint with its own `country`. Its `border` is the neighbour it
borders from its own side, which is always Казахстан (what the reference and a reader
expect: «Маштаково» is a Russian post on the border with Kazakhstan); its `region` is the
neighbour's region followed by the country in brackets, so the country survives into the
store and the export without a new column; its `opposite` names the Kazakh posts it faces.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from store.lang.checkpoint_spellings import derived

KINDS = ("road", "rail", "passenger", "mixed", "airport", "sea")
LAND_KINDS = ("road", "rail", "passenger", "mixed")
BORDERS = ("Китай", "Кыргызстан", "Узбекистан", "Туркменистан", "Россия")
HOME = "Казахстан"  # the country of checkpoints.csv rows, and the border of every foreign post


@dataclass(frozen=True)
class Checkpoint:
    """One crossing: its names in every script and spelling, and where it is."""

    id: str
    name_ru: str
    name_kk: str
    names_latin: tuple[str, ...]
    kind: str
    border: str
    region: str
    opposite: str
    former_names: tuple[str, ...]
    variants: tuple[str, ...]
    ambiguous: bool
    status: str
    notes: str
    country: str = HOME  # whose post it is: Казахстан, or the neighbour for a foreign post
    faces: tuple[str, ...] = ()  # for a foreign post, the ids of the Kazakh rows it faces
    # spellings the press gives the post that also name something else («Нурлы жол», the
    # state programme): read as the post only where the text speaks of posts, as a former name
    variants_in_context: tuple[str, ...] = ()
    # for a foreign post, the towns and districts it stands at or in when they are not its own
    # name («Тачэн», «Чугучак» for Бакту): search reads them, extraction never (a town is no post)
    towns: tuple[str, ...] = ()

    @property
    def foreign(self) -> bool:
        """A post on the neighbour's side (a foreign_posts.csv row)."""
        return self.country != HOME

    @property
    def side(self) -> str:
        """Which post it is, as every list and card says it: «border with Китай» for ours,
        «Китай's post» for a neighbour's («road, Казахстан» read as the border it is on)."""
        if self.foreign:
            return f"{self.country}'s post"
        return f"border with {self.border}" if self.border else ""

    @property
    def segment(self) -> str:
        """The stretch of Kazakhstan's border the post is on, named by the neighbour, for a
        post on either side: «Сырым» and the Russian «Маштаково» facing it are both on
        «Россия» (a foreign post's `border` is Казахстан, the border it sees)."""
        return self.country if self.foreign else self.border

    @property
    def label(self) -> str:
        """Its name as lists print it: a neighbour's post marked with its country's code
        («Хоргос (CN)» beside our «Хоргос», «Маштаково (RU)»)."""
        if not self.foreign:
            return self.name_ru
        code = country_codes().get(self.country)
        return f"{self.name_ru} ({code})" if code else f"{self.name_ru} ({self.country})"

    @property
    def described(self) -> str:
        """Its kind and side: «road, border with Узбекистан», «rail, Китай's post». Posts of
        one name on both sides («Хоргос», ours and two Chinese) read apart by it."""
        return ", ".join(part for part in (self.kind, self.side) if part)

    def all_names(self) -> list[str]:
        """Every name the crossing is written under (Russian, Kazakh, Latin, former, variants), once each."""
        names = [self.name_ru, self.name_kk, *self.names_latin, *self.former_names, *self.variants]
        names += self.variants_in_context
        names += self.spellings()
        return list(dict.fromkeys(n for n in names if n))

    def spellings(self) -> tuple[str, ...]:
        """The neighbours' spellings of its names, by orthography rules (checkpoint_spellings):
        «Жибек жоли» and «Jibek yoʻli» of «Жібек жолы», «Кордой» of «Қордай»; an Uzbek post's
        Kazakh spellings («Ғишт-Көпрік» of «Ғишткўприк»)."""
        ru_names = (self.name_ru, *self.variants)
        land = self.kind in LAND_KINDS
        return tuple(derived(self.name_kk, self.border, self.country, self.names_latin, ru_names, land))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split("|") if p.strip())


def _row(rec: dict[str, str]) -> Checkpoint:
    return Checkpoint(
        id=rec["id"].strip(),
        name_ru=rec["name_ru"].strip(),
        name_kk=rec["name_kk"].strip(),
        names_latin=_split(rec["names_latin"]),
        kind=rec["kind"].strip(),
        border=rec["border"].strip(),
        region=rec["region"].strip(),
        opposite=rec["opposite"].strip(),
        former_names=_split(rec["former_names"]),
        variants=_split(rec["variants"]),
        ambiguous=rec["ambiguous"].strip() == "1",
        status=rec["status"].strip(),
        notes=rec["notes"].strip(),
        variants_in_context=_split(rec.get("variants_in_context") or ""),
    )


_BRACKETED = re.compile(r"^(.*?)\s*\((.*)\)\s*$")


def _local_names(cell: str) -> tuple[str, ...]:
    """A `name_local` cell as separate names: «G'ishtko'prik (Ғишткўприк)» is two names."""
    m = _BRACKETED.match(cell.strip())
    parts = (m.group(1), m.group(2)) if m else (cell,)
    return tuple(p.strip() for p in parts if p.strip())


def _foreign_row(rec: dict[str, str], home: dict[str, Checkpoint]) -> Checkpoint:
    """A foreign_posts.csv row as a Checkpoint seen from its own side (see the module docstring)."""
    faces = _split(rec["faces"])
    name_ru = rec["name_ru"].strip()
    local = tuple(n for n in _local_names(rec["name_local"]) if n != name_ru)
    opposite = " / ".join(dict.fromkeys(home[f].name_ru for f in faces if f in home))
    country = rec["country"].strip()
    region = rec["region"].strip()
    return Checkpoint(
        id=rec["id"].strip(),
        name_ru=name_ru,
        name_kk="",
        names_latin=_split(rec["names_latin"]),
        kind=rec["kind"].strip(),
        border=HOME,
        region=f"{region} ({country})" if region else country,
        opposite=opposite,
        former_names=(),
        variants=tuple(dict.fromkeys(local + _split(rec["variants"]))),
        ambiguous=True,  # most are also towns and villages (Орск, Озинки, Николаевка)
        status="",
        notes=rec["notes"].strip(),
        country=country,
        faces=faces,
        towns=_split(rec.get("towns") or ""),
    )


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """A country's Russian name → its code in capitals, from countries.csv («Россия» → «RU»)."""
    return {r["name_ru"].strip(): r["id"].strip().upper() for r in _read("countries.csv")}


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("store").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@lru_cache(maxsize=1)
def _load() -> tuple[tuple[Checkpoint, ...], tuple[Checkpoint, ...], dict[str, Checkpoint]]:
    rows = tuple(_row(r) for r in _read("checkpoints.csv"))
    home = {r.id: r for r in rows}
    foreign_rows = tuple(_foreign_row(r, home) for r in _read("foreign_posts.csv"))
    return rows, foreign_rows, {**home, **{r.id: r for r in foreign_rows}}


def all() -> list[Checkpoint]:  # noqa: A001  (the module's public name, as `gazetteer.all()`)
    """Kazakhstan's own crossings, in the CSV's order (the main row for a place comes first)."""
    return list(_load()[0])


def foreign() -> list[Checkpoint]:
    """The neighbours' posts opposite Kazakhstan's, in foreign_posts.csv's order."""
    return list(_load()[1])


def get(ref: str) -> Checkpoint | None:
    """The crossing with this id, Kazakh or foreign, or an unlisted post (see unlisted_ref),
    or None."""
    return _load()[2].get(ref) or _unlisted(ref)


UNLISTED = "unlisted:"


def unlisted_ref(name: str, country: str, kind: str, faces: str) -> str:
    """The id of a neighbour's post no row holds, read from its pair with one of ours
    («Казыгурт» – «Ташкент» on the border with Uzbekistan): the id carries what the text
    told (its country, the kind of the crossing it is half of, the post it faces), so every
    process reads the same row back from it with get(), and nothing is kept in memory."""
    return f"{UNLISTED}{country}:{kind}:{faces}:{name}"


def _unlisted(ref: str) -> Checkpoint | None:
    """The row an unlisted_ref stands for; None for anything else."""
    if not ref.startswith(UNLISTED):
        return None
    parts = ref[len(UNLISTED) :].split(":", 3)
    if len(parts) != 4 or parts[0] not in BORDERS or parts[1] not in KINDS or not parts[3]:
        return None
    country, kind, faces, name = parts
    home = _load()[2].get(faces)
    return Checkpoint(
        id=ref,
        name_ru=name,
        name_kk="",
        names_latin=(),
        kind=kind,
        border=HOME,
        region=country,
        opposite=home.name_ru if home else "",
        former_names=(),
        variants=(),
        ambiguous=True,
        status="",
        notes="not in the gazetteer: read from its pair with a Kazakh post",
        country=country,
        faces=(faces,) if home else (),
    )


@lru_cache(maxsize=1)
def _first_of_name() -> dict[str, str]:
    """For each Russian name, the id of the first row that bears it (ours before foreign)."""
    first: dict[str, str] = {}
    for cp in _load()[0] + _load()[1]:
        first.setdefault(cp.name_ru.lower().replace("ё", "е"), cp.id)
    return first


def identity_suffix(ref: str, name: str | None = None) -> str:
    """What a stored checkpoint entity's key adds to its name so that two rows of one
    Russian name stay two entities (the Kazakh and the Chinese «Хоргос», the road and the
    rail «Бахты»): nothing for the first row of that name, «#id» for the others. Keyed by
    name alone, a store linked the entity to whichever row it met first, so every later
    «Бахты» took that row's kind and every later «Хоргос» its side. `name` is the name
    the mention is stored under when it is not the row's own (a former name: «Достык» of
    the road post Алаколь is kept apart from the rail «Достык»)."""
    cp = get(ref)
    if cp is None:
        return ""
    first = _first_of_name().get((name or cp.name_ru).lower().replace("ё", "е"))
    return "" if first in (None, ref) else f"#{ref}"

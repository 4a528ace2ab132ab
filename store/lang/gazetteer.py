"""The gazetteer of Kazakhstan's border crossings, loaded from store/data/checkpoints.csv.

Checkpoint mentions in articles are resolved against this list (see checkpoints.py),
and the store copies a row's attributes next to the entity it links. The CSV ships
inside the package (read through importlib.resources, so it works from a wheel or a
zip) and is parsed once per process. Sources and column meanings: docs/gazetteer.md.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

KINDS = ("road", "rail", "passenger", "mixed", "airport", "sea")
LAND_KINDS = ("road", "rail", "passenger", "mixed")
BORDERS = ("Китай", "Кыргызстан", "Узбекистан", "Туркменистан", "Россия")


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

    def all_names(self) -> list[str]:
        """Every name the crossing is written under (Russian, Kazakh, Latin, former, variants), once each."""
        names = [self.name_ru, self.name_kk, *self.names_latin, *self.former_names, *self.variants]
        return list(dict.fromkeys(n for n in names if n))


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
    )


@lru_cache(maxsize=1)
def _load() -> tuple[tuple[Checkpoint, ...], dict[str, Checkpoint]]:
    text = resources.files("store").joinpath("data/checkpoints.csv").read_text(encoding="utf-8")
    rows = tuple(_row(r) for r in csv.DictReader(io.StringIO(text)))
    return rows, {r.id: r for r in rows}


def all() -> list[Checkpoint]:  # noqa: A001  (the module's public name, as `gazetteer.all()`)
    """Every crossing, in the CSV's order (the main row for a place comes first)."""
    return list(_load()[0])


def get(ref: str) -> Checkpoint | None:
    """The crossing with this id, or None."""
    return _load()[1].get(ref)

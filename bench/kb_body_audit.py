"""Is the knowledge base's table of bodies complete? A checklist of Kazakhstan's state
bodies and national companies as of 2025–2026 against store/data/bodies.csv.

    python bench/kb_body_audit.py [--missing-only]

The checklist below (CHECKLIST) is the government's structure as the government portal
(gov.kz, «Государственные органы») and the companies' own sites list it: the ministries,
the committees of the ministries that act at the border or on trade and transport, the
bodies reporting to the President, the national companies and holdings, the special
economic zones, the dry port and the Khorgos centre, and the regional customs and border
units. Each entry says how to find its row (an id, else a Russian name the row must hold
in `name_ru`, `variants` or `former_names`) and what the row should carry:

- `kk`, `en`: a Kazakh, an English name;
- `abbr_ru`, `abbr_kk`, `abbr_latin`: an abbreviation in that script (one the press
  prints; an entry asks only for the scripts such a one exists in);
- `former`: a former name (the row's `former_names` not empty) for a body renamed since 2014.

Prints one line per entry with what is missing, then the counts. An entry names only what
this checklist's author knows the body to have: it is a floor, not the whole truth.
"""

from __future__ import annotations

import argparse
import csv
import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BODIES = REPO / "store" / "data" / "bodies.csv"
_KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


@dataclass(frozen=True)
class Entry:
    group: str
    find: str  # a row id, or a Russian name the row holds
    needs: tuple[str, ...]


def _e(group: str, find: str, *needs: str) -> Entry:
    return Entry(group, find, needs)


NAMES = ("kk", "en")
CHECKLIST: tuple[Entry, ...] = (
    # the ministries (gov.kz, 2025: twenty-one)
    _e("ministry", "ministry-finance", *NAMES, "abbr_ru", "abbr_kk", "abbr_latin"),
    _e("ministry", "ministry-economy", *NAMES, "abbr_ru", "abbr_kk"),
    _e("ministry", "ministry-foreign", *NAMES, "abbr_ru", "abbr_kk", "abbr_latin"),
    _e("ministry", "ministry-interior", *NAMES, "abbr_ru", "abbr_kk", "abbr_latin"),
    _e("ministry", "ministry-defence", *NAMES, "abbr_ru"),
    _e("ministry", "ministry-justice", *NAMES, "abbr_ru", "abbr_kk"),
    _e("ministry", "ministry-emergency", *NAMES, "abbr_ru", "abbr_kk"),  # its predecessor has a row
    _e("ministry", "ministry-health", *NAMES, "abbr_ru", "abbr_kk"),
    _e("ministry", "ministry-education", *NAMES, "abbr_ru", "abbr_kk", "former"),
    _e("ministry", "ministry-science", *NAMES, "abbr_ru", "abbr_kk"),
    _e("ministry", "ministry-labour", *NAMES, "abbr_ru", "abbr_kk"),
    _e("ministry", "ministry-culture", *NAMES, "abbr_ru", "abbr_kk", "former"),
    _e("ministry", "ministry-tourism", *NAMES, "abbr_ru", "abbr_kk"),
    _e("ministry", "ministry-agriculture", *NAMES, "abbr_ru", "abbr_kk"),
    _e("ministry", "ministry-ecology", *NAMES, "abbr_ru", "abbr_kk", "former"),
    _e("ministry", "ministry-water", *NAMES, "abbr_ru", "abbr_kk"),
    _e("ministry", "ministry-energy", *NAMES, "abbr_ru", "abbr_kk"),
    _e("ministry", "ministry-industry-construction", *NAMES, "abbr_ru", "abbr_kk"),  # split from ministry-iid
    _e("ministry", "ministry-transport", *NAMES, "abbr_ru", "abbr_kk", "former"),
    _e("ministry", "ministry-trade", *NAMES, "abbr_ru", "abbr_kk", "abbr_latin"),
    _e("ministry", "ministry-digital", *NAMES, "abbr_ru", "abbr_kk"),
    # committees that act at the border, on trade and on transport
    _e("committee", "kgd", *NAMES, "abbr_ru", "abbr_kk", "abbr_latin", "former"),
    _e("committee", "committee-roads", *NAMES, "abbr_ru"),
    _e("committee", "committee-transport", *NAMES),
    _e("committee", "committee-road-transport-control", *NAMES, "abbr_ru", "former"),
    _e("committee", "committee-civil-aviation", *NAMES, "abbr_ru"),
    _e("committee", "committee-veterinary", *NAMES, "abbr_ru"),
    _e("committee", "committee-agro-inspection", *NAMES, "abbr_ru"),
    _e("committee", "committee-sanitary", *NAMES, "abbr_ru", "former"),
    _e("committee", "committee-tech-regulation", *NAMES, "abbr_ru"),
    _e("committee", "committee-trade", *NAMES),
    _e("committee", "committee-migration", *NAMES),
    _e("committee", "committee-admin-police", *NAMES, "abbr_ru"),
    _e(
        "committee",
        "Комитет уголовно-исполнительной системы Министерства внутренних дел Республики Казахстан",
        *NAMES,
        "abbr_ru",
    ),
    _e("committee", "committee-monopolies", *NAMES, "abbr_ru", "former"),
    _e("committee", "committee-state-property", *NAMES, "abbr_ru"),
    _e("committee", "committee-treasury", *NAMES),
    _e("committee", "committee-water", *NAMES),
    _e("committee", "committee-investment", *NAMES),
    _e(
        "committee",
        "Комитет атомного и энергетического надзора и контроля Министерства энергетики Республики Казахстан",
        *NAMES,
        "abbr_ru",
    ),
    # the security bodies and those reporting to the President
    _e("president", "presidential-administration", *NAMES, "abbr_ru"),
    _e("president", "knb", *NAMES, "abbr_ru", "abbr_kk", "abbr_latin"),
    _e("president", "border-service", *NAMES, "abbr_ru", "abbr_kk"),
    _e("president", "Служба государственной охраны Республики Казахстан", *NAMES, "abbr_ru"),
    _e("president", "Служба внешней разведки Республики Казахстан «Сырбар»", *NAMES),
    _e("president", "afm", *NAMES, "abbr_ru", "former"),
    _e("president", "anticorruption", *NAMES),
    _e("president", "civil-service-agency", *NAMES, "abbr_ru"),
    _e("president", "aspr", *NAMES, "abbr_ru"),
    _e("president", "arrfr", *NAMES, "abbr_ru", "abbr_kk"),
    _e("president", "competition-agency", *NAMES, "abbr_ru"),
    _e("president", "audit-chamber", *NAMES, "abbr_ru", "former"),
    _e("president", "national-bank", *NAMES, "abbr_ru", "abbr_latin"),
    _e("president", "Центральная избирательная комиссия Республики Казахстан", *NAMES, "abbr_ru", "abbr_kk"),
    _e("president", "Конституционный суд Республики Казахстан", *NAMES),
    _e("president", "Верховный суд Республики Казахстан", *NAMES),
    _e("president", "prosecutor-general", *NAMES, "abbr_ru"),
    # national companies and holdings
    _e("company", "samruk-kazyna", *NAMES, "abbr_ru"),
    _e("company", "baiterek", *NAMES, "abbr_ru"),
    _e("company", "ktz", *NAMES, "abbr_ru", "abbr_kk", "abbr_latin"),
    _e("company", "ktz-express", *NAMES, "abbr_ru", "abbr_latin"),
    _e("company", "ktz-freight", *NAMES, "abbr_ru"),
    _e("company", "passenger-transport", *NAMES),
    _e("company", "kaztemirtrans", *NAMES),
    _e("company", "ktz-network", *NAMES, "abbr_ru"),
    _e("company", "kazmortransflot", *NAMES, "abbr_ru"),
    _e("company", "kedentransservice", *NAMES),
    _e("company", "kazavtozhol", *NAMES, "abbr_ru", "abbr_kk", "abbr_latin"),
    _e("company", "kazakh-invest", *NAMES),
    _e("company", "kmg", *NAMES, "abbr_ru", "abbr_kk", "abbr_latin"),
    _e("company", "qazaqgaz", *NAMES, "former"),
    _e("company", "kazpost", *NAMES),
    _e("company", "АО «Казахстанская компания по управлению электрическими сетями «KEGOC»", *NAMES),
    _e("company", "АО «Национальная атомная компания «Казатомпром»", *NAMES),
    _e("company", "АО «Самрук-Энерго»", *NAMES),
    _e("company", "qaztrade", *NAMES),
    _e("company", "kazakhexport", *NAMES),
    _e("company", "dbk", *NAMES, "abbr_ru", "abbr_latin"),
    _e("company", "aktau-port", *NAMES, "abbr_ru"),
    _e("company", "kuryk-port", *NAMES),
    _e("company", "Международная ассоциация «Транскаспийский международный транспортный маршрут»", *NAMES),
    # the special economic zones (gov.kz: thirteen or more), the dry port, the Khorgos centre
    _e("zone", "sez-khorgos", *NAMES, "abbr_ru"),
    _e("zone", "sez-aktau-port", *NAMES, "abbr_ru"),
    _e("zone", "mcps-khorgos", *NAMES, "abbr_ru", "abbr_latin"),
    _e("zone", "khorgos-gateway", *NAMES),
    _e("zone", "Специальная экономическая зона «Астана – новый город»", *NAMES, "abbr_ru"),
    _e(
        "zone",
        "Специальная экономическая зона «Национальный индустриальный нефтехимический технопарк»",
        *NAMES,
        "abbr_ru",
    ),
    _e("zone", "Специальная экономическая зона «Онтустик»", *NAMES, "abbr_ru"),
    _e("zone", "Специальная экономическая зона «Парк инновационных технологий»", *NAMES),
    _e("zone", "Специальная экономическая зона «Химический парк Тараз»", *NAMES, "abbr_ru"),
    _e("zone", "Специальная экономическая зона «Сарыарка»", *NAMES, "abbr_ru"),
    _e("zone", "Специальная экономическая зона «Павлодар»", *NAMES, "abbr_ru"),
    _e("zone", "Специальная экономическая зона «Qyzyljar»", *NAMES, "abbr_ru"),
    _e("zone", "Специальная экономическая зона «Turkistan»", *NAMES, "abbr_ru"),
    _e("zone", "icic-central-asia", *NAMES, "abbr_ru"),
    # regional customs and border units (pattern rows)
    _e("regional", "dgd", *NAMES, "abbr_ru", "abbr_kk"),
    _e("regional", "ugd", *NAMES, "abbr_ru"),
    _e("regional", "border-department", *NAMES),
    _e("regional", "knb-department", *NAMES, "abbr_ru"),
    _e("regional", "der", *NAMES, "abbr_ru"),
)


def _split(cell: str) -> list[str]:
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def _script(abbr: str, row: dict) -> str:
    """The script of an abbreviation: Latin; Kazakh when it has a Kazakh letter or spells
    the Kazakh name's initials and not the Russian's («МКД»: Мемлекеттік кірістер
    департаменті); else Russian."""
    if abbr.isascii():
        return "latin"
    if _KAZAKH_LETTERS.search(abbr):
        return "kk"
    return "kk" if _initials_of(abbr, row["name_kk"]) and not _initials_of(abbr, row["name_ru"]) else "ru"


def _initials_of(abbr: str, name: str) -> bool:
    """Are the abbreviation's letters, in order, first letters of the name's words?"""
    initials = iter(w[0].lower() for w in re.findall(r"\w+", name))
    return all(any(ch == i for i in initials) for ch in abbr.lower() if ch.isalpha())


def _names(row: dict) -> set[str]:
    return {row["name_ru"], *_split(row["variants"]), *_split(row["former_names"])}


def find_row(rows: list[dict], entry: Entry) -> dict | None:
    by_id = {r["id"]: r for r in rows}
    if entry.find in by_id:
        return by_id[entry.find]
    return next((r for r in rows if entry.find in _names(r)), None)


def gaps(row: dict, needs: tuple[str, ...]) -> list[str]:
    """What the row lacks of `needs`."""
    abbr_scripts = {_script(a, row) for a in _split(row["abbreviations"])}
    out = []
    for need in needs:
        if need in ("kk", "en") and not row[f"name_{need}"].strip():
            out.append(need)
        elif need.startswith("abbr_") and need[5:] not in abbr_scripts:
            out.append(need)
        elif need == "former" and not row["former_names"].strip():
            out.append(need)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--missing-only", action="store_true", help="print only the entries with a gap")
    args = ap.parse_args()
    with open(BODIES, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    missing_rows, counts, complete = 0, {}, 0
    for entry in CHECKLIST:
        row = find_row(rows, entry)
        if row is None:
            missing_rows += 1
            print(f"{entry.group:<10} MISSING ROW  {entry.find}")
            continue
        lacks = gaps(row, entry.needs)
        for g in lacks:
            counts[g] = counts.get(g, 0) + 1
        complete += not lacks
        if lacks or not args.missing_only:
            print(f"{entry.group:<10} {row['id']:<34} {'lacks ' + ', '.join(lacks) if lacks else 'ok'}")
    fields = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"
    print(
        f"checklist {len(CHECKLIST)} entries, bodies.csv {len(rows)} rows: {missing_rows} rows missing, "
        f"{complete} complete, gaps: {fields}"
    )


if __name__ == "__main__":
    main()

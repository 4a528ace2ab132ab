"""The knowledge base's data files (store/data/*.csv) have the shape the linking code will rely on.

These tests read the CSVs as shipped inside the `store` package, so they check what a wheel
would carry. They check form and cross-references, not whether a fact is true: where each
fact comes from is the row's `source` column (see docs/knowledge_base.md).
"""

import csv
import io
import re
import unicodedata
from importlib import resources

import pytest

from store.lang import gazetteer

COLUMNS = {
    "foreign_posts.csv": [
        "id",
        "name_ru",
        "name_local",
        "names_latin",
        "variants",
        "country",
        "kind",
        "region",
        "faces",
        "towns",
        "source",
        "notes",
    ],
    "regions.csv": [
        "id",
        "type",
        "name_ru",
        "name_kk",
        "name_latin_official",
        "names_en",
        "variants",
        "adjective_forms",
        "abbreviations",
        "former_names",
        "parent",
        "source",
        "notes",
    ],
    "bodies.csv": [
        "id",
        "kind",
        "name_ru",
        "name_kk",
        "name_en",
        "name_local",
        "variants",
        "abbreviations",
        "former_names",
        "parent",
        "country",
        "source",
        "notes",
    ],
    "countries.csv": [
        "id",
        "name_ru",
        "name_kk",
        "name_en",
        "variants_ru",
        "variants_kk",
        "variants_en",
        "source",
        "notes",
    ],
    "places.csv": [
        "id",
        "type",
        "country",
        "name_ru",
        "name_kk",
        "name_latin_official",
        "names_en",
        "variants",
        "adjective_forms",
        "abbreviations",
        "former_names",
        "parent",
        "source",
        "notes",
    ],
}
NAME_COLUMNS = {
    "countries.csv": ["name_ru", "name_kk", "name_en"],
    "foreign_posts.csv": ["name_ru", "name_local", "names_latin"],
    "regions.csv": ["name_ru", "name_kk", "name_latin_official", "names_en"],
    "bodies.csv": ["name_ru", "name_kk", "name_en"],
    "places.csv": ["name_ru", "name_kk", "name_latin_official", "names_en"],
}
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
INVISIBLE = re.compile(r"[\u0000-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]")


def _read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    text = resources.files("store").joinpath(f"data/{name}").read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    return list(reader.fieldnames or []), list(reader)


def _parts(cell: str) -> list[str]:
    return cell.split("|") if cell else []


@pytest.fixture(scope="module")
def kb():
    return {name: _read(name)[1] for name in COLUMNS}


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_header_is_exactly_the_documented_columns(name):
    header, rows = _read(name)
    assert header == COLUMNS[name]
    for row in rows:
        assert None not in row, (name, row["id"])  # a row with more cells than the header
        assert all(v is not None for v in row.values()), (name, row["id"])  # a row with fewer


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_ids_are_unique_stable_slugs(name, kb):
    ids = [r["id"] for r in kb[name]]
    assert len(ids) == len(set(ids)), name
    for i in ids:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i), (name, i)


def test_ids_do_not_collide_across_files(kb):
    """A linked mention stores only an id, so an id must name one thing in the whole base."""
    seen = {c.id: "checkpoints.csv" for c in gazetteer.all()}
    for name, rows in kb.items():
        for r in rows:
            assert r["id"] not in seen, (r["id"], name, seen.get(r["id"]))
            seen[r["id"]] = name


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_every_row_names_its_source_and_its_names(name, kb):
    for r in kb[name]:
        assert len(r["source"].strip()) >= 10, (name, r["id"])
        for col in NAME_COLUMNS[name]:
            assert r[col].strip(), (name, r["id"], col)


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_cells_are_clean(name, kb):
    """No empty `|` parts, no padding, no control, bidi or zero-width characters, NFC text."""
    for r in kb[name]:
        for col, cell in r.items():
            assert not INVISIBLE.search(cell), (name, r["id"], col)
            assert cell == unicodedata.normalize("NFC", cell), (name, r["id"], col)
            if col in ("source", "notes"):
                continue
            for part in _parts(cell):
                assert part and part == part.strip(), (name, r["id"], col, cell)


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_no_value_repeats_within_a_row(name, kb):
    """A `|` list holds each value once, and `variants` holds only names not given elsewhere in the row."""
    for r in kb[name]:
        for col, cell in r.items():
            parts = _parts(cell)
            assert len(parts) == len(set(parts)), (name, r["id"], col)
        names = {r[col] for col in NAME_COLUMNS[name]} | {r.get("name_kk", ""), r.get("name_en", "")}
        variants = [v for col in ("variants", "variants_ru", "variants_kk") for v in _parts(r.get(col, ""))]
        assert not set(variants) & names, (name, r["id"])


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_no_word_mixes_latin_and_cyrillic_letters(name, kb):
    """A word with letters of both scripts is a look-alike typo («Карагандa») that would never match text."""
    for r in kb[name]:
        for col, cell in r.items():
            for word in re.findall(r"[^\W\d_]+", cell):
                assert not (CYRILLIC.search(word) and LATIN.search(word)), (name, r["id"], col, word)


def test_scripts_fit_their_columns(kb):
    for name, rows in kb.items():
        for r in rows:
            assert CYRILLIC.search(r["name_ru"]), (name, r["id"])
            for col in ("names_latin", "name_latin_official", "names_en", "name_en"):
                if col in r:
                    assert not CYRILLIC.search(r[col]), (name, r["id"], col)
                    assert LATIN.search(r[col]), (name, r["id"], col)
            if "name_kk" in r:
                assert CYRILLIC.search(r["name_kk"]), (name, r["id"])


def test_countries_hold_kazakhstan_and_every_neighbour_in_both_scripts(kb):
    rows = {r["id"]: r for r in kb["countries.csv"]}
    assert {"kz", "ru", "cn", "kg", "uz", "tm"} <= set(rows)
    assert rows["kz"]["name_kk"] == "Қазақстан" and rows["ru"]["name_kk"] == "Ресей"


def test_foreign_posts_face_a_land_checkpoint_on_their_own_border(kb):
    for r in kb["foreign_posts.csv"]:
        assert r["country"] in gazetteer.BORDERS, r["id"]
        assert r["kind"] in gazetteer.LAND_KINDS, r["id"]
        assert r["region"], r["id"]
        for ref in _parts(r["faces"]):
            ours = gazetteer.get(ref)
            assert ours is not None, (r["id"], ref)
            assert ours.kind in gazetteer.LAND_KINDS and ours.border == r["country"], (r["id"], ref)
        if not r["faces"]:
            assert "not found" in r["notes"] or "unverified" in r["notes"], r["id"]  # the gap is said


def test_foreign_posts_towns_are_sourced_places_not_the_posts_own_names(kb):
    """A town or district beside a post (search lists the post facing it for «Тачэн») is said
    by the row's source after «towns:», and is none of the post's own names: those are the
    post already, read by extraction too."""
    with_towns = [r for r in kb["foreign_posts.csv"] if r["towns"]]
    assert len(with_towns) >= 10
    for r in with_towns:
        said = r["source"].split("towns:", 1)
        assert len(said) == 2, r["id"]
        assert any(town in said[1] for town in _parts(r["towns"])), r["id"]
        own = {r["name_ru"], r["name_local"], *_parts(r["names_latin"]), *_parts(r["variants"])}
        for town in _parts(r["towns"]):
            assert town == town.strip() and town not in own, (r["id"], town)
    by_id = {r["id"]: r for r in kb["foreign_posts.csv"]}
    assert gazetteer.get("cn-baketu").towns == tuple(_parts(by_id["cn-baketu"]["towns"]))
    assert "Тачэн" in gazetteer.get("cn-baketu").towns


def test_foreign_posts_cover_every_border(kb):
    countries = {r["country"] for r in kb["foreign_posts.csv"]}
    assert countries == set(gazetteer.BORDERS)


def test_regions_hold_the_17_oblasts_and_3_cities_of_republican_significance(kb):
    rows = kb["regions.csv"]
    assert {r["type"] for r in rows} <= {"region", "city", "district"}
    assert sum(r["type"] == "region" for r in rows) == 17
    assert sum(r["type"] == "city" and not r["parent"] for r in rows) == 3
    for name in ("область Абай", "область Жетісу", "область Ұлытау"):
        assert any(r["name_ru"] == name for r in rows), name


def test_region_parents_resolve_to_regions(kb):
    by_id = {r["id"]: r for r in kb["regions.csv"]}
    for r in kb["regions.csv"]:
        if r["type"] == "region":
            assert not r["parent"], r["id"]
        elif r["type"] == "district":
            assert by_id[r["parent"]]["type"] == "region", r["id"]
        elif r["parent"]:
            assert by_id[r["parent"]]["type"] == "region", r["id"]


def test_every_land_checkpoint_region_is_a_region_row(kb):
    names = {r["name_ru"] for r in kb["regions.csv"] if r["type"] == "region"}
    for c in gazetteer.all():
        if c.kind in gazetteer.LAND_KINDS:
            assert c.region in names, (c.id, c.region)


def test_region_abbreviations_are_unique_within_each_script(kb):
    """«ВКО» or «ZKO» must point at one region; a shared abbreviation would make linking guess."""
    owner = {}
    for r in kb["regions.csv"]:
        for abbr in _parts(r["abbreviations"]):
            assert owner.setdefault(abbr, r["id"]) == r["id"], (abbr, owner[abbr], r["id"])


def test_bodies_parents_resolve_and_kinds_are_known(kb):
    kinds = {
        "ministry",
        "committee",
        "department",
        "service",
        "government",
        "parliament",
        "akimat",
        "company",
        "port",
        "sez",
        "foreign_body",
        "agency",
        "international",
        "party",
    }
    by_id = {r["id"]: r for r in kb["bodies.csv"]}
    for r in kb["bodies.csv"]:
        assert r["kind"] in kinds, r["id"]
        assert r["country"], r["id"]
        if r["parent"]:
            assert r["parent"] in by_id and r["parent"] != r["id"], r["id"]
        if r["kind"] in ("foreign_body", "international"):
            assert r["country"] != "Казахстан", r["id"]
        else:
            assert r["country"] == "Казахстан", r["id"]


def test_pattern_rows_say_so(kb):
    """A `{region}` placeholder is a template the linker fills in, and its row must say it is one."""
    for name, rows in kb.items():
        for r in rows:
            if any("{" in v for k, v in r.items() if k not in ("source", "notes")):
                assert "pattern" in r["notes"].lower() or "follow" in r["notes"].lower(), (name, r["id"])


def test_an_akimat_for_every_region_and_city_of_republican_significance(kb):
    akimats = {r["id"] for r in kb["bodies.csv"] if r["kind"] == "akimat"}
    tops = [r for r in kb["regions.csv"] if r["type"] == "region" or (r["type"] == "city" and not r["parent"])]
    assert len(akimats) == len(tops) == 20

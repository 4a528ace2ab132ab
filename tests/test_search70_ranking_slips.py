"""search70: the ranking slips search69's held-out queries showed, on notes written for
these tests. A word being typed reaches a name it begins before a name it reaches through
another alias (store.search.name_begun); a surname inside the run a split reads as a
body's name is looked up as a word beside it; a post named whole comes before bodies a
run names only partly; a body whose name holds every word of the query comes before
what one word of it names."""

from __future__ import annotations

import json

import pytest

from store.cli import main
from store.search.name_begun import names_begun_first
from store.search.search_topics import Focus, whole_name_first

NOTES = [
    {
        "title": "Жайсан бекетінде жөндеу",
        "text": "Жайсан бекетінде жөндеу жұмыстары басталды, деп хабарлады шекара қызметі. "
        "Жүргізушілер кезекте екі сағат тұрды.",
    },
    {
        "title": "Алтынкөл станциясында жүк көп",
        "text": "Алтынкөл бекеті арқылы өткен вагондар саны артты. «Қазақстан темір жолы» ұлттық компаниясы кестені өзгертті.",
    },
    {
        "title": "Таможенники Жамбылской области",
        "text": "Сотрудники ДГД по Жамбылской области проверили грузовики на посту Кордай. "
        "Руководитель ведомства Жанибек Айжанов провел совещание.",
    },
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("slips")
    dump = folder / "notes.jsonl"
    dump.write_text("".join(json.dumps(n, ensure_ascii=False) + "\n" for n in NOTES), encoding="utf-8")
    db = folder / "s.db"
    assert main(["ingest", str(dump), "--db", str(db), "--quiet", "--jobs", "1"]) == 0
    return db


def _entities(capsys, db, query: str) -> list[dict]:
    capsys.readouterr()
    main(["search", query, "--json", "--db", str(db), "--limit", "10"])
    return [r for r in json.loads(capsys.readouterr().out) if r["kind"] == "entity"]


def test_a_typed_prefix_reaches_the_name_it_begins_first(store_path, capsys):
    """«Жай» begins the post Жайсан; the river Урал is reached only through its Kazakh
    name «Жайық»."""
    first = _entities(capsys, store_path, "Жай")[0]
    assert first["name"] == "Жайсан"


def test_a_name_matched_in_another_form_is_not_moved_down():
    results = [
        {"type": "checkpoint", "name": "Бесоба", "matched": "Бесоба", "score": 91.0},
        {"type": "location", "name": "Бесобинский район", "matched": "Бесоба ауданы", "score": 86.0},
    ]
    assert [r["name"] for r in names_begun_first([dict(r) for r in results], "бесобы")] == [
        "Бесоба",
        "Бесобинский район",
    ]


def test_another_alias_moves_under_the_names_begun():
    results = [
        {"type": "location", "name": "Река Тобол", "matched": "Тобыл", "score": 90.0},
        {"type": "checkpoint", "name": "Тобылжан", "matched": "Тобылжан", "score": 85.0},
    ]
    out = names_begun_first([dict(r) for r in results], "Тоб")
    assert [r["name"] for r in out] == ["Тобылжан", "Река Тобол"]
    assert out[1]["score"] < out[0]["score"]


def test_a_surname_inside_a_bodys_run_is_on_the_page(store_path, capsys):
    """«глава КГД Айжанов»: the run «КГД Айжанов» names the committee; the person the
    surname names is shown too."""
    top = [e["name"] for e in _entities(capsys, store_path, "глава КГД Айжанов")[:5]]
    assert "Жанибек Айжанов" in top


def test_a_post_named_whole_comes_before_bodies_named_partly(store_path, capsys):
    first = _entities(capsys, store_path, "темір жол Алтынкөл")[0]
    assert first["type"] == "checkpoint" and first["name"] == "Алтынколь"


def test_a_body_holding_every_word_comes_before_what_one_word_names(store_path, capsys):
    first = _entities(capsys, store_path, "DGD Zhambyl")[0]
    assert first["name"] == "ДГД по Жамбылской области"


def test_the_whole_name_must_hold_every_word():
    focus = Focus("ДГД", ["Кордай"], [{"id": 1, "name": "ДГД", "matched": "ДГД", "score": 100.0}])
    whole = {"id": 2, "name": "ДГД по Жамбылской области", "matched": "ДГД по Жамбылской области", "score": 84.0}
    assert whole_name_first("ДГД Кордай", focus, whole) is focus


def test_a_role_word_left_by_the_run_keeps_the_run_first():
    """«аким Караганда»: the run is the city and «аким» a post word, though the akimat's
    name holds both words."""
    focus = Focus("Караганда", ["аким"], [{"id": 1, "name": "Караганда", "matched": "Караганда", "score": 100.0}])
    whole = {
        "id": 2,
        "name": "Акимат Карагандинской области",
        "matched": "Акимат Карагандинской области",
        "score": 88.0,
    }
    assert whole_name_first("аким Караганда", focus, whole) is focus

"""Issue 16: search the way people type. Each kind of query on a small made-up store
(people invented here; places and bodies from the gazetteer and knowledge base)."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.model import Mention
from store.search.search import format_table, search, search_total
from store.search.search_kb import kb_rows, latin_abbreviations, with_kind_words
from tests.notes import opening, write_note

# (type, name, surfaces, [article bodies])
ENTITIES = [
    (
        "person",
        "Марат Жоламанов",
        ["Марат Жоламанов"],
        [
            "Марат Жоламанов провёл совещание о ремонте моста у границы.",
            "Марат Жоламанов вручил награды ветеранам.",
            "Марат Жоламанов открыл школу в ауле.",
        ],
    ),
    ("person", "Олжан Бекмуратов", ["Олжан Бекмуратов"], ["Олжан Бекмуратов выступил на форуме."]),
    ("checkpoint", "Алтынколь", ["Алтынколь"], ["На станции Алтынколь выросла очередь вагонов."]),
    ("checkpoint", "Алаколь", ["Алаколь"], ["Озеро Алаколь летом.", "Отдых на Алаколь.", "Туристы у Алаколь."]),
    ("location", "Восточно-Казахстанская область", ["ВКО"], ["В ВКО выпал снег."]),
]


def _write(st, n: int, body: str, mentions: list[Mention]) -> None:
    write_note(st, n, body, mentions, date=f"2026-01-{n:02d}", source="Выдуманное агентство")


@pytest.fixture
def store(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    n = 0
    with st.conn:
        for type_, name, surfaces, bodies in ENTITIES:
            for body in bodies:
                n += 1
                _write(st, n, body, [opening(type_, name, s) for s in surfaces])
        _write(st, 30, "Ремонт дорог в области продолжится весной.", [])
    yield st
    st.close()


def entities(results):
    return [r for r in results if r["kind"] == "entity"]


def test_name_with_topic_words_gives_the_entity_then_its_articles_by_topic(store):
    results = search(store, "Жоламанов ремонт", limit=10)
    assert results[0]["kind"] == "entity" and results[0]["name"] == "Марат Жоламанов"
    assert results[1]["kind"] == "article" and "ремонт" in results[1]["matched"].lower()
    assert "Жоламанов" in results[1]["matched"]  # his article, not the other one about repairs


def test_latin_name_with_english_topic_word(store):
    results = search(store, "Altynkol station", limit=5)
    assert results[0]["name"] == "Алтынколь"


def test_latin_query_reaches_cyrillic_article_text(store):
    results = search(store, "altynkol", type="article", limit=5)
    assert results and "Алтынколь" in results[0]["matched"]
    assert results[0]["date"] == "2026-01-05" and results[0]["source"] == "Выдуманное агентство"


def test_exact_fold_key_outranks_fuzzy_and_article_count(store):
    names = [r["name"] for r in entities(search(store, "altynkol", limit=5))]
    assert names.index("Алтынколь") < names.index("Алаколь") if "Алаколь" in names else names[0] == "Алтынколь"


def test_kind_words_in_three_languages():
    variants = with_kind_words("Abai region")
    assert {"abai oblast", "abai область", "abai облысы"} <= set(variants)
    assert "көлік министерство" in with_kind_words("Көлік министрлігі")


def test_region_named_with_another_languages_kind_word(store):
    hit = entities(search(store, "Жамбыл область", limit=5))[0]
    assert hit["name"] == "Жамбылская область" and hit["type"] == "location"


def test_latin_abbreviations_of_cyrillic_ones():
    assert {"QTJ", "KTZ", "KTZH"} <= set(latin_abbreviations("ҚТЖ"))
    assert latin_abbreviations("ВКО") == ["VKO"]
    assert latin_abbreviations("Министерство") == []


def test_latin_abbreviation_finds_the_stored_entity(store):
    hit = entities(search(store, "VKO", limit=5))[0]
    assert hit["name"] == "Восточно-Казахстанская область" and hit["id"] > 0 and hit["kb_id"] == "obl-east-kz"


@pytest.mark.parametrize("query, kb_id", [("KTZ", "ktz"), ("QTJ", "ktz"), ("KGD", "kgd")])
def test_latin_abbreviation_finds_a_body(store, query, kb_id):
    assert entities(search(store, query, type="organization", limit=5))[0]["kb_id"] == kb_id


def test_cyrillic_abbreviation_is_not_another_regions_latin_one(store):
    # WKO (West Kazakhstan) folds like ВКО; the Cyrillic query means East Kazakhstan only
    ids = [r.get("kb_id") for r in entities(search(store, "ВКО", limit=10))]
    assert "obl-west-kz" not in ids


def test_every_knowledge_base_row_is_searchable_with_zero_articles(store):
    hit = entities(search(store, "Bugristoe", limit=5))[0]
    assert hit["name"] == "Бугристое" and hit["articles"] == 0 and hit["kb_id"] == "ru-bugristoe"
    assert isinstance(hit["id"], int) and hit["id"] < 0  # no stored entity: a negative id, never a stored one
    assert {"kind", "type", "id", "name", "matched", "score"} <= set(hit)


def test_a_gazetteer_checkpoint_no_article_names():
    # every row of the four files is loaded, with its display name
    ids = {r.id for r in kb_rows()}
    assert {"khorgos", "ru-bugristoe", "obl-east-kz", "ktz"} <= ids


@pytest.mark.parametrize("prefix", ["а", "ал"])
def test_one_and_two_letters_give_word_prefixes(store, prefix):
    names = [r["name"] for r in search(store, prefix, limit=10)]
    assert "Алтынколь" in names and "Алаколь" in names
    assert "Олжан Бекмуратов" not in names  # «ол» is not «ал», whatever the index's coarse keys say


def test_two_letters_find_a_later_word(store):
    assert "Марат Жоламанов" in [r["name"] for r in search(store, "жо", limit=10)]


def test_true_totals_in_the_table(store):
    results = search(store, "ремонт", type="article", limit=1)
    total = search_total(store, "ремонт", type="article")
    assert total == 2
    assert format_table(results, total).splitlines()[-1] == "first 1 of 2"
    assert "first" not in format_table(results, 1)


def test_entity_rows_show_article_counts(store):
    table = format_table(search(store, "Алаколь", type="checkpoint", limit=1))
    assert "3 articles" in table

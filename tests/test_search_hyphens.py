"""A name written with a hyphen, a space or glued («X-Y», «X Y», «XY»), in any of
the three ways and inflected, finds the same stored entity at the same score.
Made-up names."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search import entities as ents
from store.search.search import search
from store.search.variants import _compound_stem, _stems
from tests.notes import opening, write_note

NAMES = [("checkpoint", "Кара-Су"), ("checkpoint", "Акжаргын"), ("checkpoint", "Темир Жол"), ("location", "Сарыжаз")]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = db.open_store(tmp_path_factory.mktemp("hy") / "s.db", write=True, create=True)
    with st.conn:
        for n, (type_, name) in enumerate(NAMES, 1):
            body = f"Через пункт {name} прошли грузовики."
            write_note(st, n, body, [opening(type_, name)], indexed="")
    yield st
    st.close()


@pytest.mark.parametrize(
    ("spellings", "name"),
    [
        (["Кара-Су", "Кара Су", "Карасу", "kara-su", "karasu"], "Кара-Су"),
        (["Ак-Жаргын", "Ак Жаргын", "Акжаргын", "Ақ-Жарғын", "ak zhargyn"], "Акжаргын"),
        (["Темир-Жол", "Темир Жол", "Темиржол", "temir-zhol"], "Темир Жол"),
        (["Сары-Жаз", "Сары Жаз", "Сарыжаз"], "Сарыжаз"),
    ],
)
def test_hyphen_space_and_glued_find_the_same_entity(store, spellings, name):
    for query in spellings:
        ents.clear_memo()
        top = search(store, query, type="entity", limit=3)[0]
        assert (top["name"], top["score"]) == (name, 100.0), query


@pytest.mark.parametrize(
    ("hyphenated", "glued", "name"),
    [
        ("Кара-Суға", "Карасуға", "Кара-Су"),
        ("Кара Суға", "Карасуға", "Кара-Су"),
        ("Сары-Жаза", "Сарыжаза", "Сарыжаз"),
        ("Сары Жаза", "Сарыжаза", "Сарыжаз"),
        ("Темир Жолом", "Темиржолом", "Темир Жол"),
    ],
)
def test_inflected_hyphenated_scores_as_inflected_glued(store, hyphenated, glued, name):
    ents.clear_memo()
    a = search(store, hyphenated, type="entity", limit=3)[0]
    b = search(store, glued, type="entity", limit=3)[0]
    assert a["name"] == b["name"] == name and a["score"] == b["score"] >= 95


def test_compound_stem_cuts_the_ending_inside_the_last_part():
    assert _compound_stem("Кара-Суға") == "кара су"
    assert _compound_stem("Усть-Каменогорска") == "усть каменогорск"
    assert _compound_stem("Хоргоса") == "хоргос"


def test_a_short_last_word_is_cut_with_the_word_before():
    assert _stems(["Темир", "Жолом"]) == ["темир жол"]
    assert _stems(["Хоргос", "очередь"]) == ["хоргос", "очередь"]

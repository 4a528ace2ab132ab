"""A knowledge-base name in a script fold() does not write (Chinese: «国务院», bodies.csv)
has no key in the index; typed whole, it still finds its row (issue 16: every row is
searchable), and a text of no letters finds nothing. An abbreviation whose first letter
is Е is typed with Ye too («YEBRR» for ЕБРР), as names are (Ержан → Yerzhan)."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search.search import search
from store.search.search_kb import latin_abbreviations


@pytest.fixture
def store(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    yield st
    st.close()


@pytest.mark.parametrize("typed", ["国务院", " 国务院 ", "国 务 院"])
def test_a_chinese_name_typed_whole_finds_its_row(store, typed):
    hits = search(store, typed, limit=5)
    assert hits and hits[0]["kb_id"] == "china-state-council" and hits[0]["articles"] == 0


@pytest.mark.parametrize("typed", ["国务", "!!!", "国务院院"])
def test_part_of_it_or_no_letters_find_nothing(store, typed):
    assert search(store, typed, limit=5) == []


def test_an_initial_ye_is_a_latin_spelling_of_an_abbreviation():
    assert {"ES", "YES"} <= set(latin_abbreviations("ЕС"))
    assert "YEABR" in latin_abbreviations("ЕАБР")
    assert latin_abbreviations("ВКО") == ["VKO"]
    assert not any(s.startswith("Y") or "YE" in s for s in latin_abbreviations("КГД"))


@pytest.mark.parametrize("typed, row", [("YEBRR", "ebrd"), ("YEEK", "eec")])
def test_an_abbreviation_typed_with_ye_finds_its_row(store, typed, row):
    assert search(store, typed, limit=5)[0]["kb_id"] == row

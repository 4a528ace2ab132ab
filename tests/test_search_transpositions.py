"""Two neighbouring letters swapped in a short name («Ксоак» for «Косак», «Tzahen» for
«Tazhen»): one swap leaves too few trigrams shared for the trigram index to offer the
name, so a query that matched nothing well is also looked up with each swap undone."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.lang import names
from store.lang.lemmas import lemmatize
from store.model import Article, Extraction, Mention
from store.search.search import search
from store.search.variants import TRANSPOSE_PENALTY, transposed_variants


@pytest.fixture
def store(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    body = "Через пункт Тажен проехали фуры."
    art = Article(file="1.txt", path="/in/1.txt", title="Заметка", body=body, raw=body, date="2026-03-02")
    mention = Mention(type="checkpoint", name="Тажен", surface="Тажен", start=12, end=17)
    with st.conn:
        db.write_article(st, art, Extraction(mentions=[mention], lemmas=lemmatize(body)))
    yield st
    st.close()


def test_each_swap_of_a_short_word_is_a_variant():
    keys = dict(transposed_variants("Тжаен"))
    assert names.fold("Тажен") in keys and set(keys.values()) == {TRANSPOSE_PENALTY}
    assert names.fold("Тжаен") not in keys


@pytest.mark.parametrize("query", ["Тажен станция", "Ак", "Достыкская", "12345"])
def test_no_swaps_for_long_short_or_several_words(query):
    assert transposed_variants(query) == []


@pytest.mark.parametrize("query", ["Тжаен", "Tzahen"])
def test_a_stored_name_with_two_letters_swapped(store, query):
    first = search(store, query, type="checkpoint", limit=5)[0]
    assert first["name"] == "Тажен" and first["articles"] == 1
    assert first["score"] == 100 - TRANSPOSE_PENALTY  # below an exact match: never taken for one


def test_a_knowledge_base_row_with_two_letters_swapped(store):
    assert search(store, "Ксоак", type="checkpoint", limit=5)[0]["kb_id"] == "kosak"


def test_an_exact_name_is_not_pushed_down_by_swaps(store):
    first = search(store, "Тажен", type="checkpoint", limit=5)[0]
    assert first["name"] == "Тажен" and first["score"] == 100

"""An English query with a nationality adjective («Kazakh Railways», «Uzbek
Railways») finds the body whose English name gives the country («Kazakhstan
Railways»), above the bodies that hold the adjective whole («Kazakh Government»)
(issue 16, srch37). Knowledge-base names are facts; the store is empty."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search import entities as ents
from store.search.search import search
from store.search.variants import query_variants, with_countries


@pytest.mark.parametrize(
    ("query", "read"),
    [
        ("Kazakh Railways", "Kazakhstan Railways"),
        ("kyrgyz border service", "Kyrgyzstan border service"),
        ("Sarybel Uzbek post", "Sarybel Uzbekistan post"),
        ("Kazakh", ""),  # the adjective alone is no country
        ("Sarybel railway", ""),
    ],
)
def test_with_countries(query, read):
    assert with_countries(query) == read


def test_the_reading_is_a_variant_with_a_penalty():
    keys = dict(query_variants("Kazakh Railways"))
    assert len(keys) == 2 and sorted(keys.values()) == [0.0, 3.0]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = db.open_store(tmp_path_factory.mktemp("na") / "s.db", write=True, create=True)
    yield st
    st.close()


@pytest.mark.parametrize(("query", "kb_id"), [("Kazakh Railways", "ktz"), ("Uzbek Railways", "uz-railway")])
def test_the_body_comes_first(store, query, kb_id):
    ents.clear_memo()
    top = search(store, query, type="entity", limit=5)[0]
    assert top.get("kb_id") == kb_id, (query, top)


def test_the_body_named_with_the_adjective_stays_first(store):
    ents.clear_memo()
    assert search(store, "Kazakh Government", type="entity", limit=5)[0].get("kb_id") == "government"

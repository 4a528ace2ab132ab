"""A body an article names without its ministry («State Revenue Committee» for the
«State Revenue Committee of the Ministry of Finance of Kazakhstan») is found as that
knowledge-base row's entity, not as a second body beside it (issue 16, srch37). The
row is a fact; the rule is checked on made-up names too."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.lang import names
from store.search import entities as ents
from store.search.search import search
from store.search.search_kb import _without_parent, body_name_keys


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Sarybel Water Supply Committee of the Ministry of Ecology of Kazakhstan", "Sarybel Water Supply Committee"),
        ("Комитет водных ресурсов Жанатаса Министерства экологии", "Комитет водных ресурсов Жанатаса"),
        ("Комитет транспорта Министерства транспорта", ""),  # two words left: several ministries have one
        ("Министерство финансов Республики Казахстан", ""),  # no ministry after it
    ],
)
def test_without_parent(name, head):
    key = names.fold(name)
    assert _without_parent(key) == ([names.fold(head)] if head else [])


def test_the_head_is_one_of_the_bodys_keys():
    keys = body_name_keys(names.fold("Sarybel Water Supply Committee of the Ministry of Ecology of Kazakhstan"))
    assert names.fold("Sarybel Water Supply Committee") in keys


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from tests.notes import opening, write_note

    st = db.open_store(tmp_path_factory.mktemp("pm") / "s.db", write=True, create=True)
    with st.conn:
        body = "The State Revenue Committee said trucks wait at the border."
        write_note(st, 1, body, [opening("organization", "State Revenue Committee")], indexed="")
    yield st
    st.close()


def test_the_stored_body_is_the_rows_entity(store):
    ents.clear_memo()
    hits = [r for r in search(store, "State Revenue Committee", type="entity", limit=5)]
    stored = [r for r in hits if r["name"] == "State Revenue Committee"]
    assert stored and stored[0].get("kb_id") == "kgd" and hits[0].get("kb_id") == "kgd", hits

"""Issue 16, naming misses: a body the knowledge base lists once is stored under whatever
form an article printed, with or without its legal form and country. Search links the
knowledge-base row to each such form (made-up articles; bodies from bodies.csv)."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.lang import names
from store.lang.lemmas import lemmatize
from store.model import Article, Extraction, Mention
from store.search.search import search
from store.search.search_kb import body_name_keys, core_key
from store.search.variants import query_variants
from tests.notes import write_note
from tests.test_tui_helpers import mention as tui_mention

# (name as an article printed it, made-up sentence)
BODIES = [
    ("Комитет нацбезопасности Казахстана", "Комитет нацбезопасности Казахстана провёл учения у моста."),
    ("АО «КазАвтоЖол»", "АО «КазАвтоЖол» покрасило разметку на подъезде к посту."),
]


@pytest.fixture
def store(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    with st.conn:
        for n, (name, body) in enumerate(BODIES, 1):
            mention = tui_mention(body, "organization", name, name)
            write_note(st, n, body, [mention], indexed="body", date=f"2026-02-{n:02d}", source="Выдуманное агентство")
    yield st
    st.close()


def _linked(results, kb_id):
    return [r for r in results if r["kind"] == "entity" and r.get("kb_id") == kb_id and r["id"] > 0]


@pytest.mark.parametrize(
    ("key", "core"),
    [
        ("ao nk zheltaia doroga", "zheltaia doroga"),
        ("komitet pogody rk", "komitet pogody"),
        ("pogodnaia sluzhba respubliki kazahstan", "pogodnaia sluzhba"),
        ("kr aua rai komiteti", "aua rai komiteti"),
        ("fgku zavod", "zavod"),
        ("ao nacionalnaia kompania zheltaia doroga", "zheltaia doroga"),
    ],
)
def test_core_key_drops_legal_form_and_country(key, core):
    assert core_key(key) == core


def test_too_short_a_core_is_kept_whole():
    assert core_key("ao rk") == "ao rk"
    assert body_name_keys("rk") == ["rk"]


def test_body_name_keys_add_forms_to_the_core():
    keys = body_name_keys("nk zheltaia doroga")
    assert {"zheltaia doroga", "ao zheltaia doroga", "ao nk zheltaia doroga", "zheltaia doroga rk"} <= set(keys)


def test_body_stored_with_its_country_is_the_knowledge_base_row(store):
    """«NSC» is a Latin abbreviation of the row; the article printed the body's name with «Казахстана»."""
    hits = _linked(search(store, "NSC"), "knb")
    assert hits and hits[0]["name"] == "Комитет нацбезопасности Казахстана" and hits[0]["articles"] == 1


def test_body_stored_with_a_shorter_legal_form_is_the_knowledge_base_row(store):
    hits = _linked(search(store, "QazAvtoJol"), "kazavtozhol")
    assert hits and hits[0]["name"] == "АО «КазАвтоЖол»" and hits[0]["articles"] == 1


def test_abbreviation_with_other_words_is_written_out():
    """A knowledge-base abbreviation beside other words is also looked up by the row's name."""
    keys = [key for key, _ in query_variants("ВКО снегопад")]
    assert names.fold("Восточно-Казахстанская область снегопад") in keys
    assert [key for key, _ in query_variants("ВКО")] == ["vko"]  # alone: the knowledge-base rows link it
    assert len(query_variants("Жоламанов ремонт")) == 1  # no abbreviation, nothing written out


@pytest.mark.parametrize("query", ["пресс-служба КГД", "КГД пресс-служба"])
def test_abbreviation_written_out_finds_the_bodys_own_unit(tmp_path, query):
    """The store names a unit of a body in full; the user types the unit and the body's
    abbreviation. Another body's unit of the same kind must not come first."""
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    units = ["Пресс-служба Комитета государственных доходов Министерства финансов", "Пресс-служба акимата"]
    with st.conn:
        for n, name in enumerate(units, 1):
            body = f"{name} сообщила о новом графике работы склада."
            art = Article(file=f"{n}.txt", path=f"/in/{n}.txt", title="Склад", body=body, raw=body, date="2026-02-03")
            mention = Mention(type="organization", name=name, surface=name, start=0, end=len(name))
            db.write_article(st, art, Extraction(mentions=[mention], lemmas=lemmatize(body)))
    try:
        first = search(st, query, type="organization")[0]["name"]
    finally:
        st.close()
    assert first == units[0]

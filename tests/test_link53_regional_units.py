"""Regional units of the knowledge base's pattern rows (store.lang.kb._unit_forms,
store.extract.linking._region_inside): a Kazakh name of a region's department («Түркістан
облысы бойынша Мемлекеттік кірістер департаменті») is the unit the Russian name («Департамент
государственных доходов по Туркестанской области») is, one entity in the store, with the
region still a place. Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.lang import kb
from store.lang.identity import entity_key
from store.search import search as engine
from tests.extracting import kb_rows, mentions
from tests.notes import opening, write_note


@pytest.mark.parametrize(
    "names, row",
    [
        (
            (
                "Департамент государственных доходов по Туркестанской области",
                "ДГД по Туркестанской области",
                "Түркістан облысы бойынша Мемлекеттік кірістер департаменті",
                "Department of State Revenue for Turkistan region",
            ),
            "dgd@obl-turkistan",
        ),
        (
            (
                "Департамент Пограничной службы КНБ по Жамбылской области",
                "ҰҚК Шекара қызметінің Жамбыл облысы бойынша департаменті",
            ),
            "border-department@obl-zhambyl",
        ),
        (
            (
                "Департамент государственных доходов по области Абай",
                "Абай облысы бойынша Мемлекеттік кірістер департаменті",
            ),
            "dgd@obl-abai",
        ),
        (
            (
                "Департамент государственных доходов по городу Алматы",
                "Алматы қаласы бойынша Мемлекеттік кірістер департаменті",
            ),
            "dgd@city-almaty",
        ),
        (
            (
                "Управление государственных доходов по Сарыагашскому району",
                "Сарыағаш ауданы бойынша Мемлекеттік кірістер басқармасы",
            ),
            "ugd@dist-saryagash",
        ),
    ],
)
def test_each_script_of_a_regional_unit_is_one_row(names, row):
    assert {entity_key("organization", n) for n in names} == {"kb:" + row}


def test_another_regions_unit_is_another_row():
    assert entity_key("organization", "ДГД по Жамбылской области") != entity_key(
        "organization", "ДГД по Туркестанской области"
    )


def test_a_kazakh_unit_is_found_declined_and_the_russian_one_is_left_to_the_join():
    text = "Жамбыл облысы бойынша Мемлекеттік кірістер департаментінің өкілі сөйледі."
    assert ("dgd@obl-zhambyl", "Жамбыл облысы бойынша Мемлекеттік кірістер департаментінің") in kb_rows(text)
    russian = "Представитель Департамента государственных доходов по Жамбылской области выступил."
    assert not [r for r, _ in kb_rows(russian) if kb.UNIT_SEPARATOR in r]


def test_a_kazakh_unit_names_its_region_as_a_place_too(extractor):
    text = "Кеше ҰҚК Шекара қызметінің Түркістан облысы бойынша департаменті бекеттегі кезек туралы хабарлады."
    assert "ҰҚК Шекара қызметінің Түркістан облысы бойынша департаменті" in mentions(extractor, text, "organization")
    assert "Түркістан облысы" in mentions(extractor, text, "location")


def test_a_russian_and_a_kazakh_article_naming_one_unit_are_one_entity(tmp_path):
    ru = "Департамент государственных доходов по Туркестанской области"
    kk = "Түркістан облысы бойынша Мемлекеттік кірістер департаменті"
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    try:
        with st.conn:
            write_note(st, 1, f"{ru} проверил фуры.", [opening("organization", ru)])
            write_note(st, 2, f"{kk} жүктерді тексерді.", [opening("organization", kk)])
        rows = st.conn.execute("SELECT id, name, article_count FROM entities WHERE type='organization'").fetchall()
        assert [r[1:] for r in rows] == [(ru, 2)]
        aliases = {a for (a,) in st.conn.execute("SELECT alias FROM aliases WHERE entity_id=?", (rows[0][0],))}
        assert {ru, kk} <= aliases
        for query in (ru, kk):
            found = [r for r in engine.search(st, query) if r["kind"] == "entity"]
            assert found and found[0]["id"] == rows[0][0], query
    finally:
        st.close()


@pytest.mark.parametrize(
    "name, row",
    [
        ("Мемлекеттік кірістер комитетінің Түркістан облысы бойынша департаменті", "dgd@obl-turkistan"),
        ("Қаржы министрлігі Мемлекеттік кірістер комитетінің Алматы облысы бойынша департаменті", "dgd@obl-almaty"),
        ("Шекара қызметінің Жамбыл облысы бойынша департаменті", "border-department@obl-zhambyl"),
        (
            "Қазақстан Республикасы Ұлттық қауіпсіздік комитеті Шекара қызметінің Батыс Қазақстан облысы бойынша департаменті",
            "border-department@obl-west-kz",
        ),
        ("Жамбыл облысы бойынша Экономикалық тергеу департаменті", "der@obl-zhambyl"),
    ],
)
def test_a_kazakh_unit_printed_after_its_parent_body_is_that_bodys_unit(name, row):
    assert entity_key("organization", name) == "kb:" + row


@pytest.mark.parametrize(
    "name",
    [
        "Батыс Қазақстан облысы бойынша полиция департаменті",  # no pattern row for the police
        "Алматы облысы бойынша департаменті",  # no body named
        "Көлік министрлігінің Жамбыл облысы бойынша департаменті",  # the ministry has no such unit row
    ],
)
def test_a_kazakh_unit_of_no_pattern_row_stays_unlinked(name):
    assert not entity_key("organization", name).startswith("kb:")

"""A query typed in the wrong keyboard layout («[jhujc» for «хоргос», «лрщкпщы» for
«khorgos») is read in the other layout when as typed it names nothing (store.search.layout)."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.model import Mention
from store.search.layout import layout_reading
from store.search.search import search, search_total
from tests.notes import write_note


def _write(st, n: int, body: str, mentions: list[Mention]) -> None:
    write_note(st, n, body, mentions, date=f"2026-02-{n:02d}", source="Выдуманное агентство")


@pytest.fixture
def store(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    with st.conn:
        name = "Алтынколь"
        _write(
            st,
            1,
            "У станции Алтынколь выросла очередь из вагонов.",
            [Mention(type="checkpoint", name=name, surface=name, start=10, end=19)],
        )
        _write(st, 2, "Кафе у дороги открылось после ремонта.", [])
    yield st
    st.close()


@pytest.mark.parametrize(
    "typed, meant",
    [("[jhujc", "хоргос"), ("ghbdtn", "привет"), ("fknsyrjkm", "алтынколь"), ("yeh ;jks", "нур жолы")],
)
def test_latin_keys_read_as_russian(typed, meant):
    assert layout_reading(typed) == meant


def test_russian_keys_read_as_latin():
    assert layout_reading("лрщкпщы") == "khorgos"


@pytest.mark.parametrize("query", ["khorgos", "altynkol", "Хоргос", "Алтынколь", "ab", "Қорғас"])
def test_text_that_looks_like_its_own_script_has_no_reading(query):
    assert layout_reading(query) == ""


def test_a_stored_name_typed_in_the_latin_layout(store):
    first = search(store, "fknsyrjkm", limit=5)[0]
    assert first["kind"] == "entity" and first["name"] == "Алтынколь" and first["articles"] == 1


def test_a_mistyped_name_reaches_its_articles(store):
    results = search(store, "fknsyrjkm", type="article", limit=5)
    assert [r["name"] for r in results] == ["Заметка 1"]
    assert search_total(store, "fknsyrjkm", type="article") == 1


def test_a_knowledge_base_name_typed_in_the_russian_layout(store):
    first = search(store, "лрщкпщы", limit=5)[0]
    assert first["kb_id"] == "khorgos"


def test_an_ordinary_word_typed_in_the_latin_layout_finds_article_text(store):
    results = search(store, "jxthtlm", type="article", limit=5)  # «очередь»
    assert [r["name"] for r in results] == ["Заметка 1"]


def test_a_query_that_names_something_is_never_reread(store):
    assert search(store, "Алтынколь", limit=1)[0]["matched"] == "Алтынколь"
    assert search(store, "ремонт", type="article", limit=5)[0]["name"] == "Заметка 2"


@pytest.mark.parametrize("typed", ["fknsyrjkm", "fknsyrjkmf"])  # «алтынколь» looks mistyped; so does its genitive
def test_a_reading_is_taken_when_the_typed_text_looks_mistyped(store, typed):
    assert search(store, typed, limit=3)[0]["name"] == "Алтынколь"


def test_a_query_that_found_nothing_is_read_in_the_other_layout(tmp_path):
    # «Кегенсу» (made up) on Latin keys is «rtutyce»: vowels enough for a Latin word, so
    # it does not look mistyped; it names nothing as typed, and its reading names the post
    st = db.open_store(tmp_path / "k.db", write=True, create=True)
    with st.conn:
        name = "Кегенсу"
        _write(st, 1, "Пост Кегенсу открыт.", [Mention(type="checkpoint", name=name, surface=name, start=5, end=12)])
    assert layout_reading("rtutyce") == ""
    assert search(st, "rtutyce", limit=3)[0]["name"] == name
    assert search(st, "xqzvbn", limit=3) == []  # nothing either way: no reading is made up


def test_a_query_whose_reading_finds_nothing_either_stays_empty(store):
    assert search(store, "ntrcn", limit=3) == []  # «текст»: no entity, no article either way


def test_a_name_with_a_dash_and_brackets_found_nothing_and_is_read_whole(tmp_path):
    # «Кегенсу – Тур (ТОО)» (made up) on Latin keys keeps its dash and brackets
    st = db.open_store(tmp_path / "d.db", write=True, create=True)
    name = "Кегенсу – Тур (ТОО)"
    with st.conn:
        _write(
            st,
            1,
            f"{name} открыло склад.",
            [Mention(type="organization", name=name, surface=name, start=0, end=len(name))],
        )
    typed = "Rtutyce – Neh (NJJ)"  # к r, е t, г u, н y, с c, у e, т n, р h, о j
    assert layout_reading(typed) == ""
    assert search(st, typed, limit=3)[0]["name"] == name

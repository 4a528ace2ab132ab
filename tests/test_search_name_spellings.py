"""search69: a query's article search also looks for the other spellings of the entities
it names (store.search.name_spellings), whatever the query's script: a Russian query
reaches the Kazakh and English pages that print the name their way, a Kazakh one the
English pages, an abbreviation the pages that print the name in full; and a page that
prints the name so comes before one holding a single word of the query."""

from __future__ import annotations

from store.db import store as db
from store.search.name_spellings import name_spellings, script_of
from store.search.search import search, search_total
from tests.notes import Mention, write_note

# Made-up notes about a made-up post, Коксайтал (Kazakh Көксайтал, English Koksaital),
# and a made-up body, the Комитет пограничного надзора (КПН).
NOTES = [
    ("Пост Коксайтал с понедельника работает круглосуточно.", "Коксайтал", "checkpoint", "Коксайтал"),
    ("Көксайтал бекетінде жүк көліктерінің кезегі азайды.", "Коксайтал", "checkpoint", "Көксайтал"),
    ("The Koksaital checkpoint reopened after repairs.", "Коксайтал", "checkpoint", "Koksaital"),
    ("Сотрудники КПН проверили документы водителей.", "КПН", "organization", "КПН"),
    ("Комитет пограничного надзора подвел итоги года.", "КПН", "organization", "Комитет пограничного надзора"),
    ("Пост Кумис жолы открыт для легковых машин.", "Кумис жолы", "checkpoint", "Кумис жолы"),
    ("Темір жолы бойынша жүк тасымалы өсті.", "", "", ""),
]


def _store(path):
    st = db.open_store(path, write=True, create=True)
    with st.conn:
        for n, (body, name, type_, surface) in enumerate(NOTES, 1):
            start = body.find(surface)
            mentions = (
                [Mention(type=type_, name=name, surface=surface, start=start, end=start + len(surface))] if name else []
            )
            write_note(st, n, body, mentions)
    return st


def _articles(st, query):
    return [r["name"] for r in search(st, query, "article", 10)]


def test_a_russian_query_reaches_the_kazakh_and_english_pages(tmp_path):
    st = _store(tmp_path / "s.db")
    assert set(_articles(st, "Коксайтал")) == {"Заметка 1", "Заметка 2", "Заметка 3"}
    assert search_total(st, "Коксайтал", "article") == 3


def test_a_kazakh_query_reaches_the_english_page(tmp_path):
    st = _store(tmp_path / "s.db")
    assert "Заметка 3" in _articles(st, "Көксайтал")


def test_an_abbreviation_reaches_the_pages_that_print_the_name_in_full(tmp_path):
    st = _store(tmp_path / "s.db")
    assert set(_articles(st, "КПН")) == {"Заметка 4", "Заметка 5"}
    assert search_total(st, "КПН", "article") == 2


def test_a_page_with_the_name_comes_before_one_with_a_word_of_it(tmp_path):
    """No page holds both words of «Күміс жолы»: the Russian page printing the name
    comes first, the page holding «жолы» alone after it."""
    st = _store(tmp_path / "s.db")
    assert _articles(st, "Күміс жолы")[0] == "Заметка 6"


def test_spellings_of_other_scripts_first_each_once_page_spellings_before_romanizations(tmp_path):
    st = _store(tmp_path / "s.db")
    post = search(st, "Коксайтал", "checkpoint", 5)[:1]
    spellings = name_spellings(st.conn, post, ["КОКСАЙТАЛ", "Коксайтал"], "Коксайтал")
    assert script_of(spellings[0]) != "russian"
    assert {"Коксайтал", "Көксайтал", "Koksaital"} <= set(spellings)
    assert "КОКСАЙТАЛ" not in spellings  # the name once whatever its capitals
    made = [s for s in spellings if script_of(s) == "latin" and s != "Koksaital"]  # the store's romanizations
    assert all(spellings.index("Koksaital") < spellings.index(s) for s in made)

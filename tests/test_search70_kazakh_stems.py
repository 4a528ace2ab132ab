"""search70: Kazakh plurals and case forms in search. The index held pymorphy2's Russian
guesses for Kazakh words, which keep «көліктері», «көліктердің» and «көлік» apart, so a
Kazakh topic word found only pages printing that very form. Since schema 12 the index
holds Kazakh stems for the words of Kazakh articles and for every word with a Kazakh
letter (store.lang.kazakh_stems), a query word asks for its stems as well as its lemma,
and a store indexed before is rebuilt by the migration (store.db.migrate_v12)."""

from __future__ import annotations

import pytest

from store import cli
from store.db import schema
from store.db.store import open_store
from store.lang.kazakh_stems import kazakh_stem, query_keys
from store.lang.lemmas import lemmatize
from tests.story_dumps import article_titles, ingest_stories

STORIES = [
    {"title": "Таңғы хабар", "text": "Шығыс бекетінде жүк көліктері таңнан бері тұр, жүргізушілер шаршады."},
    {"title": "Түскі хабар", "text": "Қала сыртындағы тұрақта көліктердің саны екі есе өсті."},
    {"title": "Кешкі хабар", "text": "Жаңа ережеге сәйкес әр көлікке электронды нөмір беріледі."},
    {"title": "Әкімдік хабары", "text": "Аудан әкімінің талабы бойынша жолдар жөнделеді."},
    {"title": "Вечерние новости", "text": "На посту у реки водители грузовиков ждали с утра до вечера."},
]
VEHICLES = {"Таңғы хабар", "Түскі хабар", "Кешкі хабар"}


@pytest.fixture
def store_path(tmp_path):
    return ingest_stories(tmp_path, STORIES)


def _titles(capsys, db, query: str) -> set[str]:
    return article_titles(capsys, db, query)


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("көлік", "көлік"),
        ("көліктері", "көлік"),
        ("көліктердің", "көлік"),
        ("көлігін", "көлік"),  # the voiced stem read as the bare one
        ("талабы", "талап"),
        ("облысында", "облыс"),  # the possessive's n before the locative
        ("қаласының", "қала"),  # -сы after a vowel
        ("жолдардағы", "жол"),
        ("қтж-ның", "қтж"),  # an ending hyphened to an abbreviation
        ("пропуск", "пропуск"),
    ],
)
def test_plural_possessive_and_case_endings_come_off(word, stem):
    assert kazakh_stem(word) == stem


def test_a_short_stem_keeps_its_ending():
    """«аудан» is not «ау» + the ablative: what stays must be three letters or more."""
    assert kazakh_stem("аудан") == "аудан"
    assert kazakh_stem("ауданда") == "аудан"


def test_an_ending_against_the_stems_vowels_stays():
    """«-лер» after a back-vowel stem is no Kazakh plural."""
    assert kazakh_stem("доллер") == "доллер"


def test_a_query_word_asks_for_both_readings_of_a_final_vowel():
    """«пункті» is «пункт» + «і» or «пунк» + «ті»: both keys are asked for."""
    assert {"пункт", "пунк"} <= set(query_keys("пункті"))


@pytest.mark.parametrize("query", ["көлік", "көліктер", "көліктерді", "көлігінің"])
def test_every_form_finds_every_form(store_path, capsys, query):
    assert _titles(capsys, store_path, query) == VEHICLES


def test_a_kazakh_word_pymorphy2_reads_as_russian_meets_its_stem(store_path, capsys):
    """«талабы» is a form pymorphy2's dictionary holds, so qa70's folding left it apart
    from «талап»; in a Kazakh article both are the stem «талап»."""
    assert _titles(capsys, store_path, "талап") == {"Әкімдік хабары"}


def test_russian_pages_are_searched_by_their_lemmas_as_before(store_path, capsys):
    assert _titles(capsys, store_path, "реки") == {"Вечерние новости"}
    # since search72 «грузовик» is a topic word (truck): the Kazakh «жүк көліктері» page too
    assert _titles(capsys, store_path, "грузовик") == {"Вечерние новости", "Таңғы хабар"}


def test_a_store_indexed_before_is_rebuilt_by_the_migration(store_path, capsys):
    """A schema-11 store (its index of pymorphy2 lemmas) is searched as it is (a read never
    upgrades a store, hyg68): it finds what schema 11 found, the one page of the form asked
    for, not the plural forms its old index kept apart; `borderdocs upgrade` migrates it to
    12 (and on, search71: 13 rebuilds it again), and then it finds them all."""
    st = open_store(store_path, write=True)
    with st.conn:
        st.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
        rows = st.conn.execute("SELECT rowid, title, body FROM articles").fetchall()
        st.conn.executemany(
            "INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)",
            [(r, lemmatize(t), lemmatize(b)) for r, t, b in rows],
        )
        st.conn.execute("UPDATE meta SET value='11' WHERE key='schema_version'")
    st.close()
    assert _titles(capsys, store_path, "көліктердің") == {"Түскі хабар"}
    st = open_store(store_path, write=False)
    assert schema.schema_version(st) == 11  # read as it is
    st.close()
    assert cli.main(["upgrade", "--db", str(store_path)]) == 0
    capsys.readouterr()
    assert _titles(capsys, store_path, "көліктердің") == VEHICLES
    st = open_store(store_path, write=False)
    assert schema.schema_version(st) == schema.SCHEMA_VERSION == 13
    st.close()

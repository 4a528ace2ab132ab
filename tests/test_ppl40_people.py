"""The people of the knowledge base (store/data/people.csv): the table's shape, how a
name is read as a row's, one stored person per row in any script, and search finding a
row by its Latin, Kazakh and inflected names even before an article names it. The
sentences are made up for these tests."""

import csv
import io
import re
from importlib import resources

import pytest

from store.lang import people
from store.lang.identity import KB_KEY, entity_key


def _rows(file: str) -> list[dict]:
    text = resources.files("store").joinpath(f"data/{file}").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


_TERM = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?)?$")


def test_every_row_has_an_id_names_a_country_posts_and_a_source():
    rows = _rows("people.csv")
    assert len(rows) >= 40
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert re.fullmatch(r"p-[a-z0-9-]+", r["id"]), r["id"]
        assert len(r["name_ru"].split()) >= 2 and len(r["name_kk"].split()) >= 2, r["id"]
        assert r["names_latin"] and r["country"] and r["source"].strip(), r["id"]
        assert r["posts"], r["id"]
        for post in people.get(r["id"]).posts:
            assert post.title and _TERM.match(post.took) and _TERM.match(post.left), (r["id"], post)
            if post.took and post.left:
                assert post.took <= post.left, (r["id"], post)


def test_the_heads_the_directives_table_lists_are_rows_too():
    """office_holders.csv (posts for directives) and people.csv name the same heads alike."""
    named = {r["name_ru"] for r in _rows("people.csv")}
    for r in _rows("office_holders.csv"):
        assert r["name_ru"] in named, r["name_ru"]


def test_ids_are_unique_across_the_knowledge_base():
    ids = [r["id"] for r in _rows("people.csv")]
    for file in ("checkpoints.csv", "foreign_posts.csv", "regions.csv", "places.csv", "bodies.csv", "countries.csv"):
        assert not set(ids) & {r["id"] for r in _rows(file)}, file


@pytest.mark.parametrize(
    "name",
    [
        "Олжас Бектенов",
        "Olzhas Bektenov",
        "Oljas Bektenov",
        "О. Бектенов",
        "Бектенов О.",
        "O. Bektenov",
    ],
)
def test_a_full_name_or_a_surname_with_its_initial_names_the_row(name):
    assert people.row_of_name(name).id == "p-bektenov"


@pytest.mark.parametrize("name", ["Қасым-Жомарт Тоқаев", "Kassym-Jomart Tokayev", "Касым-Жомарт Кемелевич Токаев"])
def test_kazakh_latin_and_patronymic_spellings_name_the_row(name):
    assert people.row_of_name(name).id == "p-tokayev"


def test_a_decree_prints_the_surname_first():
    assert people.row_of_name("Карабаев Марат Каримжанович").id == "p-karabayev"


@pytest.mark.parametrize("name", ["Бектенов", "Сапаров", "Иван Бектенов", "Т. Бектенов", "Жапаров"])
def test_a_bare_surname_or_another_given_name_names_no_row(name):
    assert people.row_of_name(name) is None


def test_two_rows_of_one_surname_are_told_apart_by_the_initial():
    assert people.row_of_name("С. Жапаров").id == "p-s-japarov"
    assert people.row_of_name("А. Жапаров").id == "p-a-japarov"


def test_every_spelling_of_a_row_is_one_stored_person():
    keys = {
        entity_key("person", n)
        for n in ("Нурлан Сауранбаев", "Нұрлан Сауранбаев", "Nurlan Sauranbayev", "Н. Сауранбаев")
    }
    assert keys == {KB_KEY + "p-sauranbayev"}


def test_a_person_no_row_names_keeps_the_letter_folded_key():
    assert entity_key("person", "Айгүл Құспан") == entity_key("person", "Айгуль Куспан")
    assert not entity_key("person", "Айгүл Құспан").startswith(KB_KEY)
    assert not entity_key("person", "Сауранбаев").startswith(KB_KEY)


def test_display_name_in_each_script():
    p = people.get("p-zhumangarin")
    assert people.display_name(p, "kk") == "Серік Жұманғарин"
    assert people.display_name(p, "latin") == "Serik Zhumangarin"
    assert people.display_name(p, "ru") == "Серик Жумангарин"


# ---------------------------------------------------------------- search


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory):
    from store.db import store as db

    store = db.open_store(tmp_path_factory.mktemp("ppl40") / "empty.db", write=True, create=True)
    yield store
    store.close()


def _first_person(store, query):
    from store.search.entities import clear_memo
    from store.search.search import search

    clear_memo()
    found = [r for r in search(store, query, limit=10) if r["kind"] == "entity" and r["type"] == "person"]
    return found[0] if found else None


@pytest.mark.parametrize(
    "query", ["bektenov", "Bektenov", "Бектенов", "Бектеновым", "Бектенова", "bektenof", "Бектенов поручение"]
)
def test_a_row_no_article_names_is_found_with_no_articles(empty_store, query):
    hit = _first_person(empty_store, query)
    assert hit is not None and hit["name"] == "Олжас Бектенов" and hit["articles"] == 0 and hit["kb_id"] == "p-bektenov"


@pytest.mark.parametrize("query", ["Жұманғарин", "Zhumangarin", "Жумангарину", "Серик Жумангарин"])
def test_kazakh_latin_and_inflected_surnames_find_the_row(empty_store, query):
    assert _first_person(empty_store, query)["kb_id"] == "p-zhumangarin"


# ---------------------------------------------------------------- the store


def test_a_v9_store_merges_the_spellings_of_a_row_person(tmp_path):
    from store.db import store as db
    from tests.notes import write_old_store

    path = tmp_path / "v9.db"
    write_old_store(
        path,
        [
            (1, "person", "Nurlan Sauranbayev", "nurlan sauranbayev", 1),
            (2, "person", "Нұрлан Сауранбаев", "нурлан сауранбаев", 2),
            (3, "person", "Иван Петров", "иван петров", 1),
        ],
        9,
    )
    store = db.open_store(path, write=True)
    try:
        assert db.schema_version(store) == db.SCHEMA_VERSION >= 10
        rows = store.conn.execute("SELECT name, key, mention_count FROM entities ORDER BY key").fetchall()
        assert rows == [("Нұрлан Сауранбаев", "kb:p-sauranbayev", 3), ("Иван Петров", "иван петров", 1)]
    finally:
        store.close()


def test_a_row_person_is_one_entity_named_by_a_printed_spelling_with_the_rows_aliases(tmp_path):
    """Latin and Kazakh spellings printed: one person, named by the Cyrillic one printed (not
    by a Russian spelling no article printed), found by every spelling of its row."""
    from store.db import store as db
    from store.db.entities import settle_linked_names, upsert_entity

    store = db.open_store(tmp_path / "s.db", write=True, create=True)
    try:
        conn = store.conn
        ids = {upsert_entity(conn, "person", n, None) for n in ("Nurlan Sauranbaev", "Нұрлан Сауранбаев")}
        assert len(ids) == 1
        eid = ids.pop()
        assert conn.execute("SELECT name FROM entities WHERE id=?", (eid,)).fetchone()[0] == "Нұрлан Сауранбаев"
        aliases = {a for (a,) in conn.execute("SELECT alias FROM aliases WHERE entity_id=?", (eid,))}
        assert {"Nurlan Sauranbayev", "Нурлан Сауранбаев", "Nurlan Sauranbaev"} <= aliases
        conn.execute(
            "INSERT INTO articles(id, title, body) VALUES ('a', 'a', 'Nurlan Sauranbaev')",
        )
        conn.execute(
            'INSERT INTO mentions(article_id, entity_id, field, start, "end", surface, name)'
            " VALUES ('a', ?, 'body', 0, 17, 'Nurlan Sauranbaev', 'Nurlan Sauranbaev')",
            (eid,),
        )
        assert settle_linked_names(conn) == 1  # only the Latin spelling is printed in an article now
    finally:
        store.close()


@pytest.mark.parametrize("query", ["Серик", "Нурлан", "Тулпарбек"])
def test_a_given_name_alone_or_another_surnames_typo_names_no_row(empty_store, query):
    """«Нурлан» is the given name of two rows; «Тулпарбек» is one edit from «Уларбек» (a given name)."""
    assert _first_person(empty_store, query) is None


def test_a_surname_typed_in_part_still_finds_its_row(empty_store):
    assert _first_person(empty_store, "Жумангар")["kb_id"] == "p-zhumangarin"


# ---------------------------------------------------------------- the linking pass


class _Ctx:
    def __init__(self):
        self.names = {}


def _linked(text, spans=()):
    from store.extract.linking import link_people

    ctx = _Ctx()
    out = link_people(text, list(spans), ctx)
    return [(s.type, text[s.start : s.end], ctx.names.get((s.start, s.end))) for s in out]


@pytest.mark.parametrize(
    "text, printed, name",
    [
        ("Совещание провёл Олжас Бектенов вчера.", "Олжас Бектенов", "Олжас Бектенов"),
        ("Доклад заслушан Олжасом Бектеновым вчера.", "Олжасом Бектеновым", "Олжас Бектенов"),
        ("Жиынды О.Бектенов өткізді.", "О.Бектенов", "О. Бектенов"),
        ("The meeting was held by Bektenov O. yesterday.", "Bektenov O.", "O. Bektenov"),
        ("Жарлыққа Қасым-Жомарт Тоқаевтың қолы қойылды.", "Қасым-Жомарт Тоқаев", "Қасым-Жомарт Тоқаев"),
    ],
)
def test_a_rows_person_with_a_given_name_or_initial_becomes_a_person(text, printed, name):
    assert _linked(text) == [("person", printed, name)]


@pytest.mark.parametrize(
    "text", ["Бектенов сказал, что пост откроют.", "Иван Бектенов открыл магазин.", "Т. Бектенов выступил."]
)
def test_a_bare_surname_or_another_given_name_is_left_alone(text):
    assert _linked(text) == []


def test_a_models_person_of_those_words_is_named_in_the_nominative():
    from store.extract.ner import NerSpan

    text = "Аким области Нуржан Нуржигитову доложили о ситуации."
    start = text.index("Нуржан")
    span = NerSpan("person", start, start + len("Нуржан Нуржигитову"), "Нуржан Нуржигитову")
    assert _linked(text, [span]) == [("person", "Нуржан Нуржигитову", "Нуржан Нуржигитов")]

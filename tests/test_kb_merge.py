"""One entity per knowledge-base row (store.lang.identity.entity_key, store.lang.kb.row_named,
store.db.migrate_v9): the Russian, Kazakh and Latin names of a body or place the knowledge
base lists are one stored entity, found by a search in either script, named by the full
Russian form its articles print most (store.db.entities.linked_name_rank), while each
article keeps its own spelling. Made-up notes; the names are rows of store/data."""

import sqlite3
from contextlib import closing

from store.db import store as db
from store.db.entities import name_rank
from store.db.export import iter_articles
from store.lang.identity import entity_key
from store.model import Mention
from store.search import search as engine
from tests.notes import opening, write_note, write_old_store

# (id, type, name, schema-8 key, mentions): two spellings of rows of store/data, one made-up place
ENTITIES = [
    (1, "location", "Казахстан", "казахстан", 3),
    (2, "location", "Қазақстан", "қазақстан", 2),
    (3, "organization", "Көлік министрлігі", "көлік министрлігі", 1),
    (4, "organization", "Министерство транспорта РК", "министерство транспорта рк", 2),
    (5, "location", "Кызылтасбулак", "кызылтасбулак", 1),
]


def test_the_scripts_of_a_row_share_its_key_and_others_keep_theirs():
    assert entity_key("location", "Қазақстан") == entity_key("location", "Kazakhstan") == "kb:kz"
    assert entity_key("organization", "Көлік министрлігі") == entity_key("organization", "Министерство транспорта")
    assert entity_key("organization", "Мемлекеттік кірістер комитеті") == entity_key("organization", "КГД")
    assert entity_key("organization", "АО «КазАвтоЖол»") == entity_key("organization", "КазАвтоЖол")
    assert entity_key("organization", "Комитет национальной безопасности Казахстана") == "kb:knb"
    assert entity_key("organization", "Қазақстанның Қаржы министрлігі") == entity_key("organization", "Минфин")
    assert entity_key("organization", "Министерство транспорта Кыргызстана") != "kb:ministry-transport"
    assert entity_key("location", "Кызылтасбулак") == "кызылтасбулак"  # in no row: its own key
    assert entity_key("organization", "МТ") == "мт"  # an abbreviation too often something else is not looked up


def test_among_forms_printed_alike_a_linked_entity_is_named_by_its_shortest_full_russian_name():
    linked = sorted(
        [
            "Көлік министрлігі",
            "Ministry of Transport",
            "Министерство транспорта РК",
            "Министерство транспорта",
            "МТ РК",
        ],
        key=lambda n: name_rank(n, "kb:ministry-transport"),
    )
    assert linked[0] == "Министерство транспорта"
    assert linked[-1] == "Ministry of Transport"
    assert sorted(["КГД", "Комитет государственных доходов"], key=lambda n: name_rank(n, "kb:kgd"))[0] == (
        "Комитет государственных доходов"
    )


def test_a_russian_and_a_kazakh_article_naming_one_body_are_one_entity(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    try:
        with st.conn:
            write_note(
                st,
                1,
                "Министерство транспорта РК открыло пост.",
                [opening("organization", "Министерство транспорта РК")],
            )
            write_note(st, 2, "Көлік министрлігі бекетті ашты.", [opening("organization", "Көлік министрлігі")])
        rows = st.conn.execute("SELECT id, name, article_count FROM entities WHERE type='organization'").fetchall()
        assert [r[1:] for r in rows] == [("Министерство транспорта РК", 2)]
        aliases = {a for (a,) in st.conn.execute("SELECT alias FROM aliases WHERE entity_id=?", (rows[0][0],))}
        assert {"Министерство транспорта РК", "Көлік министрлігі"} <= aliases
        for query in ("Көлік министрлігі", "Министерство транспорта", "министерство транспорта рк"):
            found = [r for r in engine.search(st, query) if r["kind"] == "entity"]
            assert found and found[0]["id"] == rows[0][0], query
        shown = {a["file"]: [e["name"] for e in a["entities"]] for a in iter_articles(st)}
        assert shown == {"1.txt": ["Министерство транспорта РК"], "2.txt": ["Көлік министрлігі"]}
    finally:
        st.close()


def test_a_new_store_keeps_one_place_and_each_articles_spelling(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    try:
        with st.conn:
            write_note(st, 1, "Kazakhstan opened a post.", [opening("location", "Kazakhstan")])
            write_note(st, 2, "Қазақстан бекетті ашты.", [opening("location", "Қазақстан")])
            write_note(st, 3, "Казахстан открыл пост.", [opening("location", "Казахстан")])
        rows = st.conn.execute("SELECT name, article_count FROM entities WHERE type='location'").fetchall()
        assert rows == [("Казахстан", 3)]  # the Russian name, whichever article came first
        shown = {a["file"]: [e["name"] for e in a["entities"]] for a in iter_articles(st)}
        assert shown == {"1.txt": ["Kazakhstan"], "2.txt": ["Қазақстан"], "3.txt": ["Казахстан"]}
    finally:
        st.close()


def test_an_ingest_names_the_entity_by_the_russian_form_printed_most(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    try:
        with st.conn:
            write_note(st, 1, "Центральная Азия ждёт.", [opening("location", "Центральная Азия")])
            for n in (2, 3):  # the press's other name, printed more here
                write_note(st, n, "Средняя Азия ждёт.", [opening("location", "Средняя Азия")])
            write_note(st, 4, "Орталық Азия күтеді.", [opening("location", "Орталық Азия")] * 3)  # Kazakh: not counted
        assert st.conn.execute("SELECT name FROM entities").fetchall() == [("Центральная Азия",)]  # the row's name
        assert db.name_linked_entities(st) == 1
        rows = st.conn.execute("SELECT name, key, article_count FROM entities").fetchall()
        assert rows == [("Средняя Азия", entity_key("location", "Центральная Азия"), 4)]
        assert db.name_linked_entities(st) == 0  # named already
    finally:
        st.close()


def _write_v8_store(path):
    write_old_store(path, ENTITIES, 8)


def test_a_v8_store_merges_the_spellings_of_a_row(tmp_path):
    path = tmp_path / "v8.db"
    _write_v8_store(path)
    store = db.open_store(path, write=True)
    try:
        conn = store.conn
        assert db.schema_version(store) == db.SCHEMA_VERSION >= 9
        rows = conn.execute("SELECT type, name, key, mention_count FROM entities ORDER BY type, name").fetchall()
        assert rows == [
            ("location", "Казахстан", "kb:kz", 5),
            ("location", "Кызылтасбулак", "кызылтасбулак", 1),
            ("organization", "Министерство транспорта РК", "kb:ministry-transport", 3),
        ]
        kz = conn.execute("SELECT id FROM entities WHERE key='kb:kz'").fetchone()[0]
        aliases = {a for (a,) in conn.execute("SELECT alias FROM aliases WHERE entity_id=?", (kz,))}
        assert {"Казахстан", "Қазақстан"} <= aliases
        names = {n for (n,) in conn.execute("SELECT DISTINCT name FROM mentions WHERE entity_id=?", (kz,))}
        assert names == {"Казахстан", "Қазақстан"}  # each mention keeps its article's spelling
    finally:
        store.close()
    again = db.open_store(path, write=True)  # a second open finds nothing to do
    try:
        assert again.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 3
    finally:
        again.close()


def _post(name: str, ref: str) -> Mention:
    return Mention(type="checkpoint", name=name, surface=name, start=0, end=len(name), ref=ref)


def test_a_post_under_its_former_name_is_its_rows_one_entity(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    try:
        with st.conn:
            write_note(st, 1, "Достык снова открыт для грузовиков.", [_post("Достык", "alakol")])
            write_note(st, 2, "Алаколь снова открыт для грузовиков.", [_post("Алаколь", "alakol")])
            write_note(st, 3, "Достык принял поезда.", [_post("Достык", "dostyk")])
        rows = st.conn.execute("SELECT e.name, c.id FROM entities e LEFT JOIN checkpoints c ON c.entity_id = e.id")
        assert sorted(rows.fetchall()) == [("Алаколь", "alakol"), ("Достык", "dostyk")]
        shown = {a["file"]: [e["name"] for e in a["entities"]] for a in iter_articles(st)}
        assert shown == {"1.txt": ["Достык"], "2.txt": ["Алаколь"], "3.txt": ["Достык"]}
    finally:
        st.close()


def test_a_v8_store_merges_a_posts_former_name_into_its_row(tmp_path):
    path = tmp_path / "v8.db"
    db.open_store(path, write=True, create=True).close()
    with closing(sqlite3.connect(path)) as c, c:
        c.execute("INSERT INTO articles(id, title, body) VALUES ('a', 'a', 'текст')")
        for eid, name, key in [(1, "Алаколь", "алаколь"), (2, "Достык", "достык#alakol")]:
            c.execute(
                "INSERT INTO entities(id, type, name, key, latin, roles, article_count, mention_count)"
                " VALUES (?,'checkpoint',?,?,?,'[]',1,1)",
                (eid, name, key, name),
            )
            c.execute(
                'INSERT INTO mentions(article_id, entity_id, field, start, "end", surface, role, name)'
                " VALUES ('a',?,'body',?,?,?,NULL,?)",
                (eid, eid * 10, eid * 10 + 5, name, name),
            )
        c.execute("INSERT INTO checkpoints(id, entity_id, name_ru) VALUES ('alakol', 2, 'Алаколь')")  # the last seen
        c.execute("UPDATE meta SET value='8' WHERE key='schema_version'")
    store = db.open_store(path, write=True)
    try:
        conn = store.conn
        assert conn.execute("SELECT id, name, key, mention_count FROM entities").fetchall() == [
            (1, "Алаколь", "алаколь", 2)
        ]
        assert conn.execute("SELECT entity_id FROM checkpoints WHERE id='alakol'").fetchone() == (1,)
        assert {n for (n,) in conn.execute("SELECT name FROM mentions")} == {"Алаколь", "Достык"}
    finally:
        store.close()

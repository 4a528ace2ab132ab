"""Schema 6 (store.db.migrate_v6): a store keyed by the old entity key (case, ё and
spacing only) is re-keyed by store.lang.identity and the rows that now collide are
merged, losing nothing. The old store is written here by raw SQL in the v4 shape
(mentions without `name`), with made-up names."""

import sqlite3
from contextlib import closing

import pytest

from store.db import migrate_v6
from store.db import store as db

# (id, type, name, old key, mentions as (article, role)) — the old key folded case, ё, spacing.
ENTITIES = [
    (1, "person", "Қайрат Жұмабеков", "қайрат жұмабеков", [("kk", "аким")]),
    (2, "person", "Кайрат Жумабеков", "кайрат жумабеков", [("ru1", None), ("ru2", "министр")]),
    (3, "organization", "ТОО «Синий Лог»", "тоо «синий лог»", [("kk", None)]),
    (4, "organization", 'ТОО "Синий Лог"', 'тоо "синий лог"', [("ru1", None), ("ru2", None)]),
    (5, "location", "Усть - Озёрный", "усть - озерный", [("ru1", None)]),
    (6, "location", "Усть-Озерный", "усть-озерный", [("ru2", None)]),
    (7, "checkpoint", "Пост «Тихий»", "пост «тихий»", [("ru1", None), ("ru2", None)]),
    (8, "checkpoint", 'Пост "Тихий"', 'пост "тихий"', [("kk", None)]),
    (9, "person", "Олег Пескарёв", "олег пескарев", [("ru1", None)]),
    (10, "location", "Қарасу", "қарасу", [("kk", None)]),  # Kazakh letters fold for persons only
    (11, "location", "Карасу", "карасу", [("ru1", None)]),
]


def _write_old_store(path):
    db.open_store(path, write=True, create=True).close()
    with closing(sqlite3.connect(path)) as c, c:
        c.execute("ALTER TABLE mentions DROP COLUMN name")
        for aid in ("kk", "ru1", "ru2"):
            c.execute("INSERT INTO articles(id, title, body) VALUES (?,?,?)", (aid, aid, "текст"))
        for eid, type_, name, key, mentions in ENTITIES:
            roles = sorted({r for _, r in mentions if r})
            c.execute(
                "INSERT INTO entities(id, type, name, key, latin, roles, article_count, mention_count)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (eid, type_, name, key, name, str(roles).replace("'", '"'), len(mentions), len(mentions)),
            )
            c.execute(
                "INSERT INTO aliases(entity_id, alias, key, origin) VALUES (?,?,?,?)", (eid, name, name, "canonical")
            )
            c.execute(
                "INSERT INTO aliases(entity_id, alias, key, origin) VALUES (?,?,?,?)",
                (eid, f"{name} (форма {eid})", "x", "text"),
            )
            for aid, role in mentions:
                c.execute(
                    'INSERT INTO mentions(article_id, entity_id, field, start, "end", surface, role)'
                    " VALUES (?,?,?,?,?,?,?)",
                    (aid, eid, "body", 0, 5, name, role),
                )
        c.execute("INSERT INTO aliases(entity_id, alias, key, origin) VALUES (2, 'Жумабеков К.', 'x', 'text')")
        c.execute("INSERT INTO aliases(entity_id, alias, key, origin) VALUES (1, 'Жумабеков К.', 'x', 'canonical')")
        c.execute("INSERT INTO checkpoints(id, entity_id, name_ru) VALUES ('made-up-tikhiy', 8, 'Тихий')")
        c.execute(
            "INSERT INTO directives(article_id, by_entity_id, \"by\", what, sentence) VALUES ('kk', 1, ?, ?, ?)",
            ("Қайрат Жұмабеков", "открыть пост", "Аким поручил открыть пост."),
        )
        c.execute(
            "INSERT INTO facts(article_id, checkpoint_id, kind, text) VALUES ('ru1', 'made-up-tikhiy', 'queue', 'x')"
        )
        c.execute("UPDATE meta SET value='4' WHERE key='schema_version'")


def _counts(conn):
    return {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("entities", "mentions", "aliases", "directives", "checkpoints", "facts")
    }


@pytest.fixture
def migrated(tmp_path):
    path = tmp_path / "v4.db"
    _write_old_store(path)
    with closing(sqlite3.connect(path)) as c, c:
        before = _counts(c)
        aliases_before = {a for (a,) in c.execute("SELECT alias FROM aliases")}
    store = db.open_store(path, write=True)
    yield store, before, aliases_before
    store.close()


def test_counts_before_and_after(migrated):
    store, before, _ = migrated
    assert db.schema_version(store) == db.SCHEMA_VERSION >= 6
    after = _counts(store.conn)
    assert before["entities"] == 11 and after["entities"] == 7  # 1+2, 3+4, 5+6, 7+8 merged
    for table in ("mentions", "directives", "checkpoints", "facts"):
        assert after[table] == before[table]
    # Only the alias both persons held twice is one row now.
    assert after["aliases"] == before["aliases"] - 1


def test_nothing_is_lost(migrated):
    store, _, aliases_before = migrated
    conn = store.conn
    assert {a for (a,) in conn.execute("SELECT alias FROM aliases")} == aliases_before
    assert conn.execute(
        "SELECT count(*) FROM mentions WHERE entity_id NOT IN (SELECT id FROM entities)"
    ).fetchone() == (0,)
    assert conn.execute("SELECT sum(mention_count) FROM entities").fetchone() == (14,)


def test_the_survivor_is_the_most_mentioned_row_named_by_the_best_spelling(migrated):
    store, _, _ = migrated
    conn = store.conn
    person = conn.execute(
        "SELECT id, name, key, roles, mention_count, article_count FROM entities WHERE type='person' AND id != 9"
    ).fetchone()
    assert person == (2, "Кайрат Жумабеков", "кайрат жумабеков", '["аким", "министр"]', 3, 3)
    assert conn.execute("SELECT by_entity_id FROM directives").fetchone() == (2,)
    # The alias both held keeps the stronger origin.
    assert conn.execute("SELECT origin FROM aliases WHERE alias='Жумабеков К.'").fetchone() == ("canonical",)
    org = conn.execute("SELECT id, key FROM entities WHERE type='organization'").fetchone()
    assert org == (4, "тоо синий лог")
    assert conn.execute("SELECT entity_id FROM checkpoints").fetchone() == (7,)
    assert conn.execute("SELECT key FROM entities WHERE type='location' AND name LIKE 'Усть%'").fetchall() == [
        ("усть-озерный",)
    ]


def test_places_keep_kazakh_and_russian_rows_apart(migrated):
    store, _, _ = migrated
    names = {n for (n,) in store.conn.execute("SELECT name FROM entities WHERE type='location'")}
    assert {"Қарасу", "Карасу"} <= names


def test_each_mention_keeps_its_articles_name(migrated):
    store, _, _ = migrated
    rows = dict(store.conn.execute("SELECT article_id, name FROM mentions WHERE entity_id=2 ORDER BY article_id"))
    assert rows == {"kk": "Қайрат Жұмабеков", "ru1": "Кайрат Жумабеков", "ru2": "Кайрат Жумабеков"}


def test_running_the_step_twice_changes_nothing(migrated):
    store, _, _ = migrated
    before = _counts(store.conn), store.conn.execute("SELECT * FROM entities ORDER BY id").fetchall()
    with store.conn:
        migrate_v6.upgrade(store.conn)
    assert (_counts(store.conn), store.conn.execute("SELECT * FROM entities ORDER BY id").fetchall()) == before


def test_the_export_shows_each_article_what_it_showed_before(migrated):
    from store.db import export

    store, _, _ = migrated
    people = {
        r["id"]: [(e["name"], e["canonical"]) for e in r["entities"] if e["type"] == "person"]
        for r in export.iter_articles(store)
    }
    assert people["kk"] == [("Қайрат Жұмабеков", "Кайрат Жумабеков")]
    assert people["ru1"] == [("Кайрат Жумабеков", "Кайрат Жумабеков"), ("Олег Пескарёв", "Олег Пескарёв")]

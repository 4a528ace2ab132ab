"""Schema 8 (store.db.migrate_v8): persons stored under the schema-6 key, which
kept the soft sign, are re-keyed without it and the rows that now collide are merged;
other types are left as they are. Made-up names, written by raw SQL."""

from store.db import store as db
from store.lang.identity import entity_key
from tests.notes import write_old_store

# (id, type, name, schema-6 key, mentions)
ENTITIES = [
    (1, "person", "Айгуль Тасқынова", "айгуль таскынова", 2),
    (2, "person", "Айгүл Тасқынова", "айгул таскынова", 1),
    (3, "location", "Кызылтасбулак", "кызылтасбулак", 1),
    (4, "location", "Қызылтасбұлақ", "қызылтасбұлақ", 1),  # places never fold by letters: two rows stay two
]


def _write_v6_store(path):
    write_old_store(path, ENTITIES, 6)


def test_soft_sign_is_no_difference_between_two_persons():
    assert entity_key("person", "Айгуль Тасқынова") == entity_key("person", "Айгүл Таскынова")
    assert entity_key("location", "Кызылтасбулак") != entity_key("location", "Қызылтасбұлақ")


def test_v6_store_merges_the_persons_and_keeps_the_rest(tmp_path):
    path = tmp_path / "v6.db"
    _write_v6_store(path)
    store = db.open_store(path, write=True)
    try:
        conn = store.conn
        assert db.schema_version(store) == db.SCHEMA_VERSION >= 8
        persons = conn.execute("SELECT id, key, mention_count FROM entities WHERE type='person'").fetchall()
        assert len(persons) == 1
        eid, key, _ = persons[0]
        assert key == entity_key("person", "Айгүл Тасқынова")
        assert conn.execute("SELECT count(*) FROM mentions WHERE entity_id=?", (eid,)).fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM entities WHERE type='location'").fetchone()[0] == 2
    finally:
        store.close()

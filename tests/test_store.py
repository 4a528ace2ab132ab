"""The store on its own: schema, versions, open modes, idempotent writes, merging."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from store.db import schema
from store.db import store as db
from store.model import Article, Extraction, Mention


def _article(title="Хоргос открыт", body="Пункт пропуска Хоргос открыт после реконструкции.", file="a.txt"):
    return Article(file=file, path=f"/x/{file}", title=title, body=body, raw=body, date="2025-01-02")


def _extraction(*mentions):
    return Extraction(mentions=list(mentions), lemmas="хоргос открыть\nпункт пропуск хоргос открыть")


@pytest.fixture
def store(tmp_path):
    s = db.open_store(tmp_path / "t.db", write=True, create=True)
    yield s
    s.close()


def test_new_store_records_schema_and_uses_wal(store):
    assert db.schema_version(store) == db.SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(db.StoreError, match="no store here"):
        db.open_store(tmp_path / "nope.db")


def test_same_article_twice_is_stored_once(store):
    with store.conn:
        assert db.write_article(store, _article(), _extraction()) is True
        # same content under another file name, with different whitespace and case
        again = _article(title="ХОРГОС  открыт", file="copy.txt")
        assert db.write_article(store, again, _extraction()) is False
    assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_entities_merge_across_case_and_yo(store):
    m1 = Mention("person", "Пётр Иванов", "Пётр Иванов", 0, 11)
    m2 = Mention("person", "ПЕТР ИВАНОВ", "Петра Иванова", 20, 33)
    with store.conn:
        db.write_article(store, _article(), _extraction(m1, m2))
    rows = store.conn.execute("SELECT name, mention_count, article_count FROM entities").fetchall()
    assert rows == [("Пётр Иванов", 2, 1)]
    aliases = {r[0] for r in store.conn.execute("SELECT alias FROM aliases")}
    assert {"Пётр Иванов", "Петра Иванова"} <= aliases


def test_short_person_names_join_the_one_full_name(store):
    with store.conn:
        db.write_article(
            store,
            _article(body="Олжас Бектенов провёл совещание."),
            _extraction(Mention("person", "Олжас Бектенов", "Олжас Бектенов", 0, 14, role="премьер-министр")),
        )
        db.write_article(
            store,
            _article(body="Бектенов поручил.", file="b.txt"),
            _extraction(Mention("person", "Бектенов", "Бектенов", 0, 8)),
        )
    assert db.merge_short_person_names(store) == 1
    rows = store.conn.execute("SELECT name, article_count, mention_count FROM entities").fetchall()
    assert rows == [("Олжас Бектенов", 2, 2)]


def test_initials_join_the_full_name_with_that_first_initial(store):
    names = ["Олег Дерипаска", "О. Дерипаска", "Иван Петров", "Сергей Петров", "С.Петров"]
    with store.conn:
        for i, n in enumerate(names):
            db.write_article(
                store, _article(body=f"{n} {i}", file=f"{i}.txt"), _extraction(Mention("person", n, n, 0, len(n)))
            )
    assert db.merge_short_person_names(store) == 2
    rows = dict(store.conn.execute("SELECT name, article_count FROM entities").fetchall())
    assert rows == {"Олег Дерипаска": 2, "Иван Петров": 1, "Сергей Петров": 2}


def test_ambiguous_surname_stays_separate(store):
    with store.conn:
        for i, full in enumerate(["Иван Петров", "Сергей Петров"]):
            db.write_article(
                store,
                _article(body=f"{full} {i}", file=f"{i}.txt"),
                _extraction(Mention("person", full, full, 0, len(full))),
            )
        db.write_article(
            store, _article(body="Петров", file="p.txt"), _extraction(Mention("person", "Петров", "Петров", 0, 6))
        )
    assert db.merge_short_person_names(store) == 0
    assert store.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 3


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.db"
    db.open_store(path, write=True, create=True).close()
    with closing(sqlite3.connect(path)) as c, c:
        c.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    with pytest.raises(db.StoreError, match="newer than this borderdocs"):
        db.open_store(path)


def test_older_schema_without_migration_is_refused(tmp_path):
    path = tmp_path / "old.db"
    db.open_store(path, write=True, create=True).close()
    with closing(sqlite3.connect(path)) as c, c:
        c.execute("UPDATE meta SET value='0' WHERE key='schema_version'")
    with pytest.raises(db.StoreError, match="cannot be migrated"):
        db.open_store(path, write=True)


def test_older_schema_is_migrated_step_by_step(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    db.open_store(path, write=True, create=True).close()
    nxt = db.SCHEMA_VERSION + 1
    monkeypatch.setattr(schema, "SCHEMA_VERSION", nxt)  # the module that checks it
    monkeypatch.setitem(db.MIGRATIONS, nxt - 1, "ALTER TABLE articles ADD COLUMN extra TEXT;")
    s = db.open_store(path, write=True)
    assert db.schema_version(s) == nxt
    assert "extra" in {r[1] for r in s.conn.execute("PRAGMA table_info(articles)")}
    s.close()


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as c, c:
        c.execute("CREATE TABLE t (x)")
    with pytest.raises(db.StoreError, match="not a borderdocs store"):
        db.open_store(path)


def test_garbage_file_is_refused(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(db.StoreError, match="not a borderdocs store"):
        db.open_store(path)


def test_default_path_honours_env(monkeypatch, tmp_path):
    monkeypatch.setenv("BORDERDOCS_DB", str(tmp_path / "env.db"))
    assert db.default_db_path() == tmp_path / "env.db"
    monkeypatch.delenv("BORDERDOCS_DB")
    assert db.default_db_path().name == "borderdocs.db"


def test_version_1_store_gains_the_detail_indexes(tmp_path):
    """A store written by schema 1 (no detail-screen indexes) is migrated on open."""
    path = tmp_path / "v1.db"
    db.open_store(path, write=True, create=True).close()
    with closing(sqlite3.connect(path)) as c, c:
        c.execute("DROP INDEX articles_id_date")
        c.execute("DROP INDEX mentions_article_entity")
        c.execute("CREATE INDEX mentions_article ON mentions(article_id)")
        c.execute("UPDATE meta SET value='1' WHERE key='schema_version'")
    s = db.open_store(path, write=True)  # a reader refuses it (hyg68): `borderdocs upgrade` opens it so
    names = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"articles_id_date", "mentions_article_entity"} <= names and "mentions_article" not in names
    assert db.schema_version(s) == db.SCHEMA_VERSION
    s.close()


def test_version_2_store_gains_fact_dates(tmp_path):
    """A schema-2 store (facts without `dated`) gets the column, filled from the fact's
    date or else its article's, and the indexes the fact lists read from."""
    from store.model import Article, Extraction, Fact

    path = tmp_path / "v2.db"
    s = db.open_store(path, write=True, create=True)
    with s.conn:
        art = Article(file="a.txt", path="/a.txt", title="t", body="Хоргос", raw="Хоргос", date="2025-03-04")
        db.write_article(
            s,
            art,
            Extraction(
                facts=[
                    Fact("khorgos", "queue", "очередь", "Хоргос", None),
                    Fact("khorgos", "deadline", "к 2026", "Хоргос", "2026"),
                ]
            ),
        )
    s.close()
    with closing(sqlite3.connect(path)) as c, c:
        for name in ("facts_cp",):
            c.execute(f"DROP INDEX {name}")
        c.execute("CREATE INDEX facts_checkpoint ON facts(checkpoint_id)")
        c.execute("ALTER TABLE facts DROP COLUMN dated")
        c.execute("UPDATE meta SET value='2' WHERE key='schema_version'")
    s = db.open_store(path, write=True)  # as `borderdocs upgrade` does
    try:
        assert db.schema_version(s) == db.SCHEMA_VERSION
        assert dict(s.conn.execute("SELECT kind, dated FROM facts")) == {"queue": "2025-03-04", "deadline": "2026"}
        names = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "facts_cp" in names and "facts_checkpoint" not in names
    finally:
        s.close()

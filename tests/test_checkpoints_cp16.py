"""Checkpoints, issue 15 continued (cp16): the kind of crossing each mention's own text
gives, kept per mention in the store (schema 7) and exported as the article's kind, the
gazetteer row's kind staying the default. Made-up sentences."""

import sqlite3

import pytest

from store.db import export, schema
from store.db import store as db
from store.extract.checkpoints import find_checkpoints
from store.lang import gazetteer
from store.model import Article, Extraction, Mention


def kinds(text):
    return [(s.ref, s.kind) for s in find_checkpoints(text)]


def test_the_text_kind_is_kept_even_where_the_one_row_says_otherwise():
    assert gazetteer.get("zhibek-zholy").kind == "passenger"
    text = "Вчера через автомобильный пункт пропуска «Жибек жолы» проехали сорок фур."
    assert kinds(text) == [("zhibek-zholy", "road")]


def test_a_mention_whose_text_names_no_kind_has_none():
    text = "На пункте пропуска «Жибек жолы» с утра тихо."
    assert kinds(text) == [("zhibek-zholy", None)]


def test_a_kazakh_kind_word_after_the_name_is_the_mentions_kind():
    text = "«Бақты» теміржол өткізу пункті арқылы жүк тасымалы артты."
    assert kinds(text) == [("bakhty-rail", "rail")]


@pytest.fixture
def store(tmp_path):
    s = db.open_store(tmp_path / "s.db", write=True, create=True)
    yield s
    s.close()


def _write(store, title, said):
    """One article naming «Жибек жолы» once per entry of `said`, each with that kind."""
    body = " ".join("Жибек жолы" for _ in said)
    art = Article(file=f"{title}.txt", path=f"/{title}.txt", title=title, body=body, raw=body)
    mentions = [
        Mention("checkpoint", "Жибек жолы", "Жибек жолы", 11 * i, 11 * i + 10, ref="zhibek-zholy", kind=k)
        for i, k in enumerate(said)
    ]
    with store.conn:
        db.write_article(store, art, Extraction(mentions=mentions))


def _kinds(store):
    return {
        r["title"]: [(c["kind"], c["gazetteer_kind"]) for c in r["checkpoints"]] for r in export.iter_articles(store)
    }


def test_the_export_gives_the_articles_kind_and_keeps_the_rows(store):
    _write(store, "said-road", ["road"])
    _write(store, "said-nothing", [None])
    _write(store, "mostly-rail", [None, "rail", "road", "rail"])
    _write(store, "tie", ["road", "rail"])
    assert _kinds(store) == {
        "said-road": [("road", "passenger")],
        "said-nothing": [("passenger", "passenger")],
        "mostly-rail": [("rail", "passenger")],
        "tie": [("road", "passenger")],
    }


def test_a_schema_6_store_opens_and_shows_the_rows_kind(tmp_path):
    path = tmp_path / "v6.db"
    s = db.open_store(path, write=True, create=True)
    _write(s, "old", ["road"])
    s.close()
    with sqlite3.connect(path) as c:
        c.execute("ALTER TABLE mentions DROP COLUMN kind")
        c.execute("UPDATE meta SET value='6' WHERE key='schema_version'")
    s = db.open_store(path, write=True)
    try:
        assert schema.schema_version(s) == schema.SCHEMA_VERSION == 7
        assert s.conn.execute("SELECT kind FROM mentions").fetchall() == [(None,)]
        assert _kinds(s) == {"old": [("passenger", "passenger")]}
        _write(s, "new", ["road"])
        assert _kinds(s)["new"] == [("road", "passenger")]
    finally:
        s.close()


def test_a_schema_6_store_opened_for_reading_exports(tmp_path):
    path = tmp_path / "v6.db"
    s = db.open_store(path, write=True, create=True)
    _write(s, "old", [None])
    s.close()
    with sqlite3.connect(path) as c:
        c.execute("ALTER TABLE mentions DROP COLUMN kind")
        c.execute("UPDATE meta SET value='6' WHERE key='schema_version'")
    s = db.open_store(path, write=False)
    try:
        assert _kinds(s) == {"old": [("passenger", "passenger")]}
    finally:
        s.close()

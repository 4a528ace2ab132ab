"""A directive whose sentence names several checkpoints is about each of them (issue
17, schema 5): store.extract.directive_targets keeps every one, write_article and the
migration (store.db.migrate_v5) fill directives.checkpoint_ids, and the readers (each checkpoint's page, the Directives tab, the JSON export) see all of them
while `directives.checkpoint_id` and the JSON `checkpoint` keep the first.
Every sentence here is made up."""

from __future__ import annotations

import json
import sqlite3

import pytest

from store.db import directive_reads, export, migrate_v5
from store.db import store as db
from store.db.store import open_store
from store.extract.directive_targets import attach_checkpoints
from store.model import Article, Directive, Extraction, Mention
from tests.test_tui_helpers import write_store

BODY = (
    "Министр провел совещание. "
    "Министр поручил расширить пункты пропуска Достык, Хоргос и снова Достык до конца года. "
    "Он также поручил акимату навести порядок на дорогах."
)
SENTENCES = BODY.split(". ")
TWO = Directive("Министр", "комитет", "расширить пункты пропуска", "до конца года", SENTENCES[1] + ".")
NONE = Directive("Министр", "акимат", "навести порядок", None, SENTENCES[2])


def cp_mentions(ref: bool = True) -> list[Mention]:
    """Достык, Хоргос, Достык again, at their offsets in BODY."""
    out = []
    for surface, gid in (("Достык", "dostyk"), ("Хоргос", "khorgos")):
        at = BODY.find(surface)
        while at >= 0:
            out.append(Mention("checkpoint", surface, surface, at, at + len(surface), ref=gid if ref else None))
            at = BODY.find(surface, at + 1)
    return out


def test_every_checkpoint_of_the_sentence_in_its_order_each_once():
    two, none = attach_checkpoints([TWO, NONE], cp_mentions(), BODY)
    assert two.checkpoints == ("dostyk", "khorgos") and two.checkpoint == "dostyk"
    assert none.checkpoints == () and none.checkpoint is None


def _article() -> Article:
    return Article(file="m.txt", path="/in/m.txt", title="Совещание", body=BODY, raw=BODY, date="2025-06-01")


@pytest.fixture
def written(tmp_path):
    """A store written today: the extraction's lists go in through write_article."""
    directives = attach_checkpoints([TWO, NONE], cp_mentions(), BODY)
    # the mentions unresolved: write_store links the checkpoints to their gazetteer rows itself
    extraction = Extraction(mentions=cp_mentions(ref=False), directives=directives)
    return write_store(tmp_path / "new.db", [(_article(), extraction)])


@pytest.fixture
def migrated(tmp_path):
    """A schema-4 store (no checkpoint_ids, the directives' checkpoint_id filled) opened
    by this borderdocs, which migrates it to 5."""
    path = write_store(
        tmp_path / "old.db", [(_article(), Extraction(mentions=cp_mentions(ref=False), directives=[TWO, NONE]))]
    )
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("ALTER TABLE directives DROP COLUMN checkpoint_ids")
        conn.execute("UPDATE directives SET checkpoint_id = 'dostyk' WHERE what = ?", (TWO.what,))
        conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    conn.close()
    db.open_store(path, write=True).close()  # the migration runs on opening for writing
    return path


def _lists(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT what, checkpoint_id, checkpoint_ids FROM directives ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("store_kind", ["written", "migrated"])
def test_each_checkpoint_is_kept_in_order_and_the_first_stays_where_it_was(store_kind, request):
    path = request.getfixturevalue(store_kind)
    # checkpoint_id: what a reader of schema 4 reads, unchanged
    assert _lists(path) == [(TWO.what, "dostyk", '["dostyk","khorgos"]'), (NONE.what, None, "[]")]
    store = open_store(path)
    try:
        assert db.schema_version(store) == db.SCHEMA_VERSION
    finally:
        store.close()


@pytest.mark.parametrize("store_kind", ["written", "migrated"])
def test_readers_see_the_directive_on_every_checkpoint_it_names(store_kind, request):
    store = open_store(request.getfixturevalue(store_kind))
    try:
        for gid in ("dostyk", "khorgos"):
            rows, total = directive_reads.checkpoint_directives(store, gid)
            assert total == 1 and [r["what"] for r in rows] == [TWO.what]
        tab = {r["what"]: (r["checkpoint"], r["checkpoints"]) for r in directive_reads.directive_page(store)}
        assert tab == {TWO.what: ("Достык", ["Достык", "Хоргос"]), NONE.what: (None, [])}
        exported = json.loads(json.dumps(list(export.iter_articles(store))))[0]["directives"]
        assert [(d["checkpoint"], d["checkpoints"]) for d in exported] == [("Достык", ["Достык", "Хоргос"]), (None, [])]
    finally:
        store.close()


def test_the_migration_is_safe_to_run_twice(migrated):
    conn = sqlite3.connect(migrated)
    with conn:
        migrate_v5.upgrade(conn)
    conn.close()
    assert _lists(migrated)[0][2] == '["dostyk","khorgos"]'


def test_a_store_without_the_lists_falls_back_to_the_first_checkpoint(tmp_path):
    directives = attach_checkpoints([TWO], cp_mentions(), BODY)
    path = write_store(
        tmp_path / "ro.db", [(_article(), Extraction(mentions=cp_mentions(ref=False), directives=directives))]
    )
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("ALTER TABLE directives DROP COLUMN checkpoint_ids")
    conn.close()
    store = open_store(path)  # no migration: reads only
    try:
        assert not migrate_v5.has_checkpoint_lists(store.conn)
        assert directive_reads.checkpoint_directives(store, "khorgos")[1] == 0
        assert directive_reads.checkpoint_directives(store, "dostyk")[1] == 1
        assert directive_reads.directive_page(store)[0]["checkpoints"] == ["Достык"]
    finally:
        store.close()


def test_an_id_matches_a_whole_element_of_the_list_only(written):
    conn = sqlite3.connect(written)
    with conn:
        conn.execute("UPDATE directives SET checkpoint_ids = ? WHERE what = ?", ('["cn-khorgos"]', TWO.what))
    conn.close()
    store = open_store(written)
    try:
        assert directive_reads.checkpoint_directives(store, "khorgos")[1] == 0
        assert directive_reads.checkpoint_directives(store, "cn-khorgos")[1] == 1
    finally:
        store.close()

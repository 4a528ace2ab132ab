"""Directives attached to the checkpoint their sentence names (issue 17), not to every
checkpoint of the article: store.extract.directive_targets at extraction, the
schema-4 migration (store.db.migrate_v4) for stores written before, and the
checkpoint page listing its directives through directives.checkpoint_id.
Every sentence here is made up."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from store.db import directive_reads, export, migrate_v4, migrate_v5
from store.db.store import open_store
from store.extract.directive_targets import attach_checkpoints, sentence_span
from store.model import Article, Directive, Extraction
from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import mention, write_store
from tui.screens.checkpoint_screen import CheckpointScreen

BODY = (
    "На совещании обсудили пункты пропуска Хоргос и Достык. "
    "Премьер поручил министерству расширить пункт пропуска Достык до конца года. "
    "Он также поручил акимату навести порядок на дорогах."
)
SENTENCES = BODY.split(". ")
TO_DOSTYK = Directive("Премьер", "министерство", "расширить пункт пропуска", "до конца года", SENTENCES[1] + ".")
NOWHERE = Directive("Премьер", "акимат", "навести порядок", None, SENTENCES[2])


def cp_mention(surface: str, ref: str, occurrence: int = 0):
    m = mention(BODY, "checkpoint", surface, surface)
    m.start = [i for i in range(len(BODY)) if BODY.startswith(surface, i)][occurrence]
    m.end, m.ref = m.start + len(surface), ref
    return m


MENTIONS = [cp_mention("Хоргос", "khorgos"), cp_mention("Достык", "dostyk"), cp_mention("Достык", "dostyk", 1)]


def test_the_checkpoint_inside_the_sentence_is_picked():
    attached = attach_checkpoints([TO_DOSTYK, NOWHERE], MENTIONS, BODY)
    assert [d.checkpoint for d in attached] == ["dostyk", None]
    assert attached[0].what == TO_DOSTYK.what  # the rest is kept


def test_first_named_wins_and_a_sentence_not_in_the_body_names_none():
    both = Directive("Премьер", None, "обсудить", None, SENTENCES[0])
    assert attach_checkpoints([both], MENTIONS, BODY)[0].checkpoint == "khorgos"
    lost = Directive("Премьер", None, "обсудить", None, "Этого предложения в тексте нет.")
    assert attach_checkpoints([lost], MENTIONS, BODY)[0].checkpoint is None
    assert sentence_span(BODY, "") is None
    unresolved = [cp_mention("Достык", None, 1)]  # a mention the gazetteer did not resolve
    assert attach_checkpoints([TO_DOSTYK], unresolved, BODY)[0].checkpoint is None


@pytest.fixture
def v4_path(tmp_path):
    article = Article(file="m.txt", path="/in/m.txt", title="Совещание", body=BODY, raw=BODY, date="2025-06-01")
    extraction = Extraction(
        # unresolved here: write_store links the two checkpoints to their gazetteer rows itself
        mentions=[replace(m, ref=None) for m in MENTIONS],
        directives=[TO_DOSTYK, NOWHERE],
    )
    path = write_store(tmp_path / "store.db", [(article, extraction)])
    store = open_store(path, write=True)
    try:
        with store.conn:  # the steps an older store goes through: schema 4, then 5's lists
            store.conn.execute("ALTER TABLE directives DROP COLUMN checkpoint_ids")  # as before schema 5
            migrate_v4.upgrade(store.conn)
            migrate_v4.upgrade(store.conn)  # twice is harmless
            migrate_v5.upgrade(store.conn)
    finally:
        store.close()
    return path


def test_migration_fills_checkpoint_id_from_the_sentence(v4_path):
    store = open_store(v4_path)
    try:
        assert migrate_v4.has_directive_checkpoints(store.conn)
        rows = store.conn.execute("SELECT what, checkpoint_id FROM directives ORDER BY id").fetchall()
        assert rows == [("расширить пункт пропуска", "dostyk"), ("навести порядок", None)]
        directives, total = directive_reads.checkpoint_directives(store, "dostyk")
        assert total == 1 and directives[0]["what"] == "расширить пункт пропуска"
        assert directive_reads.checkpoint_directives(store, "khorgos") == ([], 0)
        exported = json.loads(json.dumps(list(export.iter_articles(store))))[0]["directives"]
        assert [d["checkpoint"] for d in exported] == ["Достык", None]
        rows = directive_reads.directive_export_rows(store)  # the Directives tab's export (newest directive first)
        assert {r["what"]: r["checkpoint"] for r in rows} == {
            "расширить пункт пропуска": "Достык",
            "навести порядок": None,
        }
    finally:
        store.close()


def test_before_the_migration_readers_fall_back(tmp_path):
    article = Article(file="m.txt", path="/in/m.txt", title="Совещание", body=BODY, raw=BODY, date="2025-06-01")
    path = write_store(tmp_path / "v3.db", [(article, Extraction(directives=[TO_DOSTYK]))])
    store = open_store(path)
    try:
        if migrate_v4.has_directive_checkpoints(store.conn):
            pytest.skip("the store is written at schema 4 (the hook is in): nothing to fall back from")
        assert directive_reads.checkpoint_directives(store, "dostyk") is None
        assert list(export.iter_articles(store))[0]["directives"][0]["checkpoint"] is None
    finally:
        store.close()


async def test_checkpoint_page_lists_only_the_directives_naming_it(v4_path):
    app = make_app(v4_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for name, expected in (("Достык", "Directives (1)"), ("Хоргос", None)):
            await pilot.press("2")
            app.screen.query_one("#entity-filter").value = name
            await settle(pilot)
            app.screen.query_one("#entity-list").focus()
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, CheckpointScreen)
            text = screen_text(app)
            if expected:
                assert expected in text and "расширить пункт пропуска" in text and "навести порядок" not in text
            else:
                assert "Directives" not in text
            await pilot.press("escape")
            await settle(pilot)


def test_the_extractor_attaches_each_directive_to_its_sentences_checkpoint():
    """End to end through store.extract.extractor (model, checkpoint finder, directive rules)."""
    from store.extract.extractor import Extractor

    body = (
        "Премьер-министр Олжас Бектенов провел совещание о пунктах пропуска Хоргос и Достык. "
        "Бектенов поручил Министерству транспорта расширить пункт пропуска Достык до конца года. "
        "Он также поручил акиматам навести порядок на дорогах."
    )
    found = Extractor().extract(Article(file="x", path="x", title="Совещание", body=body, raw=body)).directives
    by_what = {d.what.split()[0]: d.checkpoint for d in found}
    assert by_what == {"расширить": "dostyk", "навести": None}

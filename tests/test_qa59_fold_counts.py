"""qa59: one story counted once everywhere an entity's article count shows. qa58 made the
Entities list, the entity's page and `show`'s header say 5 for an entity in six stored
articles, two of them extracts of one page («5 articles (+1 copy)»); a search hit still
said «· 6 articles», the checkpoint board's articles column 6, and the entity export and
`show --json` «article_count» 6. They now say 5. The notes are made up."""

from __future__ import annotations

import json

from store.db import board
from store.db import rows as store_rows
from store.db.store import open_store
from store.model import Article, Extraction
from tests.notes import run_cli
from tests.test_qa57_page_extracts import _store
from tests.test_tui import make_app, settle, settle_until_still
from tests.test_tui_helpers import mention, write_store

TITLE = "Придуманный пост закроют на ремонт"


def _post_notes(tmp_path) -> str:
    """Хоргос named in three stored articles, two of them extracts of one page."""

    def note(n: int, title: str, source: str | None, body: str) -> tuple[Article, Extraction]:
        art = Article(
            file=f"p{n}.txt", path=f"/in/p{n}.txt", title=title, body=body, raw=body, date="2026-03-01", source=source
        )
        return art, Extraction(mentions=[mention(body, "checkpoint", "Хоргос", "Хоргос")])

    notes = [
        note(1, TITLE, "Выдуманные вести", "Пост Хоргос закроют на ремонт с понедельника."),
        note(2, TITLE, None, "Пост Хоргос закроют на ремонт с понедельника, сообщили в ведомстве."),
        note(3, "Другая придуманная заметка", "Другая газета", "На посту Хоргос выросла очередь."),
    ]
    return str(write_store(tmp_path / "p.db", notes))


def test_a_search_hit_counts_the_folded_extract_once(tmp_path, capsys, monkeypatch):
    path = _store(tmp_path)
    code, out, _ = run_cli(capsys, monkeypatch, "search", "Придумов", "--db", path, "--json")
    assert code == 0
    [hit] = [h for h in json.loads(out) if h["kind"] == "entity"]
    assert hit["articles"] == 5
    table = run_cli(capsys, monkeypatch, "search", "Придумов", "--db", path)[1]
    assert "5 articles" in table and "6 articles" not in table
    # typed in the Latin keyboard layout: searched again as «придумов», counted once still
    [hit] = [h for h in json.loads(run_cli(capsys, monkeypatch, "search", "ghblevjd", "--db", path, "--json")[1])]
    assert hit["name"] == "Иван Придумов" and hit["articles"] == 5


def test_show_json_counts_it_once_and_says_what_it_folds(tmp_path, capsys, monkeypatch):
    path = _store(tmp_path)
    ent = json.loads(run_cli(capsys, monkeypatch, "show", "Придумов", "--db", path, "--json")[1])["entity"]
    assert ent["article_count"] == 5 == len(ent["articles"])
    assert ent["extracts"] == 1 and ent["copies"] == 0


def test_the_entity_export_counts_it_once(tmp_path):
    st = open_store(_store(tmp_path))
    try:
        [row] = store_rows.entity_export_rows(st, "Придумов", None)
    finally:
        st.close()
    assert row["article_count"] == 5


def test_the_board_counts_a_post_s_folded_extract_once(tmp_path, capsys, monkeypatch):
    path = _post_notes(tmp_path)
    st = open_store(path)
    try:
        [row] = [r for r in board.board_rows(st) if r["entity_id"] is not None]
    finally:
        st.close()
    assert row["articles"] == 2  # three stored, two of them one page
    code, out, _ = run_cli(capsys, monkeypatch, "show", "Хоргос", "--type", "checkpoint", "--db", path)
    assert code == 0 and "2 articles (+1 copy)" in out.splitlines()[0]  # what its page says


async def test_the_tui_search_row_says_five(tmp_path):
    path = _store(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("/", *"Придумов")
        await settle_until_still(pilot, 5)
        rows = app.screen.query_one("#search-results")
        texts = [r.prompt.plain for r in rows.rows if r.selectable]
        assert any("Иван Придумов" in t and "· 5 articles" in t for t in texts), texts


def test_counting_hits_twice_changes_nothing(tmp_path):
    """A search of a query read in another keyboard layout returns the results of that
    search, counted already: they are counted from the stored count, not from the hit's."""
    from store.search.story_counts import counted_once

    st = open_store(_store(tmp_path))
    try:
        hit = {"kind": "entity", "type": "person", "id": _person_id(st), "articles": 6}
        once = counted_once(st, [hit])
        assert once[0]["articles"] == 5
        assert counted_once(st, once)[0]["articles"] == 5
    finally:
        st.close()


def _person_id(st) -> int:
    return st.conn.execute("SELECT id FROM entities WHERE name = 'Иван Придумов'").fetchone()[0]


def test_a_list_of_many_entities_may_leave_the_extracts_in_above_its_limit(tmp_path):
    from store.db import entity_reads

    path = _post_notes(tmp_path)
    st = open_store(path)
    try:
        [row] = [r for r in board.board_rows(st) if r["entity_id"] is not None]
        eid = row["entity_id"]
        assert entity_reads.story_count(st, eid, 3) == 2
        assert entity_reads.story_count(st, eid, 3, fold_max=2) == 3  # above the limit: not read
    finally:
        st.close()

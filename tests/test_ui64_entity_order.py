"""ui64: the Entities tab is sorted by the count its rows show. It showed the stories
(a second extract of one page is not one more, as on the entity's page) but sorted by
the stored articles, so a name «5 art» stood above one «6 art». The notes are made up."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from store.db import entity_reads, story_order
from store.db import store as db
from store.db.store import open_store
from store.model import Article, Extraction
from tests.notes import opening, write_note
from tests.test_tui import make_app, settle
from tests.test_tui_helpers import mention, write_store

PAGE_TITLE = "Выдуманный пост откроют после ремонта"


def _note(n: int, title: str, body: str, mentions: list) -> tuple[Article, Extraction]:
    art = Article(
        file=f"u{n}.txt",
        path=f"/in/u{n}.txt",
        title=title,
        body=body,
        raw=body,
        date=f"2026-03-{n:02d}",
        source="Вести",
    )
    return art, Extraction(mentions=mentions)


def _store(tmp_path) -> str:
    """Выдумкин: six stored articles, two of them extracts of one page (five stories), each
    naming him twice; the committee: six stories naming it once."""
    notes = []
    for n in range(1, 7):
        body = f"Пётр Выдумкин заявил, что пост номер {n} откроют. Выдумкин уточнил сроки."
        title = PAGE_TITLE if n <= 2 else f"Заметка о посте {n}"
        person = [
            mention(body, "person", "Пётр Выдумкин", "Пётр Выдумкин"),
            mention(body, "person", "Пётр Выдумкин", "Выдумкин уточнил"),
        ]
        notes.append(_note(n, title, body, person))
    for n in range(7, 13):
        body = f"Комитет придуманных постов сообщил о работе поста {n}."
        notes.append(
            _note(
                n,
                f"Сводка {n}",
                body,
                [mention(body, "organization", "Комитет придуманных постов", "Комитет придуманных постов")],
            )
        )
    art, ext = notes[1]
    notes[1] = (Article(**{**art.__dict__, "date": "2026-03-01"}), ext)  # one page: same title, date, outlet
    return str(write_store(tmp_path / "s.db", notes))


def test_the_list_is_ordered_by_the_stories_it_shows(tmp_path):
    st = open_store(_store(tmp_path))
    try:
        rows = entity_reads.entity_page(st, "", None)
        assert [(r["name"], r["stories"], r["article_count"]) for r in rows] == [
            ("Комитет придуманных постов", 6, 6),
            ("Пётр Выдумкин", 5, 6),
        ]
    finally:
        st.close()


def test_a_row_is_held_until_no_unread_row_can_come_before_it(tmp_path, monkeypatch):
    """Read one stored row at a time, Выдумкин (read first: more mentions) waits for the
    committee; pages of one row give the same order."""
    monkeypatch.setattr(story_order, "STEP", 1)
    st = open_store(_store(tmp_path))
    try:
        first = entity_reads.entity_page(st, "", None, offset=0, limit=1)
        second = entity_reads.entity_page(st, "", None, offset=1, limit=1)
        assert [r["name"] for r in first + second] == ["Комитет придуманных постов", "Пётр Выдумкин"]
        assert entity_reads.entity_page(st, "", None, offset=2, limit=1) == []
    finally:
        st.close()


async def test_the_entities_tab_shows_counts_that_never_rise_down_the_list(tmp_path):
    app = make_app(_store(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        lst = app.screen.query_one("#entity-list")
        first = lst.source.render_row(lst.current, 78).plain
        assert "Комитет придуманных постов" in first and "6 art" in first
        await pilot.press("down")
        await settle(pilot)
        second = lst.source.render_row(lst.current, 78).plain
        assert "Пётр Выдумкин" in second and "5 art" in second and "×12" in second


def test_an_entity_only_a_copy_names_counts_no_story(tmp_path):
    """A name in one article that is a near-duplicate copy: 0 stories, counted from the
    copies read once (not a query of its own), as story_count counts it; it goes last."""
    path = tmp_path / "c.db"
    st = db.open_store(path, write=True, create=True)
    with st.conn:
        write_note(st, 1, "Придуманов открыл пост.", [opening("person", "Иван Придуманов", "Придуманов")])
        write_note(st, 2, "Придуманов открыл пост снова.", [opening("person", "Иван Придуманов", "Придуманов")])
        write_note(st, 3, "Выдуманный комитет открыл пост.", [opening("organization", "Выдуманный комитет")])
    st.close()
    with closing(sqlite3.connect(path)) as conn, conn:  # note 3 a copy of note 1 (the ingest's near-duplicate link)
        first = conn.execute("SELECT id FROM articles WHERE file = '1.txt'").fetchone()[0]
        conn.execute("UPDATE articles SET dup_of = ? WHERE file = '3.txt'", (first,))
    st = open_store(path)
    try:
        rows = entity_reads.entity_page(st, "", None)
        assert [(r["name"], r["stories"]) for r in rows] == [("Иван Придуманов", 2), ("Выдуманный комитет", 0)]
        assert all(r["stories"] == entity_reads.story_count(st, r["id"], r["article_count"]) for r in rows)
    finally:
        st.close()

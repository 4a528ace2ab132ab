"""qa58: an article holding a fold of another («(+1 copy)»: two extracts of one page,
store.db.entity_reads.fold_extracts) counts once. The Entities list said «6 art», the
entity's page «6 articles» and «Articles (6)» over five rows, and `show` «6 articles»;
they now say 5, with «(+1 copy)» beside the page's count. The notes are qa57's made-up ones."""

from __future__ import annotations

from store.db import entity_reads
from store.db.store import open_store
from tests.notes import run_cli
from tests.test_qa57_page_extracts import _store
from tests.test_tui import make_app, settle


def _person(path) -> int:
    st = open_store(path)
    try:
        return st.conn.execute("SELECT id FROM entities WHERE name = 'Иван Придумов'").fetchone()[0]
    finally:
        st.close()


def test_the_store_counts_the_folded_extract_once_read_either_way(tmp_path):
    path = _store(tmp_path)
    eid = _person(path)
    st = open_store(path)
    try:
        listed = entity_reads.entity_articles(st, eid)
        assert entity_reads.extracts_naming(st, eid, listed, 6) == 1  # from the rows listed
        assert entity_reads.extracts_naming(st, eid) == 1  # from the titles and dates shared
        assert entity_reads.story_count(st, eid, 6) == 5
        card = entity_reads.entity(st, eid)
        assert card["article_count"] - card["copies"] - card["extracts"] == len(card["articles"]) == 5
    finally:
        st.close()


def test_show_says_five_articles_and_the_copy(tmp_path, capsys, monkeypatch):
    path = _store(tmp_path)
    code, out, _ = run_cli(capsys, monkeypatch, "show", "Придумов", "--db", path)
    assert code == 0
    assert "· 5 articles (+1 copy) ·" in out.splitlines()[0]


async def test_the_entities_tab_and_the_page_count_it_once(tmp_path):
    path = _store(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        lst = app.screen.query_one("#entity-list")
        row = lst.source.render_row(lst.current, 78).plain
        assert "Иван Придумов" in row and "5 art" in row and "6 art" not in row
        await pilot.press("enter")
        await settle(pilot)
        head = str(app.screen.query_one("#meta").render())
        assert "5 articles (+1 copy), 6 mentions" in head
        items = app.screen.query_one("#items")
        prompts = [str(items.get_option_at_index(i).prompt) for i in range(items.option_count)]
        assert "Articles (5)" in prompts


def test_above_the_cap_the_extracts_are_not_read(tmp_path, monkeypatch):
    """An entity in more than FOLD_COUNT_MAX articles: its extracts are not counted (the
    read costs about 8 µs an article, for every row of the Entities list)."""
    path = _store(tmp_path)
    eid = _person(path)
    monkeypatch.setattr(entity_reads, "FOLD_COUNT_MAX", 5)
    st = open_store(path)
    try:
        assert entity_reads.extracts_naming(st, eid) == 0
        assert entity_reads.extracts_naming(st, eid, entity_reads.entity_articles(st, eid), 6) == 1  # listed: free
    finally:
        st.close()

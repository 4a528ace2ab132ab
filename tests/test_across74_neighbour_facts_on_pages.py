"""A fact told of the neighbour's side of a crossing is stored on the neighbour's post
(facts80); these tests check it is shown where a user looks: our post's page (CLI `show`,
`--json`, the TUI's page) lists it under «across the border», the neighbour's post has a page
of its facts saying which articles they came from, and the board marks the closure on our
row. The store is ingested from three short articles written for these tests."""

from __future__ import annotations

import json

import pytest

from store.cli.table import cells
from tests.notes import run_cli
from tests.story_dumps import ingest_texts

ARTICLES = {
    "syrym_side.txt": "Фуры стоят у Сырыма\ndate 2027-01-10\n\nАктобе. 10 января. На автомобильном пункте пропуска"
    " «Сырым» со стороны России проезд фур приостановлен до 20 января. Водителям советуют ехать через другие пункты.\n",
    "syrym_ours.txt": "Сырым работает\ndate 2027-01-11\n\nАктобе. 11 января. Пункт пропуска «Сырым» работает"
    " в обычном режиме, сообщили пограничники.\n",
    "kurmangazy_kk.txt": "Құрманғазы: жеңіл көліктерге шектеу\ndate 2027-01-12\n\nАтырау. 12 қаңтар. «Құрманғазы»"
    " өткізу пунктінде Ресей тарапынан жеңіл көліктерді өткізу 15 қаңтарға дейін тоқтатылды.\n",
    "bakhty_kk.txt": "Бақты бекеті\ndate 2027-01-13\n\nҮшарал. 13 қаңтар. «Бақты» өткізу пунктінде Қытай тарапынан"
    " өткізу 20 қаңтарға дейін уақытша тоқтатылды.\n",
}


@pytest.fixture(scope="module")
def across_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("across_news")
    return ingest_texts(folder, ARTICLES, folder.parent / "across.db")


def test_our_posts_page_lists_the_facing_posts_facts_with_their_article(across_store, capsys, monkeypatch):
    code, out, _ = run_cli(capsys, monkeypatch, "show", "Сырым", "--db", across_store)
    lines = out.splitlines()
    assert code == 0 and all(cells(line) <= 80 for line in lines)
    assert "  2027-01-11  status    working: работает в обычном режиме" in lines  # its own facts stay its own
    head = lines.index("across the border: Маштаково, Россия's post (1 fact):")
    block = lines[head + 1 : head + 3]
    assert block[0].startswith("  status reported: closed 2027-01-10")
    assert block[1].startswith("  2027-01-10  status    closed: приостановлен (до 20 января) — Фуры")  # the title, cut


def test_the_json_page_adds_across_and_keeps_its_keys(across_store, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "show", "Сырым", "--db", across_store, "--json")
    page = json.loads(out)
    assert {"facts", "fact_total", "reported_status", "directives", "offered_instead"} <= page.keys()
    [post] = page["across"]
    assert (post["name"], post["country"], post["fact_total"]) == ("Маштаково", "Россия", 1)
    assert post["reported_status"]["status"] == "closed"
    assert post["facts"][0]["title"] == "Фуры стоят у Сырыма" and post["facts"][0]["checkpoint_id"] == post["id"]
    assert page["told_by"] is None  # our own post


def test_a_neighbours_post_no_article_names_shows_its_facts_and_where_they_came_from(across_store, capsys, monkeypatch):
    code, out, _ = run_cli(capsys, monkeypatch, "show", "Караозек", "--db", across_store)
    assert code == 0
    assert "its facts come from 1 article naming the crossing by Курмангазы" in " ".join(out.split())
    lines = out.splitlines()
    assert "  2027-01-12  status    closed: өткізу 15 қаңтарға дейін тоқтатылды" in lines
    came = lines.index("articles its facts came from, naming Курмангазы:")
    assert "Құрманғазы: жеңіл көліктерге шектеу" in lines[came + 1]
    _, raw, _ = run_cli(capsys, monkeypatch, "show", "Караозек", "--db", across_store, "--json")
    page = json.loads(raw)
    assert page["entity"]["article_count"] == 0 and page["fact_total"] == 1
    assert page["told_by"]["by_name_of"] == "Курмангазы"
    assert [a["names_post"] for a in page["told_by"]["articles"]] == [False]


def test_the_board_marks_a_closure_across_the_border(across_store, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", across_store)
    [syrym] = [line for line in out.splitlines() if line.startswith("Сырым")]
    assert "working ⇄RU closed" in syrym and cells(syrym) <= 80
    _, raw, _ = run_cli(capsys, monkeypatch, "board", "--db", across_store, "--json")
    rows = {r["id"]: r for r in json.loads(raw)}
    assert (rows["syrym"]["across_post"], rows["syrym"]["across_status"]) == ("Маштаково (RU)", "closed")
    assert rows["syrym"]["status"] == "working"  # our own status is unchanged
    assert rows["zhanibek"]["across_status"] is None


async def test_the_explorer_shows_both_pages(across_store):
    from tests.test_tui import SIZE, make_app, screen_text, settle
    from tui import searching
    from tui.navigation import CheckpointTarget
    from tui.screens.checkpoint_screen import CheckpointScreen

    kb_hit = {"kind": "entity", "type": "checkpoint", "id": -5, "name": "Караозек", "kb_id": "ru-karaozek"}
    assert searching.target(kb_hit) == CheckpointTarget("ru-karaozek")
    app = make_app(across_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_nav_target(searching.target(kb_hit))
        await settle(pilot)
        assert isinstance(app.screen, CheckpointScreen)
        shown = screen_text(app)
        assert "facts from 1 article naming the crossing by Курмангазы" in shown
        assert "өткізу 15 қаңтарға дейін тоқтатылды" in shown
        await pilot.press("escape")
        await settle(pilot)
        syrym = app.reader.run(
            lambda st: st.conn.execute("SELECT entity_id FROM checkpoints WHERE id = 'syrym'").fetchone()[0]
        )
        app.open_nav_target(CheckpointTarget(syrym))
        await settle(pilot)
        shown = screen_text(app)
        assert "Across the border: Маштаково (RU) (1)" in shown and "Фуры стоят у Сырыма" in shown


def test_a_road_posts_facts_stay_off_our_rail_posts_page(across_store):
    """Бакту, a road post, faces both of Бахты's rows: its closure is the road post's news."""
    from store.db import across_reads
    from store.db import store as db

    st = db.open_store(across_store)
    try:
        [road] = across_reads.across(st, "bakhty")
        assert road["label"] == "Бакту (CN)" and road["reported_status"]["status"] == "closed"
        assert across_reads.across(st, "bakhty-rail") == []
        marks = across_reads.across_marks(st)
        assert "bakhty" in marks and "bakhty-rail" not in marks
    finally:
        st.close()

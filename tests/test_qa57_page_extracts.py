"""qa57: two extracts of one page (the page saved twice, read into texts the ingest's
near-duplicate rule keeps apart) were both listed on an entity's page, in `show` and the
TUI. They are now listed once, marked «(+1 copy)»: the same title and date, the same
outlet or one read without. The store's duplicate links are left as the ingest wrote
them. The notes are made up."""

from __future__ import annotations

import json

from store.db.entity_reads import fold_extracts
from store.model import Article, Extraction
from tests.notes import run_cli
from tests.test_tui_helpers import mention, write_store

TITLE = "Придуманный переход закроют на две недели"
OTHER = "Очередь на придуманном переходе растёт"


def _note(n: int, title: str, date: str | None, source: str | None, body: str) -> tuple[Article, Extraction]:
    art = Article(file=f"n{n}.txt", path=f"/in/n{n}.txt", title=title, body=body, raw=body, date=date, source=source)
    return art, Extraction(mentions=[mention(body, "person", "Иван Придумов", "Придумов")])


def _store(tmp_path) -> str:
    notes = [
        _note(1, TITLE, "2026-02-02", "Выдуманные вести", "Придумов сказал, что переход закроют на две недели."),
        _note(2, TITLE, "2026-02-02", None, "Придумов сообщил: переход закроют на две недели ради ремонта."),
        _note(3, OTHER, "2026-02-01", "Другая газета", "По словам Придумова, очередь растёт."),
        _note(4, OTHER, "2026-02-01", "Третья газета", "Придумов рассказал, что очередь растёт третий день."),
        _note(5, "Лог прогона", None, None, "Придумов: лишнее имя в первом прогоне."),
        _note(6, "Лог прогона", None, None, "Придумов: пропущенное имя во втором прогоне."),
    ]
    return str(write_store(tmp_path / "s.db", notes))


def test_two_extracts_of_one_page_are_listed_once(tmp_path, capsys, monkeypatch):
    path = _store(tmp_path)
    code, out, _ = run_cli(capsys, monkeypatch, "show", "Придумов", "--db", path)
    assert code == 0
    lines = out.splitlines()
    rows = lines[lines.index("articles:") + 1 :]
    rows = [r for r in rows if r.startswith("  ")]
    assert len(rows) == 5, rows
    [copy] = [r for r in rows if "(+1 copy)" in r]
    assert copy.split()[1:3] == ["Выдуманные", "вести"] and "(+1 copy) Придуманный переход" in copy  # its outlet
    assert sum(OTHER in r for r in rows) == 2  # two outlets' stories under one title stay two
    assert sum("Лог прогона" in r for r in rows) == 2  # neither dated nor from an outlet: not one page
    card = json.loads(run_cli(capsys, monkeypatch, "show", "Придумов", "--db", path, "--json")[1])
    assert sorted(a.get("extracts", 0) for a in card["entity"]["articles"]) == [0, 0, 0, 0, 1]


def test_the_fold_keeps_the_order_and_fills_a_missing_outlet():
    rows = [
        {"id": "b", "title": TITLE, "date": "2026-02-02", "source": None},
        {"id": "a", "title": f" {TITLE.upper()} ", "date": "2026-02-02", "source": "Выдуманные вести"},
        {"id": "c", "title": TITLE, "date": "2026-02-03", "source": "Выдуманные вести"},
    ]
    folded = fold_extracts([dict(r) for r in rows])
    assert [r["id"] for r in folded] == ["b", "c"]
    assert folded[0]["extracts"] == 1 and folded[0]["source"] == "Выдуманные вести"
    two = [dict(r) for r in rows[:2]] + [{**rows[1], "id": "d", "source": "Другая газета"}]
    assert [r["id"] for r in fold_extracts(two)] == ["b", "a", "d"]  # whose page the outlet-less one is: unknown


async def test_the_tui_entity_page_lists_them_once(tmp_path):
    from store.db.store import open_store
    from tests.test_tui import make_app, settle
    from tui.messages import OpenTarget
    from tui.navigation import EntityTarget

    path = _store(tmp_path)
    st = open_store(path)
    eid = st.conn.execute("SELECT id FROM entities WHERE name = 'Иван Придумов'").fetchone()[0]
    st.close()
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.post_message(OpenTarget(EntityTarget(eid, "person")))
        await settle(pilot)
        items = app.screen.query_one("#items")
        prompts = [str(items.get_option_at_index(i).prompt) for i in range(items.option_count)]
        assert "Articles (5)" in prompts  # qa58: the row holding a fold of another counts once
        assert sum(TITLE in p for p in prompts) == 1
        assert sum("(+1 copy)" in p for p in prompts) == 1

"""ui64: an entity's page and a checkpoint's page list a directive once, however many
articles report it, as the Directives tab does (store.db.directive_sameness, one rule):
«2×» before what was ordered, and ⏎ opens the newest report with the other first in the
reader's side list. Every sentence here is made up."""

from __future__ import annotations

import json

from store.db import directive_reads
from store.db.store import open_store
from store.model import Article, Directive, Extraction
from tests.notes import run_cli
from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_filters import open_entity_page
from tests.test_tui_helpers import mention, write_store
from tui.screens.article_screen import ArticleScreen
from tui.widgets.nav_list import NavList

GIVER = "Иван Приказов"
FIRST = "Иван Приказов поручил таможне Хоргоса открыть ещё две полосы для грузовиков."
AGAIN = "Таможне Хоргоса Иван Приказов поручил открыть ещё две полосы для грузовиков."
OTHER = "Иван Приказов поручил акимату Хоргоса расчистить подъезды к посту."


def _report(n: int, date: str, source: str, to: str, what: str, sentence: str) -> tuple[Article, Extraction]:
    body = f"Новость {n} о пунктах пропуска. {sentence} Других новостей нет."
    art = Article(
        file=f"d{n}.txt", path=f"/in/d{n}.txt", title=f"Новость {n}", body=body, raw=body, date=date, source=source
    )
    mentions = [mention(body, "person", GIVER, GIVER), mention(body, "checkpoint", "Хоргос", "Хоргоса")]
    directive = Directive(GIVER, to, what, None, sentence, checkpoint="khorgos", checkpoints=("khorgos",))
    return art, Extraction(mentions=mentions, directives=[directive])


def _store(tmp_path):
    return write_store(
        tmp_path / "d.db",
        [
            _report(1, "2026-05-04", "Вести", "таможня Хоргоса", "открыть ещё две полосы для грузовиков", FIRST),
            _report(2, "2026-05-05", "Газета", "Таможня Хоргоса", "Открыть ещё две полосы для грузовиков.", AGAIN),
            _report(3, "2026-05-05", "Вести", "акимат Хоргоса", "расчистить подъезды к посту", OTHER),
        ],
    )


def test_the_store_groups_a_pages_rows_as_the_tab_does(tmp_path):
    st = open_store(_store(tmp_path))
    try:
        person = st.conn.execute("SELECT id FROM entities WHERE name = ?", (GIVER,)).fetchone()[0]
        rows = directive_reads.one_row_a_directive(st, directive_reads.entity_directives(st, person, GIVER))
        assert [(r["what"], r["reports"], len(r["also"])) for r in rows] == [
            ("расчистить подъезды к посту", 1, 0),
            ("Открыть ещё две полосы для грузовиков.", 2, 1),  # the newest report of the two
        ]
        found, total = directive_reads.checkpoint_directives(st, "khorgos")
        assert total == 3 and sorted(r["reports"] for r in directive_reads.one_row_a_directive(st, found)) == [1, 2]
        tab = directive_reads.with_reports(st, directive_reads.directive_page(st, ""))
        assert sorted(r["reports"] for r in tab) == [1, 2, 2]  # the tab's rule, on every row
    finally:
        st.close()


async def _open_the_twice_reported(pilot, app) -> None:
    items = app.screen.query_one("#items", NavList)
    at = next(i for i in range(items.option_count) if "2× " in str(items.get_option_at_index(i).prompt))
    items.highlighted = at
    await pilot.press("enter")
    await settle(pilot)


async def test_the_persons_page_lists_the_order_once_and_opens_it_with_the_other_report(tmp_path):
    app = make_app(_store(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_entity_page(pilot, app, "Приказов")
        text = screen_text(app)
        assert "Directives (2 · 3 reports)" in text
        assert "2× Открыть ещё две полосы" in text
        assert "таможня Хоргоса · открыть" not in text  # the older report has no row of its own
        await _open_the_twice_reported(pilot, app)
        assert isinstance(app.screen, ArticleScreen)
        assert "The same directive, also reported in (1)" in screen_text(app)


async def test_the_checkpoints_page_lists_the_order_once(tmp_path):
    app = make_app(_store(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_entity_page(pilot, app, "Хоргос")
        text = screen_text(app)
        assert "Directives (2 · 3 reports)" in text
        assert "2× Открыть" in text and "таможня Хоргоса · открыть" not in text
        await _open_the_twice_reported(pilot, app)
        assert isinstance(app.screen, ArticleScreen)
        assert "The same directive, also reported in (1)" in screen_text(app)


def test_show_lists_the_order_once_and_its_json_keeps_every_report(tmp_path, capsys, monkeypatch):
    path = _store(tmp_path)
    for name in ("Приказов", "Хоргос"):
        code, out, _ = run_cli(capsys, monkeypatch, "show", name, "--db", path)
        assert code == 0
        heading = "directives in its articles" if name == "Хоргос" else "directives"  # a post's page: search76
        assert f"{heading} (2 · 3 reports):" in out, name
        assert "2× Открыть ещё две полосы" in out and "таможня Хоргоса: открыть" not in out, name
        code, out, _ = run_cli(capsys, monkeypatch, "show", name, "--db", path, "--json")
        rows = json.loads(out)["directives"]
        assert len(rows) == 3 and sorted(r["reports"] for r in rows) == [1, 2, 2], name
        newest = {r["same_as"] for r in rows if r["reports"] == 2}
        assert len(newest) == 1 and newest <= {r["id"] for r in rows}, name

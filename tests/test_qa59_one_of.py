"""qa59: counts of one said in the plural at 80×24: the search's status «1 results», the
export's notice «Exported 1 entities to …» and `export --output`'s «1 articles -> …».
Each now says its noun in the singular for one. The notes are qa57's made-up ones (one
person in six articles)."""

from __future__ import annotations

from tests.notes import run_cli
from tests.test_qa57_page_extracts import _store
from tests.test_tui import make_app, settle, settle_until_still


async def test_one_hit_is_one_result_and_one_entity_exported(tmp_path, monkeypatch):
    path = _store(tmp_path)
    monkeypatch.chdir(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("/", *"Придумов")
        await settle_until_still(pilot, 5)
        status = str(app.screen.query_one("#search-status").render())
        assert status.startswith("1 result") and "1 results" not in status, status
        await pilot.press("escape", "2")
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        notices = [str(n.message) for n in app._notifications]
    assert any(n.startswith("Exported 1 entity to ") for n in notices), notices


def test_export_of_one_article_says_one_article(tmp_path, capsys, monkeypatch):
    from store.model import Article, Extraction
    from tests.test_tui_helpers import write_store

    body = "Одна придуманная заметка без имён."
    path = write_store(
        tmp_path / "one.db",
        [(Article(file="o.txt", path="/in/o.txt", title="Заметка", body=body, raw=body), Extraction())],
    )
    code, _, err = run_cli(capsys, monkeypatch, "export", "--db", str(path), "--output", str(tmp_path / "o.json"))
    assert code == 0 and err.startswith("1 article -> "), err

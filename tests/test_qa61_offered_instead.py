"""qa61: facts61 gives a post offered instead of a closed one an `alternative` fact
(«альтернатива (вместо «Кайрак»)»), but only on the alternative's page: the closed
post's own page (`show`, the TUI's checkpoint screen), where an analyst looks first,
did not say where to go instead. Now it lists them under «offered instead». Made-up
articles in the shape of a news item."""

from __future__ import annotations

import json

from store.cli import main
from store.db import entity_reads
from tests.test_tui import make_app, screen_text, settle

ARTICLE = (
    "Пункт «Кайрак» закрыт из-за ремонта\n\n"
    "Пограничники сообщили, что пункт пропуска «Кайрак» на границе с Россией закрыт на ремонт до конца недели. "
    "Вместо закрытого пункта «Кайрак» водителям советуют ехать через пункт «Шарбакты».\n"
)
OTHER = (
    "Жібек жолы бекеті жабылды\n\n"
    "«Жібек жолы» өткізу пункті бір аптаға жабылады. «Жібек жолы» бекетіне балама ретінде жүк көліктеріне "
    "«Атамекен» бекеті ұсынылады.\n"
)


def _store(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "b.txt").write_text(OTHER, encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(src), "--db", str(db), "--jobs", "1", "--quiet"]) == 0
    return db


def test_the_closed_posts_page_lists_the_posts_offered_instead(tmp_path, capsys, monkeypatch):
    db = _store(tmp_path)
    capsys.readouterr()
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["show", "Кайрак", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "offered instead:\n  " in out
    section = out.split("offered instead:\n", 1)[1].split("\n\n", 1)[0]
    assert "Шарбакты" in section and "вместо" not in section  # the page's own post is not repeated

    assert main(["show", "Кайрак", "--db", str(db), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["offered_instead"]
    assert [r["checkpoint"] for r in rows] == ["Шарбакты"] and rows[0]["article_id"]

    assert main(["show", "Шарбакты", "--db", str(db)]) == 0
    assert "offered instead:" not in capsys.readouterr().out  # nothing was offered instead of it


def test_a_kazakh_offer_keeps_for_whom(tmp_path, capsys, monkeypatch):
    db = _store(tmp_path)
    capsys.readouterr()
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["show", "Жибек жолы", "--db", str(db)]) == 0
    section = capsys.readouterr().out.split("offered instead:\n", 1)[1].split("\n\n", 1)[0]
    assert "Атамекен" in section and "балама" in section


def test_the_words_without_the_replaced_post():
    assert entity_reads.instead_words("балама жүк көліктеріне (вместо «Жибек жолы»)") == "балама жүк көліктеріне"
    assert entity_reads.instead_words("альтернатива") == "альтернатива"


async def test_the_tui_checkpoint_screen_lists_them(tmp_path):
    db = _store(tmp_path)
    app = make_app(db)
    async with app.run_test(size=(80, 40)) as pilot:
        await settle(pilot)
        for key in "/кайрак":
            await pilot.press(key)
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        shown = screen_text(app)
        assert "Offered instead (1)" in shown
        assert "Шарбакты" in shown.split("Offered instead (1)", 1)[1]

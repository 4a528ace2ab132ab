"""qa69 in the explorer: the article filter's outlet hint lists the eight most frequent
outlets; with more in the store it said nothing of them, so the list read as complete."""

from __future__ import annotations

import json

import pytest

from store.cli import main
from tests.test_tui import drawn, make_app, screen_text, settle

OUTLETS = [f"Вестник границы {n}" for n in range(1, 12)]


@pytest.fixture
def many_outlets(tmp_path):
    """A store of eleven stories, each from its own outlet."""
    dump = tmp_path / "feed.jsonl"
    records = [
        {
            "title": f"Очередь у поста, выпуск {n}",
            "text": f"У пункта пропуска «Сырым» утром стояли {20 + n} фур, сообщили пограничники.",
            "source": outlet,
            "date": f"2026-11-{n:02d}",
        }
        for n, outlet in enumerate(OUTLETS, 1)
    ]
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(dump), "--db", str(db), "--quiet", "--jobs", "1"]) == 0
    return db


async def test_the_outlet_hint_says_how_many_more_there_are(many_outlets):
    app = make_app(many_outlets)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        shown = await drawn(pilot, "more")
        assert "and 3 more" in shown, shown
        listed = [o for o in OUTLETS if o in shown.replace("\n", " ")]
        assert len(listed) <= 8


async def test_a_store_of_few_outlets_lists_them_all_with_no_more(tmp_path):
    dump = tmp_path / "two.jsonl"
    records = [
        {"title": f"Пост {n}", "text": f"На посту «Бахты» {n} фур ждут досмотра.", "source": f"Лента {n}"}
        for n in (1, 2)
    ]
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(dump), "--db", str(db), "--quiet", "--jobs", "1"]) == 0
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        shown = await drawn(pilot, "Лента 2")
        assert "Лента 1" in shown and "more" not in screen_text(app)


@pytest.mark.parametrize("argv", [["--bogus"], ["--theme", "pink"], ["--db"]])
def test_a_wrong_option_of_the_explorer_is_one_line(capsys, argv):
    """qa69: argparse's usage (three lines, every theme named) came before the error; it is
    one line now, pointing to --help, exit 2, as `borderdocs` does."""
    from tui.cli import main as tui_main

    with pytest.raises(SystemExit) as stop:
        tui_main(argv)
    out, err = capsys.readouterr()
    assert stop.value.code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("borderdocs-tui: ") and "(see `borderdocs-tui --help`)" in err, err


async def test_the_ingest_summary_counts_a_broken_line_and_a_file_as_rejected(tmp_path):
    """qa69: a binary file and one broken line of a dump (its other line stored) read
    «1 articles stored, 2 files rejected»: one file was. Both count as rejected, the
    article in the singular."""
    from tui.screens.ingest_screen import IngestScreen

    src = tmp_path / "in"
    src.mkdir()
    (src / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    good = {"title": "Досмотр на Бахты", "text": "На посту «Бахты» с утра ждут досмотра 30 фур, сообщили пограничники."}
    (src / "feed.jsonl").write_text(json.dumps(good, ensure_ascii=False) + '\n{"title": oops\n', encoding="utf-8")
    app = make_app(tmp_path / "new.db", str(src))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, 5)
        text = await drawn(pilot, "enter opens the store", rounds=400)
        assert isinstance(app.screen, IngestScreen)
        assert "done: 1 article stored, 2 rejected:" in text, text
        assert "feed.jsonl:2" in text and "photo.txt" in text
        await pilot.press("enter")
        await settle(pilot, 5)
        said = [n.message for n in app._notifications]  # the toast Textual shows
        assert "Ingested 1 article, 2 rejected" in said, said


def test_a_search_chip_of_one_hit_says_one_article():
    """qa69: ctrl+l on a query with one article hit read «search «…»: 1 articles»."""
    from store.db.rows import ArticleQuery

    assert ("hits", "search «кордай»: 1 article") in ArticleQuery().with_articles(("a1",), "кордай").chips()
    assert ("hits", "search «кордай»: 2 articles") in ArticleQuery().with_articles(("a1", "a2"), "кордай").chips()

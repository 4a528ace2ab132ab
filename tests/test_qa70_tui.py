"""qa70 in the explorer: `borderdocs-tui --db new.db EMPTY_FOLDER` opened an empty store
with no word of why; the CLI says «note: no files found under …». The ingest screen now
says it too and waits for enter, as it does when there are rejections to read."""

from __future__ import annotations

from tests.test_tui import make_app, screen_text, settle
from tui.screens.ingest_screen import IngestScreen
from tui.screens.main_screen import MainScreen


async def test_an_empty_folder_says_no_files_were_found_before_the_store_opens(tmp_path):
    src = tmp_path / "inbox"
    src.mkdir()
    (src / ".hidden.txt").write_text("Скрытый файл: на посту «Сырым» 20 фур.", encoding="utf-8")
    app = make_app(tmp_path / "new.db", str(src))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, 8)
        assert isinstance(app.screen, IngestScreen)  # waits: there is something to read
        text = " ".join(screen_text(app).split())
        assert "note: no files found under" in text and "are skipped" in text, text
        assert "--%" not in text  # no progress bar left running
        assert "enter opens the store" in text
        await pilot.press("enter")
        await settle(pilot, 5)
        assert isinstance(app.screen, MainScreen)


async def test_the_articles_word_filter_finds_both_forms_of_a_kazakh_stem(tmp_path):
    import json

    from store.cli import main
    from tui.screens.prompt_screen import PromptScreen
    from tui.widgets.article_list import ArticleList

    stories = [
        {"title": "Таңғы кезек", "text": "Таңертең «Қалжат» бекетінде кезек екі шақырымға созылды, деді жүргізуші."},
        {"title": "Кешкі жағдай", "text": "Кешке қарай «Қалжат» бекетінің кезегі азайып, көліктер тез өтті."},
        {"title": "Жол жөндеуі", "text": "Облыс орталығына апаратын жолда жөндеу жұмыстары басталды, деді әкімдік."},
    ]
    dump = tmp_path / "kk.jsonl"
    dump.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in stories), encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(dump), "--db", str(db), "--quiet", "--jobs", "1"]) == 0
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        assert articles.row_count == 3
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"кезегі", "enter")
        await settle(pilot)
        assert articles.row_count == 2 and "«кезегі» ×" in screen_text(app)

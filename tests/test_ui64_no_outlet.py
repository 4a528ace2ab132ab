"""ui64: an article with no outlet left its Articles row's outlet column blank, and the
title began where the outlet would (under the outlets of the rows around it). It shows
«—», as the Facts and Directives tabs' columns do. The notes are made up."""

from __future__ import annotations

from store.model import Article, Extraction
from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import write_store


def _store(tmp_path):
    notes = []
    for n, source in ((1, "Выдуманные вести"), (2, None)):
        body = f"На придуманном посту номер {n} очередь выросла до двадцати машин."
        title = f"Очередь на придуманном посту {n}"
        art = Article(
            file=f"o{n}.txt",
            path=f"/in/o{n}.txt",
            title=title,
            body=body,
            raw=body,
            date=f"2026-04-0{n}",
            source=source,
        )
        notes.append((art, Extraction()))
    return write_store(tmp_path / "s.db", notes)


async def test_a_row_without_an_outlet_shows_a_dash_in_its_column(tmp_path):
    app = make_app(_store(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = screen_text(app).splitlines()
        unsourced = next(x for x in lines if "посту 2" in x)
        sourced = next(x for x in lines if "посту 1" in x)
        assert "2026-04-02 —" in unsourced
        assert unsourced.index("Очередь") == sourced.index("Очередь")  # the titles start in one column

"""tui80: the search thread cuts the snippets of the article hits the result list shows
from its top (tui.searching.shown_articles), laid out as the screen lays them out, not
half the list's lines: every hit on screen has its line under it, none below the screen
is cut before it is scrolled to. Every sentence here is made up for these tests."""

from __future__ import annotations

import pytest

from store.search.search import TO_CUT
from tests.test_tui78_hit_lines import _notes, _whole
from tests.test_tui_helpers import search_screen_on
from tui import searching


def _hit(n: int, kind: str = "article") -> dict:
    return {"kind": kind, "type": kind if kind != "article" else "article", "id": n, "name": f"n{n}", "score": 1.0}


def test_shown_articles_follow_the_screens_layout():
    posts = [_hit(n, "checkpoint") for n in range(3)]
    arts = [{**_hit(10 + n), TO_CUT: (n, [], [], [])} for n in range(20)]
    # heading, 3 posts, heading: the first title on line 5, then one every two lines
    assert [r["id"] for r in searching.shown_articles(posts + arts, 10)] == [10, 11, 12]
    assert [r["id"] for r in searching.shown_articles(posts + arts, 11)] == [10, 11, 12]
    assert [r["id"] for r in searching.shown_articles(posts + arts, 12)] == [10, 11, 12, 13]
    cut_empty = [{**arts[0], "matched": ""}, *arts[1:]]
    cut_empty[0].pop(TO_CUT)  # a snippet that came empty: no line under its title
    assert [r["id"] for r in searching.shown_articles(posts + cut_empty, 11)] == [10, 11, 12, 13]
    assert searching.shown_articles(posts, 10) == []


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_hits_on_screen_have_their_lines_and_those_below_wait(tmp_path, size):
    async with search_screen_on(_notes(tmp_path / "s.db", 30), size=size) as (app, pilot, screen):
        rows = await _whole(pilot, screen, "грузовиков")
        in_view = set(rows.in_view())
        titles = [n for n, r in enumerate(rows.rows) if r.selectable]
        shown = [n for n in titles if n in in_view]
        assert shown and all(rows.rows[n + 1].snippet is not None for n in shown)
        below = [n for n in titles if n not in in_view]
        assert below and all(n + 1 == len(rows.rows) or rows.rows[n + 1].snippet is None for n in below)
        cut = [r for r in screen.last_results if r["kind"] == "article" and r.get("matched")]
        assert len(cut) == len(shown)

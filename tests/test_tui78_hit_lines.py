"""tui78: the search screen shows, under an article hit, its snippet cut around the word
the page was found by, that word in bold (a span of a rich Text, never markup); the
snippets are cut for the rows the screen has room for, and for rows scrolled into view.
Every sentence here is made up for these tests."""

from __future__ import annotations

import asyncio
import time

import pytest

from store.db import store as db
from store.search.search import TO_CUT, cut_snippets, search
from tests.notes import write_note
from tests.test_tui_helpers import search_screen_on, type_until_whole
from tui.widgets.hit_line import HIT_STYLE, INDENT, hit_line
from tui.widgets.result_rows import HitSnippet, ResultRows

FILLER = (
    "В понедельник в районном центре прошла встреча с фермерами о ценах на корма, "
    "о ремонте моста через реку и о весеннем севе, а под конец отдельно "
)


def _bold(text) -> list[str]:
    return [text.plain[s.start : s.end] for s in text.spans if s.style == HIT_STYLE]


def test_the_word_far_in_the_snippet_is_shown_whole_and_bold():
    snippet = FILLER + "обсудили пост Тасарык и очередь у него."
    at = snippet.index("Тасарык")
    shown = hit_line(snippet, (at, at + len("Тасарык")), 60)
    assert shown.cell_len <= 60 and shown.plain.startswith(INDENT + "…")
    assert _bold(shown) == ["Тасарык"]


def test_a_word_near_the_start_opens_the_line_at_the_start():
    snippet = "Пост Тасарык открыли после ремонта. " + FILLER.strip()
    shown = hit_line(snippet, (5, 12), 50)
    assert shown.plain.startswith(INDENT + "Пост Тасарык") and shown.plain.endswith("…")
    assert _bold(shown) == ["Тасарык"]


def test_article_text_is_never_read_as_markup():
    snippet = "Водитель написал [b]срочно[/b] и [/] в чате про пост Тасарык."
    at = snippet.index("Тасарык")
    shown = hit_line(snippet, [at, at + 7], 80)
    assert "[b]срочно[/b] и [/]" in shown.plain and _bold(shown) == ["Тасарык"]


def test_a_hit_that_is_no_span_of_the_text_marks_nothing():
    assert _bold(hit_line("Очередь у поста.", (10, 99), 40)) == []
    assert _bold(hit_line("Очередь\x1b[31m у поста.", (0, 7), 40)) == []  # cleaning moved the text: unmarked


def _notes(path, count: int):
    st = db.open_store(path, write=True, create=True)
    for n in range(1, count + 1):
        body = FILLER + f"рассказали, что на посту Тасарык стояли {n} грузовиков."
        with st.conn:
            write_note(st, n, body, [], title="Сводка", date=f"2024-05-{n:02d}", source="Вестник")
    st.close()
    return path


def test_snippets_cut_later_are_those_a_search_cuts_at_once(tmp_path):
    st = db.open_store(_notes(tmp_path / "s.db", 4))
    whole = search(st, "грузовиков", limit=10)
    bare = search(st, "грузовиков", limit=10, snippets=False)
    assert all(r["matched"] == "" and TO_CUT in r for r in bare if r["kind"] == "article")
    cut_snippets(st, bare)
    st.close()
    assert [(r["matched"], r.get("hit")) for r in bare] == [(r["matched"], r.get("hit")) for r in whole]
    assert not any(TO_CUT in r for r in bare)


async def _whole(pilot, screen, text: str) -> ResultRows:
    await type_until_whole(pilot, screen, text)
    await pilot.pause()
    return screen.query_one(ResultRows)


@pytest.mark.parametrize("count", [3])
async def test_an_article_hit_has_its_snippet_line_under_it(tmp_path, count):
    async with search_screen_on(_notes(tmp_path / "s.db", count), size=(80, 24)) as (app, pilot, screen):
        rows = await _whole(pilot, screen, "грузовиков")
        kinds = ["snippet" if r.snippet else "hit" if r.selectable else "heading" for r in rows.rows]
        assert kinds == ["heading"] + ["hit", "snippet"] * count
        line = rows.render_line(2)
        assert "грузовиков" in line.text and line.cell_length == rows.size.width
        await pilot.press("down", "down")  # the cursor skips the snippet lines
        assert rows.highlighted == 3


async def test_rows_scrolled_into_view_get_their_snippets(tmp_path):
    async with search_screen_on(_notes(tmp_path / "s.db", 20), size=(80, 24)) as (app, pilot, screen):
        rows = await _whole(pilot, screen, "грузовиков")
        first = sum(1 for r in rows.rows if r.snippet)
        assert 0 < first < 20  # the first screen's only
        await pilot.press("down", *["down"] * 19)
        t0 = time.perf_counter()
        while sum(1 for r in rows.rows if r.snippet) == first and time.perf_counter() - t0 < 10:
            await asyncio.sleep(0.02)
        hits = [n for n, r in enumerate(rows.rows) if r.selectable]
        assert rows.highlighted == hits[-1]  # the cursor stayed on the last hit
        assert rows.rows[hits[-1] + 1].snippet is not None and rows.highlighted in rows.in_view()
        assert isinstance(rows.rows[hits[-1] + 1].snippet, HitSnippet)

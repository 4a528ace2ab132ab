"""tui82: the result list counts and cuts its rows' cells as rich does, in one step.

tui.widgets.cells answers rich.cells.cell_len and Text.truncate(…, overflow="ellipsis")
for every string (Kazakh and Russian news text, «—», «№», CJK, combining marks, emoji,
joiners); the result list's lines (titles cut by `fit`, snippet lines by `hit_line`, the
Strip of a row) are those rich's own counting gives.
"""

from __future__ import annotations

import random

import pytest
from rich.cells import cell_len
from rich.text import Text

from tui.widgets import cells as cells_mod
from tui.widgets import hit_line as hit_line_mod
from tui.widgets import result_rows
from tui.widgets.cells import cells, one_cell, truncate

LETTERS = (
    "abcXYZ09 .,-«»\"'()"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕЁЖ"
    "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
    "—–№…•·°€"
    "國務院中华"  # two cells each
    "\u0301\u0308"  # combining: no cell
    "\u200d\ufe0f\u200b"  # joiner, variation selector, zero-width space
    "😀👍🏽"
)

NEWS = [
    "Очередь на пункте пропуска «Хоргос» — 300 грузовиков, сообщил №1 КГД.",
    "Қорғас өткізу пунктінде 650 жүк көлігі кезекте тұр — деп хабарлады.",
    "國務院 и «Достык»: ё, й",
    "Zhetisu 👍🏽 Jetisu",
    "cafe\u0301 и е\u0308 — combining",
]


def _random_texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(LETTERS) for _ in range(rnd.randint(0, 60))) for _ in range(n)]


@pytest.fixture
def fresh(monkeypatch):
    """No letter known yet beyond ASCII: each test learns them as a process would."""
    monkeypatch.setattr(cells_mod, "_ONE", {chr(c) for c in range(0x20, 0x7F)})
    monkeypatch.setattr(cells_mod, "_OTHER", set())


def test_cells_are_rich_s_count(fresh):
    texts = NEWS + _random_texts(3000, 1)
    for text in texts + texts:  # the second time, from the letters kept
        assert cells(text) == cell_len(text), text
        assert one_cell(text) == (cell_len(text) == len(text) and all(cell_len(c) == 1 for c in text)), text


def test_the_one_step_path_is_taken_for_news_text(fresh, monkeypatch):
    for text in NEWS[:2]:
        cells(text)
    monkeypatch.setattr(cells_mod, "cell_len", None)  # rich's walk no longer callable
    assert cells(NEWS[0]) == len(NEWS[0]) and cells(NEWS[1]) == len(NEWS[1])


@pytest.mark.parametrize("width", [0, 1, 2, 3, 5, 10, 30, 61, 96])
def test_truncate_is_rich_s(fresh, width):
    for text in NEWS + _random_texts(600, width):
        for style in ("", "dim"):
            ours, theirs = Text(text, style=style), Text(text, style=style)
            ours.stylize("bold", 1, 4)
            theirs.stylize("bold", 1, 4)
            truncate(ours, width)
            theirs.truncate(width, overflow="ellipsis")
            assert ours.plain == theirs.plain and ours.spans == theirs.spans, (text, width)


def test_letters_past_the_cap_are_not_kept(fresh, monkeypatch):
    monkeypatch.setattr(cells_mod, "LETTERS_KEPT", 100)
    for text in _random_texts(200, 7) + NEWS:
        assert cells(text) == cell_len(text)
    assert len(cells_mod._ONE) + len(cells_mod._OTHER) <= 100 + 1


def _rich_fit(prompt: Text, keep: int, width: int) -> Text:
    """result_rows.fit as it was before tui82: rich's own measures and cut."""
    if prompt.cell_len <= width:
        return prompt
    head, tail = prompt.divide([len(prompt.plain) - keep])
    room = width - tail.cell_len
    if not keep or room < result_rows.MIN_HEAD:
        head, tail, room = prompt.copy(), Text(), width
    arrow = head.plain.rfind(result_rows.FOUND_BY)
    if arrow > 0 and room - arrow - len(result_rows.FOUND_BY) < result_rows.FOUND_BY_MIN:
        head = head.divide([arrow])[0]
    head.truncate(room, overflow="ellipsis")
    return Text.assemble(head, tail, end="", no_wrap=True)


def test_rows_fit_and_snippet_lines_as_with_rich_s_measures(fresh, monkeypatch):
    rnd = random.Random(5)
    prompts = []
    for text in NEWS + _random_texts(300, 3):
        prompt = Text(text, style="bold cyan")
        prompt.append("  ← ", style="dim")
        prompt.append(text[:12], style="dim")
        about = f"  · 2026-05-0{rnd.randint(1, 9)} kapital.kz"
        prompt.append(about, style="dim")
        prompts.append((prompt, len(about)))
    for width in (20, 40, 70, 96):
        for prompt, keep in prompts:
            ours, theirs = result_rows.fit(prompt, keep, width), _rich_fit(prompt, keep, width)
            assert (ours.plain, ours.spans) == (theirs.plain, theirs.spans), (prompt.plain, width)
    lines = []
    for text in NEWS + _random_texts(300, 4):
        hit = [len(text) // 2, len(text) // 2 + 3] if len(text) > 6 else None
        for width in (30, 80, 100):
            lines.append(hit_line_mod.hit_line(text, hit, width))
    monkeypatch.setattr(hit_line_mod, "cells", cell_len)  # rich's measure in `opening`
    monkeypatch.setattr(hit_line_mod, "truncate", lambda t, w: t.truncate(w, overflow="ellipsis"))
    again = []
    for text in NEWS + _random_texts(300, 4):
        hit = [len(text) // 2, len(text) // 2 + 3] if len(text) > 6 else None
        for width in (30, 80, 100):
            again.append(hit_line_mod.hit_line(text, hit, width))
    assert [(t.plain, t.spans) for t in lines] == [(t.plain, t.spans) for t in again]


def test_a_row_s_strip_length_is_what_the_strip_counts(fresh):
    """ResultRows._strip gives the Strip its length when every letter is one cell."""
    from rich.console import Console
    from textual.strip import Strip

    console = Console(width=200)
    for text in NEWS + _random_texts(500, 9):
        t = Text(text, style="dim")
        t.stylize("bold", 2, 5)
        segments = [s for s in t.render(console) if s.text != "\n"]
        plain = "".join(s.text for s in segments if not s.control)
        if one_cell(plain):
            assert len(plain) == Strip(segments).cell_length, text

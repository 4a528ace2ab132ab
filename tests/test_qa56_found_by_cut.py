"""qa56: at 80×24 `/khorgos` listed «Международный центр приграничного сотрудничества
«Хоргос»  ← М…  · 15 articles»: the words it was found by cut to one letter. Found-by words
a cut would leave fewer than 6 letters of are left out whole; longer ones are cut as
before. The names are made up."""

from __future__ import annotations

from rich.text import Text

from tui.widgets.result_rows import fit

NAME = "Придуманный центр приграничного сотрудничества «Переход»"  # 56 cells
ABOUT = "  · 15 articles"


def _row(found_by: str) -> Text:
    return Text.assemble(NAME, "  ← ", found_by, ABOUT)


def test_found_by_words_cut_to_a_letter_are_left_out():
    row = fit(_row("ПЦПС «Переход»"), len(ABOUT), 78).plain
    assert "←" not in row
    assert row.startswith(NAME) and row.endswith(ABOUT)


def test_found_by_words_with_room_are_cut_as_before():
    row = fit(_row("ПЦПС «Переход»"), len(ABOUT), 90).plain
    assert "← ПЦПС" in row and row.endswith(ABOUT)


def test_a_name_too_long_for_the_row_is_still_cut_with_an_ellipsis():
    row = fit(_row("ПЦПС «Переход»"), len(ABOUT), 50).plain
    assert "←" not in row and "…" in row and row.endswith(ABOUT) and len(row) <= 50

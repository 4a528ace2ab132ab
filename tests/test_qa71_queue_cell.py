"""qa71: a queue told as a count in words, which the store reads into «(≈N)», keeps the
words of what was counted when the board's cell is too short: «около двухсот фур (≈200)»
began at its figure, «…200)», half a bracket with nothing counted. Made-up words."""

from __future__ import annotations

from store.db import queue_words


def test_a_count_read_from_words_keeps_its_last_words():
    assert queue_words.from_figure("почти двести пятьдесят фур (≈250)", 18) == "…фур (≈250)"
    assert queue_words.from_figure("около двухсот грузовиков (≈200)", 20) == "…грузовиков (≈200)"


def test_a_cell_too_short_for_any_word_keeps_the_bracket_whole():
    assert queue_words.from_figure("сотня легковушек (≈100)", 9) == "…(≈100)"


def test_a_figure_written_as_digits_still_begins_the_cut():
    assert queue_words.from_figure("колонна тянется почти на 12 км", 14) == "…12 км"
    assert queue_words.from_figure("около двухсот фур (≈200)", 30) == "около двухсот фур (≈200)"  # fits

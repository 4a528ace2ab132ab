"""A row's name printed with a kind word outside quotes («Фонд Самрук Казына», «Самұрық-Қазына
қоры») is that row by likeness, where the row's own names hold the kind word; a kind word the
row's names lack («компания Атамекен»: the chamber is no company) or a Russian word after the
name («Атамекен Холдинг») links nothing (org106)."""

from __future__ import annotations

import pytest

from store.lang.kb_likeness import row_alike


@pytest.mark.parametrize(
    "name, row",
    [
        ("Фонд Самрук Казына", "samruk-kazyna"),
        ("Самұрық-Қазына қоры", "samruk-kazyna"),
        ("Компания Атамекен", None),
        ("Атамекен компаниясы", None),
        ("Атамекен Холдинг", None),
        ("Транстелеком Сервис компаниясы", None),
    ],
)
def test_a_kind_word_outside_quotes(name, row):
    found = row_alike(name)
    assert (found.id if found else None) == row

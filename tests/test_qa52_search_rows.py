"""qa52: the TUI's search printed the words a hit was found by even when its name shows
them («ТОО KTZE-Khorgos Gateway  ← KTZE-Khorgos Gateway», «Олжас Бектенов  ← Бектенов»),
spending the 80-column row on a repeat; a post that found a person still says so. The
hits are made up."""

from __future__ import annotations

from tui.screens.search_screen import SearchScreen


def hit(name: str, matched: str, type_: str = "organization") -> dict:
    return {"kind": "entity", "type": type_, "id": 1, "name": name, "matched": matched, "score": 99.0, "articles": 2}


def test_words_the_name_shows_are_not_repeated():
    assert "←" not in SearchScreen._prompt(hit("ТОО Придуманный Gateway", "придуманный  gateway")).plain
    assert "←" not in SearchScreen._prompt(hit("Арман Выдуманов", "Выдуманов", "person")).plain


def test_other_words_still_say_why_it_was_found():
    row = SearchScreen._prompt(hit("Арман Выдуманов", "председатель КПД", "person")).plain
    assert row.startswith("Арман Выдуманов  ← председатель КПД")
    assert "← Vydumanov Customs" in SearchScreen._prompt(hit("Выдуманская таможня", "Vydumanov Customs")).plain

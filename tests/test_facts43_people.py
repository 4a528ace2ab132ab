"""Uzbek Latin words are no person (facts43): the shape decides, not a list of phrases."""

from __future__ import annotations

from store.extract.passes.uzbek_latin import uzbek_phrase


def _phrase(text: str, part: str) -> bool:
    start = text.index(part)
    return uzbek_phrase(text, start, start + len(part))


def test_a_letter_cut_from_an_uzbek_word_is_no_person():
    text = "O‘zbek-qozoq chegarasida navbat kamaydi"
    assert _phrase(text, "O")


def test_capitalised_uzbek_words_are_no_person():
    text = "Oʻzbekiston Qozogʻiston Bilan Chegarani Ochdi"
    assert _phrase(text, "Oʻzbekiston Qozogʻiston")


def test_an_uzbek_name_with_a_turned_comma_stays_a_person():
    text = "Bojxona raisi Oʻktam Barnoyev punktni koʻrdi"
    assert not _phrase(text, "Oʻktam Barnoyev")
    text = "Hokim Gʻayrat Toʻxtayev keldi"
    assert not _phrase(text, "Gʻayrat Toʻxtayev")


def test_names_without_uzbek_letters_are_left_alone():
    text = "Minister Serik Zhumangarin visited the post"
    assert not _phrase(text, "Serik Zhumangarin")

"""Word lists as data files (store/lang/lexicon/, read by store/lang/wordlists.py)."""

from importlib.resources import files

import pytest

from store.lang.wordlists import words

LISTS = sorted(p.name[:-4] for p in files("store.lang").joinpath("lexicon").iterdir() if p.name.endswith(".txt"))


@pytest.mark.parametrize("name", LISTS)
def test_every_list_says_what_it_is_and_holds_each_entry_once(name):
    lines = files("store.lang").joinpath(f"lexicon/{name}.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# "), "a list opens with a comment saying what it is and why"
    entries = [s.strip() for s in lines if s.strip() and not s.strip().startswith("#")]
    assert entries and len(entries) == len(set(entries))
    assert all(e == " ".join(e.split()) for e in entries)


def test_words_are_read_once_and_comments_left_out():
    first = words("work_nouns")
    assert first is words("work_nouns")
    assert "спектакль" in first and not any(w.startswith("#") for w in first)


def test_entries_may_hold_a_space():
    assert "европейский союз" in words("bodies_of_states")


def test_a_missing_list_is_an_error():
    with pytest.raises(FileNotFoundError):
        words("no_such_list")

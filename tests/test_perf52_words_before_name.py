"""perf52: _body_named_after searches the words before a name from where a find can start at
the earliest (store/extract/passes/organizations.py: _last_words_start); the find is the one a
search from the window's start gives."""

from __future__ import annotations

import random

from store.extract.passes.organizations import _WORDS_BEFORE_NAME, _last_words_start


def _same(before: str) -> bool:
    old = _WORDS_BEFORE_NAME.search(before)
    new = _WORDS_BEFORE_NAME.search(before, _last_words_start(before))
    if old is None or new is None:
        return old is new
    return (old.span(), old.groups()) == (new.span(), new.groups())


def test_made_up_windows_give_the_same_find():
    windows = [
        "Вчера в Алматы открылся Благотворительный фонд ",
        "сообщил, что Университет ",
        "Международный благотворительный фонд ",
        "(фонд) Назарбаев ",
        "фонд\u00a0",
        "ФОНД имени ",
        "abc фонд ",
        "фонд X ",
        "Фонд",
        "",
        "   ",
        "один два три четыре пять ",
        "Ёлка ёжик  ",
    ]
    for w in windows:
        assert _same(w), w
    assert _WORDS_BEFORE_NAME.search(windows[0]) is not None


def test_random_windows_give_the_same_find():
    rng = random.Random(52)
    pieces = ["фонд", "Ёж", "ё", "А", "x", "5", " ", "  ", "\u00a0", "\n", ",", "-", "«", "ә"]
    for _ in range(5000):
        w = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert _same(w), repr(w)

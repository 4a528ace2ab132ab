"""perf51: a lone surname's finds without a leading look-behind are the finds of the
pattern with it (store/extract/passes/kazakh_persons.py: _surname_finds)."""

from __future__ import annotations

import random
import re

from store.extract.passes.kazakh_persons import _surname_finds


def _with_lookbehind(text: str, surname: str) -> list[tuple[int, int, str | None]]:
    pattern = re.compile(rf"(?<![\w.-]){re.escape(surname)}(\w{{0,4}})(?![\w-])", re.IGNORECASE)
    return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]


def _finds(text: str, surname: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.group(1)) for m in _surname_finds(text, surname)]


def test_made_up_sentences_give_the_same_finds():
    text = (
        "Аким Ерлан Сапаров встретился с делегацией. Сапаровтың сөзінше, пост ашылады. "
        "САПАРОВ заявил: «Сапаров-младший» и А.Сапаров не при чём; ПСапаров, 5Сапаров, "
        "Сапаровым, сапаровка, Сапаровтар-ға. Сапаров"
    )
    for surname in ("Сапаров", "сапаров", "Ерлан", "Пост"):
        assert _finds(text, surname) == _with_lookbehind(text, surname)


def test_random_strings_give_the_same_finds():
    rng = random.Random(51)
    alphabet = "абвАБВ .-_,«»1ә"
    for _ in range(2000):
        surname = "".join(rng.choice("абвАБВ") for _ in range(rng.randint(4, 5)))
        pieces = [
            rng.choice([surname, surname.upper(), "".join(rng.choice(alphabet) for _ in range(3))]) for _ in range(8)
        ]
        text = "".join(p + rng.choice(["", " ", ".", "-", "а"]) for p in pieces)
        assert _finds(text, surname) == _with_lookbehind(text, surname), (text, surname)

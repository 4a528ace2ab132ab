"""perf52: link_people's surname pattern with each surname's look-behind after it finds what
the pattern opening with one look-behind found (store/extract/linking.py: _surnames_first)."""

from __future__ import annotations

import random
import re

from store.extract.linking import _surnames_first

_TAIL = r"([а-яёәғқңөұүһі]{0,3})(?![\w-])"


def _old(surnames: list[str]) -> re.Pattern:
    alternation = "|".join(re.escape(w) for w in surnames)
    return re.compile(rf"(?<![\w-])({alternation}){_TAIL}")


def _new(surnames: list[str]) -> re.Pattern:
    return re.compile(rf"({_surnames_first(surnames)}){_TAIL}")


def _finds(pattern: re.Pattern, text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), m.group(1), m.group(2)) for m in pattern.finditer(text)]


def test_made_up_sentences_give_the_same_finds():
    surnames = sorted(["Сапаров", "Сапар", "Ким", "Ли", "Мамин-Сибиряк", "O'Neil"], key=len, reverse=True)
    text = (
        "Ерлан Сапаров встретился с Кимом. Сапаровтың сөзінше, А.Сапаров и Ли Цян; Мамин-Сибиряком, "
        "ПСапаров, 5Ким, -Ким, Ким-Ли, СапаровКим, Сапарова, Сапарову, Сапар, Сапаровым, O'Neil, xO'Neil. Ли"
    )
    assert _finds(_new(surnames), text) == _finds(_old(surnames), text)
    assert len(_finds(_old(surnames), text)) >= 8


def test_random_strings_give_the_same_finds():
    rng = random.Random(52)
    alphabet = "абвАБВ әі-_.,'1"
    for _ in range(1500):
        surnames = sorted(
            {"".join(rng.choice("абвАБВ") for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(1, 4))},
            key=len,
            reverse=True,
        )
        pieces = [rng.choice([*surnames, "".join(rng.choice(alphabet) for _ in range(3))]) for _ in range(8)]
        text = "".join(p + rng.choice(["", " ", "-", "а", "ның", "ә"]) for p in pieces)
        assert _finds(_new(surnames), text) == _finds(_old(surnames), text), (text, surnames)

"""signers.signers reads the line's shape first and its post's word after (issue 15): the
same finds as _LINE.finditer, on made-up decrees and random lines."""

from __future__ import annotations

import random
import re

from store.lang import signers


def _reference(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in signers._LINE.finditer(text):
        if not signers._POST_IN_LINE.search(text, m.start(), m.start("name")):
            continue  # the post's word is inside the name («С АКИМОМ»): no signature (fix59)
        initials = " ".join(f"{c}." for c in re.findall(rf"[{signers._UPPER}]", m.group("initials")))
        surname = m.group("surname")
        surname = surname if not surname.isupper() else "-".join(p.capitalize() for p in surname.split("-"))
        out.append((m.start("name"), m.end("name"), f"{initials} {surname}"))
    return out


_TEXTS = [
    "Постановление принято.\nПремьер-Министр Республики Казахстан   К. Масимов\n",
    "Қазақстан Республикасының\n  Премьер-Министрі      К Мәсімов",
    "Президенті Н.НАЗАРБАЕВ\nДиректор департамента А. Ахметов\nАким области Б.Сериков",
    "Председатель комитета С. Иванов\n\tМИНИСТР ФИНАНСОВ Е. ЖАМАУБАЕВ  \nГлава района К. Ким",
    "Ведомство сообщило Министр А. Б.\nпремьер A. Smith",
]


def test_made_up_decrees():
    for text in _TEXTS:
        assert signers.signers(text) == _reference(text)
    at = _TEXTS[0].index("К. Масимов")
    assert signers.signers(_TEXTS[0]) == [(at, at + 10, "К. Масимов")]
    assert signers.signers(_TEXTS[2])[0][2] == "Н. Назарбаев"


def test_random_lines():
    rng = random.Random(53)
    words = [
        "Министр",
        "министрі",
        "Аким",
        "Глава",
        "области",
        "К.",
        "К",
        "Н.НАЗАРБАЕВ",
        "Масимов",
        "Мәсімов",
        "ИВАНОВ",
        "А.Б.",
        "Смит",
        "premier",
        "ПРЕЗИДЕНТ",
        "и",
        "2024",
        "-",
        "Әкім",
        "Төраға",
    ]
    for _ in range(5000):
        lines = [
            rng.choice(["", " ", "\t"])
            + rng.choice([" ", "  ", "\t"]).join(rng.choice(words) for _ in range(rng.randint(1, 7)))
            + rng.choice(["", " "])
            for _ in range(rng.randint(1, 5))
        ]
        text = "\n".join(lines)
        assert signers.signers(text) == _reference(text), text
